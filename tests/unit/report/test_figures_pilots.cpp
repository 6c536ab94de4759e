// The guides' figures (report/figures_pilots.cpp) and the cross-area figures
// (report/figures_cross.cpp) on the hand-made fixture fixtures/people: 5 guides, 15
// assignments in 2024–2026, 4 households with 6 persons, 2 AGs with 3 meetings.
//
// The fixture, as far as the expected numbers need it (period 2025, previous 2024):
//   P-0001 f tr            since 2010-01-01, active
//   P-0002 m ar fa         since 2024-06-01, active
//   P-0003 f ar            since 2015-03-01, retired 2024-09-30
//   P-0004 d ti            since 2025-11-01, active
//   P-0005 x uk ru         no since, paused
//   Assignments (status, hours, kind, requester, client):
//   E-2024-0001 01-15 billed 2   accompaniment authority
//   E-2024-0002 03-10 billed 1.5 translation   refugee_unit R-2024-0001   (P-0003)
//   E-2024-0003 07-04 done   1   parent_talk   school                     (P-0002)
//   E-2024-0004 07-20 done   3   info_event    organisation               (P-0001)
//   E-2024-0005 12-02 cancelled 2 accompaniment migrant                   (P-0005)
//   E-2024-0006 03-25 done   1   accompaniment migrant  R-2024-0002       (P-0003)
//   E-2025-0001 01-08 billed 1.5 accompaniment migrant                    (P-0001)
//   E-2025-0002 01-20 billed 2   translation   refugee_unit               (P-0002)
//   E-2025-0003 03-12 done   1   accompaniment authority R-2024-0002      (P-0002)
//   E-2025-0004 03-30 done   2.5 mediation     school                     (P-0005)
//   E-2025-0005 07-04 done   2   info_event    ag                         (P-0001)
//   E-2025-0006 11-15 done   1   accompaniment refugee_unit R-2025-0001   (P-0004)
//   E-2025-0007 12-01 cancelled 0.5 translation migrant                   (P-0004)
//   E-2025-0008 12-31 done   1   parent_talk   school                     (P-0001)
//   E-2026-0001 2026-01-01 done 1 accompaniment migrant                   (outside)
//   So 2025: 7 took place, 11 hours; 2024: 5 took place, 8.5 hours.

#include <doctest/doctest.h>

#include <filesystem>

#include "report/data.hpp"
#include "report/figures.hpp"
#include "store/store.hpp"

using namespace integra;
using namespace integra::report;

namespace {

const Data& people() {
    static const Data data =
        load_data(store::Store(std::filesystem::path(INTEGRA_REPORT_FIXTURES) / "people"));
    return data;
}

Scope year_2025(Lang lang = Lang::de) {
    using namespace std::chrono;
    Scope s;
    s.current = Period{2025y / January / 1, 2025y / December / 31};
    s.previous = Period{2024y / January / 1, 2024y / December / 31};
    s.today = 2026y / November / 26;
    s.lang = lang;
    return s;
}

std::vector<std::string> keys(const Table& t) {
    std::vector<std::string> k;
    for (const Row& r : t.rows) {
        k.push_back(r.key);
    }
    return k;
}

std::vector<std::string> column_keys(const Table& t) {
    std::vector<std::string> k;
    for (const Column& c : t.columns) {
        k.push_back(c.key);
    }
    return k;
}

/// The values of column `col` down the rows; -1 for a cell without a value.
std::vector<std::int64_t> values(const Table& t, std::size_t col) {
    std::vector<std::int64_t> v;
    for (const Row& r : t.rows) {
        v.push_back(r.cells.at(col).value.value_or(-1));
    }
    return v;
}

using V = std::vector<std::int64_t>;
using K = std::vector<std::string>;

}  // namespace

TEST_CASE("guides_by_gender: active guides of each period, by gender") {
    Table t = guides_by_gender(people(), year_2025());
    CHECK(t.name == "guides_by_gender");
    CHECK(column_keys(t) == K{"count", "count_previous"});
    CHECK(t.columns[0].label == "2025");
    CHECK(t.columns[1].label == "2024");
    CHECK(t.columns[0].personal);
    CHECK(t.columns[1].year == 2024);
    CHECK(keys(t) == K{"f", "m", "d", "x", "total"});
    CHECK(t.rows[0].label == "weiblich");
    // 2025: f P-0001 (P-0003 retired 2024-09-30, before 2025), m P-0002, d P-0004 (joined
    // 2025-11-01), x P-0005 (paused, no since: active).
    CHECK(values(t, 0) == V{1, 1, 1, 1, 4});
    // 2024: f P-0001 and P-0003 (retired within 2024), m P-0002 (joined 2024-06-01), d none.
    CHECK(values(t, 1) == V{2, 1, 0, 1, 4});
    CHECK(t.total_row() != nullptr);
    CHECK(t.total_row()->label == "Gesamt");
    CHECK_FALSE(t.note.empty());
}

TEST_CASE("guide_languages: guides per language, most first, no total") {
    Table t = guide_languages(people(), year_2025());
    // 2025: tr P-0001; ar fa P-0002; ti P-0004; uk ru P-0005 → each 1.
    // 2024: ar P-0002 and P-0003 → 2; fa, tr, uk, ru 1; ti 0 (P-0004 joined 2025).
    // Order: current desc, then previous desc, then code.
    CHECK(keys(t) == K{"ar", "fa", "ru", "tr", "uk", "ti"});
    CHECK(values(t, 0) == V{1, 1, 1, 1, 1, 1});
    CHECK(values(t, 1) == V{2, 1, 1, 1, 1, 0});
    CHECK(t.rows[0].label == "Arabisch");
    CHECK(t.total_row() == nullptr);
}

TEST_CASE("assignments_by_month: one row per month, the same month a year earlier") {
    Table t = assignments_by_month(people(), year_2025());
    CHECK(t.chart == Chart::columns);
    CHECK(t.chart_columns == std::vector<std::size_t>{0, 1});
    REQUIRE(t.rows.size() == 13);
    CHECK(t.rows[0].key == "2025-01");
    CHECK(t.rows[0].label == "Januar");
    CHECK(t.rows[11].key == "2025-12");
    // 2025: Jan E-0001 E-0002; Mar E-0003 E-0004; Jul E-0005; Nov E-0006; Dec E-0008 (E-0007
    // cancelled). 2024: Jan E-0001; Mar E-0002 E-0006; Jul E-0003 E-0004; Dec cancelled only.
    CHECK(values(t, 0) == V{2, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 1, 7});
    CHECK(values(t, 1) == V{1, 0, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 5});
    CHECK(t.rows.back().total);
}

TEST_CASE("assignments_by_month: a period across a year end labels months with the year") {
    using namespace std::chrono;
    Scope s = year_2025();
    s.current = Period{2025y / November / 20, 2026y / January / 31};
    s.previous = Period{2024y / November / 20, 2025y / January / 31};
    Table t = assignments_by_month(people(), s);
    CHECK(keys(t) == K{"2025-11", "2025-12", "2026-01", "total"});
    CHECK(t.rows[0].label == "November 2025");
    // Nov 20–30 2025: none (E-2025-0006 is the 15th); Dec: E-2025-0008; Jan 2026: E-2026-0001.
    // Earlier: Nov 20–30 2024 none, Dec 2024 cancelled only, Jan 2025: E-2025-0001, -0002.
    CHECK(values(t, 0) == V{0, 1, 1, 2});
    CHECK(values(t, 1) == V{0, 0, 2, 2});
    CHECK(t.columns[0].label == "20.11.2025–31.01.2026");
    CHECK_FALSE(t.columns[0].year.has_value());
}

TEST_CASE("assignments_by_kind: counts and hours by kind") {
    Table t = assignments_by_kind(people(), year_2025());
    CHECK(column_keys(t) == K{"count", "count_previous", "hours", "hours_previous"});
    CHECK(t.columns[2].label == "Stunden 2025");
    CHECK(t.columns[2].unit == Unit::hours);
    CHECK(t.columns[2].guarded_by == std::vector<std::size_t>{0});
    CHECK(t.columns[3].guarded_by == std::vector<std::size_t>{1});
    CHECK(t.chart == Chart::bars);
    CHECK(t.chart_columns == std::vector<std::size_t>{0});
    CHECK(keys(t) == K{"accompaniment", "translation", "parent_talk", "info_event", "mediation",
                       "project", "total"});
    CHECK(t.rows[0].label == "Begleitung");
    // 2025: accompaniment E-0001 1.5, E-0003 1, E-0006 1 → 3, 3.5 h; translation E-0002 2 h;
    // parent_talk E-0008 1 h; info_event E-0005 2 h; mediation E-0004 2.5 h.
    CHECK(values(t, 0) == V{3, 1, 1, 1, 1, 0, 7});
    CHECK(values(t, 2) == V{350, 200, 100, 200, 250, 0, 1100});
    // 2024: accompaniment E-0001 2, E-0006 1 → 2, 3 h; translation E-0002 1.5 h;
    // parent_talk E-0003 1 h; info_event E-0004 3 h.
    CHECK(values(t, 1) == V{2, 1, 1, 1, 0, 0, 5});
    CHECK(values(t, 3) == V{300, 150, 100, 300, 0, 0, 850});
}

TEST_CASE("assignments_by_requester: by who asked") {
    Table t = assignments_by_requester(people(), year_2025());
    CHECK(column_keys(t) == K{"count", "count_previous"});
    CHECK(keys(t) ==
          K{"school", "authority", "migrant", "organisation", "refugee_unit", "ag", "total"});
    // 2025: school E-0004 E-0008; authority E-0003; migrant E-0001; refugee_unit E-0002 E-0006;
    // ag E-0005. 2024: school E-0003; authority E-0001; migrant E-0006; organisation E-0004;
    // refugee_unit E-0002.
    CHECK(values(t, 0) == V{2, 1, 1, 0, 2, 1, 7});
    CHECK(values(t, 1) == V{1, 1, 1, 1, 1, 0, 5});
    CHECK(t.chart == Chart::bars);
}

TEST_CASE("guide_fees: total fees and the number of guides paid") {
    Table t = guide_fees(people(), year_2025());
    CHECK(column_keys(t) == K{"guides", "fees", "guides_previous", "fees_previous"});
    CHECK(t.columns[0].personal);
    CHECK_FALSE(t.columns[1].personal);
    CHECK(t.columns[1].unit == Unit::money);
    CHECK(t.columns[1].label == "Honorare 2025");
    REQUIRE(keys(t) == K{"total"});
    // 2025: P-0001, P-0002, P-0004, P-0005 → 4; 11 h × 15,00 € + 10,00 € flat for the
    // info_event E-2025-0005 = 175,00 €.
    // 2024: P-0001, P-0002, P-0003 (P-0005's was cancelled) → 3; 8.5 h × 15,00 € + 10,00 € for
    // E-2024-0004 = 137,50 €.
    CHECK(values(t, 0) == V{4});
    CHECK(values(t, 1) == V{17500});
    CHECK(values(t, 2) == V{3});
    CHECK(values(t, 3) == V{13750});
}

TEST_CASE("intakes_interpreting: intakes of the period by interpreter") {
    Table t = intakes_interpreting(people(), year_2025());
    CHECK(keys(t) == K{"guide", "external", "none", "total"});
    // 2025: R-2025-0001 (P-0002), R-2025-0002 (none); R-2025-0003's intake is in 2026.
    // 2024: R-2024-0001 (P-0003), R-2024-0002 (external).
    CHECK(values(t, 0) == V{1, 0, 1, 2});
    CHECK(values(t, 1) == V{1, 1, 0, 2});
    CHECK(t.columns[0].personal);
}

TEST_CASE("assignments_for_refugees: refugee clients or the refugee unit against the rest") {
    Table t = assignments_for_refugees(people(), year_2025());
    CHECK(column_keys(t) == K{"count", "count_previous", "hours", "hours_previous"});
    CHECK(keys(t) == K{"refugees", "other", "total"});
    // 2025: E-0002 (refugee_unit, 2 h), E-0003 (client R-, 1 h), E-0006 (both, 1 h) → 3, 4 h;
    // the other 4 took 7 h. 2024: E-0002 (1.5 h), E-0006 (1 h) → 2, 2.5 h; other 3, 6 h.
    CHECK(values(t, 0) == V{3, 4, 7});
    CHECK(values(t, 1) == V{2, 3, 5});
    CHECK(values(t, 2) == V{400, 700, 1100});
    CHECK(values(t, 3) == V{250, 600, 850});
}

TEST_CASE("language_gaps: languages of persons in casework against the guides that day") {
    Scope internal = year_2025();
    internal.internal = true;
    Table t = language_gaps(people(), internal);
    CHECK(column_keys(t) == K{"persons", "guides", "gap", "persons_previous", "guides_previous"});
    CHECK(t.columns[2].unit == Unit::text);
    CHECK(t.columns[0].label == "Personen am 31.12.2025");
    CHECK(t.columns[3].label == "Personen am 31.12.2024");
    CHECK(t.columns[1].personal);
    // In casework on 2025-12-31: R-2024-0001 (ar ku), R-2025-0001 (ti am; allocated with its
    // household 2025-10-01), R-2025-0002 (so ku), R-2025-0003 (uk ru ar; allocated
    // 2025-12-20). Not: R-2024-0002 (closed 2025-06-30; its status is today's), R-2026-0001.
    // Guides active that day: P-0001 tr, P-0002 ar fa, P-0004 ti, P-0005 uk ru.
    // On 2024-12-31: R-2024-0001 (ar ku) and R-2024-0002 (ar fa); guides P-0001 tr, P-0002
    // ar fa, P-0005 uk ru (P-0003 retired 2024-09-30, P-0004 joined 2025-11-01).
    // Gaps first (ku 2, am 1, so 1), then ar 2, then ru, ti, uk with 1 each, then fa, spoken
    // only by someone in casework the year before.
    CHECK(keys(t) == K{"ku", "am", "so", "ar", "ru", "ti", "uk", "fa"});
    CHECK(values(t, 0) == V{2, 1, 1, 2, 1, 1, 1, 0});
    CHECK(values(t, 1) == V{0, 0, 0, 1, 1, 1, 1, 1});
    CHECK(values(t, 3) == V{1, 0, 0, 2, 0, 0, 0, 1});
    CHECK(values(t, 4) == V{0, 0, 0, 1, 1, 0, 1, 1});
    CHECK(t.rows[0].cells[2].text == "keine Lotsin/kein Lotse");
    CHECK(t.rows[3].cells[2].text.empty());
    CHECK(t.total_row() == nullptr);
}

TEST_CASE("language_gaps: in public output, languages of few persons are one row") {
    // Every language has fewer than 3 persons on 2025-12-31: all are grouped, their mentions
    // added up (9 on 2025-12-31: ku 2, am, so, ar 2, ru, ti, uk; 4 on 2024-12-31: ku, ar 2,
    // fa), without guides: a guide count of a group of languages means nothing.
    Table t = language_gaps(people(), year_2025());
    CHECK(keys(t) == K{"other"});
    CHECK(t.rows[0].label == "weitere Sprachen (Nennungen)");
    CHECK(t.rows[0].cells[0].value == 9);
    CHECK_FALSE(t.rows[0].cells[1].value.has_value());
    CHECK(t.rows[0].cells[3].value == 4);
}

TEST_CASE("topics_from_field: topics of the period's meetings by origin") {
    Table t = topics_from_field(people(), year_2025());
    CHECK_FALSE(t.columns[0].personal);
    // 2025: "Fachbereich Flüchtlinge" twice (M-2025-0001, M-2025-0002), "Integrationslotsen"
    // once, ag1's own "Fest der Kulturen" once. 2024: "Integrationslotsen" once, ag1's own
    // "Jahresplanung" once. Ties by label: "AG Begegnung" before "Integrationslotsen".
    CHECK(keys(t) == K{"Fachbereich Flüchtlinge", "ag1", "Integrationslotsen", "total"});
    CHECK(t.rows[1].label == "AG Begegnung");
    CHECK(values(t, 0) == V{2, 1, 1, 4});
    CHECK(values(t, 1) == V{0, 1, 1, 2});
}

TEST_CASE("figures in English") {
    Table t = assignments_by_kind(people(), year_2025(Lang::en));
    CHECK(t.columns[2].label == "Hours 2025");
    CHECK(t.rows[0].label == "Accompaniment");
    CHECK(t.rows.back().label == "Total");
    Scope internal = year_2025(Lang::en);
    internal.internal = true;
    Table g = language_gaps(people(), internal);
    CHECK(g.rows[0].cells[2].text == "no guide");
}
