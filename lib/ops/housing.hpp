#pragma once
// The refugee casework: housing.

#include <string>
#include <vector>

#include "ops/plan.hpp"
#include "records/types.hpp"
#include "store/store.hpp"

namespace integra::ops {

/// For `integra status`, one sentence each: units at 90 % of their capacity or more.
std::vector<std::string> housing_attention(const store::Store& store, const Date& today);

}  // namespace integra::ops
