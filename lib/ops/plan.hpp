#pragma once
// What every writing command builds before anything is written: a WritePlan (the file changes,
// the commit message, the record's ID), made from typed records. Validation happens here, so a
// plan that exists is one the store may apply.

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <vector>

#include "ops/draft.hpp"
#include "ops/record.hpp"
#include "records/kinds.hpp"
#include "records/typed.hpp"
#include "store/store.hpp"
#include "store/typed.hpp"

namespace integra::ops {

/// What a command that writes will do: the file changes, the commit message (IDs and field
/// names only), and the ID of the record created or changed.
struct WritePlan {
    std::vector<store::Change> changes;
    std::string message;
    std::string id;
};

/// The kind named `plural` (one of the format's, so never null).
inline const records::Kind& kind(std::string_view plural) {
    return *records::find_kind(plural);
}

/// A record about to be changed, as read. The rewrite rule holds: a hand-edited file is
/// refused before anything else.
template <class T>
store::Loaded<T> load_for_change(const store::Store& store, const std::string& id) {
    auto loaded = store::load_typed<T>(store, id);
    require_changeable(loaded.doc);
    return loaded;
}

/// The change of one record from `before` to `after`, validated (checked_bytes).
template <class T>
WritePlan change_plan(const store::Store& store, const store::Loaded<T>& before, const T& after,
                      std::string message, const Date& today) {
    const store::RecordFile& file = before.doc.file;
    std::string bytes = checked_bytes(store, *file.kind, file.id, records::encode(after), today);
    return WritePlan{
        {store::Change{file.rel, before.doc.bytes, std::move(bytes)}}, std::move(message), file.id};
}

/// A new record of kind `k` (its ID already set), validated, with the words in `unknown` put
/// back so that validation names them.
template <class T>
WritePlan new_record_plan(const store::Store& store, const records::Kind& k, const T& record,
                          const UnknownWords& unknown, std::string message, const Date& today) {
    yaml::Node tree = records::encode(record);
    unknown.put_into(tree);
    std::string bytes =
        checked_bytes(store, k, record.id, tree, today, fmt::format("the new {}", k.name));
    auto rel = std::filesystem::path(k.plural) / fmt::format("{}.yaml", record.id);
    return WritePlan{
        {store::Change{rel, std::nullopt, std::move(bytes)}}, std::move(message), record.id};
}

/// Appends the changes of `other` to `plan` (one commit for several records).
inline void merge_into(WritePlan& plan, WritePlan other) {
    for (store::Change& c : other.changes) {
        plan.changes.push_back(std::move(c));
    }
}

inline int year_of(const Date& d) {
    return static_cast<int>(d.year());
}

}  // namespace integra::ops
