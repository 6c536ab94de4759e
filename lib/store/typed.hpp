#pragma once
// Records of one kind as typed structs, for commands that compute (fees, matching, reports).

#include <fmt/format.h>

#include <string>
#include <vector>

#include "records/kinds.hpp"
#include "records/typed.hpp"
#include "store/store.hpp"

namespace integra::store {

/// A typed record with the document it was decoded from (its file, bytes and tree).
template <class T>
struct Loaded {
    Document doc;
    T record;
};

/// The record `id`, decoded as T. Throws Failure(invalid) when there is no such record or it
/// cannot be read or decoded, naming the file and pointing to `integra check`.
template <class T>
Loaded<T> load_typed(const Store& store, std::string_view id) {
    auto file = store.locate(id);
    if (!file) {
        throw Failure(Exit::invalid, file.error().message);
    }
    auto doc = store.load(*file);
    auto typed = doc ? records::decode<T>(doc->root) : Result<T>(doc.error());
    if (!typed) {
        throw Failure(Exit::invalid, fmt::format("{}:{}:{}: {}\nFix it first (`integra check {}`).",
                                                 file->rel.string(), typed.error().line,
                                                 typed.error().column, typed.error().message, id));
    }
    return Loaded<T>{std::move(*doc), std::move(*typed)};
}

/// Every record of `kind`, decoded as T, in ID order. Throws as load_typed does for the first
/// file that cannot be used: a decision over part of the records would be wrong.
template <class T>
std::vector<T> load_all(const Store& store, const records::Kind& kind) {
    std::vector<T> out;
    for (const RecordFile& f : store.list(kind)) {
        out.push_back(load_typed<T>(store, f.id).record);
    }
    return out;
}

}  // namespace integra::store
