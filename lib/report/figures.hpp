#pragma once
// One function per figure of the reports (SPEC §6). Each computes its table from the records
// alone, exactly (suppression comes afterwards, report/suppress.hpp), for the scope's current
// period and the same period a year earlier, and is used by every format: no figure is
// computed twice. Labels are in scope.lang. Column keys: a measure (`count`, `hours`,
// `persons` …) for the current period and the same with `_previous` for the earlier one;
// column labels carry the period (`2025`, `Stunden 2024`).
//
// Common rules:
// - An assignment counts when it took place (pilots::took_place) on a day in the period.
// - A person counts in the period of their allocation (refugees::allocation_date).
// - A guide is active in a period when they joined (`since`, or always when absent) on or
//   before its last day and did not retire before its first.
// - Restricted persons are not in Data at all (report/data.hpp).

#include "report/data.hpp"
#include "report/model.hpp"

namespace integra::report {

// --- Guides (section `pilots`) ----------------------------------------------------------

/// `guides_by_gender`: active guides by gender (f, m, d, x) and the total. Personal.
Table guides_by_gender(const Data& data, const Scope& scope);

/// `guide_languages`: for every language the active guides speak (German aside), how many
/// speak it; most first. No total (a guide speaks several). Personal.
Table guide_languages(const Data& data, const Scope& scope);

/// `assignments_by_month`: assignments per month and the total. Personal. Chart: columns,
/// current against previous.
Table assignments_by_month(const Data& data, const Scope& scope);

/// `assignments_by_kind`: assignments and their hours by kind, and the total. Hours are
/// guarded by the count. Chart: bars of the current count.
Table assignments_by_kind(const Data& data, const Scope& scope);

/// `assignments_by_requester`: assignments by who requested them (school, authority …), and
/// the total. Personal.
Table assignments_by_requester(const Data& data, const Scope& scope);

/// `guide_fees`: the fees paid for the period's assignments (pilots::fee_of with integra.yaml's
/// rates) in total and the number of guides they went to. Never one guide's fees.
Table guide_fees(const Data& data, const Scope& scope);

// --- Refugee work (section `refugees`) --------------------------------------------------

/// `allocations_by_month`: households allocated and persons allocated with them
/// (allocation.persons) per month, and the totals. Personal. Chart: columns of persons.
Table allocations_by_month(const Data& data, const Scope& scope);

/// `persons_by_nationality`: persons allocated by nationality (German names from iso-codes).
/// In public output a nationality with fewer than the threshold in the current period is
/// grouped into `other` (`weitere`); internal output lists every one. Most first, then
/// `other`, then the total. Personal. Chart: bars.
Table persons_by_nationality(const Data& data, const Scope& scope);

/// `persons_by_age`: persons allocated by age on their allocation day: 0–5, 6–17, 18–26,
/// 27–64, 65 and older; and the total. Personal.
Table persons_by_age(const Data& data, const Scope& scope);

/// `households_by_size`: households allocated by allocation.persons: 1, 2, 3, 4, 5 and more;
/// and the total. Personal.
Table households_by_size(const Data& data, const Scope& scope);

/// `onboarding_steps`: for the persons allocated in the period, per checklist step (label in
/// the report's language): how many it applies to (skipped ones aside), how many had it done
/// by the period's last day, the completion rate and the median days from allocation to done;
/// and the same for the previous period. Rates and medians are guarded by the counts.
Table onboarding_steps(const Data& data, const Scope& scope);

/// `housing_occupancy`: per shared accommodation, and all flats together: beds (capacity),
/// the average persons housed over the period's days and the occupancy rate (person-days over
/// bed-days); and the previous period's rate. A total row. Not personal (a rate of beds).
Table housing_occupancy(const Data& data, const Scope& scope);

// --- Project funding (section `projects`) -----------------------------------------------

/// `applications_by_ag`: per AG and in total: applications received (a project counts in
/// the year of its ID, PR-YEAR-NNN), the amount requested, approvals decided at meetings in
/// the period and the amount approved; approvals and amount of the previous period.
Table applications_by_ag(const Data& data, const Scope& scope);

/// `funding_by_source`: per funding source and in total: approvals and amount approved at
/// meetings in the period, and payments made in the period; the previous period's amounts.
Table funding_by_source(const Data& data, const Scope& scope);

/// `budget_use`: the year of the period's last day: per AG its city budget, approved, paid
/// and the share of the budget approved; then the shared pots (projects::budget_lines).
/// Chart: bars of budget against approved.
Table budget_use(const Data& data, const Scope& scope);

/// `evaluations`: projects whose period ended in the period, participants they reached,
/// evaluations due in the period, done, and overdue on the period's last day; current and
/// previous.
Table evaluations(const Data& data, const Scope& scope);

// --- AGs (section `ags`) ----------------------------------------------------------------

/// `ag_meetings`: per AG and in total: meetings held in the period, the average attendance
/// (members present over voting members in office that day), guests, decisions taken; the
/// previous period's meetings and decisions.
Table ag_meetings(const Data& data, const Scope& scope);

/// `ag_decisions`: the period's decisions by result (approved, rejected, deferred) and the
/// total; current and previous.
Table ag_decisions(const Data& data, const Scope& scope);

// --- Across the areas (section `cross`) -------------------------------------------------

/// `intakes_interpreting`: intakes dated in the period, by who interpreted: a guide of the
/// pool, an external interpreter, nobody recorded; and the total. Personal.
Table intakes_interpreting(const Data& data, const Scope& scope);

/// `assignments_for_refugees`: assignments for refugee clients (a client R-… or requested by
/// the refugee unit) against all other assignments, with hours; and the total. Personal.
Table assignments_for_refugees(const Data& data, const Scope& scope);

/// `language_gaps`: languages of the persons in casework on the period's last day (German
/// aside): how many speak each and how many guides active that day speak it; languages
/// without a guide first, then by persons. No total. Personal.
Table language_gaps(const Data& data, const Scope& scope);

/// `topics_from_field`: topics the AGs took up in the period by their origin (ops::topic_origin:
/// the guides, the refugee unit …; "AG <name>" for the AG's own); most first and the total.
Table topics_from_field(const Data& data, const Scope& scope);

}  // namespace integra::report
