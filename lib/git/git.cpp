#include "git/git.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include "sys/files.hpp"
#include "util/error.hpp"

namespace integra::git {

namespace fs = std::filesystem;

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

std::vector<std::string> with_paths(std::vector<std::string> args,
                                    const std::vector<fs::path>& paths) {
    for (const auto& p : paths) {
        args.push_back(p.string());
    }
    return args;
}

std::string first_line(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    return line;
}

bool inside(const fs::path& path, const fs::path& dir) {
    auto rel = path.lexically_relative(dir);
    return !rel.empty() && *rel.begin() != "..";
}

/// The processes other than this one that hold `lock` open, or that are a git working inside
/// `tree`. Read from /proc; what cannot be read is passed over.
std::vector<int> holders(const fs::path& lock, const fs::path& tree) {
    std::vector<int> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/proc", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        int pid = std::stoi(name);
        if (pid == ::getpid()) {
            continue;
        }
        bool holds = false;
        if (first_line(entry.path() / "comm") == "git") {
            fs::path cwd = fs::read_symlink(entry.path() / "cwd", ec);
            holds = !ec && (cwd == tree || inside(cwd, tree));
        }
        for (const auto& fd : fs::directory_iterator(entry.path() / "fd", ec)) {
            if (holds) {
                break;
            }
            holds = !lock.empty() && fs::read_symlink(fd.path(), ec) == lock;
        }
        if (holds) {
            out.push_back(pid);
        }
    }
    return out;
}

/// Waits until `still` is false or `seconds` have passed; returns `still()`'s last answer.
template <typename F>
bool wait_while(double seconds, F still) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (still()) {
        if (std::chrono::steady_clock::now() > deadline) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

fs::path absolute_canonical(const fs::path& p) {
    std::error_code ec;
    fs::path out = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return ec ? p : out;
}

}  // namespace

std::optional<fs::path> lock_in_message(const std::string& text) {
    static const std::regex k_lock("Unable to create '([^']+\\.lock)': File exists");
    std::smatch m;
    if (std::regex_search(text, m, k_lock)) {
        return fs::path(m[1].str());
    }
    return std::nullopt;
}

bool Repository::exists() const {
    auto r = run({"rev-parse", "--is-inside-work-tree"});
    return r.status == 0 && r.out.starts_with("true");
}

sys::ProcessResult Repository::run(const std::vector<std::string>& args) const {
    std::vector<std::string> argv{"git"};
    argv.insert(argv.end(), args.begin(), args.end());
    return sys::run(argv, m_dir);
}

void Repository::clear_stale_locks() const {
    auto where = run({"rev-parse", "--absolute-git-dir"});
    if (!m_options.clear_stale_locks || where.status != 0) {
        return;
    }
    fs::path git_dir = where.out.substr(0, where.out.find('\n'));
    std::vector<fs::path> locks;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(git_dir, ec)) {
        if (e.path().extension() == ".lock") {
            locks.push_back(e.path());
        }
    }
    for (const auto& e : fs::recursive_directory_iterator(git_dir / "refs", ec)) {
        if (e.path().extension() == ".lock") {
            locks.push_back(e.path());
        }
    }
    for (const auto& lock : locks) {
        handle_lock(lock);
    }
}

bool Repository::handle_lock(const fs::path& named) const {
    // /proc shows open files by their canonical path.
    const fs::path lock = absolute_canonical(named.parent_path()) / named.filename();
    fs::path tree = lock;
    while (!tree.empty() && tree.filename() != ".git" && tree != tree.parent_path()) {
        tree = tree.parent_path();
    }
    tree = tree.parent_path();
    std::error_code ec;
    bool held = wait_while(m_options.lock_wait_seconds,
                           [&] { return fs::exists(lock, ec) && !holders(lock, tree).empty(); });
    if (held) {
        throw Failure(Exit::environment,
                      fmt::format("git's lock {} is held by a running git (process {}) for more "
                                  "than {:g} s; wait for it to finish, or stop it, then try "
                                  "again",
                                  lock.string(), fmt::join(holders(lock, tree), ", "),
                                  m_options.lock_wait_seconds));
    }
    if (!fs::exists(lock, ec)) {
        return true;  // the git that held it has finished
    }
    if (!m_options.clear_stale_locks) {
        return false;
    }
    if (::unlink(lock.c_str()) != 0 && errno != ENOENT) {
        return false;
    }
    sys::sync_directory(lock.parent_path());
    if (m_options.notify) {
        m_options.notify(
            fmt::format("removed git's lock {}, left behind by a git that was "
                        "stopped; no git process holds it any more",
                        lock.string()));
    }
    return true;
}

sys::ProcessResult Repository::run_locked(const std::vector<std::string>& args,
                                          const std::string& input) const {
    std::vector<std::string> argv{"git"};
    argv.insert(argv.end(), args.begin(), args.end());
    // A killed git can leave several locks behind (the index, a ref); each is one retry.
    for (int attempt = 0;; ++attempt) {
        auto r = sys::run(argv, m_dir, input);
        auto lock = r.status != 0 ? lock_in_message(r.err) : std::nullopt;
        if (!lock || attempt == 8 || !handle_lock(*lock)) {
            return r;
        }
    }
}

void Repository::stage(const std::vector<fs::path>& paths) const {
    require(run_locked(with_paths({"add", "--all", "--"}, paths)), "git add");
}

void Repository::commit_staged(const std::vector<fs::path>& paths,
                               const std::string& message) const {
    auto r = run_locked(with_paths(
        {"commit", "--quiet", "--no-edit", "--message", message, "--only", "--"}, paths));
    if (r.status != 0) {
        unstage(paths);
        require(r, "git commit");
    }
}

void Repository::commit(const std::vector<fs::path>& paths, const std::string& message) const {
    stage(paths);
    commit_staged(paths, message);
}

void Repository::unstage(const std::vector<fs::path>& paths) const {
    try {
        run_locked(with_paths({"reset", "--quiet", "--"}, paths));
    } catch (const Failure&) {
        // A running git holds the index; what it stages is its own business.
    }
}

std::vector<std::optional<std::string>> Repository::head_contents(
    const std::vector<fs::path>& paths) const {
    std::string input;
    for (const auto& p : paths) {
        input += fmt::format("HEAD:{}\n", p.generic_string());
    }
    auto r = sys::run({"git", "cat-file", "--batch"}, m_dir, input);
    require(r, "git cat-file");
    // Each answer: "<sha> blob <size>\n<bytes>\n", or "<name> missing\n".
    std::vector<std::optional<std::string>> out;
    std::size_t at = 0;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        std::size_t eol = r.out.find('\n', at);
        if (eol == std::string::npos) {
            throw Failure(Exit::environment, "git cat-file gave a short answer");
        }
        std::string header = r.out.substr(at, eol - at);
        at = eol + 1;
        if (header.ends_with(" missing") || header.ends_with(" ambiguous")) {
            out.emplace_back(std::nullopt);
            continue;
        }
        std::size_t size = std::stoul(header.substr(header.rfind(' ') + 1));
        out.emplace_back(r.out.substr(at, size));
        at += size + 1;
    }
    return out;
}

void Repository::exclude(const std::string& pattern) const {
    auto ignored = run({"check-ignore", "--quiet", "--no-index", pattern});
    if (ignored.status != 1) {
        return;  // 0: ignored already; 128: not a git work tree, or git missing
    }
    auto where = run({"rev-parse", "--git-path", "info/exclude"});
    if (where.status != 0) {
        return;
    }
    std::string rel = where.out.substr(0, where.out.find('\n'));
    fs::path file = fs::path(rel).is_absolute() ? fs::path(rel) : m_dir / rel;
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    auto before = sys::read_regular_file(file, 1 << 20);
    std::ofstream out(file, std::ios::app);
    if (before && !before->empty() && !before->ends_with('\n')) {
        out << "\n";
    }
    out << "# integra's own working files (lock, journal, temporary files, edit copies)\n"
        << pattern << "\n";
}

bool Repository::wait_for_running_git() const {
    fs::path tree = absolute_canonical(m_dir);
    return !wait_while(m_options.lock_wait_seconds,
                       [&] { return !holders(fs::path(), tree).empty(); });
}

void Repository::init() const {
    require(run({"init", "--quiet"}), "git init");
}

}  // namespace integra::git
