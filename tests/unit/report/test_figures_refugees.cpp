// The refugee-work figures on the hand-made fixture tests/unit/report/fixtures/refugees:
// 7 households (3 allocated in 2024, 4 in 2025), 13 persons of 6 nationalities, a shared unit
// U-01 (10 beds) and two flats U-02 (4) and U-03 (2); the checklist has registration (14 days),
// school (ages 6-17) and language_course (ages 16 and up). The report is about 2025 against
// 2024. Every expected number is worked out in a comment beside it.

#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "report/data.hpp"
#include "report/figures.hpp"
#include "report/suppress.hpp"
#include "store/store.hpp"

using namespace integra;
using namespace integra::report;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

const Data& fixture() {
    static const Data data =
        load_data(store::Store(std::filesystem::path(INTEGRA_REPORT_FIXTURES) / "refugees"));
    return data;
}

Scope scope_2025(Lang lang = Lang::de, bool internal = false) {
    Scope s;
    s.current = {ymd(2025, 1, 1), ymd(2025, 12, 31)};
    s.previous = {ymd(2024, 1, 1), ymd(2024, 12, 31)};
    s.today = ymd(2026, 11, 26);
    s.lang = lang;
    s.internal = internal;
    s.threshold = 3;
    return s;
}

using Values = std::vector<std::optional<std::int64_t>>;

const Row& row(const Table& t, const std::string& key) {
    for (const Row& r : t.rows) {
        if (r.key == key) {
            return r;
        }
    }
    throw std::runtime_error("no row " + key + " in " + t.name);
}

Values values(const Row& r) {
    Values out;
    for (const Cell& c : r.cells) {
        out.push_back(c.value);
    }
    return out;
}

std::vector<std::string> keys(const Table& t) {
    std::vector<std::string> out;
    for (const Row& r : t.rows) {
        out.push_back(r.key);
    }
    return out;
}

std::vector<std::string> column_keys(const Table& t) {
    std::vector<std::string> out;
    for (const Column& c : t.columns) {
        out.push_back(c.key);
    }
    return out;
}

constexpr std::nullopt_t none = std::nullopt;

}  // namespace

TEST_CASE("allocations_by_month: households and their allocated persons per month") {
    Table t = allocations_by_month(fixture(), scope_2025());
    CHECK(t.name == "allocations_by_month");
    CHECK(column_keys(t) == std::vector<std::string>{"households", "persons", "households_previous",
                                                     "persons_previous"});
    CHECK(t.columns[0].label == "Haushalte 2025");
    CHECK(t.columns[3].label == "Personen 2024");
    CHECK(t.columns[0].personal);
    CHECK(t.columns[2].year == 2024);
    CHECK(t.chart == Chart::columns);
    CHECK(t.chart_columns == std::vector<std::size_t>{1, 3});
    CHECK(!t.note.empty());
    REQUIRE(t.rows.size() == 13);  // twelve months and the total
    CHECK(t.rows[0].key == "2025-01");
    CHECK(t.rows[0].label == "Januar");
    // January 2025: H-2025-0001 (4 persons, 15 Jan) and H-2025-0002 (2, 20 Jan).
    CHECK(values(row(t, "2025-01")) == Values{2, 6, 0, 0});
    // March 2024: H-2024-0001 (3 persons).
    CHECK(values(row(t, "2025-03")) == Values{0, 0, 1, 3});
    // June 2025: H-2025-0003 (1).
    CHECK(values(row(t, "2025-06")) == Values{1, 1, 0, 0});
    // November: H-2025-0004 (2) in 2025, H-2024-0002 (1) in 2024.
    CHECK(values(row(t, "2025-11")) == Values{1, 2, 1, 1});
    // December 2024: H-2024-0003 (6, no person recorded); R-2025-0009's own allocation on
    // 5 December 2025 does not count here (households and allocation.persons are counted).
    CHECK(values(row(t, "2025-12")) == Values{0, 0, 1, 6});
    CHECK(values(row(t, "2025-02")) == Values{0, 0, 0, 0});
    // 2025: 4 households, 4 + 2 + 1 + 2 = 9 persons; 2024: 3 households, 3 + 1 + 6 = 10.
    CHECK(t.rows.back().total);
    CHECK(t.rows.back().label == "Gesamt");
    CHECK(values(t.rows.back()) == Values{4, 9, 3, 10});
}

TEST_CASE("persons_by_nationality: public output groups small nationalities into `other`") {
    // Persons by allocation date: 2025: SY 4 (R-2025-0001..0004), UA 2, TR 1, AF 1, and ER 1
    // (R-2025-0009, own allocation 5 December 2025); 2024: SY 3, IQ 1.
    Table t = persons_by_nationality(fixture(), scope_2025());
    CHECK(t.name == "persons_by_nationality");
    CHECK(column_keys(t) == std::vector<std::string>{"count", "count_previous"});
    CHECK(t.columns[0].label == "2025");
    CHECK(t.columns[1].label == "2024");
    CHECK(t.columns[0].personal);
    CHECK(t.columns[1].year == 2024);
    CHECK(t.chart == Chart::bars);
    CHECK(t.chart_columns == std::vector<std::size_t>{0});
    // Only SY reaches 3 in 2025; UA, TR, AF, ER and IQ (0 in 2025) are `other` in both
    // columns: 2 + 1 + 1 + 1 = 5 in 2025, IQ's 1 in 2024.
    CHECK(keys(t) == std::vector<std::string>{"SY", "other", "total"});
    CHECK(row(t, "SY").label == "Syrien");
    CHECK(values(row(t, "SY")) == Values{4, 3});
    CHECK(row(t, "other").label == "weitere Staatsangehörigkeiten");
    CHECK(values(row(t, "other")) == Values{5, 1});
    CHECK(t.rows.back().total);
    CHECK(values(t.rows.back()) == Values{9, 4});
}

TEST_CASE("persons_by_nationality: internal output lists every nationality") {
    Table t = persons_by_nationality(fixture(), scope_2025(Lang::de, true));
    // Most first, ties by German name (Afghanistan, Eritrea, Türkei), IQ with 0 in 2025 last.
    CHECK(keys(t) == std::vector<std::string>{"SY", "UA", "AF", "ER", "TR", "IQ", "total"});
    CHECK(values(row(t, "SY")) == Values{4, 3});
    CHECK(values(row(t, "UA")) == Values{2, 0});
    CHECK(values(row(t, "AF")) == Values{1, 0});
    CHECK(values(row(t, "ER")) == Values{1, 0});
    CHECK(values(row(t, "TR")) == Values{1, 0});
    CHECK(values(row(t, "IQ")) == Values{0, 1});
    CHECK(row(t, "IQ").label == "Irak");
    CHECK(row(t, "TR").label == "Türkei");
    CHECK(values(t.rows.back()) == Values{9, 4});
}

TEST_CASE("persons_by_age: age on the allocation day") {
    Table t = persons_by_age(fixture(), scope_2025());
    CHECK(t.name == "persons_by_age");
    CHECK(keys(t) == std::vector<std::string>{"0-5", "6-17", "18-26", "27-64", "65+", "total"});
    // 2025: R-2025-0004 5 → 0-5; R-2025-0003 13 (birthday on the allocation day) → 6-17;
    // R-2025-0006 26 (27 the day after) and R-2025-0008 24 → 18-26; R-2025-0001 44,
    // R-2025-0002 42, R-2025-0007 35 → 27-64; R-2025-0005 67, R-2025-0009 65 on 5 December
    // (own allocation) → 65+.
    // 2024: R-2024-0003 3, R-2024-0002 14, R-2024-0004 19, R-2024-0001 38.
    CHECK(values(row(t, "0-5")) == Values{1, 1});
    CHECK(values(row(t, "6-17")) == Values{1, 1});
    CHECK(values(row(t, "18-26")) == Values{2, 1});
    CHECK(values(row(t, "27-64")) == Values{3, 1});
    CHECK(values(row(t, "65+")) == Values{2, 0});
    CHECK(row(t, "total").total);
    CHECK(values(row(t, "total")) == Values{9, 4});
}

TEST_CASE("households_by_size: by allocation.persons") {
    Table t = households_by_size(fixture(), scope_2025());
    CHECK(t.name == "households_by_size");
    CHECK(keys(t) == std::vector<std::string>{"1", "2", "3", "4", "5+", "total"});
    // 2025: H-2025-0003 1; H-2025-0002 and H-2025-0004 2; H-2025-0001 4.
    // 2024: H-2024-0002 1; H-2024-0001 3; H-2024-0003 6 → 5+.
    CHECK(values(row(t, "1")) == Values{1, 1});
    CHECK(values(row(t, "2")) == Values{2, 0});
    CHECK(values(row(t, "3")) == Values{0, 1});
    CHECK(values(row(t, "4")) == Values{1, 0});
    CHECK(values(row(t, "5+")) == Values{0, 1});
    CHECK(values(row(t, "total")) == Values{4, 3});
}

TEST_CASE("onboarding_steps: due, done by the period's end, rate and median days") {
    Table t = onboarding_steps(fixture(), scope_2025());
    CHECK(t.name == "onboarding_steps");
    CHECK(column_keys(t) == std::vector<std::string>{"due", "done", "open", "rate", "median_days",
                                                     "due_previous", "done_previous",
                                                     "open_previous", "rate_previous",
                                                     "median_days_previous"});
    CHECK(t.columns[0].personal);
    CHECK(t.columns[1].personal);
    CHECK(t.columns[2].personal);
    CHECK(t.columns[3].unit == Unit::percent);
    CHECK(t.columns[0].label == "Zutreffend 2025");
    CHECK(t.columns[2].label == "Offen 2025");
    // Applicable is the row total of done and open; the rate is guarded by both (any two of
    // the three counts give it away), the median by done.
    CHECK(t.columns[0].total_of == std::vector<std::size_t>{1, 2});
    CHECK(t.columns[3].guarded_by == std::vector<std::size_t>{1, 2});
    CHECK(t.columns[4].unit == Unit::tenths);
    CHECK(t.columns[4].guarded_by == std::vector<std::size_t>{1});
    CHECK(t.columns[5].total_of == std::vector<std::size_t>{6, 7});
    CHECK(t.columns[8].guarded_by == std::vector<std::size_t>{6, 7});
    CHECK(t.columns[9].guarded_by == std::vector<std::size_t>{6});
    CHECK(keys(t) ==
          std::vector<std::string>{"registration", "school", "language_course", "total"});
    CHECK(row(t, "registration").label == "Anmeldung beim Bürgerservice");
    // registration, 2025: 9 persons, R-2025-0004 skipped → 8 due. Done by 31 Dec: 0001 after
    // 5 days, 0002 14, 0003 7, 0005 30, 0007 10 → 5 (0008's on 5 Jan 2026 is too late; 0006
    // and 0009 open). Rate 5/8 = 62.5 %; median of 5 7 10 14 30 = 10.
    // 2024: all 4 done after 5, 10, 11, 14 days: 100 %, median (10 + 11) / 2 = 10.5.
    CHECK(values(row(t, "registration")) == Values{8, 5, 3, 625, 100, 4, 4, 0, 1000, 105});
    // school, 2025: R-2025-0003 (13) done after 30 days (R-2025-0004, 5, is too young).
    // 2024: R-2024-0002 (14), done 10 Jan 2025, after the period: 0 of 1, no median.
    CHECK(values(row(t, "school")) == Values{1, 1, 0, 1000, 300, 1, 0, 1, 0, none});
    // language_course, 2025: 16 and up are 0001, 0002, 0005, 0006, 0007, 0008, 0009; 0005
    // skipped → 6 due; done 0001 after 45 days, 0002 90, 0006 60 → 3, 50 %, median 60.
    // 2024: R-2024-0001 (done after 90 days), R-2024-0004 skipped → 1 of 1, median 90.
    CHECK(values(row(t, "language_course")) == Values{6, 3, 3, 500, 600, 1, 1, 0, 1000, 900});
    // Total: 8 + 1 + 6 = 15 due, 5 + 1 + 3 = 9 done, 6 open, 60 %; 2024: 6 due, 5 done, 1
    // open, 83.3 %.
    CHECK(t.rows.back().total);
    CHECK(values(t.rows.back()) == Values{15, 9, 6, 600, none, 6, 5, 1, 833, none});
}

TEST_CASE("onboarding_steps and housing_occupancy: labels in English") {
    Table t = onboarding_steps(fixture(), scope_2025(Lang::en));
    CHECK(row(t, "school").label == "School enrolment");
    CHECK(t.rows.back().label == "Total");
    CHECK(t.columns[0].label == "Applicable 2025");
    Table h = housing_occupancy(fixture(), scope_2025(Lang::en));
    CHECK(h.columns[1].label == "Households 2025");
    CHECK(h.columns[4].label == "Households 2024");
    CHECK(h.rows.back().label == "Total");
}

TEST_CASE("onboarding_steps: public output hides the rate where `done` is hidden") {
    Table t = onboarding_steps(fixture(), scope_2025());
    // As if secondary suppression had hidden registration's 5 done of 8 applicable: 62,5 % of
    // the shown 8 would give the 5 back.
    t.rows[0].cells[1].suppressed = true;
    suppress(t, 3);
    const Row& r = row(t, "registration");
    CHECK(r.cells[1].suppressed);
    CHECK(r.cells[2].suppressed);  // 3 open: else 8 − 3 gives the 5 back
    CHECK(r.cells[3].suppressed);  // the rate
    CHECK(r.cells[4].suppressed);  // the median
    // school, 2025: 1 of 1, both hidden (primary), and its rate and median with them.
    const Row& s = row(t, "school");
    CHECK(s.cells[1].suppressed);
    CHECK(s.cells[3].suppressed);
    CHECK(s.cells[4].suppressed);
    CHECK(t.note.find("verborgen") != std::string::npos);
}

TEST_CASE("housing_occupancy: shared units, the flats together, the total") {
    Table t = housing_occupancy(fixture(), scope_2025());
    CHECK(t.name == "housing_occupancy");
    CHECK(column_keys(t) == std::vector<std::string>{"beds", "households", "avg_persons",
                                                     "occupancy", "households_previous",
                                                     "occupancy_previous"});
    CHECK(!t.columns[0].personal);
    CHECK(t.columns[1].personal);
    CHECK(t.columns[1].label == "Haushalte 2025");
    CHECK(t.columns[4].personal);
    CHECK(t.columns[4].label == "Haushalte 2024");
    CHECK(t.columns[2].unit == Unit::tenths);
    CHECK(t.columns[3].unit == Unit::percent);
    // The average and the rates describe the households counted beside them.
    CHECK(t.columns[2].guarded_by == std::vector<std::size_t>{1});
    CHECK(t.columns[3].guarded_by == std::vector<std::size_t>{1});
    CHECK(t.columns[5].guarded_by == std::vector<std::size_t>{4});
    CHECK(keys(t) == std::vector<std::string>{"U-01", "flats", "total"});
    CHECK(row(t, "U-01").label == "Unterkunft Nord");
    CHECK(row(t, "flats").label == "Wohnungen");
    // U-01 in 2025: H-2024-0001 3 persons × 59 days (to 1 March) = 177, H-2024-0002 1 × 365,
    // H-2025-0002 2 × 346 (from 20 Jan) = 692, H-2025-0003 1 × 14 (2 to 16 June): 4
    // households, 1248 person-days; 1248 / 365 = 3.42 persons; 1248 / 3650 bed-days = 34.2 %.
    // In 2024 (366 days): H-2024-0001 3 × 297 (from 10 March) + H-2024-0002 1 × 57 (from
    // 5 Nov) = 948: 2 households, 948 / 3660 = 25.9 %.
    CHECK(values(row(t, "U-01")) == Values{10, 4, 34, 342, 2, 259});
    // Flats (4 + 2 beds) in 2025: U-02 H-2025-0001 4 × 351 (from 15 Jan) = 1404; U-03
    // H-2025-0003 1 × 77 (16 June to 1 Sept) + H-2025-0004 2 × 31 (December) = 139: 3
    // households, 1543; 1543 / 365 = 4.23; 1543 / 2190 = 70.5 %. Empty in 2024.
    CHECK(values(row(t, "flats")) == Values{6, 3, 42, 705, 0, 0});
    // All 16 beds: 2791 person-days, 7.6 persons, 2791 / 5840 = 47.8 %; 2024: 948 / 5856 =
    // 16.2 %. Households: 4 + 3 = 7 less H-2025-0003, counted in U-01 and in U-03: 6; 2024: 2.
    CHECK(t.rows.back().total);
    CHECK(values(t.rows.back()) == Values{16, 6, 76, 478, 2, 162});
    CHECK(t.note.find("nur einmal") != std::string::npos);
}

TEST_CASE("housing_occupancy: public output hides the average and rates of few households") {
    Table t = housing_occupancy(fixture(), scope_2025());
    suppress(t, 3);
    // 2025: 4, 3 and 6 households: all shown.
    for (const Row& r : t.rows) {
        for (std::size_t c : {1u, 2u, 3u}) {
            CHECK(!r.cells[c].suppressed);
        }
    }
    // 2024: U-01 held 2 households (hidden, and its 25,9 %), the flats none, the total 2
    // (hidden, and its 16,2 %). Beside a total that small the flats' 0 is hidden too (as `<3`),
    // else `<3` + 0 = `<3` would give U-01's count away as the total's.
    CHECK(row(t, "U-01").cells[4].suppressed);
    CHECK(row(t, "U-01").cells[5].suppressed);
    CHECK(row(t, "flats").cells[4].suppressed);
    CHECK_FALSE(row(t, "flats").cells[4].secondary);
    CHECK(row(t, "flats").cells[5].suppressed);
    CHECK(t.rows.back().cells[4].suppressed);
    CHECK(t.rows.back().cells[5].suppressed);
    CHECK(!t.rows.back().cells[0].suppressed);  // beds are never hidden
}

TEST_CASE("refugee figures on the Dietzenbach example: the tables agree with each other") {
    // No hand-worked numbers here: the same persons counted three ways must add up alike.
    const Data data = load_data(store::Store(
        std::filesystem::path(INTEGRA_SOURCE_SHARE).parent_path() / "examples/dietzenbach"));
    Scope scope = scope_2025();
    Table pub = persons_by_nationality(data, scope);
    Table all = persons_by_nationality(data, scope_2025(Lang::de, true));
    Table age = persons_by_age(data, scope);
    // The same persons, grouped three ways.
    CHECK(values(pub.rows.back()) == values(all.rows.back()));
    CHECK(values(age.rows.back()) == values(all.rows.back()));
    for (const Table& t : {pub, all, age}) {
        std::int64_t sum = 0;
        for (std::size_t i = 0; i + 1 < t.rows.size(); ++i) {
            sum += *t.rows[i].cells[0].value;
        }
        CHECK(sum == *t.rows.back().cells[0].value);
    }
    for (const Row& r : pub.rows) {
        if (r.key != "other" && !r.total) {
            CHECK(*r.cells[0].value >= 3);
        }
    }
    Table housing = housing_occupancy(data, scope);
    // U-04, U-05 and U-06 are the flats (6 + 5 + 6 beds); 24 + 24 + 48 + 40 + 30 + 17 = 183.
    CHECK(keys(housing) ==
          std::vector<std::string>{"U-01", "U-02", "U-03", "U-07", "U-08", "flats", "total"});
    CHECK(values(row(housing, "flats"))[0] == 17);
    CHECK(values(housing.rows.back())[0] == 183);
    Table steps = onboarding_steps(data, scope);
    CHECK(steps.rows.size() == 9);  // eight steps and the total
}

TEST_CASE("refugee figures over a quarter: months of the period, no year on the columns") {
    Scope q = scope_2025();
    q.current = {ymd(2025, 1, 1), ymd(2025, 3, 31)};
    q.previous = {ymd(2024, 1, 1), ymd(2024, 3, 31)};
    Table t = allocations_by_month(fixture(), q);
    CHECK(t.columns[0].label == "Haushalte 01.01.2025–31.03.2025");
    CHECK(!t.columns[0].year);
    CHECK(keys(t) == std::vector<std::string>{"2025-01", "2025-02", "2025-03", "total"});
    // As in the year: January 2025 two households of 6; March 2024 H-2024-0001 of 3.
    CHECK(values(t.rows.back()) == Values{2, 6, 1, 3});
    Table h = housing_occupancy(fixture(), q);
    // U-01, 90 days: 3 × 59 (to 1 March) + 1 × 90 + 2 × 71 (from 20 Jan) = 409 person-days
    // of 3 households; 409 / 90 = 4.54 → 4,5; 409 / 900 = 45.4 %. 2024's quarter has 91 days:
    // H-2024-0001 3 × 22 (from 10 March) = 66; 66 / 910 = 7.25 % → 7,3.
    CHECK(values(row(h, "U-01")) == Values{10, 3, 45, 454, 1, 73});
    // Flats: U-02 H-2025-0001 4 × 76 (15 Jan to 31 March) = 304; 304 / 90 = 3.38 → 3,4;
    // 304 / 540 = 56.3 %. Empty in 2024.
    CHECK(values(row(h, "flats")) == Values{6, 1, 34, 563, 0, 0});
    // Total: 4 households, 713 person-days, 7.92 → 7,9; 713 / 1440 = 49.5 %; 2024: 66 / 1456
    // = 4.5 %.
    CHECK(values(h.rows.back()) == Values{16, 4, 79, 495, 1, 45});

    // Public: the flats' one household (H-2025-0001, 4 persons in a 4-bed flat from 15
    // January) is hidden with its average and rate; so is U-01's 3, the smallest other part
    // of the households line, else the total's 7,9 less U-01's 4,5 would give the flats' 3,4
    // back. And the total's 4 too: U-01's `x` is at least 3 and the flats' `<3` at least 1,
    // so with 4 shown they would be 3 and 1.
    suppress(h, 3);
    for (const char* key : {"U-01", "flats", "total"}) {
        CAPTURE(key);
        CHECK(row(h, key).cells[1].suppressed);
        CHECK(row(h, key).cells[2].suppressed);
        CHECK(row(h, key).cells[3].suppressed);
    }
    CHECK(row(h, "U-01").cells[1].secondary);
    CHECK_FALSE(row(h, "flats").cells[1].secondary);
}

TEST_CASE("persons_by_nationality: public rows by name, internal ones most first") {
    // An order by number would bound a hidden count by its neighbours.
    Scope internal = scope_2025();
    internal.internal = true;
    Scope wide = internal;
    wide.internal = false;
    wide.threshold = 1;  // every nationality its own row, as internal, but ordered by name
    Table by_name = persons_by_nationality(fixture(), wide);
    Table by_count = persons_by_nationality(fixture(), internal);
    std::vector<std::string> names;
    for (const Row& r : by_name.rows) {
        if (!r.total) {
            names.push_back(r.label);
        }
    }
    CHECK(std::is_sorted(names.begin(), names.end()));
    for (std::size_t i = 1; i + 1 < by_count.rows.size(); ++i) {
        CHECK(*by_count.rows[i - 1].cells[0].value >= *by_count.rows[i].cells[0].value);
    }
    CHECK(by_name.rows.size() == by_count.rows.size());
}
