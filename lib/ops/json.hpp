#pragma once
// What the commands report, as JSON (util/json.hpp): one function per report, so that cli/ only
// prints. Keys follow the order of the table output; IDs, dates and months are strings, counts
// and hours numbers, money decimal strings ("12.50"). docs/COMMANDS.md shows each shape.

#include <vector>

#include "ops/history.hpp"
#include "ops/pilot.hpp"
#include "ops/status.hpp"
#include "util/json.hpp"

namespace integra::ops {

/// `status`: {office, municipality, records: {KIND: n}, errors, warnings, git, uncommitted,
/// attention}.
Json status_json(const Status& status);

/// `log`: newest first, [{commit, author, date, subject, changes: [{file, field, old, new}]}];
/// `old` is null for an added field, `new` for a removed one.
Json history_json(const std::vector<HistoryEntry>& entries);

/// `pilot list`: [{id, given, family, gender, languages: [{code, level}], status,
/// hours_month, hours_year}].
Json pilot_list_json(const std::vector<PilotRow>& rows);

/// `pilot show`: {pilot: the record as `show` gives it, year, assignments (rows as in
/// `pilot assignments`), hours_year}.
Json pilot_report_json(const PilotReport& report, int year);

/// `pilot assignments`: [{id, pilot, date, time, hours, kind, language, requested_by, client,
/// status, billed}].
Json assignments_json(const std::vector<records::Assignment>& assignments);

/// `pilot match`: {language, date, time, hours, kind, month, ranked: [{rank, id, given,
/// family, level, hours_month, reason}], unavailable: [{id, given, family, why}],
/// nearby: [{language, pilots}]}.
Json match_json(const pilots::MatchRequest& request, const pilots::MatchResult& result);

/// `pilot fees`: {month, rates: {hourly, flat: {KIND: amount}, travel}, statements: [{pilot,
/// given, family, assignments: [{id, date, kind, hours, for_hours, flat, travel, total,
/// status}], hours, for_hours, flat, travel, total}], total}.
Json fees_json(const FeesReport& report);

/// `pilot coverage`: {year, languages: [{code, language, people, requests, guides, gap}],
/// unreached: [refugee IDs]}.
Json coverage_json(const pilots::Coverage& coverage);

}  // namespace integra::ops
