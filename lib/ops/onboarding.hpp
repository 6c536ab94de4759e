#pragma once
// The course of a refugee's case: onboarding steps done or skipped, the open steps across all
// cases (`refugee tasks`), dated notes, and closing the case. The checklist and what applies
// to whom are refugees/onboarding.hpp's business.

#include <optional>
#include <string>
#include <vector>

#include "ops/plan.hpp"
#include "records/types.hpp"
#include "store/store.hpp"
#include "util/json.hpp"

namespace integra::ops {

/// Records the checklist step `step` as done on `on` (default today) for person `id`; a
/// skipped step may be done later. Throws Failure(invalid), writing nothing, when the step is
/// not in integra.yaml's checklist (naming its keys), is done already (saying when), or `on`
/// lies after today, before the allocation or after the case was closed.
WritePlan plan_step_done(const store::Store& store, const std::string& id, const std::string& step,
                         std::optional<Date> on, const Date& today);

/// Records the step `step` as skipped for `reason`. Throws Failure(invalid) when the step is
/// not in the checklist, does not apply to the person, is done (a done step stays done) or is
/// skipped already.
WritePlan plan_step_skip(const store::Store& store, const std::string& id, const std::string& step,
                         const std::string& reason, const Date& today);

/// Adds a note dated `on` (default today) by the staff member `by` (see author_handle), kept
/// in date order. Throws Failure(usage) for an empty text, Failure(invalid) when `on` lies
/// after today or after the case was closed.
WritePlan plan_note(const store::Store& store, const std::string& id, const std::string& text,
                    std::optional<Date> on, const std::string& by, const Date& today);

enum class CloseReason { independent, moved_away, other };

/// `independent`, `moved_away`, `other`: the words of `refugee close --reason`.
std::optional<CloseReason> parse_close_reason(std::string_view text);

/// Closes an active case on `on` (default today): status independent or moved_away, or
/// closed for `other` (which needs `reason`, Failure(usage) otherwise), the `closed` date and
/// `closed_reason`. Throws Failure(invalid) when the case is closed already, `on` lies after
/// today or before the allocation, or a note, done step or assignment (not cancelled) of the
/// person is dated after `on` (the check `after-closure` would fail).
WritePlan plan_close(const store::Store& store, const std::string& id, CloseReason why,
                     std::optional<Date> on, const std::optional<std::string>& reason,
                     const Date& today);

struct TaskFilter {
    bool overdue_only = false;
    std::string caseworker;          ///< a staff handle; empty: everyone's
    std::optional<long> due_within;  ///< due within so many days from today, overdue included
};

/// One open onboarding step of an active case.
struct Task {
    std::optional<Date> due;  ///< nullopt: the step has no due days
    std::string person;
    records::PersonName name;
    std::optional<std::string> caseworker;
    std::string step;
    records::Label label;
    std::string household;
    std::optional<std::string> unit;  ///< where the household lives today
};

struct TaskList {
    std::vector<Task> tasks;     ///< by due date (those without one last), then person and step
    std::size_t restricted = 0;  ///< persons with matching tasks left out (GDPR Art. 18)
};

/// The open steps that apply to the active cases, filtered. Persons whose processing is
/// restricted are left out and counted. Throws Failure(usage) when the caseworker is not a
/// staff handle of integra.yaml.
TaskList list_tasks(const store::Store& store, const TaskFilter& filter, const Date& today);

enum class LabelLang { de, en };

/// The step's label in `lang` (German when it has no English one).
const std::string& label_in(const records::Label& label, LabelLang lang);

/// `refugee tasks --format json`: {today, tasks: [{due, days, id, given, family, caseworker,
/// step, label, household, unit}], restricted}; `days` is due minus today (negative when
/// overdue), `due` and `days` null for a step without due days. (Kept here, not in
/// ops/json.cpp, so the casework's parts stay apart until they are merged.)
Json tasks_json(const TaskList& list, const Date& today, LabelLang lang);

/// For `integra status`, one sentence each: overdue onboarding steps and stale cases.
std::vector<std::string> casework_attention(const store::Store& store, const Date& today);

}  // namespace integra::ops
