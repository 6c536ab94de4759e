#pragma once
// The data directory: where it is, which record files it holds, reading them safely, and
// changing them (atomically, under the directory lock, in one git commit).

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <typeindex>
#include <utility>
#include <vector>

#include "git/git.hpp"
#include "records/kinds.hpp"
#include "store/journal.hpp"
#include "sys/files.hpp"
#include "util/error.hpp"
#include "yaml/node.hpp"

namespace integra::store {

namespace fs = std::filesystem;

/// A record file: its kind, the ID its name gives, and its path relative to the data directory.
struct RecordFile {
    const records::Kind* kind = nullptr;
    std::string id;
    fs::path rel;
};

/// Something in the data directory that looks like data but is not where records live.
struct Stray {
    fs::path rel;
    std::string reason;  ///< a sentence about it, starting "this file" or "this folder"
};

/// A record file read and parsed.
struct Document {
    RecordFile file;
    std::string bytes;
    yaml::Node root;
};

inline constexpr std::size_t k_max_record_bytes = 256 * 1024;

/// integra's own folder in the data directory (lock, journal, temporary files, edit copies),
/// which git is told to ignore.
inline constexpr std::string_view k_own_dir = ".integra";

/// How an interrupted change was brought to an end, and the line that tells the user.
enum class Settled { committed_already, completed, undone };
struct Settlement {
    Settled how;
    std::string line;
};

struct Options {
    double lock_wait_seconds = 10;  ///< for integra's lock and for a running git's
    git::Notify notify;             ///< one-line notes for the user (recovery); may be empty
    bool cache = true;              ///< results kept in .integra/cache/ (store/cache.hpp)
};

/// The identities of everything the commands read (store/cache.hpp), encoded as bytes.
struct Fingerprint {
    std::string bytes;
    bool young = false;       ///< something changed within the last two seconds: do not save
    std::int64_t newest = 0;  ///< the latest modification or change time, in nanoseconds
    std::string generation;   ///< .integra/generation, which every change renews
    bool deep = false;        ///< a kind's folder holds a folder, whose files the fingerprint omits
};

/// One kind's folder as the command found it: every entry, hidden ones too, sorted by name.
struct Folder {
    enum class State { missing, directory, symlink, other };
    struct Entry {
        std::string name;
        bool directory = false;  ///< a folder (not a symbolic link to one)
    };
    State state = State::missing;
    std::vector<Entry> entries;  ///< empty unless a directory
};

class Store {
  public:
    explicit Store(fs::path root, Options options = {})
        : m_root(std::move(root)), m_options(std::move(options)) {}

    const fs::path& root() const { return m_root; }
    const Options& options() const { return m_options; }

    /// Waits for a writer at work (a shared lock), then finishes or undoes a change that a
    /// killed integra left unfinished (its journal is still there), under the exclusive lock,
    /// saying which through `notify`; does nothing when there is none. Every command calls it
    /// before it reads. Throws Failure(environment) when the journal is damaged or the files
    /// cannot be written.
    void recover() const;
    /// recover() for a command that changes records: takes the exclusive lock and keeps it
    /// until the store is destroyed (or the process ends), so that what the command reads and
    /// plans (a new ID, a check across records) still holds when apply() writes it. Another
    /// writer waits up to `lock_wait_seconds` and then gives up with Failure(environment).
    void hold_for_change();

    /// The exclusive lock of the data directory until the result is destroyed; nothing when
    /// hold_for_change() holds it already for the whole command.
    std::optional<sys::DirectoryLock> lock() const;

    /// The folder `.integra/NAME`, created private (0700) if missing, with `.integra/`
    /// excluded from git.
    fs::path own_dir(std::string_view name) const;

    /// The folder of `kind`, listed once per command (list, count, strays and the cache's
    /// fingerprint read it; apply() forgets it). Safe to call from several threads.
    const Folder& folder(const records::Kind& kind) const;

    /// The `*.yaml` files of one kind, sorted by name; hidden files (`.x`) are skipped.
    std::vector<RecordFile> list(const records::Kind& kind) const;
    /// The record files of every kind.
    std::vector<RecordFile> list_all() const;
    /// How many record files of `kind` list() would give, without making their paths.
    std::size_t count(const records::Kind& kind) const;
    /// What integra would otherwise pass over in silence: `*.yaml` or `*.yml` files at the top
    /// other than integra.yaml, `*.yml` files and folders in a kind's directory, and a kind's
    /// directory that is a symbolic link or a file. Hidden names (`.x`) are left alone.
    std::vector<Stray> strays() const;

    /// The file of the record `id`; an Error when the ID has no known format or there is no
    /// such record.
    Result<RecordFile> locate(std::string_view id) const;
    /// True when a record `id` of `kind` exists (a cheap test, the file is not read).
    bool exists(const records::Kind& kind, std::string_view id) const;

    /// The bytes of a file in the data directory, read safely (see sys::read_regular_file).
    Result<std::string> read(const fs::path& rel) const;
    /// Reads and parses a record; the Error carries the YAML position.
    Result<Document> load(const RecordFile& file) const;

    /// The next free ID of `kind` (in `year` for yearly kinds). Call under the lock.
    std::string next_id(const records::Kind& kind, int year) const;

    /// Writes every change and commits them in one commit with `message`, all or nothing even
    /// if the process is killed at any instant: under the directory lock, the intent journal
    /// is written and synced first, then each file is replaced atomically, then git commits,
    /// and the journal is removed last (see recover()). Throws Failure(invalid), writing
    /// nothing, when a file is no longer its `before` (changed since it was read). If writing
    /// or committing fails, every file is restored and Failure(environment) is thrown.
    void apply(const std::vector<Change>& changes, const std::string& message,
               CommitMode mode) const;
    /// The message of the last change apply() saved in this process; empty if none.
    const std::string& saved() const { return m_saved; }

    /// Records of `kind` decoded as `type` (a std::vector of it), kept for the rest of the
    /// command so that it reads each kind once (store/typed.hpp's load_all, and `check`, which
    /// decodes every record anyway); nullptr when none are kept. apply() forgets them all.
    std::shared_ptr<const void> kept(const records::Kind& kind, std::type_index type) const;
    void keep(const records::Kind& kind, std::type_index type,
              std::shared_ptr<const void> records) const;
    void forget() const {
        m_kept.clear();
        m_fingerprint.reset();
        std::lock_guard lock(*m_folders_mutex);
        m_folders.clear();
    }

    /// The data directory's fingerprint (store/cache.hpp), taken on first use and kept for
    /// the rest of the command; apply() forgets it.
    const Fingerprint& fingerprint() const;

  private:
    git::Repository repository() const;
    fs::path journal_path() const;
    fs::path undo_marker_path() const;
    bool has_journal() const;
    void recover_locked() const;
    /// Removes what a killed history purge left in `.integra/tmp/` (names), saying so, and the
    /// scratch copy of a killed import.
    void remove_leftovers() const;
    /// Brings an interrupted change to an end (see recover()).
    Settlement settle(const Journal& journal, Intent intent) const;
    /// True when HEAD holds the change's new bytes of every file.
    bool committed(const Journal& journal) const;
    /// Undoes a change whose apply failed; says what became of it, for the error message.
    std::string undo(const Journal& journal) const;
    void finish_journal() const;
    void require_unchanged(const std::vector<Change>& changes) const;
    void write_files(const std::vector<Change>& changes) const;
    void note(const std::string& line) const;

    fs::path m_root;
    Options m_options;
    mutable std::map<std::pair<const records::Kind*, std::type_index>, std::shared_ptr<const void>>
        m_kept;
    mutable std::optional<Fingerprint> m_fingerprint;
    mutable std::map<const records::Kind*, std::unique_ptr<const Folder>> m_folders;
    std::shared_ptr<std::mutex> m_folders_mutex = std::make_shared<std::mutex>();
    std::shared_ptr<sys::DirectoryLock> m_change_lock;  ///< held by hold_for_change()
    mutable std::string m_saved;
};

/// The data directory: `option` if given, else $INTEGRA_DATA, else the nearest directory from
/// `cwd` upwards that holds integra.yaml. Throws Failure(usage) when there is none.
fs::path find_data_dir(const std::string& option, const fs::path& cwd);

/// The canonical bytes of a record or settings tree: normalised by `spec`, then written.
std::string canonical_bytes(const yaml::Node& root, const schema::Spec& spec);

}  // namespace integra::store
