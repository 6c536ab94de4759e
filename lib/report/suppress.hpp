#pragma once
// Disclosure control for public reports (SPEC §6): small counts of persons are hidden, and
// enough other cells with them that no hidden count can be worked out from a total.
//
// Primary suppression: a cell of a personal column (Column::personal) with a count from 1 to
// threshold - 1 is suppressed; 0 is shown (nobody is described by it). It is written `<3`.
//
// Every other hidden cell is secondary (Cell::secondary), written `x`: it is hidden for
// another's sake, and where it is a count it is at least the threshold. Writing `<3` for it
// would be false ("Iran <3" this year, "Iran 6" for the same year next year).
//
// Secondary suppression works on lines: each personal column of a table with a total row is a
// line (its cells above the total, and the total), and so is each row whose table has a
// row-total column (Column::total_of). A line with exactly one suppressed cell, the total
// counted as a cell, would give that cell away by subtraction; so the smallest non-zero shown
// cell of the line (not the total, unless nothing else is left) is suppressed too, and this
// is repeated over all lines until every line has none or at least two. Zeros are not chosen:
// a hidden zero protects nothing, since no count is below it. A line whose hidden cells can
// only be ones (k of them adding up to k, the total shown) hides one more the same way.
//
// Then two checks of the whole table, repeated with the rule above until neither finds
// anything; each time one finds a hidden count a reader can work out, one more cell of that
// count's lines is hidden (the smallest non-zero shown part, else a total):
// - Linear algebra: a hidden count that follows from a combination of lines (two hidden cells
//   of a row whose sum the total row gives, say).
// - Bounds: the marks tell a reader that a `<3` cell is from 1 to threshold - 1 and an `x`
//   cell at least the threshold. Each line bounds the sum of its hidden parts (its shown total
//   less its shown parts), and so each hidden cell by the others' bounds; this is repeated
//   over all lines, and over the rows of the lines' reduced row echelon form (combinations
//   in which other hidden cells cancel), to a fixed point. A hidden cell whose bounds leave one
//   value is given away
//   (`<3`, `x`, total 4 shown: x is at least 3, so the `<3` is 1). A cell hidden for it is
//   itself an `x`, at least the threshold, and may need the same in turn. Only cells of the
//   pinned cell's own lines are hidden for it: where they are all hidden already, the marks
//   alone give it away (`<3` + `<3` = `<3` is 1 + 1 = 2), and no more hiding would help.
//   Combinations of three or more lines with the bounds are not all found (see the
//   brute-force test for one).
//
// Guarded cells (Column::guarded_by: a rate, a median or hours computed from a count) are
// suppressed, as secondary, when their count is suppressed or below the threshold.

#include "report/model.hpp"

namespace integra::report {

/// Suppresses `table`'s cells in place, as above. `threshold` 3 hides 1 and 2.
void suppress(Table& table, int threshold);

/// True when `cell` of a count below `threshold` would be suppressed as a primary cell.
bool too_small(std::int64_t count, int threshold);

}  // namespace integra::report
