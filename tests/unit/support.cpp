#include "support.hpp"

#include <stdlib.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "ops/init.hpp"
#include "sys/process.hpp"

namespace fs = std::filesystem;

namespace integra::test {

namespace {

/// Git reads no user or system configuration and commits as a fixed person.
void fix_git_identity() {
    static const bool done = [] {
        ::setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
        ::setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
        ::setenv("GIT_AUTHOR_NAME", "Unit Test", 1);
        ::setenv("GIT_AUTHOR_EMAIL", "unit@example.org", 1);
        ::setenv("GIT_COMMITTER_NAME", "Unit Test", 1);
        ::setenv("GIT_COMMITTER_EMAIL", "unit@example.org", 1);
        ::unsetenv("INTEGRA_DATA");
        return true;
    }();
    (void)done;
}

}  // namespace

TempDir::TempDir() {
    std::string pattern = (fs::temp_directory_path() / "integra-unit-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_path = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(m_path, ec);
}

DataDir::DataDir() : m_root(path() / "data") {
    fix_git_identity();
    ops::InitOptions options;
    options.dir = m_root;
    options.share = INTEGRA_SOURCE_SHARE;
    ops::init_data_dir(options);
}

void DataDir::write(const fs::path& rel, const std::string& text) const {
    fs::create_directories((m_root / rel).parent_path());
    std::ofstream(m_root / rel, std::ios::binary) << text;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string DataDir::read(const fs::path& rel) const {
    return read_file(m_root / rel);
}

std::string DataDir::git(const std::string& args) const {
    std::vector<std::string> argv = {"git"};
    std::istringstream words(args);
    for (std::string w; words >> w;) {
        argv.push_back(w);
    }
    auto r = sys::run(argv, m_root);
    std::string out = r.out;
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
        out.pop_back();
    }
    return out;
}

std::string pilot_yaml(const std::string& id) {
    return "id: " + id +
           "\nname:\n  given: Ana\n  family: Costa\ngender: f\nlanguages:\n  - code: pt\n"
           "    level: native\nstatus: active\n";
}

}  // namespace integra::test
