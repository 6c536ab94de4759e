#pragma once
// A record as a flat list of `path: value` leaves, and the field-level difference between two
// versions — what `integra log` shows and what an edit's commit message names.

#include <optional>
#include <string>
#include <vector>

#include "yaml/node.hpp"

namespace integra::records {

struct Leaf {
    std::string path;  ///< `name.given`, `languages[1].level`
    std::string value;
};

/// Every scalar (and empty list or mapping) of `root`, in document order.
std::vector<Leaf> flatten(const yaml::Node& root);

struct FieldChange {
    std::string path;
    std::optional<std::string> before;  ///< nullopt: added
    std::optional<std::string> after;   ///< nullopt: removed
};

/// What changed from `before` to `after`, leaf by leaf, in the order of `after` (removals last).
std::vector<FieldChange> diff(const std::vector<Leaf>& before, const std::vector<Leaf>& after);

/// The distinct top-level keys among `changes` (`languages[1].level` → `languages`).
std::vector<std::string> top_level_keys(const std::vector<FieldChange>& changes);

}  // namespace integra::records
