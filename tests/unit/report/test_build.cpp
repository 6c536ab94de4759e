// The report assembled (report/build.cpp): periods, the key figures taken from the sections'
// tables, suppression applied once for public reports, and the section reports' refusal of
// periods that could be set against each other. On the hand-made fixture fixtures/people.

#include <doctest/doctest.h>

#include <filesystem>

#include "report/build.hpp"
#include "store/store.hpp"
#include "util/error.hpp"

using namespace integra;
using namespace integra::report;
using namespace std::chrono;

namespace {

const Data& people() {
    static const Data data =
        load_data(store::Store(std::filesystem::path(INTEGRA_REPORT_FIXTURES) / "people"));
    return data;
}

Scope scope_of(const Period& period, bool internal) {
    Scope s;
    s.current = period;
    s.previous = year_before(period);
    s.today = 2026y / November / 26;
    s.internal = internal;
    return s;
}

const Row& row(const Table& t, const std::string& key) {
    for (const Row& r : t.rows) {
        if (r.key == key) {
            return r;
        }
    }
    FAIL("no row " << key << " in " << t.name);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("a public report's previous year is last year's public report, cell for cell") {
    Scope s = scope_of(year_period(2025), false);
    Report now = annual_report(people(), s);
    Report last = annual_report(people(), scope_of(year_period(2024), false));
    for (const char* name : {"assignments_by_month", "assignments_by_kind", "persons_by_age"}) {
        CAPTURE(name);
        const Table& t = *find_table(now, name);
        const Table& p = *find_table(last, name);
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            CHECK(t.rows[r].cells[1].suppressed == p.rows[r].cells[0].suppressed);
            CHECK(t.rows[r].cells[1].value == p.rows[r].cells[0].value);
        }
    }
}

TEST_CASE("periods: a calendar year, and the same days a year earlier") {
    Period y = year_period(2025);
    CHECK(y.from == 2025y / January / 1);
    CHECK(y.to == 2025y / December / 31);
    Period leap{2024y / February / 29, 2024y / March / 31};
    Period before = year_before(leap);
    CHECK(before.from == 2023y / February / 28);
    CHECK(before.to == 2023y / March / 31);
    // A month's last day stays its last day: February 2025 against all of February 2024.
    Period february = year_before({2025y / February / 1, 2025y / February / 28});
    CHECK(february.to == 2024y / February / 29);
    CHECK(year_before({2025y / March / 1, 2025y / March / 30}).to == 2024y / March / 30);
}

TEST_CASE("annual report: the summary first, then every section in order") {
    Report r = annual_report(people(), scope_of(year_period(2025), true));
    CHECK(r.title == "Integrationsbericht 2025");
    std::vector<std::string> keys;
    for (const Section& s : r.sections) {
        keys.push_back(s.key);
    }
    CHECK(keys ==
          std::vector<std::string>{"summary", "pilots", "refugees", "projects", "ags", "cross"});
    CHECK(table_names(r).size() == 23);
    CHECK(find_table(r, "onboarding_steps") != nullptr);
    CHECK(find_table(r, "nothing") == nullptr);
}

TEST_CASE("key figures are the sections' totals, with the change in tenths of a percent") {
    Report r = annual_report(people(), scope_of(year_period(2025), true));
    const Table& k = *find_table(r, "key_figures");
    // From the fixture's comment in test_figures_pilots.cpp: 7 assignments took place in 2025
    // and 5 in 2024 (+40.0 %); 11 hours against 8.5 (+29.4 %, 2.5 / 8.5 = 29.41 %).
    CHECK(row(k, "assignments").cells[0].value == 7);
    CHECK(row(k, "assignments").cells[1].value == 5);
    CHECK(row(k, "assignments").cells[2].value == 400);
    CHECK(row(k, "hours").cells[0].value == 1100);
    CHECK(row(k, "hours").cells[0].unit == Unit::hours);
    CHECK(row(k, "hours").cells[2].value == 294);
    // Each is the cell of its table, not a second computation.
    const Table& months = *find_table(r, "assignments_by_month");
    CHECK(row(k, "assignments").cells[0].value == months.rows.back().cells[0].value);
    const Table& intakes = *find_table(r, "intakes_interpreting");
    CHECK(row(k, "intakes_guide").cells[0].value == row(intakes, "guide").cells[0].value);
    CHECK(row(k, "fees").cells[0].unit == Unit::money);
}

TEST_CASE("key figures: no change without a previous value, and none beside a hidden count") {
    // Public: the fixture's counts are small, so most are hidden; a hidden count has no change.
    Report r = annual_report(people(), scope_of(year_period(2025), false));
    const Table& k = *find_table(r, "key_figures");
    const Row& guides = row(k, "guides");
    CHECK((guides.cells[0].suppressed || guides.cells[1].suppressed));
    CHECK_FALSE(guides.cells[2].value.has_value());
    const Row& assignments = row(k, "assignments");
    CHECK_FALSE(assignments.cells[0].suppressed);  // 7 and 5 are shown
    CHECK(assignments.cells[2].value == 400);
}

TEST_CASE("public reports are suppressed, internal ones are exact") {
    Report pub = annual_report(people(), scope_of(year_period(2025), false));
    Report internal = annual_report(people(), scope_of(year_period(2025), true));
    const Table& p = *find_table(pub, "intakes_interpreting");
    const Table& i = *find_table(internal, "intakes_interpreting");
    // 2025: one intake interpreted by a guide, one without interpreter; 2 in all.
    CHECK(row(i, "guide").cells[0].value == 1);
    CHECK_FALSE(row(i, "guide").cells[0].suppressed);
    CHECK(row(p, "guide").cells[0].suppressed);
    CHECK(row(p, "total").cells[0].suppressed);
}

TEST_CASE("section reports: the same tables as the annual report's section") {
    Scope s = scope_of(year_period(2025), false);
    Report annual = annual_report(people(), s);
    Report pilots = section_report(people(), s, "pilots");
    CHECK(pilots.title == "Integrationslotsinnen und -lotsen 2025");
    REQUIRE(pilots.sections.size() == 1);
    CHECK(pilots.sections[0].tables.size() == annual.sections[1].tables.size());
    CHECK(table_names(pilots) ==
          std::vector<std::string>{"guides_by_gender", "guide_languages", "assignments_by_month",
                                   "assignments_by_kind", "assignments_by_requester",
                                   "guide_fees"});
    CHECK_THROWS_AS(section_report(people(), s, "cross"), Failure);
    CHECK_THROWS_AS(section_report(people(), s, "summary"), Failure);
}

TEST_CASE("a public report of a year that is not over is refused; an internal one is made") {
    Scope running = scope_of(year_period(2026), false);  // today is 2026-11-26
    CHECK_THROWS_AS(annual_report(people(), running), Failure);
    CHECK_THROWS_AS(section_report(people(), running, "refugees"), Failure);
    CHECK_NOTHROW(section_report(people(), running, "projects"));
    running.internal = true;
    CHECK_NOTHROW(annual_report(people(), running));
}

TEST_CASE("public reports of persons cover calendar years; internal ones any period") {
    Period half{2025y / January / 1, 2025y / June / 30};
    CHECK_THROWS_AS(section_report(people(), scope_of(half, false), "refugees"), Failure);
    CHECK_THROWS_AS(section_report(people(), scope_of(half, false), "pilots"), Failure);
    CHECK_NOTHROW(section_report(people(), scope_of(half, true), "refugees"));
    // Project funding and AG reports count no persons.
    CHECK_NOTHROW(section_report(people(), scope_of(half, false), "projects"));
    CHECK_NOTHROW(section_report(people(), scope_of(half, false), "ags"));
}
