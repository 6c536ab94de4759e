#pragma once
// Records of one kind as typed structs, for commands that compute (fees, matching, reports).

#include <fmt/format.h>

#include <memory>
#include <string>
#include <type_traits>
#include <typeindex>
#include <vector>

#include "records/kinds.hpp"
#include "records/typed.hpp"
#include "store/store.hpp"
#include "sys/parallel.hpp"

namespace integra::store {

/// A typed record with the document it was decoded from (its file, bytes and tree).
template <class T>
struct Loaded {
    Document doc;
    T record;
};

/// The kind whose records T holds.
template <class T>
const records::Kind& kind_of() {
    using namespace records;
    constexpr std::string_view plural = std::is_same_v<T, Pilot>         ? "pilots"
                                        : std::is_same_v<T, Assignment>  ? "assignments"
                                        : std::is_same_v<T, Household>   ? "households"
                                        : std::is_same_v<T, Refugee>     ? "refugees"
                                        : std::is_same_v<T, HousingUnit> ? "housing"
                                        : std::is_same_v<T, Project>     ? "projects"
                                        : std::is_same_v<T, Ag>          ? "ags"
                                        : std::is_same_v<T, Meeting>     ? "meetings"
                                        : std::is_same_v<T, Erasure>     ? "erased"
                                                                         : "";
    static_assert(!plural.empty(), "not a kind of record");
    return *find_kind(plural);
}

/// Throws Failure(usage) when `id` is not an ID of T's kind (a guide's ID given for a
/// person), before any file is read: such a file would fail to decode with a puzzling message.
template <class T>
void require_id_of(std::string_view id) {
    const records::Kind& kind = kind_of<T>();
    if (!records::is_safe_id(id) || !records::has_id_format(kind, id)) {
        throw Failure(Exit::usage, fmt::format("`{}` is not a {} ID (such as {})", id, kind.name,
                                               records::make_id(kind, 2025, 7)));
    }
}

/// The record in `file` (of T's kind), decoded as T. Throws Failure(invalid) when it cannot be
/// read or decoded, naming the file and pointing to `integra check`.
template <class T>
Loaded<T> load_file(const Store& store, const RecordFile& file) {
    auto doc = store.load(file);
    auto typed = doc ? records::decode<T>(doc->root) : Result<T>(doc.error());
    if (!typed) {
        throw Failure(
            Exit::invalid,
            fmt::format("{}:{}:{}: {}\nFix it first (`integra check {}`).", file.rel.string(),
                        typed.error().line, typed.error().column, typed.error().message, file.id));
    }
    return Loaded<T>{std::move(*doc), std::move(*typed)};
}

/// The record `id`, decoded as T. Throws Failure(usage) when `id` is not an ID of T's kind,
/// Failure(invalid) when there is no such record or it cannot be read or decoded, naming the
/// file and pointing to `integra check`.
template <class T>
Loaded<T> load_typed(const Store& store, std::string_view id) {
    require_id_of<T>(id);
    auto file = store.locate(id);
    if (!file) {
        throw Failure(Exit::invalid, file.error().message);
    }
    return load_file<T>(store, *file);
}

/// Every record of `kind`, decoded as T, in ID order, read on every core. Throws as load_typed
/// does for the first file (in ID order) that cannot be used: a decision over part of the
/// records would be wrong. The records are kept in `store` for the rest of the command.
template <class T>
std::vector<T> load_all(const Store& store, const records::Kind& kind) {
    const std::type_index type(typeid(T));
    if (auto kept = store.kept(kind, type)) {
        return *static_cast<const std::vector<T>*>(kept.get());
    }
    const std::vector<RecordFile> files = store.list(kind);
    std::vector<T> out(files.size());
    sys::parallel_for(files.size(), [&](std::size_t i) {
        require_id_of<T>(files[i].id);
        out[i] = load_file<T>(store, files[i]).record;
    });
    store.keep(kind, type, std::make_shared<const std::vector<T>>(out));
    return out;
}

}  // namespace integra::store
