#pragma once
// `integra pilot ...`: the pool of integration guides and their assignments.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ops/draft.hpp"
#include "ops/plan.hpp"
#include "pilots/coverage.hpp"
#include "pilots/fees.hpp"
#include "pilots/match.hpp"
#include "records/types.hpp"
#include "store/store.hpp"
#include "util/values.hpp"

namespace integra::ops {

/// `tr:native,de:C1` as a guide's language skills. Throws Failure(usage) when an item is not
/// CODE:LEVEL; whether the code and level exist is the schema's business (an unknown level is
/// kept in `unknown`).
std::vector<records::LanguageSkill> parse_skills(std::string_view text, UnknownWords& unknown);

/// `school:GS Mitte` or `migrant`: a requester's type and optional name (an unknown type is
/// kept in `unknown`).
records::RequestedBy parse_requested_by(std::string_view text, UnknownWords& unknown);

/// A new guide, active from `since` (default today), with the next free P- ID. Throws
/// Failure(invalid), writing nothing, when the record would be invalid, naming `unknown` words.
WritePlan plan_add_pilot(const store::Store& store, records::Pilot pilot,
                         const UnknownWords& unknown, const Date& today);

enum class PilotChange { retire, pause, resume };

/// Retires (on `on`, default today), pauses or resumes a guide. Throws Failure(invalid) when
/// the guide is already in that state, or retired (nothing but a new record brings one back).
WritePlan plan_pilot_status(const store::Store& store, const std::string& id, PilotChange change,
                            std::optional<Date> on, const Date& today);

/// Records a guide's training: cohort, course hours and, when given, the certificate date.
/// Throws Failure(invalid) when a certificate is given with fewer hours than the course has
/// (`training.course_hours` in integra.yaml, 32 when not set).
WritePlan plan_train(const store::Store& store, const std::string& id, std::string cohort,
                     records::Count hours, std::optional<Date> certified, const Date& today);

/// A new planned assignment with the next free E-YEAR- ID. Throws Failure(invalid), writing
/// nothing, when the guide is not active, does not speak the language, or is booked at an
/// overlapping time, or when the record would be invalid (an unknown client).
WritePlan plan_assign(const store::Store& store, records::Assignment assignment,
                      const UnknownWords& unknown, const Date& today);

/// Marks a planned assignment done, optionally with the hours it really took.
WritePlan plan_done(const store::Store& store, const std::string& id,
                    std::optional<records::Hours> hours, const Date& today);

/// Cancels a planned assignment with a reason.
WritePlan plan_cancel(const store::Store& store, const std::string& id, const std::string& reason,
                      const Date& today);

/// One guide in `pilot list`: hours are of assignments that took place.
struct PilotRow {
    records::Pilot pilot;
    records::Hours hours_month;  ///< in today's month
    records::Hours hours_year;   ///< in today's year
};

/// The guides who speak `lang` (any, when empty) with status `status` (any, when not given), in
/// ID order.
std::vector<PilotRow> list_pilots(const store::Store& store, std::string_view lang,
                                  std::optional<records::PilotStatus> status, const Date& today);

/// One guide with this year's assignments (all statuses, by date) and the hours that took
/// place.
struct PilotReport {
    records::Pilot pilot;
    std::vector<records::Assignment> this_year;
    records::Hours hours_year;
};
PilotReport show_pilot(const store::Store& store, const std::string& id, const Date& today);

/// Assignments by date, optionally only of one month, one guide or one status.
std::vector<records::Assignment> list_assignments(const store::Store& store,
                                                  std::optional<Month> month,
                                                  std::string_view pilot,
                                                  std::optional<records::AssignmentStatus> status);

/// `pilot match`: the guides for a request, best first (see pilots/match.hpp).
pilots::MatchResult match_pilots(const store::Store& store, const pilots::MatchRequest& request,
                                 const Date& today);

/// What needs attention in the guides' work, one sentence each: planned assignments in the
/// past still waiting for done or cancel, done assignments of past months not yet billed,
/// guides at 80 % or more of this year's tax-free allowance.
std::vector<std::string> pilot_attention(const store::Store& store, const Date& today);

/// `pilot coverage` for `year` (see pilots/coverage.hpp).
pilots::Coverage language_coverage(const store::Store& store, int year);

/// The fee statements of `month` (see pilots/fees.hpp), with the guides they are for.
struct FeesReport {
    Month month;
    pilots::FeeRates rates;
    std::vector<pilots::Statement> statements;
    std::vector<records::Pilot> pilots;  ///< those with a statement, in the same order
};
FeesReport fees(const store::Store& store, Month month);

/// Sets every done assignment on `month`'s statements to billed with that month, in one
/// commit. The current month may be billed (what is done after that goes on the next
/// statement); a month that has not begun may not. The plan has no changes when there is
/// nothing to bill.
WritePlan plan_mark_billed(const store::Store& store, Month month, const Date& today);

}  // namespace integra::ops
