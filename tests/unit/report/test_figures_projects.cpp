// The project-funding and AG figures on a hand-made data directory, fixtures/funding: two AGs,
// seven meetings in 2024 and 2025, eleven projects of every source and state. Every expected
// number is worked out from the fixture's files in the comment beside it.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "report/data.hpp"
#include "report/figures.hpp"
#include "store/store.hpp"

using namespace integra;
using namespace integra::report;
using namespace std::chrono;

namespace {

const Data& fixture() {
    static const Data data = [] {
        store::Store store(std::filesystem::path(INTEGRA_REPORT_FIXTURES) / "funding");
        return load_data(store);
    }();
    return data;
}

Scope year_2025(Lang lang = Lang::de) {
    Scope s;
    s.current = {2025y / 1 / 1, 2025y / 12 / 31};
    s.previous = {2024y / 1 / 1, 2024y / 12 / 31};
    s.today = 2026y / 1 / 15;
    s.lang = lang;
    return s;
}

/// Each row's cells as numbers (-1 for an empty cell), to compare a table in one line.
std::vector<std::vector<std::int64_t>> values(const Table& t) {
    std::vector<std::vector<std::int64_t>> out;
    for (const Row& r : t.rows) {
        std::vector<std::int64_t> line;
        for (const Cell& c : r.cells) {
            line.push_back(c.value.value_or(-1));
        }
        out.push_back(line);
    }
    return out;
}

std::vector<std::string> keys(const std::vector<Row>& rows) {
    std::vector<std::string> out;
    for (const Row& r : rows) {
        out.push_back(r.key);
    }
    return out;
}

std::vector<std::string> labels(const std::vector<Column>& columns) {
    std::vector<std::string> out;
    for (const Column& c : columns) {
        out.push_back(c.label);
    }
    return out;
}

void check_public(const Table& t) {
    CHECK_FALSE(t.note.empty());
    for (const Column& c : t.columns) {
        CHECK_FALSE(c.personal);
    }
}

}  // namespace

TEST_CASE("report::applications_by_ag") {
    Table t = applications_by_ag(fixture(), year_2025());
    check_public(t);
    CHECK(labels(t.columns) ==
          std::vector<std::string>{"Anträge 2025", "Beantragt 2025", "Bewilligt 2025",
                                   "Betrag 2025", "Anträge 2024", "Bewilligt 2024", "Betrag 2024"});
    CHECK(t.columns[0].key == "applications");
    CHECK(t.columns[4].key == "applications_previous");
    CHECK(t.columns[6].key == "amount_previous");
    CHECK(t.columns[1].unit == Unit::money);
    CHECK(t.columns[0].year == 2025);
    CHECK(keys(t.rows) == std::vector<std::string>{"ag1", "ag2", "total"});
    CHECK(t.rows[0].label == "AG 1 Begegnung");
    CHECK(t.rows[1].label == "AG 2 Bildung");
    REQUIRE(t.total_row() != nullptr);
    CHECK(t.total_row()->label == "Insgesamt");
    // ag1: PR-2025-001 (2.500), -004 (1.500), -005 (700): 3 applications, 4.700 €.
    //      Approved at M-2025-0001 (PR-2024-004 800, PR-2025-001 2.000) and M-2025-0003
    //      (PR-2025-004 1.200): 3, 4.000 €. 2024: M-2024-0001 PR-2024-001 1.500 (PR-2024-002
    //      rejected, PR-2024-004 deferred at M-2024-0003).
    // ag2: PR-2025-002 (6.000), -003 (1.500), -006 (400, withdrawn): 3, 7.900 €; approved
    //      M-2025-0002 PR-2025-002 6.000 (PR-2025-003 rejected); 2024: PR-2024-003 5.000.
    // PR-2026-001 is of 2026 and not counted. Applications of 2024: ag1 PR-2024-001, -002,
    // -004; ag2 PR-2024-003.
    CHECK(values(t) ==
          std::vector<std::vector<std::int64_t>>{{3, 470000, 3, 400000, 3, 1, 150000},
                                                 {3, 790000, 1, 600000, 1, 1, 500000},
                                                 {6, 1260000, 4, 1000000, 4, 2, 650000}});
}

TEST_CASE("report::applications_by_ag, a period across two years") {
    Scope s = year_2025();
    s.current = {2024y / 7 / 1, 2025y / 6 / 30};
    s.previous = {2023y / 7 / 1, 2024y / 6 / 30};
    Table t = applications_by_ag(fixture(), s);
    CHECK(t.columns[0].label == "Anträge 01.07.2024–30.06.2025");
    CHECK_FALSE(t.columns[0].year.has_value());
    // Every application of 2024 and 2025: all eleven projects but PR-2026-001; ag1 has
    // PR-2024-001, -002, -004, PR-2025-001, -004, -005; ag2 PR-2024-003, PR-2025-002, -003, -006.
    // Approved from 01.07.2024: M-2025-0001 (800, 2.000), M-2025-0002 (6.000); M-2025-0003
    // lies after 30.06.2025. Before: M-2024-0001 (1.500), M-2024-0002 (5.000).
    CHECK(t.rows[0].cells[0].value == 6);
    CHECK(t.rows[1].cells[0].value == 4);
    CHECK(t.rows[2].cells[0].value == 10);
    CHECK(t.rows[2].cells[2].value == 3);
    CHECK(t.rows[2].cells[3].value == 880000);
    // Applications before: of 2023 (none) and 2024 (four).
    CHECK(t.rows[2].cells[4].value == 4);
    CHECK(t.rows[2].cells[5].value == 2);
    CHECK(t.rows[2].cells[6].value == 650000);
}

TEST_CASE("report::funding_by_source") {
    Table t = funding_by_source(fixture(), year_2025());
    check_public(t);
    CHECK(labels(t.columns) == std::vector<std::string>{"Bewilligt 2025", "Betrag 2025",
                                                        "Auszahlungen 2025", "Betrag 2024",
                                                        "Auszahlungen 2024"});
    CHECK(keys(t.rows) == std::vector<std::string>{"city", "demokratie_leben", "other", "total"});
    CHECK(t.rows[0].label == "Städtische Mittel");
    CHECK(t.rows[1].label == "Demokratie leben!");
    CHECK(t.rows[2].label == "andere Programme");
    // city: approved 2025 PR-2024-004 800 + PR-2025-001 2.000; paid 2025 PR-2024-001 750
    //       (10.01.2025) + PR-2024-004 800 + PR-2025-001 1.000 = 2.550; 2024: approved
    //       PR-2024-001 1.500, paid its 750 of 01.04.2024.
    // demokratie_leben: approved 2025 PR-2025-002 6.000; paid 2025 PR-2024-003 2.500
    //       (15.04.2025) + PR-2025-002 3.000 + 3.000 = 8.500; 2024: approved PR-2024-003
    //       5.000, paid 2.500 (01.06.2024).
    // other: PR-2025-004 1.200 approved, nothing paid.
    CHECK(values(t) ==
          std::vector<std::vector<std::int64_t>>{{2, 280000, 255000, 150000, 75000},
                                                 {1, 600000, 850000, 500000, 250000},
                                                 {1, 120000, 0, 0, 0},
                                                 {4, 1000000, 1105000, 650000, 325000}});
}

TEST_CASE("report::budget_use") {
    Table t = budget_use(fixture(), year_2025());
    check_public(t);
    CHECK(t.chart == Chart::bars);
    CHECK(t.chart_columns == std::vector<std::size_t>{0, 1});
    CHECK(t.total_row() == nullptr);
    CHECK(t.columns[3].unit == Unit::percent);
    CHECK(t.columns[0].label == "Budget 2025");
    // The shares of ag1 in `other` and of ag2 in `demokratie_leben` are no rows of their own.
    CHECK(keys(t.rows) == std::vector<std::string>{"ag1", "ag2", "demokratie_leben", "other"});
    CHECK(t.rows[0].label == "AG 1 Begegnung");
    CHECK(t.rows[3].label == "andere Programme");
    // ag1 city, budget 4.000: PR-2024-004 800 (decided 2025) + PR-2025-001 2.000 = 2.800, 70 %;
    //     paid 800 + 1.000, every payment of these projects.
    // ag2 city, budget 2.500: PR-2025-003 rejected, PR-2025-006 withdrawn without payment: 0.
    // demokratie_leben, budget 12.000: PR-2025-002 6.000, paid 6.000: 50 %.
    // other, no budget: PR-2025-004 1.200, nothing paid.
    CHECK(values(t) == std::vector<std::vector<std::int64_t>>{{400000, 280000, 180000, 700},
                                                              {250000, 0, 0, 0},
                                                              {1200000, 600000, 600000, 500},
                                                              {-1, 120000, 0, -1}});
}

TEST_CASE("report::budget_use counts payments made by the period's end only") {
    // A payment of 500 to PR-2025-001 (ag1) on 10 March 2026 is not yet paid in the 2025
    // report: ag1 still shows 1.800 paid, whenever the report is made.
    Data data = fixture();
    for (records::Project& p : data.projects) {
        if (p.id == "PR-2025-001") {
            p.payments->push_back(records::Payment{2026y / 3 / 10, Money{50000}});
        }
    }
    CHECK(budget_use(data, year_2025()).rows[0].cells[2].value == 180000);
    Scope s2026 = year_2025();
    s2026.current = {2026y / 1 / 1, 2026y / 12 / 31};
    s2026.previous = {2025y / 1 / 1, 2025y / 12 / 31};
    // In 2026's report the payment is made, but the project draws on 2025's budget: ag1's
    // 2026 line has nothing of it.
    CHECK(budget_use(data, s2026).rows[0].cells[2].value == 0);
}

TEST_CASE("report::evaluations") {
    Table t = evaluations(fixture(), year_2025());
    check_public(t);
    CHECK(labels(t.columns) == std::vector<std::string>{"2025", "2024"});
    CHECK(keys(t.rows) ==
          std::vector<std::string>{"ended", "participants", "due", "done", "overdue"});
    // 2025: ended PR-2024-003 (31.03., 120 participants), PR-2024-004 (31.05., 25),
    //       PR-2025-002 (30.11., 80); due PR-2024-001 (29.01.), PR-2024-003 (29.06.),
    //       PR-2024-004 (29.08.); done PR-2024-001 (20.01.), PR-2024-004 (01.08.); overdue on
    //       31.12.2025: PR-2024-003. PR-2025-002's evaluation is due in 2026.
    // 2024: ended PR-2024-001 (31.10., 40); nothing due or done, nothing overdue on 31.12.2024.
    CHECK(values(t) ==
          std::vector<std::vector<std::int64_t>>{{3, 1}, {225, 40}, {3, 0}, {2, 0}, {1, 0}});
}

TEST_CASE("report::ag_meetings") {
    Table t = ag_meetings(fixture(), year_2025());
    check_public(t);
    CHECK(labels(t.columns) == std::vector<std::string>{"Sitzungen 2025", "Anwesenheit 2025",
                                                        "Gäste 2025", "Beschlüsse 2025",
                                                        "Sitzungen 2024", "Beschlüsse 2024"});
    CHECK(t.columns[1].unit == Unit::percent);
    CHECK(keys(t.rows) == std::vector<std::string>{"ag1", "ag2", "total"});
    // ag1: M-2025-0001 (12.02.): m1–m4 vote, m1, m2, m4 present (m5 advises) → 3 of 4;
    //      M-2025-0003 (17.09.): m4 left on 01.07., m1, m3 present → 2 of 3. 5/7 = 71,4 %.
    //      Guests 3 + 1, decisions 2 + 2. 2024: M-2024-0001 (2 decisions), M-2024-0003 (1).
    // ag2: M-2025-0002 3 of 3; M-2025-0004 m1, m3 of 3 (m4 a deputy without a vote): 5/6 =
    //      83,3 %. Guests 0 + 4, decisions 2 + 0. 2024: M-2024-0002 (1 decision).
    // total: 10/13 = 76,9 %.
    CHECK(values(t) == std::vector<std::vector<std::int64_t>>{
                           {2, 714, 4, 4, 2, 3}, {2, 833, 4, 2, 1, 1}, {4, 769, 8, 6, 3, 4}});
}

TEST_CASE("report::ag_meetings, no meetings") {
    Scope s = year_2025();
    s.current = {2023y / 1 / 1, 2023y / 12 / 31};
    s.previous = {2022y / 1 / 1, 2022y / 12 / 31};
    Table t = ag_meetings(fixture(), s);
    // No meeting, no attendance: the cell is empty, not 0 %.
    CHECK(values(t) == std::vector<std::vector<std::int64_t>>{
                           {0, -1, 0, 0, 0, 0}, {0, -1, 0, 0, 0, 0}, {0, -1, 0, 0, 0, 0}});
}

TEST_CASE("report::ag_decisions") {
    Table t = ag_decisions(fixture(), year_2025());
    check_public(t);
    CHECK(keys(t.rows) == std::vector<std::string>{"approved", "rejected", "deferred", "total"});
    CHECK(t.rows[0].label == "bewilligt");
    CHECK(t.rows[2].label == "vertagt");
    // 2025: approved 2025/01, /02, /03, /05; rejected /04; deferred /06.
    // 2024: approved 2024/01, /03; rejected /02; deferred /04.
    CHECK(values(t) == std::vector<std::vector<std::int64_t>>{{4, 2}, {1, 1}, {1, 1}, {6, 4}});
}

TEST_CASE("report project and AG figures in English") {
    Scope s = year_2025(Lang::en);
    CHECK(applications_by_ag(fixture(), s).columns[0].label == "Applications 2025");
    CHECK(funding_by_source(fixture(), s).rows[0].label == "City funds");
    CHECK(ag_decisions(fixture(), s).rows[3].label == "Total");
    CHECK(ag_meetings(fixture(), s).columns[1].label == "Attendance 2025");
}

TEST_CASE("report project and AG figures agree with each other on the example data") {
    // Not known answers but identities: the same approvals counted by AG, by source and by
    // result; the same decisions counted per meeting and by result.
    store::Store store(std::filesystem::path(INTEGRA_REPORT_FIXTURES) / ".." / ".." / ".." / ".." /
                       "examples" / "dietzenbach");
    const Data data = load_data(store);
    for (int year : {2023, 2024, 2025}) {
        CAPTURE(year);
        Scope s = year_2025();
        s.current = {std::chrono::year{year} / 1 / 1, std::chrono::year{year} / 12 / 31};
        s.previous = {std::chrono::year{year - 1} / 1 / 1, std::chrono::year{year - 1} / 12 / 31};
        const Table ag_table = applications_by_ag(data, s);
        const Table source_table = funding_by_source(data, s);
        const Table result_table = ag_decisions(data, s);
        const Table meeting_table = ag_meetings(data, s);
        const Row& by_ag = *ag_table.total_row();
        const Row& by_source = *source_table.total_row();
        const Row& by_result = *result_table.total_row();
        const Row& meetings = *meeting_table.total_row();
        CHECK(by_ag.cells[2].value == by_source.cells[0].value);
        CHECK(by_ag.cells[3].value == by_source.cells[1].value);
        CHECK(by_ag.cells[6].value == by_source.cells[3].value);
        CHECK(result_table.rows[0].cells[0].value == by_ag.cells[2].value);
        CHECK(meetings.cells[3].value == by_result.cells[0].value);
        CHECK(meetings.cells[5].value == by_result.cells[1].value);
        CHECK(*by_ag.cells[2].value > 0);
    }
}
