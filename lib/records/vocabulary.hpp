#pragma once
// The closed vocabularies of the file format (SPEC §3): each word list is written here once,
// and both `describe` (records/types.hpp) and the derived Spec use it.

#include <array>
#include <string_view>

namespace integra::records {

inline constexpr std::array<std::string_view, 4> k_genders = {"f", "m", "d", "x"};
inline constexpr std::array<std::string_view, 7> k_levels = {"native", "C2", "C1", "B2",
                                                             "B1",     "A2", "A1"};
inline constexpr std::array<std::string_view, 3> k_pilot_statuses = {"active", "paused", "retired"};

}  // namespace integra::records
