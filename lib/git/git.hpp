#pragma once
// The data directory's git repository, reached only through `git` with an argument vector.
// git's own lock files (`.git/index.lock`, `refs/heads/main.lock`, ...) are handled here: a
// lock that a running git holds is waited for (bounded); one that no process holds any more,
// left by a git that was killed, is removed when the caller allows it (only while integra's
// own lock is held, so no git started by integra can be running).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sys/process.hpp"

namespace integra::git {

/// Receives one-line notes for the user (a stale lock removed); may be empty.
using Notify = std::function<void(const std::string&)>;

/// A file a commit changed, as `git log --name-status` names it.
struct Change {
    char status = 'M';           ///< A added, M modified, D deleted, R renamed, ...
    std::filesystem::path path;  ///< relative to the directory; a rename's new path
};

/// A commit as `git log` gives it.
struct Commit {
    std::string hash;        ///< full
    std::string short_hash;  ///< abbreviated, as long as it must be to be unique
    std::string date;        ///< the author's, ISO 8601 with the time zone
    std::string author;
    std::string subject;
    std::vector<Change> changes;
};

enum class Renames { ignored, followed };

/// Which commits log() lists.
struct LogQuery {
    std::vector<std::filesystem::path> paths;  ///< relative to the directory; none: all of it
    Renames renames = Renames::ignored;        ///< followed: exactly one path (`--follow`)
    std::size_t max_count = 0;                 ///< 0: no limit
};

struct Options {
    bool clear_stale_locks = false;  ///< remove git lock files no process holds any more
    double lock_wait_seconds = 10;   ///< how long to wait for a running git's lock
    Notify notify;
};

/// What `git status` reads besides the work tree (see Repository::status_inputs).
struct StatusInputs {
    std::string bytes;        ///< changes whenever any of it changes
    std::int64_t newest = 0;  ///< the latest modification or change time among it, in ns
};

class Repository {
  public:
    /// The repository holding `dir` (which may be a subdirectory of its work tree).
    explicit Repository(std::filesystem::path dir, Options options = {})
        : m_dir(std::move(dir)), m_options(std::move(options)) {}

    /// True when `dir` lies inside a git work tree.
    bool exists() const;

    /// The identity of what `git status` reads besides the files of the work tree: the index,
    /// HEAD and the branch it names, the packed and replace refs, every configuration file
    /// git reads (asked of `git config`, included ones too) and the ignore and attributes
    /// files they name or git reads by default, the hidden entries at the top of the work
    /// tree (`.gitignore`; `.git` and `.integra` left out) and the GIT_ variables of the
    /// environment. nullopt unless `dir` is the top of a work tree whose `.git` folder is
    /// there, and when git is pointed elsewhere (GIT_DIR, GIT_INDEX_FILE, GIT_CONFIG_*, ...),
    /// keeps its refs in a reftable, or takes configuration from the command line.
    std::optional<StatusInputs> status_inputs() const;

    /// Throws Failure(environment), saying what to do, when a change cannot be committed here
    /// now: `git` is not on PATH, or the repository is in the middle of a merge, rebase,
    /// cherry-pick, revert or bisect (a commit would land inside it, or fail after the files
    /// were written). Looks only at files (no git process): it runs before every change.
    void require_ready_to_commit() const;

    /// Runs `git ARGS...` in the directory (no lock handling).
    sys::ProcessResult run(const std::vector<std::string>& args) const;

    /// Stages exactly `paths` (relative to the directory; deletions included). Throws
    /// Failure(environment) with git's reason when git fails.
    void stage(const std::vector<std::filesystem::path>& paths) const;

    /// Commits only `paths` with `message`, as they are in the working tree (`git commit
    /// --only`: a path git tracks need not be staged first), leaving the user's other staged or
    /// unstaged changes alone. On failure unstages `paths` and throws Failure(environment) with
    /// git's reason.
    void commit_staged(const std::vector<std::filesystem::path>& paths,
                       const std::string& message) const;

    /// stage() then commit_staged().
    void commit(const std::vector<std::filesystem::path>& paths, const std::string& message) const;

    /// Those of `paths` that git's index holds. Throws Failure(environment) when git fails.
    std::vector<std::filesystem::path> tracked(
        const std::vector<std::filesystem::path>& paths) const;

    /// Resets the index entries of `paths` to HEAD; errors are ignored.
    void unstage(const std::vector<std::filesystem::path>& paths) const;

    /// The bytes of each of `paths` in the HEAD commit (nullopt where HEAD has no such file).
    /// Throws Failure(environment) when git cannot be asked.
    std::vector<std::optional<std::string>> head_contents(
        const std::vector<std::filesystem::path>& paths) const;

    /// The bytes of each git object named (`COMMIT:./PATH`, `HEAD:./PATH`, a hash ...), asked
    /// of git in one go; nullopt where there is no such object. Throws Failure(environment)
    /// when git cannot be asked.
    std::vector<std::optional<std::string>> contents(
        const std::vector<std::string>& object_names) const;

    /// The commits that touched the query's paths, newest first, with the files each changed
    /// there. Empty when the repository has no commits yet; throws Failure(environment) with
    /// git's reason when git fails otherwise (outside a work tree, too).
    std::vector<Commit> log(const LogQuery& query) const;

    /// Makes git ignore `pattern` in this clone (`.git/info/exclude`) unless it already does.
    /// Does nothing outside a git work tree; errors are ignored (the cost is an untracked
    /// entry in `git status`, not lost data).
    void exclude(const std::string& pattern) const;

    /// The git processes that an integra started in this directory and that still run (those
    /// of a killed integra go on as orphans).
    std::vector<int> running_gits() const;

    /// Waits (bounded) until running_gits() is empty. Returns false when it is not after the
    /// wait.
    bool wait_for_running_git() const;

    /// Removes the lock files (`index.lock`, `HEAD.lock`, a ref's lock, ...) that a killed git
    /// left in the repository and no process holds, saying so for each. Only when the options
    /// allow it; errors are passed over (the next git command names the lock).
    void clear_stale_locks() const;

    /// Initialises a repository in the directory. Throws Failure(environment) on failure.
    void init() const;

    const std::filesystem::path& dir() const { return m_dir; }

  private:
    std::string marker() const;
    std::filesystem::path top_level() const;
    sys::ProcessResult run_locked(const std::vector<std::string>& args,
                                  const std::string& input = {}) const;
    bool handle_lock(const std::filesystem::path& lock) const;

    std::filesystem::path m_dir;
    Options m_options;
};

/// The lock file git names in an "Unable to create '...lock': File exists" message, if any.
std::optional<std::filesystem::path> lock_in_message(const std::string& text);

}  // namespace integra::git
