#include "store/store.hpp"

#include <fmt/format.h>

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>

#include "schema/validate.hpp"
#include "sys/fault.hpp"
#include "sys/files.hpp"
#include "yaml/reader.hpp"
#include "yaml/writer.hpp"

namespace integra::store {

std::vector<RecordFile> Store::list(const records::Kind& kind) const {
    std::vector<RecordFile> out;
    fs::path dir = m_root / kind.plural;
    std::error_code ec;
    if (fs::is_symlink(dir, ec) || !fs::is_directory(dir, ec)) {
        return out;
    }
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string name = entry.path().filename().string();
        if (name.starts_with('.') || !name.ends_with(".yaml")) {
            continue;
        }
        out.push_back(
            RecordFile{&kind, name.substr(0, name.size() - 5), fs::path(kind.plural) / name});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

std::vector<RecordFile> Store::list_all() const {
    std::vector<RecordFile> out;
    for (const records::Kind& kind : records::all_kinds()) {
        auto files = list(kind);
        out.insert(out.end(), std::make_move_iterator(files.begin()),
                   std::make_move_iterator(files.end()));
    }
    return out;
}

std::vector<Stray> Store::strays() const {
    std::vector<Stray> out;
    std::error_code ec;
    auto data_like = [](const fs::path& p) {
        return p.extension() == ".yaml" || p.extension() == ".yml";
    };
    for (const auto& entry : fs::directory_iterator(m_root, ec)) {
        fs::path name = entry.path().filename();
        if (name.string().starts_with('.')) {
            continue;
        }
        if (data_like(name) && name != "integra.yaml") {
            out.push_back(
                {name,
                 "this file is not where records live: each kind has its folder (pilots/, "
                 "refugees/, ...); move it there or remove it"});
        }
    }
    for (const records::Kind& kind : records::all_kinds()) {
        fs::path dir = m_root / kind.plural;
        if (fs::is_symlink(dir, ec)) {
            out.push_back({fs::path(kind.plural),
                           "this folder is a symbolic link; it must be a plain "
                           "folder inside the data directory"});
        } else if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
            out.push_back({fs::path(kind.plural),
                           "this should be the folder of the kind but is a file; move it away"});
        } else {
            for (const auto& entry : fs::directory_iterator(dir, ec)) {
                fs::path name = entry.path().filename();
                if (name.string().starts_with('.')) {
                    continue;
                }
                if (name.extension() == ".yml") {
                    out.push_back({fs::path(kind.plural) / name,
                                   "this file ends in .yml; record files end in .yaml: rename it"});
                } else if (name.extension() != ".yaml" && entry.is_directory(ec) &&
                           !entry.is_symlink(ec)) {
                    out.push_back({fs::path(kind.plural) / name,
                                   fmt::format("this folder is inside {}/, where integra reads "
                                               "only record files; records in it are not "
                                               "counted or checked: move them up or the folder "
                                               "out",
                                               kind.plural)});
                }
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Stray& a, const Stray& b) { return a.rel < b.rel; });
    return out;
}

Result<RecordFile> Store::locate(std::string_view id) const {
    const records::Kind* kind = records::kind_of_id(id);
    if (!records::is_safe_id(id) || !kind || !records::has_id_format(*kind, id)) {
        return Error{
            fmt::format("`{}` is not a record ID (such as P-0004, R-2025-0077, "
                        "PR-2025-014, ag1)",
                        id)};
    }
    fs::path rel = fs::path(kind->plural) / fmt::format("{}.yaml", id);
    if (!exists(*kind, id)) {
        std::error_code ec;
        if (fs::symlink_status(m_root / rel, ec).type() != fs::file_type::not_found) {
            auto bytes = read(rel);
            return Error{fmt::format("{} {}", rel.string(),
                                     bytes ? "is not a plain file" : bytes.error().message)};
        }
        return Error{fmt::format("there is no {} {} (no file {})", kind->name, id, rel.string())};
    }
    return RecordFile{kind, std::string(id), rel};
}

bool Store::exists(const records::Kind& kind, std::string_view id) const {
    if (!records::is_safe_id(id)) {
        return false;
    }
    std::error_code ec;
    return fs::is_regular_file(
        fs::symlink_status(m_root / kind.plural / fmt::format("{}.yaml", id), ec));
}

Result<std::string> Store::read(const fs::path& rel) const {
    return sys::read_regular_file(m_root / rel, k_max_record_bytes);
}

Result<Document> Store::load(const RecordFile& file) const {
    auto bytes = read(file.rel);
    if (!bytes) {
        return bytes.error();
    }
    auto root = yaml::read(*bytes, yaml::Limits{k_max_record_bytes, 16});
    if (!root) {
        return root.error();
    }
    return Document{file, std::move(*bytes), std::move(*root)};
}

std::string Store::next_id(const records::Kind& kind, int year) const {
    int highest = 0;
    for (const RecordFile& f : list(kind)) {
        auto parsed = records::id_year_and_number(kind, f.id);
        if (parsed && (!kind.yearly || parsed->first == year)) {
            highest = std::max(highest, parsed->second);
        }
    }
    return records::make_id(kind, year, highest + 1);
}

namespace {

std::vector<fs::path> paths_of(const std::vector<Change>& changes) {
    std::vector<fs::path> paths;
    for (const Change& c : changes) {
        paths.push_back(c.rel);
    }
    return paths;
}

/// Where a file stands between the two versions of a change.
enum class FileState { before, after, other };

/// Removes what a killed write left in `dir` (temporary files).
void clear_folder(const fs::path& dir) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        fs::remove(entry.path(), ec);
    }
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

fs::path Store::own_dir(std::string_view name) const {
    fs::path own = m_root / k_own_dir;
    std::error_code ec;
    if (!fs::exists(own, ec)) {
        // Before the folder exists, so that a kill in between leaves nothing for git to show.
        git::Repository(m_root).exclude(fmt::format("{}/", k_own_dir));
    }
    fs::path dir = name.empty() ? own : own / name;
    fs::create_directories(dir, ec);
    if (ec) {
        throw Failure(Exit::environment,
                      fmt::format("cannot create {}: {}", dir.string(), ec.message()));
    }
    ::chmod(own.c_str(), 0700);
    ::chmod(dir.c_str(), 0700);
    return dir;
}

sys::DirectoryLock Store::lock() const {
    return sys::DirectoryLock(own_dir("") / "lock", m_options.lock_wait_seconds);
}

void Store::recover() const {
    std::error_code ec;
    if (fs::symlink_status(journal_path(), ec).type() == fs::file_type::not_found) {
        return;
    }
    auto held = lock();
    recover_locked();
}

void Store::recover_locked() const {
    std::error_code ec;
    if (fs::symlink_status(journal_path(), ec).type() == fs::file_type::not_found) {
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
    repository().wait_for_running_git();
    repository().clear_stale_locks();
    clear_folder(m_root / k_own_dir / "tmp");
    std::string outcome = settle(*journal);
    remove_journal();
    note(outcome);
}

std::string Store::settle(const Journal& j) const {
    std::vector<FileState> states;
    std::vector<std::string> others;
    for (const Change& c : j.changes) {
        std::error_code ec;
        bool present = fs::symlink_status(m_root / c.rel, ec).type() != fs::file_type::not_found;
        auto now = present ? read(c.rel) : Result<std::string>(Error{"absent"});
        auto is = [&](const std::optional<std::string>& v) {
            return v ? (now.ok() && *now == *v) : !present;
        };
        states.push_back(is(c.after)    ? FileState::after
                         : is(c.before) ? FileState::before
                                        : FileState::other);
        if (states.back() == FileState::other) {
            others.push_back(c.rel.string());
        }
    }
    auto paths = paths_of(j.changes);
    if (j.intent == Intent::forward && j.mode == CommitMode::commit) {
        auto head = repository().head_contents(paths);
        bool committed = true;
        for (std::size_t i = 0; i < j.changes.size(); ++i) {
            committed = committed && head[i] == j.changes[i].after;
        }
        if (committed) {
            return fmt::format("an interrupted change had been committed already: {}", j.message);
        }
    }
    if (j.intent == Intent::forward && others.empty()) {
        write_files(j.changes);
        if (j.mode == CommitMode::commit) {
            auto repo = repository();
            repo.stage(paths);
            repo.commit_staged(paths, j.message);
        }
        return fmt::format("completed an interrupted change: {}", j.message);
    }
    for (std::size_t i = 0; i < j.changes.size(); ++i) {
        if (states[i] == FileState::after) {
            write_files({Change{j.changes[i].rel, j.changes[i].after, j.changes[i].before}});
        }
    }
    if (j.mode == CommitMode::commit) {
        repository().unstage(paths);
    }
    std::string kept = others.empty()
                           ? std::string()
                           : fmt::format(
                                 "; {} changed after it was interrupted and "
                                 "{} left as it is",
                                 fmt::join(others, ", "), others.size() == 1 ? "was" : "were");
    return fmt::format("undid an interrupted change ({}){}", j.message, kept);
}

void Store::require_unchanged(const std::vector<Change>& changes) const {
    // Another integra, an editor or a sync may have written since the caller read: writing
    // now would lose that. Under the lock, the files must still be what the caller saw.
    for (const Change& c : changes) {
        std::error_code ec;
        bool present = fs::symlink_status(m_root / c.rel, ec).type() != fs::file_type::not_found;
        auto now = present ? read(c.rel) : Result<std::string>(Error{"absent"});
        bool same = c.before ? (now.ok() && *now == *c.before) : !present;
        if (!same) {
            throw Failure(Exit::invalid, fmt::format("{} changed since integra read it (another "
                                                     "program wrote it meanwhile); nothing was "
                                                     "changed. Try again.",
                                                     c.rel.string()));
        }
    }
}

void Store::write_journal(const Journal& journal) const {
    sys::write_atomic(journal_path(), encode(journal), own_dir("tmp"));
}

void Store::remove_journal() const {
    sys::remove_durably(journal_path());
}

void Store::write_files(const std::vector<Change>& changes) const {
    fs::path tmp = own_dir("tmp");
    int n = 0;
    for (const Change& c : changes) {
        if (c.after) {
            fs::create_directories(m_root / c.rel.parent_path());
            sys::write_atomic(m_root / c.rel, *c.after, tmp);
        } else {
            sys::remove_durably(m_root / c.rel);
        }
        sys::fault_point("after-rename", ++n);
    }
}

void Store::undo(Journal journal) const {
    // First say so in the journal: if this process dies while restoring, the next command
    // finishes the undo instead of completing the change the user was told had failed.
    journal.intent = Intent::undo;
    try {
        write_journal(journal);
        settle(journal);
        remove_journal();
    } catch (const std::exception&) {
        // The journal stays; the next command finishes the undo.
    }
}

void Store::apply(const std::vector<Change>& changes, const std::string& message,
                  CommitMode mode) const {
    auto held = lock();
    recover_locked();
    require_unchanged(changes);
    clear_folder(m_root / k_own_dir / "tmp");
    Journal journal{Intent::forward, mode, message, changes};
    sys::fault_point("before-journal");
    write_journal(journal);
    sys::fault_point("after-journal");
    try {
        write_files(changes);
        sys::fault_point("after-renames");
        if (mode == CommitMode::commit) {
            auto repo = repository();
            repo.stage(paths_of(changes));
            sys::fault_point("after-add");
            repo.commit_staged(paths_of(changes), message);
            sys::fault_point("after-commit");
        }
    } catch (const Failure& f) {
        undo(journal);
        throw Failure(f.code(), fmt::format("{}\nNothing was changed.", f.what()));
    } catch (const fs::filesystem_error& e) {
        undo(journal);
        throw Failure(Exit::environment, fmt::format("{}\nNothing was changed.", e.what()));
    }
    remove_journal();
}

namespace {

/// True when `dir` has an entry integra.yaml. Whether it is a readable plain file is for
/// `check` to report, which it can only do once the directory is found.
bool has_settings(const fs::path& dir) {
    std::error_code ec;
    return fs::symlink_status(dir / "integra.yaml", ec).type() != fs::file_type::not_found;
}

}  // namespace

fs::path find_data_dir(const std::string& option, const fs::path& cwd) {
    auto check = [](const fs::path& dir, std::string_view source) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            throw Failure(Exit::usage, fmt::format("{} ({}) does not exist or is not a directory",
                                                   dir.string(), source));
        }
        if (!has_settings(dir)) {
            throw Failure(Exit::usage, fmt::format("{} ({}) is not an integra data directory: it "
                                                   "has no integra.yaml. Create one with "
                                                   "`integra init DIR`",
                                                   dir.string(), source));
        }
        return dir;
    };
    if (!option.empty()) {
        return check(option, "--data");
    }
    if (const char* env = std::getenv("INTEGRA_DATA"); env && *env) {
        return check(env, "$INTEGRA_DATA");
    }
    for (fs::path dir = cwd; !dir.empty(); dir = dir.parent_path()) {
        if (has_settings(dir)) {
            return dir;
        }
        if (dir == dir.parent_path()) {
            break;
        }
    }
    throw Failure(Exit::usage,
                  "no data directory: pass --data DIR, set INTEGRA_DATA, or run "
                  "inside a directory holding integra.yaml (`integra init DIR` "
                  "creates one)");
}

std::string canonical_bytes(const yaml::Node& root, const schema::Spec& spec) {
    return yaml::write(schema::normalise(root, spec));
}

}  // namespace integra::store
