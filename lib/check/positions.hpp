#pragma once
// Where a rule's finding is in a record, for `file:line:col` and the caret.

#include <cstddef>
#include <string_view>

#include "yaml/node.hpp"

namespace integra::check {

/// Where `key` of the map `node` is: a scalar's value, or the key itself for a list or a map
/// (the line `onboarding:` rather than its first step); `node`'s own position when absent.
inline yaml::Pos pos_of(const yaml::Node& node, std::string_view key) {
    for (const yaml::Entry& e : node.entries) {
        if (e.key == key) {
            return e.value.is_scalar() ? e.value.pos : e.key_pos;
        }
    }
    return node.pos;
}

/// Where item `i`'s `key` is in the list under `list` (the list's key when there is no such
/// item).
inline yaml::Pos item_pos(const yaml::Node& node, std::string_view list, std::size_t i,
                          std::string_view key) {
    const yaml::Node* seq = node.find(list);
    if (seq && seq->is_seq() && i < seq->items.size()) {
        return pos_of(seq->items[i], key);
    }
    return pos_of(node, list);
}

}  // namespace integra::check
