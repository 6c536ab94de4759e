#pragma once
// Disclosure control for public reports (SPEC §6): small counts of persons are hidden, and
// enough other cells with them that no hidden count can be worked out from a total.
//
// Primary suppression: a cell of a personal column (Column::personal) with a count from 1 to
// threshold - 1 is suppressed; 0 is shown (nobody is described by it).
//
// Secondary suppression works on lines: each personal column of a table with a total row is a
// line (its cells above the total, and the total), and so is each row whose table has a
// row-total column (Column::total_of). A line with exactly one suppressed cell, the total
// counted as a cell, would give that cell away by subtraction; so the smallest non-zero shown
// cell of the line (not the total, unless nothing else is left) is suppressed too, and this
// is repeated over all lines until every line has none or at least two. Zeros are not chosen:
// a hidden zero protects nothing, since no count is below it.
//
// Guarded cells (Column::guarded_by: a rate, a median or hours computed from a count) are
// suppressed when their count is suppressed or below the threshold.

#include "report/model.hpp"

namespace integra::report {

/// Suppresses `table`'s cells in place, as above. `threshold` 3 hides 1 and 2.
void suppress(Table& table, int threshold);

/// True when `cell` of a count below `threshold` would be suppressed as a primary cell.
bool too_small(std::int64_t count, int threshold);

}  // namespace integra::report
