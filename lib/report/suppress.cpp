#include "report/suppress.hpp"

#include <fmt/format.h>

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

/// Hides a second cell in `line` when it has exactly one hidden; true when it hid one.
bool protect(Table& table, const Line& line) {
    std::size_t hidden = 0;
    for (Place p : line) {
        hidden += cell_at(table, p).suppressed ? 1 : 0;
    }
    if (hidden != 1) {
        return false;
    }
    auto second = second_cell(table, line);
    if (!second) {
        return false;
    }
    cell_at(table, *second).suppressed = true;
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
        auto guard = table.columns[c].guarded_by;
        if (!guard) {
            continue;
        }
        for (Row& row : table.rows) {
            const Cell& count = row.cells[*guard];
            if (count.suppressed || (count.value && too_small(*count.value, threshold))) {
                row.cells[c].suppressed = true;
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
        bool bad = column.guarded_by && *column.guarded_by >= n;
        for (std::size_t c : column.total_of) {
            bad = bad || c >= n;
        }
        if (bad) {
            throw std::logic_error(fmt::format("report table {}: column {} refers to no column",
                                               table.name, column.key));
        }
    }
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
    // Each pass hides at least one more cell or ends, so this stops.
    for (bool changed = true; changed;) {
        changed = false;
        for (const Line& line : lines) {
            changed = protect(table, line) || changed;
        }
    }
    suppress_guarded(table, threshold);
}

}  // namespace integra::report
