#include "projects/ledger.hpp"

#include "projects/procedure.hpp"

#include <algorithm>
#include <charconv>
#include <set>
#include <tuple>

namespace integra::projects {

using records::Funding;
using records::ProjectStatus;

bool per_ag(Funding funding) {
    return funding == Funding::city;
}

Pot pot_of(int year, Funding funding, std::string_view ag) {
    return Pot{year, funding, per_ag(funding) ? std::string(ag) : std::string()};
}

std::optional<Money> budget_of(const records::SettingsFile& settings, const Pot& pot) {
    if (!settings.budgets) {
        return std::nullopt;
    }
    for (const auto& [year, budget] : *settings.budgets) {
        if (year != pot.year) {
            continue;
        }
        switch (pot.funding) {
            case Funding::city:
                if (budget.city) {
                    for (const auto& [ag, money] : *budget.city) {
                        if (ag == pot.ag) {
                            return money;
                        }
                    }
                }
                return std::nullopt;
            case Funding::demokratie_leben:
                return budget.demokratie_leben;
            case Funding::other:
                return budget.other;
        }
    }
    return std::nullopt;
}

bool must_be_budgeted(const Pot& pot) {
    return pot.funding != Funding::other;
}

MeetingDates meeting_dates(const std::vector<records::Meeting>& meetings) {
    MeetingDates out;
    for (const records::Meeting& m : meetings) {
        out.emplace(m.id, m.date);
    }
    return out;
}

namespace {

int year_in_id(std::string_view id) {
    // PR-2025-014
    int year = 0;
    if (id.size() >= 7) {
        std::from_chars(id.data() + 3, id.data() + 7, year);
    }
    return year;
}

}  // namespace

int budget_year(const records::Project& project, const MeetingDates& dates) {
    if (project.decision) {
        if (auto it = dates.find(*project.decision); it != dates.end()) {
            return static_cast<int>(it->second.year());
        }
    }
    if (project.period) {
        return static_cast<int>(project.period->from.year());
    }
    return year_in_id(project.id);
}

Money paid(const records::Project& project) {
    Money sum{0};
    for (const records::Payment& p : project.payments.value_or(std::vector<records::Payment>{})) {
        sum.cents += p.amount.cents;
    }
    return sum;
}

Money committed(const records::Project& project) {
    switch (project.status) {
        case ProjectStatus::approved:
        case ProjectStatus::running:
        case ProjectStatus::completed:
        case ProjectStatus::evaluated:
            return project.approved.value_or(Money{0});
        case ProjectStatus::withdrawn:
            return paid(project);
        case ProjectStatus::submitted:
        case ProjectStatus::rejected:
            return Money{0};
    }
    return Money{0};
}

Ledger ledger_of(const std::vector<records::Project>& projects, const MeetingDates& dates) {
    Ledger l;
    for (const records::Project& p : projects) {
        Pot pot = pot_of(budget_year(p, dates), p.funding, p.ag);
        l.approved[pot].cents += committed(p).cents;
        l.paid[pot].cents += paid(p).cents;
    }
    return l;
}

std::optional<Money> remaining(const records::SettingsFile& settings, const Ledger& ledger,
                               const Pot& pot) {
    auto budget = budget_of(settings, pot);
    if (!budget) {
        return std::nullopt;
    }
    auto it = ledger.approved.find(pot);
    return Money{budget->cents - (it == ledger.approved.end() ? 0 : it->second.cents)};
}

std::vector<BudgetLine> budget_lines(const records::SettingsFile& settings,
                                     const std::vector<records::Project>& projects,
                                     const MeetingDates& dates, const std::vector<std::string>& ags,
                                     int year) {
    // Per AG and source (shared pots split by AG, without budget), then the shared pots.
    std::map<std::tuple<std::string, Funding>, BudgetLine> by_ag;
    for (const records::Project& p : projects) {
        if (budget_year(p, dates) != year) {
            continue;
        }
        BudgetLine& line = by_ag[{p.ag, p.funding}];
        line.approved.cents += committed(p).cents;
        line.paid.cents += paid(p).cents;
    }
    Ledger ledger = ledger_of(projects, dates);
    auto get = [](const std::map<Pot, Money>& m, const Pot& pot) {
        auto it = m.find(pot);
        return it == m.end() ? Money{0} : it->second;
    };
    std::vector<BudgetLine> out;
    constexpr Funding sources[] = {Funding::city, Funding::demokratie_leben, Funding::other};
    for (const std::string& ag : ags) {
        for (Funding f : sources) {
            auto it = by_ag.find({ag, f});
            BudgetLine line = it == by_ag.end() ? BudgetLine{} : it->second;
            line.ag = ag;
            line.funding = f;
            if (per_ag(f)) {
                Pot pot = pot_of(year, f, ag);
                line.budget = budget_of(settings, pot);
                line.remaining = remaining(settings, ledger, pot);
            } else if (line.approved.cents == 0 && line.paid.cents == 0) {
                continue;  // an AG's share of a shared pot only where it has one
            }
            out.push_back(std::move(line));
        }
    }
    for (Funding f : sources) {
        if (per_ag(f)) {
            continue;
        }
        Pot pot = pot_of(year, f, "");
        BudgetLine line{"",
                        f,
                        budget_of(settings, pot),
                        get(ledger.approved, pot),
                        get(ledger.paid, pot),
                        remaining(settings, ledger, pot)};
        if (line.budget || line.approved.cents != 0 || line.paid.cents != 0) {
            out.push_back(std::move(line));
        }
    }
    return out;
}

std::vector<Overrun> overruns(const records::SettingsFile& settings,
                              const std::vector<records::Project>& projects,
                              const std::vector<records::Meeting>& meetings) {
    std::map<std::string, const records::Project*, std::less<>> by_id;
    for (const records::Project& p : projects) {
        by_id.emplace(p.id, &p);
    }
    MeetingDates dates = meeting_dates(meetings);
    std::map<Pot, Money> total;
    std::set<std::string, std::less<>> decided;  // projects whose decision is counted below
    struct Step {
        const records::Meeting* meeting;
        const records::Decision* decision;
        const records::Project* project;
    };
    std::vector<Step> steps;
    for (const records::Meeting& m : meetings) {
        if (!m.decisions) {
            continue;
        }
        for (const records::Decision& d : *m.decisions) {  // kept by address in `steps`
            if (d.result != records::DecisionResult::approved || !d.project) {
                continue;
            }
            auto p = by_id.find(*d.project);
            if (p == by_id.end() || p->second->decision != m.id) {
                continue;  // `check` reports the reference; the project counts on its own
            }
            decided.insert(p->first);
            steps.push_back(Step{&m, &d, p->second});
        }
    }
    // Projects approved without a decision of a meeting count first.
    for (const records::Project& p : projects) {
        if (!decided.contains(p.id)) {
            total[pot_of(budget_year(p, dates), p.funding, p.ag)].cents += committed(p).cents;
        }
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
        auto seq = [](const std::string& number) {
            auto n = parse_decision_number(number);
            return n ? n->sequence : 0;
        };
        int na = seq(a.decision->number);
        int nb = seq(b.decision->number);
        return std::tie(a.meeting->date, na) < std::tie(b.meeting->date, nb);
    });
    std::vector<Overrun> out;
    for (const Step& s : steps) {
        Pot pot =
            pot_of(static_cast<int>(s.meeting->date.year()), s.project->funding, s.project->ag);
        Money& sum = total[pot];
        sum.cents += committed(*s.project).cents;
        auto budget = budget_of(settings, pot);
        if (!budget && !must_be_budgeted(pot)) {
            continue;
        }
        Money limit = budget.value_or(Money{0});
        if (sum.cents > limit.cents && committed(*s.project).cents > 0) {
            out.push_back(Overrun{s.meeting->id, s.decision->number, s.project->id, pot, limit, sum,
                                  s.decision->over_budget});
        }
    }
    return out;
}

}  // namespace integra::projects
