#pragma once
// `integra set ID key.path=value ...`

#include <string>
#include <vector>

#include "records/kinds.hpp"
#include "store/store.hpp"
#include "util/values.hpp"

namespace integra::ops {

struct SetPlan {
    store::Change change;  ///< before == after when nothing changes
    std::string message;   ///< the commit message: `pilot: set P-0004 phone`
};

/// Applies `key.path=value` assignments (an empty value removes an optional field; list items
/// are addressed by index, `languages.1.level`, and `languages.2.code` appends) to record `id`
/// and validates the result. Throws Failure(usage) for a malformed assignment and
/// Failure(invalid) when the record is not canonical or the result would be invalid; nothing
/// is written here.
/// Sets the scalar at `path` (`name.given`, `languages.0.level`) of `root`, a record of `kind`,
/// to `value`, making the mappings and list items on the way (an empty value removes an
/// optional field). Throws Failure(invalid) "SUBJECT: …" for a path the format does not have or
/// a list item past the next new one, and Failure(usage) for an empty part.
void assign_path(yaml::Node& root, const records::Kind& kind, const std::string& subject,
                 const std::string& path, const std::string& value);

SetPlan plan_set(const store::Store& store, const std::string& id,
                 const std::vector<std::string>& assignments, const Date& today);

}  // namespace integra::ops
