#include "git/git.hpp"

#include <fmt/format.h>

#include "util/error.hpp"

namespace integra::git {

namespace {

std::string reason(const sys::ProcessResult& r) {
    std::string text = r.err.empty() ? r.out : r.err;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.pop_back();
    }
    if (r.status < 0) {
        return fmt::format("git could not be started ({}); install it with `apt-get install git`",
                           text);
    }
    return text.empty() ? fmt::format("git exited with status {}", r.status) : text;
}

void require(const sys::ProcessResult& r, std::string_view what) {
    if (r.status != 0) {
        throw Failure(Exit::environment, fmt::format("{} failed: {}", what, reason(r)));
    }
}

}  // namespace

bool Repository::exists() const {
    auto r = run({"rev-parse", "--is-inside-work-tree"});
    return r.status == 0 && r.out.starts_with("true");
}

sys::ProcessResult Repository::run(const std::vector<std::string>& args) const {
    std::vector<std::string> argv{"git"};
    argv.insert(argv.end(), args.begin(), args.end());
    return sys::run(argv, m_dir);
}

void Repository::commit(const std::vector<std::filesystem::path>& paths,
                        const std::string& message) const {
    std::vector<std::string> add{"add", "--all", "--"};
    std::vector<std::string> commit{"commit", "--quiet", "--message", message, "--only", "--"};
    for (const auto& p : paths) {
        add.push_back(p.string());
        commit.push_back(p.string());
    }
    require(run(add), "git add");
    auto r = run(commit);
    if (r.status != 0) {
        std::vector<std::string> reset{"reset", "--quiet", "--"};
        reset.insert(reset.end(), add.begin() + 3, add.end());
        run(reset);
        require(r, "git commit");
    }
}

void Repository::init() const {
    require(run({"init", "--quiet"}), "git init");
}

}  // namespace integra::git
