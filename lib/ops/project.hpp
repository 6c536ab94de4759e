#pragma once
// Project applications and funded projects (`integra project ...`). The lifecycle's rules are
// projects/lifecycle.hpp's, the budgets projects/ledger.hpp's; the AG's decision is
// `ag decide` (ops/ag.hpp). This file loads records, applies those rules and builds write plans.

#include <optional>
#include <string>
#include <vector>

#include "ops/plan.hpp"
#include "projects/ledger.hpp"
#include "records/types.hpp"
#include "store/store.hpp"
#include "util/json.hpp"

namespace integra::ops {

/// A new application (status submitted) with the next ID of `today`'s year. Refuses an AG
/// that does not exist, `other` funding without a programme, a period that ends before it
/// begins, and a requested amount of 0.
WritePlan plan_add_project(const store::Store& store, records::Project project, const Date& today);

/// `project start`: approved → running, from `on`; the period is `period` when given, else the
/// one recorded (a project without one needs `period`).
WritePlan plan_start(const store::Store& store, const std::string& id, const Date& on,
                     std::optional<records::Period> period, const Date& today);

/// `project pay`: a payment of `amount` on `on`, never more than approved minus paid.
WritePlan plan_pay(const store::Store& store, const std::string& id, Money amount, const Date& on,
                   const Date& today);

/// `project complete`: running → completed with the participants reached; sets the proof of
/// use's and the evaluation's due dates from integra.yaml's deadlines where none is written.
WritePlan plan_complete(const store::Store& store, const std::string& id,
                        records::Count participants, const Date& on, const Date& today);

/// `project evaluate`: completed → evaluated; the evaluation report (with the proof of use)
/// arrived on `received`: `evaluation.done` and, where not yet recorded, `proof_of_use.received`.
WritePlan plan_evaluate(const store::Store& store, const std::string& id, const Date& received,
                        std::optional<std::string> summary, const Date& today);

/// `project withdraw`: submitted or approved → withdrawn, with the date and reason.
WritePlan plan_withdraw(const store::Store& store, const std::string& id, std::string reason,
                        const Date& on, const Date& today);

/// `project show`: the record with what follows from it.
struct ProjectReport {
    records::Project project;
    std::optional<records::Decision> decision;  ///< the meeting's decision on it
    std::optional<Date> decided;                ///< the meeting's date
    int budget_year = 0;
    Money paid;
    Money unpaid;
    std::optional<Date> proof_due;
    std::optional<Date> evaluation_due;
};
ProjectReport show_project(const store::Store& store, const std::string& id);

/// `project budget`: the lines of projects::budget_lines and their totals. Totals count each
/// pot once: city lines and the shared pots' lines (an AG's share of a shared pot is a
/// breakdown, not counted again); `remaining` is the sum over pots with a budget.
struct BudgetReport {
    int year = 0;
    std::vector<projects::BudgetLine> lines;
    Money budget, approved, paid, remaining;
};
BudgetReport project_budget(const store::Store& store, int year);

/// Whether a budget line is an AG's share of a shared pot (not counted in the totals).
bool is_share(const projects::BudgetLine& line);

/// `project show`: {project: {the record}, decision: {number, meeting, date, yes, no, abstain,
/// result, amount, over_budget} or null, budget_year, paid, unpaid, proof_due,
/// evaluation_due}.
Json project_report_json(const ProjectReport& r);

/// `project budget`: {year, lines: [{ag (null for a shared pot), funding, budget, approved,
/// paid, remaining, share}], totals: {budget, approved, paid, remaining}}.
Json budget_json(const BudgetReport& r);

}  // namespace integra::ops
