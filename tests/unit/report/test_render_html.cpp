#include <doctest/doctest.h>

#include <string>

#include "report/render.hpp"

using namespace integra;
using namespace integra::report;
using namespace std::chrono;

namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

/// The text of the `n`th (from 0) <svg> element of `html`.
std::string svg_number(const std::string& html, std::size_t n) {
    std::size_t at = html.find("<svg");
    for (std::size_t i = 0; i < n && at != std::string::npos; ++i) {
        at = html.find("<svg", at + 1);
    }
    REQUIRE(at != std::string::npos);
    return html.substr(at, html.find("</svg>", at) - at);
}

Cell hidden(std::int64_t v) {
    Cell cell = Cell::of(v);
    cell.suppressed = true;
    return cell;
}

/// A cell hidden to protect another (secondary): written `x`.
Cell hidden_for_another(std::int64_t v) {
    Cell cell = hidden(v);
    cell.secondary = true;
    return cell;
}

Column year_column(int year) {
    return Column{
        "count_" + std::to_string(year), std::to_string(year), Unit::count, true, {}, {}, year};
}

/// Two sections; three tables: monthly columns (2025 and 2024), horizontal bars by kind, and
/// one table without a chart.
Report sample(bool internal, Lang lang = Lang::de) {
    Table months{"assignments_by_month",
                 "Einsätze nach Monat",
                 "Gezählt werden Einsätze.",
                 {},
                 {},
                 Chart::columns,
                 {0, 1}};
    months.columns = {year_column(2025), year_column(2024)};
    // Bars: January 2 (12 and 10), February 1 (2025 suppressed, 2024 = 5), March 1 (2025 has
    // no value, 2024 = 7); the total row gets none: 4 bars.
    months.rows = {{"2025-01", "Januar", {Cell::of(12), Cell::of(10)}, false},
                   {"2025-02", "Februar", {hidden(2), Cell::of(5)}, false},
                   {"2025-03", "März", {Cell::none(), Cell::of(7)}, false},
                   {"total", "Summe", {Cell::of(14), Cell::of(22)}, true}};

    Table kinds{"assignments_by_kind",
                "Einsätze nach Art",
                "Nach Art des Einsatzes.",
                {},
                {},
                Chart::bars,
                {0}};
    kinds.columns = {year_column(2025)};
    // Bars: 8 and 4; the third row, hidden for another's sake (x), and the total get none: 2
    // bars.
    kinds.rows = {{"accompaniment", "Begleitung <&>", {Cell::of(8)}, false},
                  {"interpreting", "Dolmetschen", {Cell::of(4)}, false},
                  {"other", "Sonstiges", {hidden_for_another(5)}, false},
                  {"total", "Summe", {Cell::of(13)}, true}};

    Table money{"budget", "Budget \"AG\"", "", {}, {}, Chart::none, {}};
    money.columns = {Column{"budget_2025", "Budget 2025", Unit::money, false, {}, {}, 2025}};
    money.rows = {{"ag1", "AG 1", {Cell::of(123456)}, false}};

    Report report;
    report.kind = "annual";
    report.title = "Integrationsbericht 2025";
    report.municipality = "Dietzenbach";
    report.office = "Integrationsbüro";
    report.scope = Scope{Period{2025y / 1 / 1, 2025y / 12 / 31},
                         Period{2024y / 1 / 1, 2024y / 12 / 31},
                         2026y / 1 / 15,
                         lang,
                         internal,
                         3};
    report.sections = {Section{"pilots", "Integrationslotsen", {months, kinds}},
                       Section{"projects", "Projektförderung", {money}}};
    return report;
}

}  // namespace

TEST_CASE("render_html: a self-contained page without scripts or addresses") {
    std::string html = render_html(sample(false));
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
    CHECK(count_of(html, "http://") == 0);
    CHECK(count_of(html, "https://") == 0);
    CHECK(count_of(html, "<script") == 0);
    CHECK(count_of(html, "<link") == 0);
    CHECK(count_of(html, "url(") == 0);
    CHECK(count_of(html, "@page") > 0);
    CHECK(count_of(html, "Stand: 15.01.2026") == 1);
    CHECK(count_of(html, "<section class=\"report-section\"") == 2);
    CHECK(count_of(html, "<figure") == 3);
    CHECK(render_html(sample(false, Lang::en)).starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
}

TEST_CASE("render_html: an SVG chart with title and description for each charted table") {
    std::string html = render_html(sample(false));
    CHECK(count_of(html, "<svg") == 2);  // the budget table has no chart
    std::string columns = svg_number(html, 0);
    CHECK(count_of(columns, "role=\"img\"") == 1);
    CHECK(
        count_of(columns,
                 "<title id=\"t1-assignments_by_month-chart-title\">Einsätze nach Monat</title>") ==
        1);
    // The description: the note, then the values in words; the suppressed one as <3.
    CHECK(count_of(columns,
                   "<desc id=\"t1-assignments_by_month-chart-desc\">Gezählt werden Einsätze. "
                   "Januar: 2025 12, 2024 10. Februar: 2025 &lt;3, 2024 5. "
                   "März: 2025 –, 2024 7.</desc>") == 1);
    CHECK(count_of(columns, "class=\"bar\"") == 4);
    CHECK(count_of(columns, "class=\"suppressed\"") == 1);
    CHECK(count_of(columns, "Summe") == 0);
    // Ticks: max 12, rough step 12/5 = 2.4 → 5; axis 0, 5, 10, 15.
    CHECK(count_of(columns, ">15</text>") == 1);
    CHECK(count_of(columns, ">20</text>") == 0);

    std::string bars = svg_number(html, 1);
    CHECK(count_of(bars, "class=\"bar\"") == 2);
    CHECK(count_of(bars, "class=\"suppressed\"") == 1);
    CHECK(count_of(bars,
                   "<desc id=\"t2-assignments_by_kind-chart-desc\">Nach Art des Einsatzes. "
                   "Begleitung &lt;&amp;&gt;: 8. Dolmetschen: 4. Sonstiges: x.</desc>") == 1);
    CHECK(count_of(bars, "fill=\"#1a1a1a\">x</text>") == 1);
}

TEST_CASE("render_html: data tables with header cells, formatted numbers and hidden counts") {
    std::string html = render_html(sample(false));
    CHECK(count_of(html, "<caption>Einsätze nach Monat</caption>") == 1);
    CHECK(count_of(html, "<th scope=\"col\">2025</th><th scope=\"col\">2024</th>") == 1);
    CHECK(count_of(html, "<th scope=\"row\">Januar</th><td>12</td><td>10</td>") == 1);
    CHECK(count_of(html, "<tr class=\"total\"><th scope=\"row\">Summe</th><td>14</td>") == 1);
    CHECK(count_of(html, "<td>1.234,56 €</td>") == 1);
    CHECK(count_of(html, "<td>–</td>") == 1);
    CHECK(count_of(html,
                   "<td class=\"suppressed\" title=\"„&lt;3“: weniger als 3 Personen (zum Schutz "
                   "der Betroffenen nicht genau angegeben).\">&lt;3</td>") == 1);
    CHECK(count_of(html,
                   "<td class=\"suppressed\" title=\"„x“: ausgeblendet, weil sich sonst ein "
                   "kleiner Wert aus den Summen errechnen ließe.\">x</td>") == 1);
}

TEST_CASE("render_html: every text is escaped") {
    std::string html = render_html(sample(false));
    CHECK(count_of(html, "<&>") == 0);
    CHECK(count_of(html, "Begleitung &lt;&amp;&gt;") == 3);  // table row, bar label, description
    CHECK(count_of(html, "Budget &quot;AG&quot;") == 2);     // heading and caption
    CHECK(count_of(html, "Budget \"AG\"") == 0);
}

TEST_CASE("render_html: the internal mark only on internal reports, the <3 note only on public") {
    std::string open = render_html(sample(false));
    CHECK(count_of(open, "INTERN") == 0);
    CHECK(count_of(open,
                   "<footer class=\"disclosure\"><p>„&lt;3“: weniger als 3 Personen (zum Schutz "
                   "der Betroffenen nicht genau angegeben). „x“: ausgeblendet, weil sich sonst "
                   "ein kleiner Wert aus den Summen errechnen ließe.</p></footer>") == 1);
    CHECK(count_of(render_html(sample(false, Lang::en)),
                   "“&lt;3”: fewer than 3 persons (not given exactly, to protect the persons "
                   "concerned). “x”: hidden because a small value could otherwise be worked out "
                   "from the totals.") == 1);

    std::string internal = render_html(sample(true));
    // Once on the screen banner and once in the @page margin box for every printed page.
    CHECK(
        count_of(internal,
                 "<div class=\"intern\" role=\"note\">INTERN – nicht zur Veröffentlichung</div>") ==
        1);
    CHECK(count_of(internal, "@top-center { content: \"INTERN – nicht zur Veröffentlichung\"") ==
          1);
    CHECK(count_of(internal, "<footer class=\"disclosure\">") == 0);
    CHECK(count_of(render_html(sample(true, Lang::en)), "INTERNAL – not for publication") == 2);
}

TEST_CASE("render_html: a table without rows says so instead of an empty table") {
    Report report = sample(false);
    report.sections[1].tables[0].rows.clear();
    std::string html = render_html(report);
    CHECK(count_of(html, "<p class=\"no-data\">Keine Angaben.</p>") == 1);
    CHECK(count_of(html, "<table>") == 2);
    report.scope.lang = Lang::en;
    CHECK(count_of(render_html(report), "<p class=\"no-data\">No data.</p>") == 1);
}
