#include <doctest/doctest.h>

#include "projects/ledger.hpp"
#include "projects/lifecycle.hpp"

using namespace integra;
using namespace integra::projects;
using records::Funding;
using records::ProjectStatus;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

Money euros(std::int64_t e) {
    return Money{e * 100};
}

/// 2025: ag1 3000 and ag2 2000 city money, 10000 Demokratie leben! for all AGs.
records::SettingsFile settings() {
    records::SettingsFile s;
    records::Budget b;
    b.city = records::Dict<std::string, Money>{{"ag1", euros(3000)}, {"ag2", euros(2000)}};
    b.demokratie_leben = euros(10000);
    s.budgets = records::Dict<records::Count, records::Budget>{{2025, b}};
    return s;
}

records::Project project(std::string id, std::string ag, Funding funding, ProjectStatus status,
                         std::optional<Money> approved, std::string decision = "") {
    records::Project p;
    p.id = std::move(id);
    p.ag = std::move(ag);
    p.funding = funding;
    p.status = status;
    p.requested = approved.value_or(euros(1000));
    p.approved = approved;
    if (!decision.empty()) {
        p.decision = decision;
    }
    return p;
}

records::Meeting meeting(std::string id, Date date,
                         std::vector<std::pair<std::string, std::string>> approvals) {
    records::Meeting m;
    m.id = std::move(id);
    m.ag = "ag1";
    m.date = date;
    std::vector<records::Decision> ds;
    for (auto& [number, project] : approvals) {
        records::Decision d;
        d.number = number;
        d.project = project;
        d.result = records::DecisionResult::approved;
        ds.push_back(d);
    }
    m.decisions = ds;
    return m;
}

}  // namespace

TEST_CASE("city money is budgeted per AG, Demokratie leben! as one pot for all AGs") {
    auto s = settings();
    CHECK(budget_of(s, pot_of(2025, Funding::city, "ag1")) == euros(3000));
    CHECK(budget_of(s, pot_of(2025, Funding::city, "ag2")) == euros(2000));
    CHECK_FALSE(budget_of(s, pot_of(2025, Funding::city, "ag3")));
    CHECK(budget_of(s, pot_of(2025, Funding::demokratie_leben, "ag4")) == euros(10000));
    CHECK(pot_of(2025, Funding::demokratie_leben, "ag4") ==
          pot_of(2025, Funding::demokratie_leben, "ag1"));
    CHECK_FALSE(budget_of(s, pot_of(2025, Funding::other, "ag1")));
    CHECK_FALSE(budget_of(s, pot_of(2026, Funding::city, "ag1")));
}

TEST_CASE("an approval draws on the year of its decision, a withdrawn project on what it got") {
    std::vector<records::Meeting> meetings{meeting("M-2025-0003", ymd(2025, 3, 20), {})};
    auto dates = meeting_dates(meetings);
    // Applied in 2024, decided in 2025.
    auto late = project("PR-2024-011", "ag1", Funding::city, ProjectStatus::running, euros(1200),
                        "M-2025-0003");
    late.payments = std::vector<records::Payment>{{ymd(2025, 4, 1), euros(600)}};
    CHECK(budget_year(late, dates) == 2025);
    auto withdrawn = project("PR-2025-002", "ag1", Funding::city, ProjectStatus::withdrawn,
                             euros(800), "M-2025-0003");
    withdrawn.payments = std::vector<records::Payment>{{ymd(2025, 4, 1), euros(100)}};
    auto rejected = project("PR-2025-003", "ag1", Funding::city, ProjectStatus::rejected,
                            std::nullopt, "M-2025-0003");
    auto s = settings();
    auto ledger = ledger_of({late, withdrawn, rejected}, dates);
    Pot ag1 = pot_of(2025, Funding::city, "ag1");
    CHECK(ledger.approved[ag1] == euros(1300));
    CHECK(ledger.paid[ag1] == euros(700));
    CHECK(remaining(s, ledger, ag1) == euros(1700));
    CHECK(unpaid(late) == euros(600));
}

TEST_CASE("budget lines: per AG and source, the shared pot once with its budget, totals add up") {
    std::vector<records::Meeting> meetings{meeting("M-2025-0001", ymd(2025, 2, 1), {})};
    auto dates = meeting_dates(meetings);
    std::vector<records::Project> projects{
        project("PR-2025-001", "ag1", Funding::city, ProjectStatus::approved, euros(1000),
                "M-2025-0001"),
        project("PR-2025-002", "ag1", Funding::demokratie_leben, ProjectStatus::approved,
                euros(4000), "M-2025-0001"),
        project("PR-2025-003", "ag2", Funding::demokratie_leben, ProjectStatus::approved,
                euros(2500), "M-2025-0001"),
    };
    auto lines = budget_lines(settings(), projects, dates, {"ag1", "ag2"}, 2025);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].ag == "ag1");
    CHECK(lines[0].funding == Funding::city);
    CHECK(lines[0].remaining == euros(2000));
    CHECK(lines[1].funding == Funding::demokratie_leben);
    CHECK_FALSE(lines[1].budget);
    CHECK(lines[1].approved == euros(4000));
    CHECK(lines[2].ag == "ag2");
    CHECK(lines[2].remaining == euros(2000));
    CHECK(lines[3].ag == "ag2");
    CHECK(lines[3].approved == euros(2500));
    CHECK(lines[4].ag.empty());
    CHECK(lines[4].budget == euros(10000));
    CHECK(lines[4].approved == euros(6500));
    CHECK(lines[4].remaining == euros(3500));
}

TEST_CASE("overruns: the decision that crossed the budget, in the order decisions were made") {
    std::vector<records::Meeting> meetings{
        meeting("M-2025-0002", ymd(2025, 5, 1), {{"2025/03", "PR-2025-003"}}),
        meeting("M-2025-0001", ymd(2025, 2, 1),
                {{"2025/01", "PR-2025-001"}, {"2025/02", "PR-2025-002"}}),
    };
    std::vector<records::Project> projects{
        project("PR-2025-001", "ag1", Funding::city, ProjectStatus::approved, euros(2000),
                "M-2025-0001"),
        project("PR-2025-002", "ag1", Funding::city, ProjectStatus::approved, euros(1000),
                "M-2025-0001"),
        project("PR-2025-003", "ag1", Funding::city, ProjectStatus::approved, euros(1),
                "M-2025-0002"),
        project("PR-2025-004", "ag3", Funding::city, ProjectStatus::approved, euros(10),
                "M-2025-0002"),
    };
    meetings[0].decisions->push_back(records::Decision{"2025/04", "PR-2025-004", 3, 0, 0,
                                                       records::DecisionResult::approved, euros(10),
                                                       "Restmittel aus 2024"});
    auto found = overruns(settings(), projects, meetings);
    REQUIRE(found.size() == 2);
    CHECK(found[0].number == "2025/03");  // 2000 + 1000 is the budget; 1 more is beyond
    CHECK(found[0].total == euros(3001));
    CHECK(found[0].budget == euros(3000));
    CHECK_FALSE(found[0].reason);
    CHECK(found[1].number == "2025/04");  // ag3 has no city budget for 2025
    CHECK(found[1].budget == euros(0));
    CHECK(found[1].reason == "Restmittel aus 2024");
}

TEST_CASE("a transition the status does not allow names what it does allow") {
    auto p = project("PR-2025-014", "ag1", Funding::city, ProjectStatus::running, euros(1200));
    CHECK_FALSE(refusal(p, Action::pay));
    CHECK(refusal(p, Action::start) ==
          "PR-2025-014 is running: `project start` needs an approved project; possible now: "
          "`project pay`, `project complete`.");
    p.status = ProjectStatus::evaluated;
    CHECK(refusal(p, Action::withdraw) ==
          "PR-2025-014 is evaluated: `project withdraw` needs a submitted or an approved "
          "project; nothing more can happen to it.");
}

TEST_CASE("deadlines: written dates win, else the period's end plus integra.yaml's days") {
    records::SettingsFile s;
    s.deadlines = records::Deadlines{std::nullopt, 30, std::nullopt};
    Deadlines d = deadlines_of(s);
    CHECK(d.spend_within_days == 42);
    CHECK(d.proof_of_use_days == 30);
    CHECK(d.evaluation_days == 90);
    auto p = project("PR-2025-014", "ag1", Funding::city, ProjectStatus::running, euros(1200));
    CHECK_FALSE(proof_due(p, d));
    p.period = records::Period{ymd(2025, 4, 1), ymd(2025, 12, 31)};
    CHECK(proof_due(p, d) == ymd(2026, 1, 30));
    CHECK(evaluation_due(p, d) == ymd(2026, 3, 31));
    p.evaluation = records::Evaluation{ymd(2026, 2, 11), std::nullopt, std::nullopt};
    CHECK(evaluation_due(p, d) == ymd(2026, 2, 11));
}
