#pragma once
// A report from its figures: the annual report (SPEC §6) and the section reports. Public
// reports are suppressed here (report/suppress.hpp), once, before any format sees them.

#include <string>
#include <string_view>
#include <vector>

#include "report/data.hpp"
#include "report/model.hpp"

namespace integra::report {

/// The calendar year `year` and the year before it.
Period year_period(int year);

/// The same days one year earlier (29 February becomes 28 February).
Period year_before(const Period& period);

/// The sections a report can have, in the annual report's order after its summary:
/// `pilots`, `refugees`, `projects`, `ags`, `cross`.
const std::vector<std::string>& section_keys();

/// The annual report: a summary of key figures (the totals of the other tables, with the
/// change against the previous year), then every section. Suppressed unless scope.internal;
/// a public report's previous-year columns show what last year's public report shows. Throws
/// Failure(usage) for a public report of a year that is not over on scope.today.
Report annual_report(const Data& data, const Scope& scope);

/// One section (`pilots`, `refugees`, `projects`, `ags`) as a report of its own. Throws
/// Failure(usage) for another name, and for a public report with counts of persons (`pilots`,
/// `refugees`) over a period that is not a complete calendar year: overlapping periods could
/// be set against each other to work out hidden counts.
Report section_report(const Data& data, const Scope& scope, std::string_view section);

/// The table named `name` in `report`, or nullptr.
const Table* find_table(const Report& report, std::string_view name);

/// The names of every table of `report`, in order.
std::vector<std::string> table_names(const Report& report);

}  // namespace integra::report
