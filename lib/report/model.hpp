#pragma once
// The report as data: sections of tables of cells, computed once in lib/report/figures_*.cpp
// and written by every format (render.hpp). A figure function returns exact numbers;
// suppress.hpp hides small counts for public output afterwards. Labels are in the report's
// language already; keys (table names, column and row keys) are stable for scripts.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/values.hpp"

namespace integra::report {

/// The language of a report's labels, dates and numbers.
enum class Lang { de, en };

/// `de` or `en` for the language, whichever `lang` is.
inline const char* pick(Lang lang, const char* de, const char* en) {
    return lang == Lang::de ? de : en;
}

/// What a cell's integer means and how it is written.
enum class Unit {
    count,    ///< a whole number: 12
    money,    ///< cents: 123456 → 1.234,56 €
    hours,    ///< hundredths of an hour: 150 → 1,5
    tenths,   ///< a decimal in tenths: an average or median, 45 → 4,5
    percent,  ///< tenths of a percent: 875 → 87,5 %
    text,     ///< no number; the cell's `text`
};

/// One cell. `value` is nullopt where there is nothing to show (`–`): a rate without a
/// denominator, a median without values.
struct Cell {
    std::optional<std::int64_t> value;
    /// Hidden in public output (report/suppress.hpp): written `<3` (the threshold) for a small
    /// count (primary), `x` when `secondary`.
    bool suppressed = false;
    /// Hidden for another cell's sake, not for being small: to protect a small count from
    /// subtraction, or a value derived from a small count (a rate, a median, hours, money).
    /// Set only together with `suppressed`. A reader may take such a cell to be at least the
    /// threshold where it is a count.
    bool secondary = false;
    std::string text;  ///< for Unit::text
    /// This cell's unit where it differs from its column's (the key figures mix counts and
    /// money in one column).
    std::optional<Unit> unit;

    static Cell of(std::int64_t v) { return Cell{v, false, false, {}, {}}; }
    static Cell none() { return Cell{}; }
    static Cell words(std::string t) { return Cell{std::nullopt, false, false, std::move(t), {}}; }
};

struct Column {
    std::string key;    ///< stable, for CSV headers and JSON: `count_2025`, `hours_2024`
    std::string label;  ///< in the report's language: `2025`, `Stunden 2025`
    Unit unit = Unit::count;
    /// A count of persons or of services to persons: subject to suppression in public output.
    /// Counts of meetings, decisions and projects, and public money, are not.
    bool personal = false;
    /// For a derived value (a rate, a median, hours): the columns of the counts of persons it
    /// is computed from. The cell is suppressed when any of those counts' cells is suppressed
    /// or below the threshold (a median of two values reveals them).
    std::vector<std::size_t> guarded_by;
    /// For a row-total column: the columns it adds up. Secondary suppression treats each row
    /// as a line with this total.
    std::vector<std::size_t> total_of;
    std::optional<int> year;  ///< the year the column is about, when it is about one
};

struct Row {
    std::string key;          ///< stable: `SY`, `2025-03`, `ag1`, `accompaniment`, `total`
    std::string label;        ///< in the report's language: `Syrien`, `März`, `AG 1 Begegnung`
    std::vector<Cell> cells;  ///< one per column
    bool total = false;       ///< the column totals of the rows above it (the last row)
};

/// How a table is drawn in HTML, besides its data table.
enum class Chart {
    none,
    columns,  ///< vertical bars, one group per row (months)
    bars,     ///< horizontal bars, one per row (kinds, AGs, nationalities)
};

struct Table {
    std::string name;   ///< stable: `assignments_by_month` (CSV file name, `--table`)
    std::string title;  ///< in the report's language
    std::string note;   ///< what the figure counts, how; also the chart's text alternative
    std::vector<Column> columns;
    std::vector<Row> rows;  ///< a total row, if any, is last and has `total` set
    Chart chart = Chart::none;
    std::vector<std::size_t> chart_columns;  ///< the columns drawn (same unit)

    /// The total row, or nullptr.
    const Row* total_row() const {
        return !rows.empty() && rows.back().total ? &rows.back() : nullptr;
    }
};

struct Section {
    std::string key;    ///< `pilots`, `refugees`, `projects`, `ags`, `cross`, `summary`
    std::string title;  ///< in the report's language
    std::vector<Table> tables;
};

/// A span of days, both ends included.
struct Period {
    Date from;
    Date to;
};

/// What a report is about and for whom.
struct Scope {
    Period current;
    Period previous;  ///< the same period one year earlier
    Date today;       ///< when it is made; never moves a figure (figures use the periods)
    Lang lang = Lang::de;
    bool internal = false;  ///< exact figures, every nationality, marked internal
    int threshold = 3;      ///< counts from 1 to threshold - 1 are suppressed in public output
};

struct Report {
    std::string kind;          ///< `annual`, `pilots`, `refugees`, `projects`, `ags`
    std::string title;         ///< `Integrationsbericht 2025`
    std::string municipality;  ///< from integra.yaml
    std::string office;        ///< from integra.yaml
    Scope scope;
    std::vector<Section> sections;
};

}  // namespace integra::report
