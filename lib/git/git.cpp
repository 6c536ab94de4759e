#include "git/git.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <thread>

#include "sys/files.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

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

/// Calls `f(path)` for each entry of `dir`; entries that vanish meanwhile are passed over.
template <typename F>
void each_entry(const fs::path& dir, F f) {
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        f(it->path());
    }
}

bool is_git(const fs::path& proc) {
    return first_line(proc / "comm") == "git";
}

bool has_open(const fs::path& proc, const fs::path& file) {
    bool found = false;
    each_entry(proc / "fd", [&](const fs::path& fd) {
        std::error_code ec;
        found = found || fs::read_symlink(fd, ec) == file;
    });
    return found;
}

bool works_in(const fs::path& proc, const fs::path& tree) {
    std::error_code ec;
    fs::path cwd = fs::read_symlink(proc / "cwd", ec);
    return !ec && (cwd == tree || inside(cwd, tree));
}

bool has_environment(const fs::path& proc, const std::string& entry) {
    std::ifstream in(proc / "environ", std::ios::binary);
    std::string e;
    while (std::getline(in, e, '\0')) {
        if (e == entry) {
            return true;
        }
    }
    return false;
}

/// The processes other than this one for which `pred(/proc/PID)` holds.
template <typename P>
std::vector<int> processes(P pred) {
    std::vector<int> out;
    each_entry("/proc", [&](const fs::path& proc) {
        const std::string name = proc.filename().string();
        if (name.find_first_not_of("0123456789") == std::string::npos &&
            std::stoi(name) != ::getpid() && pred(proc)) {
            out.push_back(std::stoi(name));
        }
    });
    return out;
}

/// Who may hold git's lock `lock`: a process that has it open, or a git working in `tree`
/// (git does not always keep its lock file open while it holds it).
std::vector<int> holders(const fs::path& lock, const fs::path& tree) {
    return processes([&](const fs::path& proc) {
        return (is_git(proc) && works_in(proc, tree)) || has_open(proc, lock);
    });
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

namespace {

/// The git directory of the work tree holding `dir`: the nearest `.git` upwards, a folder or a
/// file `gitdir: PATH` (a linked worktree or a submodule); GIT_DIR when set, relative to `dir`
/// as for the gits integra starts there.
std::optional<fs::path> git_dir_of(const fs::path& dir) {
    if (const char* env = std::getenv("GIT_DIR"); env && *env) {
        return fs::path(env).is_absolute() ? fs::path(env) : dir / env;
    }
    std::error_code ec;
    for (fs::path d = fs::absolute(dir, ec); !d.empty(); d = d.parent_path()) {
        const fs::path dot = d / ".git";
        if (fs::is_directory(dot, ec)) {
            return dot;
        }
        if (fs::is_regular_file(dot, ec)) {
            std::string line = first_line(dot);
            if (line.starts_with("gitdir: ")) {
                fs::path target = line.substr(8);
                return target.is_absolute() ? target : d / target;
            }
        }
        if (d == d.root_path()) {
            break;
        }
    }
    return std::nullopt;
}

}  // namespace

void Repository::require_ready_to_commit() const {
    if (!sys::find_program("git")) {
        throw Failure(Exit::environment,
                      "git is not installed or not on PATH, and integra commits every change "
                      "with it; nothing was changed. Install it (`apt-get install git`), or "
                      "write without committing (--no-commit)");
    }
    auto dir = git_dir_of(m_dir);
    if (!dir) {
        return;  // not a repository: commit() says so
    }
    struct Operation {
        const char* file;
        const char* what;
        const char* ends;
    };
    static const Operation k_operations[] = {
        {"MERGE_HEAD", "a merge", "`git commit` to finish it, or `git merge --abort`"},
        {"rebase-merge", "a rebase", "`git rebase --continue` or `git rebase --abort`"},
        {"rebase-apply", "a rebase or `git am`",
         "`git rebase --continue`, `git rebase --abort` or `git am --abort`"},
        {"CHERRY_PICK_HEAD", "a cherry-pick",
         "`git cherry-pick --continue` or `git cherry-pick --abort`"},
        {"REVERT_HEAD", "a revert", "`git revert --continue` or `git revert --abort`"},
        {"BISECT_LOG", "a bisect", "`git bisect reset`"},
    };
    std::error_code ec;
    for (const Operation& op : k_operations) {
        if (fs::exists(*dir / op.file, ec)) {
            throw Failure(Exit::environment,
                          fmt::format("the git repository is in the middle of {} ({} is there); "
                                      "nothing was changed. End it first with {}, then run the "
                                      "command again",
                                      op.what, (*dir / op.file).string(), op.ends));
        }
    }
}

std::string Repository::marker() const {
    // Lets the next integra tell the gits that an interrupted integra started here (orphans
    // still finishing their work) from a user's own.
    return fmt::format("INTEGRA_GIT_FOR={}", absolute_canonical(m_dir).string());
}

fs::path Repository::top_level() const {
    auto r = run({"rev-parse", "--show-toplevel"});
    return r.status == 0 ? absolute_canonical(r.out.substr(0, r.out.find('\n')))
                         : absolute_canonical(m_dir);
}

bool Repository::exists() const {
    auto r = run({"rev-parse", "--is-inside-work-tree"});
    return r.status == 0 && r.out.starts_with("true");
}

std::optional<StatusInputs> Repository::status_inputs() const {
    // These point git at files elsewhere, which are not watched here.
    for (const char* name :
         {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY",
          "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CONFIG", "GIT_CONFIG_GLOBAL",
          "GIT_CONFIG_SYSTEM", "GIT_CONFIG_COUNT", "GIT_CONFIG_PARAMETERS", "GIT_NAMESPACE",
          "GIT_REPLACE_REF_BASE", "GIT_NO_REPLACE_OBJECTS"}) {
        if (std::getenv(name)) {
            return std::nullopt;
        }
    }
    const fs::path git_dir = m_dir / ".git";
    struct stat st {};
    if (::lstat(git_dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) ||
        ::lstat((git_dir / "reftable").c_str(), &st) == 0) {
        return std::nullopt;  // a worktree, a submodule, or refs in a reftable
    }
    StatusInputs out;
    auto add = [&](const fs::path& file, bool follow = true) {
        struct stat s {};
        if ((follow ? ::stat(file.c_str(), &s) : ::lstat(file.c_str(), &s)) != 0) {
            out.bytes += fmt::format("{}\n", file.string());
            return;
        }
        out.bytes +=
            fmt::format("{} {:o} {} {} {} {} {}\n", file.string(), s.st_mode, s.st_dev, s.st_ino,
                        s.st_size, sys::nanoseconds(s.st_mtim), sys::nanoseconds(s.st_ctim));
        out.newest =
            std::max({out.newest, sys::nanoseconds(s.st_mtim), sys::nanoseconds(s.st_ctim)});
    };
    auto head_file = sys::read_regular_file(git_dir / "HEAD", 4096);
    const std::string head = head_file ? *head_file : std::string();
    out.bytes += head;
    if (head.starts_with("ref: ")) {
        add(git_dir / trim(std::string_view(head).substr(5)));
    }
    for (const char* name :
         {"index", "HEAD", "packed-refs", "refs/replace", "config", "config.worktree",
          "info/exclude", "info/attributes", "info/sparse-checkout"}) {
        add(git_dir / name);
    }
    const char* home_env = std::getenv("HOME");
    const fs::path home = home_env ? home_env : "";
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    const fs::path config_home = xdg && *xdg ? fs::path(xdg) : home / ".config";
    for (const fs::path& file :
         {home / ".gitconfig", config_home / "git" / "config", config_home / "git" / "ignore",
          config_home / "git" / "attributes", fs::path("/etc/gitconfig")}) {
        add(file);
    }
    // Every configuration file git reads (included ones too), and the ignore and attributes
    // files it names.
    auto config = run({"config", "--list", "--show-origin", "-z"});
    if (config.status != 0) {
        return std::nullopt;
    }
    auto expand = [&](std::string_view value, const fs::path& base) {
        fs::path p = value.starts_with("~/") ? home / value.substr(2) : fs::path(value);
        return p.is_absolute() ? p : base / p;
    };
    std::string_view rest = config.out;
    while (!rest.empty()) {
        std::size_t origin_end = rest.find('\0');
        std::size_t entry_end = rest.find('\0', origin_end + 1);
        if (origin_end == std::string_view::npos || entry_end == std::string_view::npos) {
            return std::nullopt;
        }
        std::string_view origin = rest.substr(0, origin_end);
        std::string_view entry = rest.substr(origin_end + 1, entry_end - origin_end - 1);
        rest.remove_prefix(entry_end + 1);
        if (!origin.starts_with("file:")) {
            return std::nullopt;  // from the command line or standard input
        }
        const fs::path file = expand(origin.substr(5), m_dir);
        add(file);
        std::size_t nl = entry.find('\n');
        std::string_view key = entry.substr(0, nl);
        std::string_view value = nl == std::string_view::npos ? "" : entry.substr(nl + 1);
        if (key == "core.excludesfile" || key == "core.attributesfile") {
            add(expand(value, m_dir));
        } else if (key == "include.path" ||
                   (key.starts_with("includeif.") && key.ends_with(".path"))) {
            add(expand(value, file.parent_path()));
        }
    }
    std::error_code ec;
    std::vector<fs::path> hidden;
    for (const auto& entry : fs::directory_iterator(m_dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with('.') && name != ".git" && name != ".integra") {
            hidden.push_back(entry.path());
        }
    }
    std::sort(hidden.begin(), hidden.end());
    for (const fs::path& file : hidden) {
        add(file, false);
    }
    for (char** env = environ; *env; ++env) {
        if (std::string_view(*env).starts_with("GIT_")) {
            out.bytes += fmt::format("{}\n", *env);
        }
    }
    return out;
}

sys::ProcessResult Repository::run(const std::vector<std::string>& args) const {
    std::vector<std::string> argv{"git"};
    argv.insert(argv.end(), args.begin(), args.end());
    return sys::run(argv, m_dir, {}, {marker()});
}

void Repository::clear_stale_locks() const {
    if (!m_options.clear_stale_locks) {
        return;
    }
    auto where = run({"rev-parse", "--absolute-git-dir"});
    if (where.status != 0) {
        return;
    }
    fs::path git_dir = where.out.substr(0, where.out.find('\n'));
    std::vector<fs::path> locks;
    // The index's, HEAD's and config's locks at the top, `git maintenance`'s in objects/.
    for (const fs::path& dir : {git_dir, git_dir / "objects"}) {
        each_entry(dir, [&](const fs::path& p) {
            if (p.extension() == ".lock") {
                locks.push_back(p);
            }
        });
    }
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(git_dir / "refs", ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().extension() == ".lock") {
            locks.push_back(it->path());
        }
    }
    for (const auto& lock : locks) {
        handle_lock(lock);
    }
}

bool Repository::handle_lock(const fs::path& named) const {
    // /proc shows open files by their canonical path.
    const fs::path lock = absolute_canonical(named.parent_path()) / named.filename();
    const fs::path tree = top_level();
    std::error_code ec;
    bool held = wait_while(m_options.lock_wait_seconds,
                           [&] { return fs::exists(lock, ec) && !holders(lock, tree).empty(); });
    if (held) {
        throw Failure(Exit::environment,
                      fmt::format("another git program (process {}) has been working in this "
                                  "repository for more than {:g} s, and git's lock {} is there; "
                                  "wait for that program to finish, or stop it, then try again",
                                  fmt::join(holders(lock, tree), ", "), m_options.lock_wait_seconds,
                                  lock.string()));
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
    // Objects, refs and the index synced before integra removes its journal.
    std::vector<std::string> argv{"git", "-c", "core.fsync=committed,index"};
    argv.insert(argv.end(), args.begin(), args.end());
    // A killed git can leave several locks behind (the index, a ref); each is one retry.
    for (int attempt = 0;; ++attempt) {
        auto r = sys::run(argv, m_dir, input, {marker()});
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

std::vector<fs::path> Repository::tracked(const std::vector<fs::path>& paths) const {
    if (paths.empty()) {
        return {};
    }
    auto r = run(with_paths({"ls-files", "-z", "--"}, paths));
    require(r, "git ls-files");
    std::vector<fs::path> out;
    for (std::size_t start = 0; start < r.out.size();) {
        std::size_t end = r.out.find('\0', start);
        end = end == std::string::npos ? r.out.size() : end;
        out.emplace_back(r.out.substr(start, end - start));
        start = end + 1;
    }
    return out;
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
    std::vector<std::string> names;
    for (const auto& p : paths) {
        names.push_back(fmt::format("HEAD:./{}", p.generic_string()));  // relative to the directory
    }
    return contents(names);
}

std::vector<std::optional<std::string>> Repository::contents(
    const std::vector<std::string>& object_names) const {
    if (object_names.empty()) {
        return {};
    }
    std::string input;
    for (const auto& n : object_names) {
        input += n + "\n";
    }
    auto r = sys::run({"git", "cat-file", "--batch"}, m_dir, input);  // read only: no lock
    require(r, "git cat-file");
    // Each answer: "<sha> blob <size>\n<bytes>\n", or "<name> missing\n".
    std::vector<std::optional<std::string>> out;
    std::size_t at = 0;
    for (std::size_t i = 0; i < object_names.size(); ++i) {
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

std::vector<Commit> Repository::log(const LogQuery& query) const {
    auto head = run({"rev-parse", "--verify", "--quiet", "HEAD"});
    if (head.status == 1) {
        return {};  // no commits yet
    }
    require(head, "git rev-parse HEAD");
    std::vector<std::string> args{"log", "--format=%x1e%H%x1f%h%x1f%aI%x1f%an%x1f%s",
                                  "--name-status", "--relative",
                                  query.renames == Renames::followed ? "--follow" : "--no-renames"};
    if (query.max_count > 0) {
        args.push_back(fmt::format("--max-count={}", query.max_count));
    }
    args.emplace_back("--");
    args =
        with_paths(std::move(args), query.paths.empty() ? std::vector<fs::path>{"."} : query.paths);
    auto r = run(args);
    require(r, "git log");
    std::vector<Commit> out;
    for (const std::string& block : split(r.out, '\x1e')) {
        auto lines = split(block, '\n');
        auto head_fields = split(lines[0], '\x1f');
        if (head_fields.size() < 5) {
            continue;
        }
        Commit c{head_fields[0], head_fields[1], head_fields[2],
                 head_fields[3], head_fields[4], {}};
        for (std::size_t i = 1; i < lines.size(); ++i) {
            auto cols = split(lines[i], '\t');
            if (cols.size() >= 2 && !cols[0].empty() && !cols.back().empty()) {
                c.changes.push_back(Change{cols[0][0], cols.back()});  // a rename: old, then new
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

void Repository::exclude(const std::string& pattern) const {
    fs::path file;
    if (!sys::find_program("git")) {
        // Without git, its files: a repository that git is installed for later must not see
        // integra's folder (edit copies and saved results name people).
        auto dir = git_dir_of(m_dir);
        if (!dir) {
            return;
        }
        file = *dir / "info" / "exclude";
        auto now = sys::read_regular_file(file, 1 << 20);
        if (now && now->find("\n" + pattern + "\n") != std::string::npos) {
            return;
        }
    } else {
        auto ignored = run({"check-ignore", "--quiet", "--no-index", pattern});
        if (ignored.status != 1) {
            return;  // 0: ignored already; 128: not a git work tree
        }
        auto where = run({"rev-parse", "--git-path", "info/exclude"});
        if (where.status != 0) {
            return;
        }
        std::string rel = where.out.substr(0, where.out.find('\n'));
        file = fs::path(rel).is_absolute() ? fs::path(rel) : m_dir / rel;
    }
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

std::vector<int> Repository::running_gits() const {
    const std::string mark = marker();
    return processes(
        [&](const fs::path& proc) { return is_git(proc) && has_environment(proc, mark); });
}

bool Repository::wait_for_running_git() const {
    return !wait_while(m_options.lock_wait_seconds, [&] { return !running_gits().empty(); });
}

void Repository::init() const {
    require(run({"init", "--quiet"}), "git init");
}

}  // namespace integra::git
