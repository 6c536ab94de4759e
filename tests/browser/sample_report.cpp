// Writes a hand-made report of the annual report's shape as HTML, for the browser test
// (render_test.py) until it prints `integra report annual` itself: DIR/report.html (public,
// small counts as <3) and DIR/report-internal.html (exact).
//
//     report_html_sample DIR [de|en]

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "report/format.hpp"
#include "report/render.hpp"

using namespace integra;
using namespace integra::report;
using namespace std::chrono;

namespace {

Column year_column(int year, Unit unit = Unit::count) {
    return Column{"count_" + std::to_string(year), std::to_string(year), unit, true, {}, {}, year};
}

/// `v`, suppressed when below 3 in a public report.
Cell count(std::int64_t v, bool internal) {
    Cell cell = Cell::of(v);
    cell.suppressed = !internal && v < 3;
    return cell;
}

/// Key figures mixing counts and money in one column (the cells carry their unit).
Table key_figures(Lang lang) {
    Table table{"key_figures",
                pick(lang, "Das Jahr in Zahlen", "The year in figures"),
                pick(lang, "Die wichtigsten Zahlen des Berichtsjahres und des Vorjahres.",
                     "The main figures of the year and of the year before."),
                {year_column(2025), year_column(2024)},
                {},
                Chart::none,
                {}};
    Cell paid = Cell::of(2394550), paid_before = Cell::of(1980000);
    paid.unit = paid_before.unit = Unit::money;
    table.rows = {{"guides",
                   pick(lang, "Aktive Lotsinnen und Lotsen", "Active guides"),
                   {Cell::of(24), Cell::of(21)},
                   false},
                  {"assignments",
                   pick(lang, "Einsätze", "Assignments"),
                   {Cell::of(280), Cell::of(236)},
                   false},
                  {"persons",
                   pick(lang, "Zugewiesene Personen", "Allocated persons"),
                   {Cell::of(164), Cell::of(151)},
                   false},
                  {"paid",
                   pick(lang, "Ausgezahlte Fördermittel", "Funding paid"),
                   {paid, paid_before},
                   false}};
    return table;
}

Table by_month(Lang lang, bool internal) {
    Table table{"assignments_by_month",
                pick(lang, "Einsätze nach Monat", "Assignments by month"),
                pick(lang, "Einsätze der Integrationslotsen, die im Monat stattgefunden haben.",
                     "Assignments of the integration guides that took place in the month."),
                {year_column(2025), year_column(2024)},
                {},
                Chart::columns,
                {0, 1}};
    constexpr std::array<std::int64_t, 12> current{21, 25, 30, 28, 2, 35, 18, 12, 27, 31, 29, 22};
    constexpr std::array<std::int64_t, 12> previous{15, 19, 22, 20, 24, 26, 14, 9, 21, 25, 23, 18};
    std::int64_t sum_current = 0, sum_previous = 0;
    for (unsigned m = 1; m <= 12; ++m) {
        std::int64_t now = current[m - 1], before = previous[m - 1];
        table.rows.push_back({fmt::format("2025-{:02}", m),
                              month_name(m, lang),
                              {count(now, internal), Cell::of(before)},
                              false});
        sum_current += now;
        sum_previous += before;
    }
    table.rows.push_back({"total",
                          pick(lang, "Summe", "Total"),
                          {Cell::of(sum_current), Cell::of(sum_previous)},
                          true});
    return table;
}

Table by_kind(Lang lang, bool internal) {
    Table table{"assignments_by_kind",
                pick(lang, "Einsätze nach Art", "Assignments by kind"),
                pick(lang, "Nach Art des Einsatzes.", "By kind of assignment."),
                {year_column(2025), year_column(2024)},
                {},
                Chart::bars,
                {0, 1}};
    table.rows = {
        {"accompaniment",
         pick(lang, "Begleitung zu Behörden", "Accompaniment"),
         {Cell::of(140), Cell::of(120)},
         false},
        {"interpreting",
         pick(lang, "Dolmetschen", "Interpreting"),
         {Cell::of(96), Cell::of(80)},
         false},
        {"school",
         pick(lang, "Schule und Kita", "School and day care"),
         {Cell::of(40), Cell::of(33)},
         false},
        {"other", pick(lang, "Sonstiges", "Other"), {count(2, internal), Cell::none()}, false},
        {"total", pick(lang, "Summe", "Total"), {Cell::of(278), Cell::of(233)}, true}};
    return table;
}

Table by_nationality(Lang lang) {
    Table table{"persons_by_nationality",
                pick(lang, "Personen nach Staatsangehörigkeit", "Persons by nationality"),
                pick(lang, "Zugewiesene Personen; seltene Staatsangehörigkeiten als „andere“.",
                     "Allocated persons; rare nationalities as “other”."),
                {year_column(2025)},
                {},
                Chart::bars,
                {0}};
    table.rows = {{"UA", pick(lang, "Ukraine", "Ukraine"), {Cell::of(60)}, false},
                  {"SY",
                   pick(lang, "Syrien, Arabische Republik", "Syrian Arab Republic"),
                   {Cell::of(48)},
                   false},
                  {"AF", "Afghanistan", {Cell::of(35)}, false},
                  {"TR", pick(lang, "Türkei", "Türkiye"), {Cell::of(12)}, false},
                  {"other", pick(lang, "andere", "other"), {Cell::of(9)}, false},
                  {"total", pick(lang, "Summe", "Total"), {Cell::of(164)}, true}};
    return table;
}

Table budget(Lang lang) {
    Table table{
        "budget_by_ag",
        pick(lang, "Budgetnutzung nach AG", "Budget use by working group"),
        pick(lang, "Ausgezahlte Mittel und ihr Anteil am Budget.",
             "Money paid and its share of the budget."),
        {Column{"paid_2025",
                pick(lang, "Ausgezahlt 2025", "Paid 2025"),
                Unit::money,
                false,
                {},
                {},
                2025},
         Column{"share_2025", pick(lang, "Anteil", "Share"), Unit::percent, false, {}, {}, 2025}},
        {},
        Chart::bars,
        {0}};
    table.rows = {{"ag1", "AG 1 Begegnung", {Cell::of(1234500), Cell::of(823)}, false},
                  {"ag2", "AG 2 Sprache & Bildung", {Cell::of(850000), Cell::of(567)}, false},
                  {"ag3", "AG 3 Arbeit", {Cell::of(310050), Cell::of(207)}, false}};
    return table;
}

Report sample(Lang lang, bool internal) {
    Report report;
    report.kind = "annual";
    report.title = pick(lang, "Integrationsbericht 2025", "Integration report 2025");
    report.municipality = "Kreisstadt Dietzenbach";
    report.office = "Integrationsbüro";
    report.scope = Scope{Period{2025y / 1 / 1, 2025y / 12 / 31},
                         Period{2024y / 1 / 1, 2024y / 12 / 31},
                         2026y / 1 / 15,
                         lang,
                         internal,
                         3};
    report.sections = {
        Section{"summary", pick(lang, "Überblick", "Overview"), {key_figures(lang)}},
        Section{"pilots",
                pick(lang, "Integrationslotsen", "Integration guides"),
                {by_month(lang, internal), by_kind(lang, internal)}},
        Section{
            "refugees", pick(lang, "Flüchtlingsarbeit", "Refugee work"), {by_nationality(lang)}},
        Section{"projects", pick(lang, "Projektförderung", "Project funding"), {budget(lang)}}};
    return report;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: report_html_sample DIR [de|en]\n";
        return 2;
    }
    std::filesystem::path dir = argv[1];
    Lang lang = argc > 2 && std::string(argv[2]) == "en" ? Lang::en : Lang::de;
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "report.html") << render_html(sample(lang, false));
    std::ofstream(dir / "report-internal.html") << render_html(sample(lang, true));
    return 0;
}
