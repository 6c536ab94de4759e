#pragma once
// The AGs' money: what integra.yaml budgets per year, AG and funding source, what decisions
// approved against it, what was paid out, and what remains.
//
// City money (`budgets.YEAR.city.agN`) is budgeted per AG; `demokratie_leben` and `other` are
// one pot per year for all AGs together. An approval draws on the budget of the year of its
// decision (the meeting's date; for a project without a decision, the year its period begins,
// else the year in its ID). A project counts with its approved amount while approved,
// running, completed or evaluated; a withdrawn one with what was paid to it. `paid` is every
// payment to the projects charged to that year, whatever day it was made. A source without a
// budget for the year is not limited by integra (`budget` is empty), and neither `ag decide`
// nor `check` compares against it — except city money and Demokratie leben!, which must be
// budgeted before anything is approved from them.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "records/settings_file.hpp"
#include "records/types.hpp"

namespace integra::projects {

/// One budget: a year, a funding source and, for city money, the AG (empty for a pot shared
/// by all AGs).
struct Pot {
    int year = 0;
    records::Funding funding = records::Funding::city;
    std::string ag;
    auto operator<=>(const Pot&) const = default;
};

/// Whether a funding source is budgeted per AG (city) or as one pot for all AGs.
bool per_ag(records::Funding funding);

/// The pot an approval for a project of `ag` from `funding` in `year` draws on.
Pot pot_of(int year, records::Funding funding, std::string_view ag);

/// The budget integra.yaml sets for `pot`; nullopt when it sets none.
std::optional<Money> budget_of(const records::SettingsFile& settings, const Pot& pot);

/// Whether an approval from this pot must have a budget (city and Demokratie leben!).
bool must_be_budgeted(const Pot& pot);

/// Meeting dates by ID, to date decisions.
using MeetingDates = std::map<std::string, Date, std::less<>>;
MeetingDates meeting_dates(const std::vector<records::Meeting>& meetings);

/// The year whose budget `project` draws on.
int budget_year(const records::Project& project, const MeetingDates& dates);

/// What a project holds of its pot: the approved amount while it is approved, running,
/// completed or evaluated; what was paid when withdrawn; nothing otherwise.
Money committed(const records::Project& project);

/// The sum of a project's payments.
Money paid(const records::Project& project);

/// Approved and paid per pot, over all projects.
struct Ledger {
    std::map<Pot, Money> approved;
    std::map<Pot, Money> paid;
};
Ledger ledger_of(const std::vector<records::Project>& projects, const MeetingDates& dates);

/// Budget minus approved, for a pot with a budget.
std::optional<Money> remaining(const records::SettingsFile& settings, const Ledger& ledger,
                               const Pot& pot);

/// One row of `project budget`: an AG's (or, for a shared pot, all AGs') position in one
/// funding source.
struct BudgetLine {
    std::string ag;  ///< empty for the shared pot's line
    records::Funding funding = records::Funding::city;
    std::optional<Money> budget;
    Money approved;
    Money paid;
    std::optional<Money> remaining;
};

/// The position of every AG and source in `year`: per AG its city line and its share of the
/// shared pots (without budget), then one line per shared pot (with budget), in the order
/// ag1..ag5, city, demokratie_leben, other. `ags` lists the AG IDs to show.
std::vector<BudgetLine> budget_lines(const records::SettingsFile& settings,
                                     const std::vector<records::Project>& projects,
                                     const MeetingDates& dates, const std::vector<std::string>& ags,
                                     int year);

/// A decision that took its pot beyond the budget: the meeting, the decision's number, the
/// pot, the budget and the total approved with this decision, and its recorded reason.
struct Overrun {
    std::string meeting;
    std::string number;
    std::string project;
    Pot pot;
    Money budget;
    Money total;
    std::optional<std::string> reason;
};

/// Every approval that took its pot beyond its budget, in the order the decisions were made
/// (meeting date, then number). Approvals from a pot that must be budgeted but is not count
/// as beyond a budget of 0.
std::vector<Overrun> overruns(const records::SettingsFile& settings,
                              const std::vector<records::Project>& projects,
                              const std::vector<records::Meeting>& meetings);

}  // namespace integra::projects
