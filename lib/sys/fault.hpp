#pragma once
// Deterministic fault injection for the crash tests: `INTEGRA_FAULT=POINT` or `POINT:N` makes
// integra kill itself with SIGKILL when it reaches that point (the N-th time, counting from 1),
// exactly as `kill -9` would at that instant. The points are listed in docs/ARCHITECTURE.md.

#include <string_view>

namespace integra::sys {

/// Kills this process with SIGKILL when $INTEGRA_FAULT names `point` (and, if it gives `:N`,
/// when `n` equals N). Does nothing otherwise, which is always the case in normal use.
void fault_point(std::string_view point, int n = 1);

}  // namespace integra::sys
