#pragma once
// The refugee casework: onboarding.

#include <string>
#include <vector>

#include "ops/plan.hpp"
#include "records/types.hpp"
#include "store/store.hpp"

namespace integra::ops {

/// For `integra status`, one sentence each: overdue onboarding steps and stale cases.
std::vector<std::string> casework_attention(const store::Store& store, const Date& today);

}  // namespace integra::ops
