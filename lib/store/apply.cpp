// The write path of the data directory: Store::apply, and Store::recover, which finishes or
// undoes a change that a killed process left. See docs/FORMAT.md, "Writing and git".

#include <sys/stat.h>

#include <fmt/format.h>

#include "store/cache.hpp"
#include "store/store.hpp"
#include "sys/fault.hpp"
#include "sys/files.hpp"

namespace integra::store {

namespace {

std::vector<fs::path> paths_of(const std::vector<Change>& changes) {
    std::vector<fs::path> paths;
    for (const Change& c : changes) {
        paths.push_back(c.rel);
    }
    return paths;
}

/// The paths of `changes` that git is to commit: a file deleted that git never had (a restored
/// backup erased before it was committed) is not git's to record, and naming it would fail.
std::vector<fs::path> committable(const git::Repository& repo, const std::vector<Change>& changes) {
    std::vector<fs::path> deleted;
    for (const Change& c : changes) {
        if (!c.after) {
            deleted.push_back(c.rel);
        }
    }
    auto known = repo.tracked(deleted);
    std::vector<fs::path> paths;
    for (const Change& c : changes) {
        if (c.after || std::find(known.begin(), known.end(), c.rel) != known.end()) {
            paths.push_back(c.rel);
        }
    }
    return paths;
}

/// The paths git does not track yet, which a commit of `paths` must stage first; those it
/// tracks, `git commit --only` takes from the working tree itself, sparing a second write of
/// the whole index (a tenth of a second at 100,000 records).
std::vector<fs::path> untracked(const git::Repository& repo, const std::vector<fs::path>& paths) {
    auto known = repo.tracked(paths);
    std::vector<fs::path> out;
    for (const fs::path& p : paths) {
        if (std::find(known.begin(), known.end(), p) == known.end()) {
            out.push_back(p);
        }
    }
    return out;
}

/// Where a file stands between the two versions of a change.
enum class FileState { before, after, other };

/// Removes what a killed write left in `dir` (temporary files).
void clear_folder(const fs::path& dir) {
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        std::error_code ignored;
        fs::remove_all(it->path(), ignored);
    }
}

/// True when no folder on the way from `root` to `rel` is a symbolic link.
bool plain_folders(const fs::path& root, const fs::path& rel) {
    fs::path at = root;
    for (const auto& part : rel.parent_path()) {
        at /= part;
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(at, ec))) {
            return false;
        }
    }
    return true;
}

/// True when `rel` holds exactly `bytes`, or is absent when `bytes` is nullopt. A file that
/// cannot be read holds nothing.
bool holds(const Store& store, const fs::path& rel, const std::optional<std::string>& bytes) {
    std::error_code ec;
    bool present = fs::symlink_status(store.root() / rel, ec).type() != fs::file_type::not_found;
    if (!bytes || !present) {
        return !bytes && !present;
    }
    auto now = store.read(rel);
    return now.ok() && *now == *bytes;
}

/// Where each file of `j` stands now.
std::vector<FileState> states_of(const Store& store, const Journal& j) {
    std::vector<FileState> out;
    for (const Change& c : j.changes) {
        out.push_back(holds(store, c.rel, c.after)    ? FileState::after
                      : holds(store, c.rel, c.before) ? FileState::before
                                                      : FileState::other);
    }
    return out;
}

std::string listed(const std::vector<std::string>& files) {
    return fmt::format("{} changed after it was interrupted and {} left as it is",
                       fmt::join(files, ", "), files.size() == 1 ? "was" : "were");
}

}  // namespace

void Store::note(const std::string& line) const {
    if (m_options.notify) {
        m_options.notify(line);
    }
}

git::Repository Store::repository() const {
    return git::Repository(m_root,
                           git::Options{true, m_options.lock_wait_seconds, m_options.notify});
}

fs::path Store::journal_path() const {
    return m_root / k_own_dir / "journal";
}

fs::path Store::undo_marker_path() const {
    return m_root / k_own_dir / "undo";
}

fs::path Store::own_dir(std::string_view name) const {
    fs::path own = m_root / k_own_dir;
    std::error_code ec;
    bool fresh = !fs::exists(own, ec);
    if (fresh) {
        // Before the folder exists, so that a kill in between leaves nothing for git to show.
        git::Repository(m_root).exclude(fmt::format("{}/", k_own_dir));
    }
    fs::path dir = name.empty() ? own : own / name;
    fs::create_directories(dir, ec);
    if (ec) {
        throw Failure(Exit::environment, fmt::format("cannot create {}: {}", dir.string(),
                                                     sys::system_reason(ec.value())));
    }
    ::chmod(own.c_str(), 0700);
    ::chmod(dir.c_str(), 0700);
    if (fresh) {
        sys::sync_directory(m_root);
    }
    return dir;
}

std::optional<sys::DirectoryLock> Store::lock() const {
    std::optional<sys::DirectoryLock> held;
    if (!m_change_lock) {
        held.emplace(own_dir("") / "lock", m_options.lock_wait_seconds);
    }
    return held;
}

void Store::hold_for_change() {
    if (m_change_lock) {
        return;
    }
    m_change_lock =
        std::make_shared<sys::DirectoryLock>(own_dir("") / "lock", m_options.lock_wait_seconds);
    forget();  // what was read before the lock may have changed meanwhile
    remove_leftovers();
    recover_locked();
}

bool Store::has_journal() const {
    std::error_code ec;
    return fs::symlink_status(journal_path(), ec).type() != fs::file_type::not_found;
}

void Store::recover() const {
    {
        // A reader waits for a writer at work, so it never starts on half a change.
        sys::DirectoryLock reading(m_root / k_own_dir / "lock", m_options.lock_wait_seconds,
                                   sys::LockMode::shared);
        remove_leftovers();
    }
    if (has_journal()) {
        auto held = lock();
        recover_locked();
    }
}

void Store::remove_leftovers() const {
    // `refugee erase --purge-history` keeps the names it replaces in `tmp/purge-ID.txt` while
    // git filter-repo runs, under the exclusive lock; one found under a shared lock was left
    // by a purge that was killed. It holds a person's name: it goes first.
    std::error_code ec;
    for (auto it = fs::directory_iterator(m_root / k_own_dir / "tmp", ec);
         !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.starts_with("import-")) {
            // An import's scratch copy (ops/import.cpp) holds hard links to every record,
            // erased persons' too once they are erased; no import runs under a shared lock.
            std::error_code ignored;
            fs::remove_all(it->path(), ignored);
            continue;
        }
        if (!name.starts_with("purge-") || !name.ends_with(".txt")) {
            continue;
        }
        std::error_code ignored;
        fs::remove(it->path(), ignored);
        std::string id = name.substr(6, name.size() - 10);
        if (!records::is_safe_id(id)) {
            id = "the person";
        }
        note(
            fmt::format("a purge of {}'s history was interrupted; its list of names was removed. "
                        "Run `integra refugee erase {} --purge-history` again to finish it "
                        "(if `git status` then shows changes, they come from the old history: "
                        "`git reset --hard` drops them)",
                        id, id));
    }
}

void Store::recover_locked() const {
    if (!has_journal()) {
        std::error_code ec;
        fs::remove(undo_marker_path(), ec);  // an undo killed after removing its journal
        return;
    }
    const std::string shown = (fs::path(k_own_dir) / "journal").string();
    auto bytes = sys::read_regular_file(journal_path(), std::size_t{1} << 30);
    auto journal = bytes ? decode_journal(*bytes) : Result<Journal>(bytes.error());
    if (!journal) {
        throw Failure(Exit::environment,
                      fmt::format("{}, the record of a change that was interrupted, {}; integra "
                                  "cannot tell whether to finish or undo that change. Look at "
                                  "`git status` and `git diff`, restore what is wrong with `git "
                                  "checkout FILE`, then remove {} and run the command again",
                                  shown, journal.error().message, shown));
    }
    // The killed command's git may still be running as an orphan; let it finish first. One
    // killed with it may have left its locks behind.
    auto repo = repository();
    if (!repo.wait_for_running_git()) {
        throw Failure(Exit::environment,
                      fmt::format("a git that an interrupted integra command started is still "
                                  "running in this repository (process {}); wait for it to "
                                  "finish, then try again",
                                  fmt::join(repo.running_gits(), ", ")));
    }
    repo.clear_stale_locks();
    clear_folder(m_root / k_own_dir / "tmp");
    std::error_code ec;
    Intent intent = fs::exists(undo_marker_path(), ec) ? Intent::undo : Intent::forward;
    Settlement outcome = settle(*journal, intent);
    forget();
    clear_results(*this);
    renew_generation(*this);
    finish_journal();
    note(outcome.line);
}

void Store::finish_journal() const {
    sys::remove_durably(journal_path());
    std::error_code ec;
    if (fs::exists(undo_marker_path(), ec)) {
        sys::remove_durably(undo_marker_path());
    }
}

bool Store::committed(const Journal& j) const {
    if (j.mode != CommitMode::commit) {
        return false;
    }
    auto head = repository().head_contents(paths_of(j.changes));
    for (std::size_t i = 0; i < j.changes.size(); ++i) {
        if (head[i] != j.changes[i].after) {
            return false;
        }
    }
    return true;
}

Settlement Store::settle(const Journal& j, Intent intent) const {
    auto state = states_of(*this, j);
    std::vector<std::string> others;
    std::vector<Change> forward, back;
    for (std::size_t i = 0; i < j.changes.size(); ++i) {
        const Change& c = j.changes[i];
        if (state[i] == FileState::other) {
            others.push_back(c.rel.string());
        } else if (state[i] == FileState::before) {
            forward.push_back(c);
        } else {
            back.push_back(Change{c.rel, c.after, c.before});
        }
    }
    // HEAD holding the change decides, whatever git said: it is in the history.
    if (committed(j)) {
        write_files(forward);  // the working tree follows HEAD
        // and so does the index: `git commit --only` updates it after the commit, so a kill
        // in between leaves the old entries there.
        repository().unstage(paths_of(j.changes));
        std::string line =
            fmt::format("an interrupted change had been committed already: {}", j.message);
        return {Settled::committed_already,
                others.empty() ? line : fmt::format("{}; {}", line, listed(others))};
    }
    if (intent == Intent::forward && others.empty()) {
        write_files(forward);
        if (j.mode == CommitMode::commit) {
            auto repo = repository();
            if (auto paths = committable(repo, j.changes); !paths.empty()) {
                if (auto fresh = untracked(repo, paths); !fresh.empty()) {
                    repo.stage(fresh);
                }
                repo.commit_staged(paths, j.message);
            }
        }
        return {Settled::completed, fmt::format("completed an interrupted change: {}", j.message)};
    }
    write_files(back);
    if (j.mode == CommitMode::commit) {
        repository().unstage(paths_of(j.changes));
    }
    std::string line = fmt::format("undid an interrupted change ({})", j.message);
    return {Settled::undone, others.empty() ? line : fmt::format("{}; {}", line, listed(others))};
}

void Store::require_unchanged(const std::vector<Change>& changes) const {
    // Another integra, an editor or a sync may have written since the caller read: writing
    // now would lose that. Under the lock, the files must still be what the caller saw.
    for (const Change& c : changes) {
        if (!plain_folders(m_root, c.rel)) {
            throw Failure(Exit::invalid, fmt::format("{}: a folder on its way is a symbolic "
                                                     "link; records must live in plain folders "
                                                     "inside the data directory",
                                                     c.rel.string()));
        }
        if (!holds(*this, c.rel, c.before)) {
            throw Failure(Exit::invalid, fmt::format("{} changed since integra read it (another "
                                                     "program wrote it meanwhile); nothing was "
                                                     "changed. Try again.",
                                                     c.rel.string()));
        }
    }
}

void Store::write_files(const std::vector<Change>& changes) const {
    fs::path tmp = own_dir("tmp");
    int n = 0;
    for (const Change& c : changes) {
        if (!plain_folders(m_root, c.rel)) {
            throw Failure(Exit::environment,
                          fmt::format("{}: a folder on its way is a symbolic link; nothing is "
                                      "written through it",
                                      c.rel.string()));
        }
        if (c.after) {
            fs::path folder = m_root / c.rel.parent_path();
            std::error_code ec;
            if (!fs::exists(folder, ec)) {
                fs::create_directories(folder);
                sys::sync_directory(folder.parent_path());
            }
            sys::write_atomic(m_root / c.rel, *c.after, tmp);
        } else {
            sys::remove_durably(m_root / c.rel);
        }
        sys::fault_point("after-rename", ++n);
    }
}

std::string Store::undo(const Journal& journal) const {
    // First say so (an empty marker file: it needs no room on a full disk): if this process
    // dies while restoring, the next command finishes the undo instead of completing the
    // change that the user was told had failed.
    bool marked = true;
    try {
        sys::write_atomic(undo_marker_path(), "", {});
    } catch (const Failure&) {
        marked = false;  // go on restoring: removing the journal is what counts
    }
    sys::fault_point("undo-marked");
    try {
        Settlement outcome = settle(journal, Intent::undo);
        finish_journal();
        return outcome.how == Settled::committed_already
                   ? fmt::format("\nBut git had committed the change all the same: {}",
                                 journal.message)
                   : "\nNothing was changed.";
    } catch (const std::exception& e) {
        return fmt::format(
            "\nIt could not be undone either ({}); the next integra command "
            "will {} it.",
            e.what(), marked ? "finish undoing" : "complete");
    }
}

void Store::apply(const std::vector<Change>& changes, const std::string& message,
                  CommitMode mode) const {
    auto held = lock();
    forget();  // what was read before no longer holds, whether or not the change lands
    recover_locked();
    require_unchanged(changes);
    clear_folder(m_root / k_own_dir / "tmp");
    // Saved results are stale after the change, and may hold what it removes (an erasure).
    clear_results(*this);
    // Renewed once the files are final, whether the change lands or is undone (a kill leaves
    // it to recovery): a command that read them before or meanwhile then saves nothing.
    struct Renew {
        const Store& store;
        ~Renew() {
            try {
                renew_generation(store);
            } catch (const std::exception&) {
                // The change stands. At worst a result read before it is saved afterwards: never
                // served (its fingerprint no longer holds), and replaced by the next save.
            }
        }
    } renew{*this};
    if (mode == CommitMode::commit) {
        repository().require_ready_to_commit();
    }
    Journal journal{mode, message, changes};
    sys::fault_point("before-journal");
    sys::write_atomic(journal_path(), encode(journal), own_dir("tmp"));
    sys::fault_point("after-journal");
    try {
        write_files(changes);
        sys::fault_point("after-renames");
        if (mode == CommitMode::commit) {
            auto repo = repository();
            if (auto paths = committable(repo, changes); !paths.empty()) {
                if (auto fresh = untracked(repo, paths); !fresh.empty()) {
                    repo.stage(fresh);
                }
                sys::fault_point("after-add");
                repo.commit_staged(paths, message);
                sys::fault_point("after-commit");
            }
        }
    } catch (const Failure& f) {
        throw Failure(f.code(), f.what() + undo(journal));
    } catch (const std::exception& e) {
        throw Failure(Exit::environment, e.what() + undo(journal));
    }
    m_saved = message;
    try {
        finish_journal();
    } catch (const Failure& f) {
        throw Failure(Exit::environment,
                      fmt::format("the change is saved ({}), but {}; the next integra command "
                                  "will remove that journal",
                                  message, f.what()));
    }
}

}  // namespace integra::store
