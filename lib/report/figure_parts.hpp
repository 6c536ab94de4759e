#pragma once
// Small parts every figure function shares: periods, active guides, the standard columns of a
// current-against-previous table, ratios and the total row.
// Internal to lib/report.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "records/types.hpp"
#include "report/format.hpp"
#include "report/model.hpp"

namespace integra::report::parts {

/// True when `day` lies in `period`, both ends included.
inline bool within(const Date& day, const Period& period) {
    return period.from <= day && day <= period.to;
}

/// The year a period is about when it is one calendar year, else nullopt.
inline std::optional<int> calendar_year(const Period& period) {
    using namespace std::chrono;
    if (period.from.year() == period.to.year() && period.from.month() == January &&
        period.from.day() == day{1} && period.to.month() == December &&
        period.to.day() == day{31}) {
        return static_cast<int>(period.from.year());
    }
    return std::nullopt;
}

/// A guide is active in a period when they joined on or before its last day (always, without
/// `since`) and did not retire before its first. A retired guide without a date never is.
inline bool active_in(const records::Pilot& pilot, const Period& period) {
    if (pilot.since && *pilot.since > period.to) {
        return false;
    }
    if (pilot.retired) {
        return *pilot.retired >= period.from;
    }
    return pilot.status != records::PilotStatus::retired;
}

/// A column about `period`: key `key`, label `prefix period` (or the period alone).
inline Column period_column(std::string key, const std::string& prefix, const Period& period,
                            Lang lang, Unit unit, bool personal) {
    Column c;
    c.key = std::move(key);
    std::string when = period_label(period, lang);
    c.label = prefix.empty() ? when : prefix + " " + when;
    c.unit = unit;
    c.personal = personal;
    c.year = calendar_year(period);
    return c;
}

/// `count` and `count_previous`, labelled with their periods.
inline std::vector<Column> count_columns(const Scope& scope, bool personal) {
    return {period_column("count", "", scope.current, scope.lang, Unit::count, personal),
            period_column("count_previous", "", scope.previous, scope.lang, Unit::count, personal)};
}

/// `hours` and `hours_previous` after count_columns (columns 0 and 1), each guarded by the
/// count of its period.
inline std::vector<Column> hours_columns(const Scope& scope) {
    const char* hours = pick(scope.lang, "Stunden", "Hours");
    Column now = period_column("hours", hours, scope.current, scope.lang, Unit::hours, false);
    Column before =
        period_column("hours_previous", hours, scope.previous, scope.lang, Unit::hours, false);
    now.guarded_by = {0};
    before.guarded_by = {1};
    return {now, before};
}

/// `num / den` scaled by `scale` (1000: tenths of a percent; 10: tenths) and rounded half up;
/// none without a denominator.
inline Cell ratio(std::int64_t num, std::int64_t den, std::int64_t scale) {
    if (den <= 0) {
        return Cell::none();
    }
    return Cell::of((2 * num * scale + den) / (2 * den));
}

/// A row of whole numbers.
inline Row row_of(std::string key, std::string label, const std::vector<std::int64_t>& values) {
    Row r{std::move(key), std::move(label), {}, false};
    for (std::int64_t v : values) {
        r.cells.push_back(Cell::of(v));
    }
    return r;
}

/// The row of the column totals of `rows` (every cell of a number), key `total`.
inline Row total_row(const std::vector<Row>& rows, std::size_t columns, Lang lang) {
    std::vector<std::int64_t> sums(columns, 0);
    for (const Row& r : rows) {
        for (std::size_t i = 0; i < columns && i < r.cells.size(); ++i) {
            sums[i] += r.cells[i].value.value_or(0);
        }
    }
    Row t = row_of("total", pick(lang, "Gesamt", "Total"), sums);
    t.total = true;
    return t;
}

/// The two periods in column order: current, previous.
inline std::vector<Period> both(const Scope& scope) {
    return {scope.current, scope.previous};
}

}  // namespace integra::report::parts
