#include "store/store.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "schema/validate.hpp"
#include "sys/files.hpp"
#include "yaml/reader.hpp"
#include "yaml/writer.hpp"

namespace integra::store {

const Folder& Store::folder(const records::Kind& kind) const {
    std::lock_guard lock(*m_folders_mutex);
    auto& slot = m_folders[&kind];
    if (slot) {
        return *slot;
    }
    auto folder = std::make_unique<Folder>();
    const fs::path dir = m_root / kind.plural;
    struct stat st {};
    if (::lstat(dir.c_str(), &st) != 0) {
        folder->state = Folder::State::missing;
    } else if (S_ISLNK(st.st_mode)) {
        folder->state = Folder::State::symlink;
    } else if (!S_ISDIR(st.st_mode)) {
        folder->state = Folder::State::other;
    } else if (DIR* d = ::opendir(dir.c_str())) {
        folder->state = Folder::State::directory;
        while (const dirent* e = ::readdir(d)) {
            std::string_view name = e->d_name;
            if (name == "." || name == "..") {
                continue;
            }
            bool directory = e->d_type == DT_DIR;
            if (e->d_type == DT_UNKNOWN) {
                struct stat entry {};
                directory = ::fstatat(::dirfd(d), e->d_name, &entry, AT_SYMLINK_NOFOLLOW) == 0 &&
                            S_ISDIR(entry.st_mode);
            }
            folder->entries.push_back(Folder::Entry{std::string(name), directory});
        }
        ::closedir(d);
        std::sort(folder->entries.begin(), folder->entries.end(),
                  [](const Folder::Entry& x, const Folder::Entry& y) { return x.name < y.name; });
    } else {
        folder->state = Folder::State::directory;  // unreadable: nothing listed
    }
    slot = std::move(folder);
    return *slot;
}

namespace {

bool is_record_name(std::string_view name) {
    return !name.starts_with('.') && name.ends_with(".yaml");
}

}  // namespace

std::vector<RecordFile> Store::list(const records::Kind& kind) const {
    std::vector<RecordFile> out;
    for (const Folder::Entry& e : folder(kind).entries) {
        if (is_record_name(e.name)) {
            out.push_back(RecordFile{&kind, e.name.substr(0, e.name.size() - 5),
                                     fs::path(kind.plural) / e.name});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

std::size_t Store::count(const records::Kind& kind) const {
    const auto& entries = folder(kind).entries;
    return static_cast<std::size_t>(
        std::count_if(entries.begin(), entries.end(),
                      [](const Folder::Entry& e) { return is_record_name(e.name); }));
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
        const Folder& dir = folder(kind);
        if (dir.state == Folder::State::symlink) {
            out.push_back({fs::path(kind.plural),
                           "this folder is a symbolic link; it must be a plain "
                           "folder inside the data directory"});
        } else if (dir.state == Folder::State::other) {
            out.push_back({fs::path(kind.plural),
                           "this should be the folder of the kind but is a file; move it away"});
        }
        for (const Folder::Entry& e : dir.entries) {
            if (e.name.starts_with('.')) {
                continue;
            }
            if (e.name.ends_with(".yml")) {
                out.push_back({fs::path(kind.plural) / e.name,
                               "this file ends in .yml; record files end in .yaml: rename it"});
            } else if (!e.name.ends_with(".yaml") && e.directory) {
                out.push_back({fs::path(kind.plural) / e.name,
                               fmt::format("this folder is inside {}/, where integra reads "
                                           "only record files; records in it are not "
                                           "counted or checked: move them up or the folder "
                                           "out",
                                           kind.plural)});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Stray& a, const Stray& b) { return a.rel < b.rel; });
    return out;
}

namespace {

/// "R-… was erased on DATE" when a tombstone (erased/ID.yaml) says so: a person's ID that is
/// gone on purpose, which "no such record" would hide.
std::optional<std::string> erased_on(const Store& store, std::string_view id) {
    const records::Kind* erased = records::find_kind("erased");
    if (!erased || !store.exists(*erased, id)) {
        return std::nullopt;
    }
    fs::path rel = fs::path(erased->plural) / fmt::format("{}.yaml", id);
    auto doc = store.load(RecordFile{erased, std::string(id), rel});
    const yaml::Node* date = doc ? doc->root.find("erased") : nullptr;
    return fmt::format("{} was erased{} ({}); nothing else is held on the person", id,
                       date && date->is_scalar() ? fmt::format(" on {}", date->text) : "",
                       rel.string());
}

}  // namespace

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
        if (auto erased = erased_on(*this, id)) {
            return Error{*erased};
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

std::shared_ptr<const void> Store::kept(const records::Kind& kind, std::type_index type) const {
    auto it = m_kept.find({&kind, type});
    return it == m_kept.end() ? nullptr : it->second;
}

void Store::keep(const records::Kind& kind, std::type_index type,
                 std::shared_ptr<const void> records) const {
    m_kept.insert_or_assign({&kind, type}, std::move(records));
}

std::string Store::next_id(const records::Kind& kind, int year) const {
    // Kinds that share a prefix share the sequence: an erased person's ID (its tombstone in
    // erased/) is never given to someone else.
    int highest = 0;
    for (const records::Kind& same : records::all_kinds()) {
        if (same.prefix != kind.prefix) {
            continue;
        }
        for (const RecordFile& f : list(same)) {
            auto parsed = records::id_year_and_number(same, f.id);
            if (parsed && (!kind.yearly || parsed->first == year)) {
                highest = std::max(highest, parsed->second);
            }
        }
    }
    return records::make_id(kind, year, highest + 1);
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
