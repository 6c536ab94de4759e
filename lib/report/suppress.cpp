// Suppression as report/suppress.hpp describes it. The brute-force test
// (tests/unit/report/test_suppress.cpp) checks it the way a reader would attack it: every
// line's equation, and every hidden count bounded by its mark.

#include "report/suppress.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace integra::report {

namespace {

/// A cell's place in its table.
struct Place {
    std::size_t row;
    std::size_t column;
};

/// Cells that add up to a total: the parts in line order, then the total, last.
using Line = std::vector<Place>;

/// Each personal column of a table with a total row: its cells above the total, then the total.
void add_column_lines(const Table& table, std::vector<Line>& lines) {
    if (table.total_row() == nullptr) {
        return;
    }
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (!table.columns[c].personal) {
            continue;
        }
        Line line;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            line.push_back({r, c});
        }
        lines.push_back(std::move(line));
    }
}

/// Each row of a table with a personal row-total column: the columns it adds up, then the
/// row total.
void add_row_lines(const Table& table, std::vector<Line>& lines) {
    for (std::size_t t = 0; t < table.columns.size(); ++t) {
        const Column& total = table.columns[t];
        if (total.total_of.empty() || !total.personal) {
            continue;
        }
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            Line line;
            for (std::size_t c : total.total_of) {
                line.push_back({r, c});
            }
            line.push_back({r, t});
            lines.push_back(std::move(line));
        }
    }
}

Cell& cell_at(Table& table, Place p) {
    return table.rows[p.row].cells[p.column];
}

bool same(Place a, Place b) {
    return a.row == b.row && a.column == b.column;
}

/// A shown personal cell with a count above zero: one that secondary suppression may hide.
bool can_hide(Table& table, Place p) {
    const Cell& cell = cell_at(table, p);
    return table.columns[p.column].personal && !cell.suppressed && cell.value && *cell.value > 0;
}

/// The smallest non-zero shown part of `line` (the first of equals), else its total if that
/// may be hidden, else nothing.
std::optional<Place> second_cell(Table& table, const Line& line) {
    std::optional<Place> best;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        if (can_hide(table, line[i]) &&
            (!best || *cell_at(table, line[i]).value < *cell_at(table, *best).value)) {
            best = line[i];
        }
    }
    if (!best && can_hide(table, line.back())) {
        best = line.back();
    }
    return best;
}

/// Hides `cell` for another cell's sake: written `x`, not `<3`.
void hide_for_another(Cell& cell) {
    cell.suppressed = true;
    cell.secondary = true;
}

/// True when a reader can work out a hidden cell of `line` by itself: it has exactly one
/// hidden cell, or its total is shown and its hidden parts are all 1 (a reader who knows that
/// zeros are never hidden sees k hidden parts adding up to k).
bool gives_away(Table& table, const Line& line) {
    std::size_t hidden = 0;
    std::int64_t hidden_sum = 0;
    for (Place p : line) {
        const Cell& cell = cell_at(table, p);
        hidden += cell.suppressed ? 1 : 0;
        hidden_sum += cell.suppressed ? cell.value.value_or(0) : 0;
    }
    bool total_shown = !cell_at(table, line.back()).suppressed;
    return hidden == 1 || (hidden > 1 && total_shown && hidden_sum == std::int64_t(hidden));
}

/// True when `line`'s total is itself a small count (`<3`).
bool small_total(Table& table, const Line& line) {
    const Cell& total = cell_at(table, line.back());
    return total.suppressed && !total.secondary;
}

/// In a line whose total is a small count, the zeros are hidden too, as `<3` (0 is fewer than
/// 3): else the marks alone would tell its parts (`<3` + `<3` = `<3` is 1 + 1 = 2), since
/// every other hidden count is at least 1.
void hide_zeros_of_small_lines(Table& table, const std::vector<Line>& lines) {
    for (const Line& line : lines) {
        if (!small_total(table, line)) {
            continue;
        }
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            Cell& cell = cell_at(table, line[i]);
            if (!cell.suppressed && cell.value && *cell.value == 0) {
                cell.suppressed = true;
                cell.secondary = false;
            }
        }
    }
}

/// Whether a reader must allow 0 for the hidden `<3` cell at `p`: it lies in a line whose
/// total is a small count, where zeros are hidden too.
bool may_be_zero(Table& table, const std::vector<Line>& lines, Place p) {
    for (const Line& line : lines) {
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            if (same(line[i], p) && small_total(table, line)) {
                return true;
            }
        }
    }
    return false;
}

/// Hides one more cell of `line` when it gives a hidden cell away; true when it hid one.
bool protect(Table& table, const Line& line) {
    if (!gives_away(table, line)) {
        return false;
    }
    auto second = second_cell(table, line);
    if (!second) {
        return false;
    }
    hide_for_another(cell_at(table, *second));
    return true;
}

void suppress_primary(Table& table, int threshold) {
    for (Row& row : table.rows) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            Cell& cell = row.cells[c];
            if (table.columns[c].personal && cell.value && too_small(*cell.value, threshold)) {
                cell.suppressed = true;
            }
        }
    }
}

void suppress_guarded(Table& table, int threshold) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        for (std::size_t guard : table.columns[c].guarded_by) {
            for (Row& row : table.rows) {
                const Cell& count = row.cells[guard];
                Cell& cell = row.cells[c];
                if (!cell.suppressed &&
                    (count.suppressed || (count.value && too_small(*count.value, threshold)))) {
                    hide_for_another(cell);
                }
            }
        }
    }
}

/// Throws unless every row has a cell for every column and every column index is in range:
/// lines index cells without checks, and a table that cannot be protected must not be shown.
void check_shape(const Table& table) {
    std::size_t n = table.columns.size();
    for (const Row& row : table.rows) {
        if (row.cells.size() != n) {
            throw std::logic_error(
                fmt::format("report table {}: row {} has {} cells for {} columns", table.name,
                            row.key, row.cells.size(), n));
        }
    }
    for (const Column& column : table.columns) {
        bool bad = false;
        for (std::size_t c : column.guarded_by) {
            bad = bad || c >= n;
        }
        for (std::size_t c : column.total_of) {
            bad = bad || c >= n;
        }
        if (bad) {
            throw std::logic_error(fmt::format("report table {}: column {} refers to no column",
                                               table.name, column.key));
        }
    }
}

/// Hides cells until every line has none or at least two hidden.
void protect_lines(Table& table, const std::vector<Line>& lines) {
    // Each pass hides at least one more cell or ends, so this stops.
    for (bool changed = true; changed;) {
        changed = false;
        for (const Line& line : lines) {
            changed = protect(table, line) || changed;
        }
    }
}

/// The hidden cells of `lines`, in row order: the unknowns of a reader who knows the totals.
std::vector<Place> hidden_cells(Table& table, const std::vector<Line>& lines) {
    std::vector<Place> out;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            Place p{r, c};
            bool in_line = false;
            for (const Line& line : lines) {
                for (Place q : line) {
                    in_line = in_line || same(p, q);
                }
            }
            if (in_line && cell_at(table, p).suppressed) {
                out.push_back(p);
            }
        }
    }
    return out;
}

constexpr double k_eps = 1e-9;

/// Brings `m` to reduced row echelon form over its first `n` columns (Gauss-Jordan with
/// partial pivoting; further columns, such as the shown side of an equation, go along), and
/// returns for each of those columns its pivot row, if it has one. The pivot rows are the
/// first rows, in column order.
std::vector<std::optional<std::size_t>> row_reduce(std::vector<std::vector<double>>& m,
                                                   std::size_t n) {
    std::vector<std::optional<std::size_t>> pivot_row(n);
    std::size_t rank = 0;
    for (std::size_t col = 0; col < n && rank < m.size(); ++col) {
        std::size_t best = rank;
        for (std::size_t r = rank; r < m.size(); ++r) {
            best = std::abs(m[r][col]) > std::abs(m[best][col]) ? r : best;
        }
        if (std::abs(m[best][col]) < k_eps) {
            continue;
        }
        std::swap(m[best], m[rank]);
        double pivot = m[rank][col];
        for (double& x : m[rank]) {
            x /= pivot;
        }
        for (std::size_t r = 0; r < m.size(); ++r) {
            double f = m[r][col];
            if (r != rank && std::abs(f) > k_eps) {
                for (std::size_t c = 0; c < m[r].size(); ++c) {
                    m[r][c] -= f * m[rank][c];
                }
            }
        }
        pivot_row[col] = rank++;
    }
    return pivot_row;
}

/// The first hidden cell whose count follows from the shown cells and a combination of lines
/// (two hidden cells of a row whose sum the total row gives, say), or nothing. Each line is
/// an equation over the hidden cells; a cell is worked out exactly when, in the reduced row
/// echelon form, its pivot row has no other unknown.
std::optional<Place> worked_out(Table& table, const std::vector<Line>& lines) {
    std::vector<Place> unknowns = hidden_cells(table, lines);
    std::size_t n = unknowns.size();
    std::vector<std::vector<double>> m;
    for (const Line& line : lines) {
        std::vector<double> equation(n, 0.0);
        for (std::size_t k = 0; k < line.size(); ++k) {
            for (std::size_t u = 0; u < n; ++u) {
                if (same(line[k], unknowns[u])) {
                    equation[u] += k + 1 == line.size() ? -1.0 : 1.0;
                }
            }
        }
        m.push_back(std::move(equation));
    }
    std::vector<std::optional<std::size_t>> pivot_row = row_reduce(m, n);
    for (std::size_t u = 0; u < n; ++u) {
        if (!pivot_row[u]) {
            continue;
        }
        std::size_t others = 0;
        for (std::size_t c = 0; c < n; ++c) {
            others += c != u && std::abs(m[*pivot_row[u]][c]) > k_eps ? 1 : 0;
        }
        if (others == 0) {
            return unknowns[u];
        }
    }
    return std::nullopt;
}

/// The smallest non-zero shown cell of the lines through `cell` (the first of equals; parts
/// before totals), else, when `anywhere`, of any line: hiding it leaves one more unknown
/// beside `cell`.
std::optional<Place> cover_for(Table& table, const std::vector<Line>& lines, Place cell,
                               bool anywhere) {
    for (bool through_cell : {true, false}) {
        if (!through_cell && !anywhere) {
            break;
        }
        std::optional<Place> best;
        for (bool totals : {false, true}) {
            for (const Line& line : lines) {
                bool through = false;
                for (Place p : line) {
                    through = through || same(p, cell);
                }
                if (through_cell && !through) {
                    continue;
                }
                for (std::size_t k = 0; k < line.size(); ++k) {
                    Place p = line[k];
                    bool is_total = k + 1 == line.size();
                    if (is_total == totals && can_hide(table, p) &&
                        (!best || *cell_at(table, p).value < *cell_at(table, *best).value)) {
                        best = p;
                    }
                }
            }
            if (best) {
                return best;
            }
        }
    }
    return std::nullopt;
}

/// An upper bound for a hidden count that no line bounds: larger than any count, small enough
/// that sums of many cannot overflow.
constexpr std::int64_t k_unbounded = std::int64_t{1} << 40;

/// What the marks tell a reader about a hidden count: `<3` is from 1 to threshold - 1, `x` is
/// at least the threshold (it was shown and not small before it was hidden).
struct Bounds {
    std::int64_t low;
    std::int64_t high;
};

/// A line as a reader sees it: the sum of `terms` (a hidden cell's index and +1 for a part, -1
/// for the total) is `shown`, the shown total less the shown parts. Combinations of lines
/// (reduced) have other coefficients.
struct Equation {
    std::vector<std::pair<std::size_t, double>> terms;
    double shown = 0;
};

std::vector<Equation> equations_of(Table& table, const std::vector<Line>& lines,
                                   const std::vector<Place>& unknowns) {
    std::vector<Equation> out;
    for (const Line& line : lines) {
        Equation equation;
        for (std::size_t k = 0; k < line.size(); ++k) {
            double sign = k + 1 == line.size() ? -1.0 : 1.0;
            auto u = std::find_if(unknowns.begin(), unknowns.end(),
                                  [&](Place p) { return same(p, line[k]); });
            if (u != unknowns.end()) {
                equation.terms.emplace_back(static_cast<std::size_t>(u - unknowns.begin()), sign);
            } else {
                equation.shown -=
                    sign * static_cast<double>(cell_at(table, line[k]).value.value_or(0));
            }
        }
        out.push_back(std::move(equation));
    }
    return out;
}

/// The rows of the reduced row echelon form of `equations` over `n` unknowns: combinations of
/// lines in which other unknowns cancel (c - f = 1 from four lines), for the bounds to work on.
std::vector<Equation> reduced(const std::vector<Equation>& equations, std::size_t n) {
    std::vector<std::vector<double>> m;
    for (const Equation& e : equations) {
        std::vector<double> row(n + 1, 0.0);
        for (auto [u, a] : e.terms) {
            row[u] += a;
        }
        row[n] = e.shown;
        m.push_back(std::move(row));
    }
    std::vector<std::optional<std::size_t>> pivot_row = row_reduce(m, n);
    std::size_t rank = static_cast<std::size_t>(
        std::count_if(pivot_row.begin(), pivot_row.end(), [](auto p) { return p.has_value(); }));
    std::vector<Equation> out;
    for (std::size_t r = 0; r < rank; ++r) {
        Equation e;
        for (std::size_t u = 0; u < n; ++u) {
            if (std::abs(m[r][u]) > k_eps) {
                e.terms.emplace_back(u, m[r][u]);
            }
        }
        e.shown = m[r][n];
        out.push_back(std::move(e));
    }
    return out;
}

/// Narrows every term's bounds from the others' in `equation`; true when one changed.
bool narrow(const Equation& equation, std::vector<Bounds>& bounds) {
    auto least_of = [&](std::size_t u, double a) {
        return a > 0 ? a * static_cast<double>(bounds[u].low)
                     : a * static_cast<double>(bounds[u].high);
    };
    auto most_of = [&](std::size_t u, double a) {
        return a > 0 ? a * static_cast<double>(bounds[u].high)
                     : a * static_cast<double>(bounds[u].low);
    };
    // The least and the most the terms can add up to.
    double least = 0, most = 0;
    for (auto [u, a] : equation.terms) {
        least += least_of(u, a);
        most += most_of(u, a);
    }
    bool changed = false;
    for (auto [u, a] : equation.terms) {
        // a * x = shown - (the others), the others from least - own least to most - own most.
        double from = (equation.shown - (most - most_of(u, a))) / a;
        double to = (equation.shown - (least - least_of(u, a))) / a;
        if (a < 0) {
            std::swap(from, to);
        }
        auto low = static_cast<std::int64_t>(std::ceil(from - 1e-6));
        auto high = static_cast<std::int64_t>(std::floor(to + 1e-6));
        if (low > bounds[u].low || high < bounds[u].high) {
            bounds[u].low = std::max(bounds[u].low, low);
            bounds[u].high = std::min(bounds[u].high, high);
            changed = true;
        }
    }
    return changed;
}

/// The hidden cells whose counts a reader pins to one value with the marks' bounds: each line
/// bounds each of its hidden cells by the others', to a fixed point (`<3`, `x`, total 4 shown:
/// x is at least 3, so `<3` is 1).
std::vector<Place> pinned(Table& table, const std::vector<Line>& lines, int threshold) {
    std::vector<Place> unknowns = hidden_cells(table, lines);
    std::vector<Bounds> bounds;
    for (Place p : unknowns) {
        bounds.push_back(cell_at(table, p).secondary    ? Bounds{threshold, k_unbounded}
                         : may_be_zero(table, lines, p) ? Bounds{0, threshold - 1}
                                                        : Bounds{1, threshold - 1});
    }
    std::vector<Equation> equations = equations_of(table, lines, unknowns);
    for (Equation& e : reduced(equations, unknowns.size())) {
        equations.push_back(std::move(e));
    }
    // Bounds only narrow, by whole numbers, so this reaches its fixed point; the cap only
    // guards against a pathological table narrowing by one a round.
    constexpr int k_rounds = 10000;
    for (int round = 0; round < k_rounds; ++round) {
        bool changed = false;
        for (const Equation& equation : equations) {
            changed = narrow(equation, bounds) || changed;
        }
        if (!changed) {
            break;
        }
    }
    std::vector<Place> out;
    for (std::size_t u = 0; u < unknowns.size(); ++u) {
        if (bounds[u].low >= bounds[u].high) {
            out.push_back(unknowns[u]);
        }
    }
    return out;
}

/// The cell to hide next so that a reader cannot work out a hidden count, or nothing. For a
/// count the lines give by linear algebra, a cell of its lines, else of any line; for one the
/// bounds pin, a cell of its lines only: where all of them are hidden the count is given away
/// by the marks alone (`<3`, `<3`, total `<3`: 1 + 1 = 2), and hiding more elsewhere would not
/// help.
std::optional<Place> next_cover(Table& table, const std::vector<Line>& lines, int threshold) {
    if (auto cell = worked_out(table, lines)) {
        if (auto cover = cover_for(table, lines, *cell, true)) {
            return cover;
        }
    }
    for (Place cell : pinned(table, lines, threshold)) {
        if (auto cover = cover_for(table, lines, cell, false)) {
            return cover;
        }
    }
    return std::nullopt;
}

}  // namespace

bool too_small(std::int64_t count, int threshold) {
    return count >= 1 && count < threshold;
}

void suppress(Table& table, int threshold) {
    check_shape(table);
    suppress_primary(table, threshold);
    std::vector<Line> lines;
    add_column_lines(table, lines);
    add_row_lines(table, lines);
    hide_zeros_of_small_lines(table, lines);
    protect_lines(table, lines);
    // Lines with two hidden cells can still give one away in sum with other lines, or with the
    // marks' bounds; hide more until no hidden count follows. Each round hides a cell or ends,
    // so this stops.
    while (auto cover = next_cover(table, lines, threshold)) {
        hide_for_another(cell_at(table, *cover));
        protect_lines(table, lines);
    }
    suppress_guarded(table, threshold);
}

}  // namespace integra::report
