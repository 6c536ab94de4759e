#pragma once
// The refugee casework: rights.

#include <string>
#include <vector>

#include "ops/plan.hpp"
#include "records/types.hpp"
#include "store/store.hpp"

namespace integra::ops {

/// For `integra status`, one sentence each: closed cases past the retention period.
std::vector<std::string> retention_attention(const store::Store& store, const Date& today);

}  // namespace integra::ops
