#pragma once
// `integra set ID key.path=value ...`

#include <string>
#include <vector>

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
SetPlan plan_set(const store::Store& store, const std::string& id,
                 const std::vector<std::string>& assignments, const Date& today);

}  // namespace integra::ops
