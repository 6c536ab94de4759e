#pragma once
// `integra refugee add|intake|list|show`: the persons of the refugee casework.

#include "ops/plan.hpp"
#include "records/types.hpp"
#include "store/store.hpp"

namespace integra::ops {}  // namespace integra::ops
