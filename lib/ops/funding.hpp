#pragma once
// What project funding and the AGs need from staff now, for `integra status`.

#include <string>
#include <vector>

#include "store/store.hpp"
#include "util/values.hpp"

namespace integra::ops {

/// One sentence each: applications waiting for an AG decision; payments due (a project that
/// began without any payment, or whose period ended with approved money unpaid); proofs of use
/// due within 30 days or overdue; AGs behind on this year's meetings (fewer held by today than
/// the year's share of `rules.meetings_per_year`).
std::vector<std::string> funding_attention(const store::Store& store, const Date& today);

}  // namespace integra::ops
