#include <doctest/doctest.h>

#include <string>

#include "report/svg_chart.hpp"

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

Scope scope() {
    return Scope{Period{2025y / 1 / 1, 2025y / 12 / 31},
                 Period{2024y / 1 / 1, 2024y / 12 / 31},
                 2026y / 1 / 15,
                 Lang::de,
                 false,
                 3};
}

/// Money paid per quarter in 2025: 1.200 € and 450 €.
Table money_by_quarter() {
    Table table{"paid_by_quarter", "Auszahlungen", "Je Quartal.", {}, {}, Chart::columns, {0}};
    table.columns = {Column{"paid_2025", "2025", Unit::money, false, {}, {}, 2025}};
    table.rows = {{"q1", "Q1", {Cell::of(120000)}, false}, {"q2", "Q2", {Cell::of(45000)}, false}};
    return table;
}

}  // namespace

TEST_CASE("svg_chart: money ticks at round euros") {
    std::string svg = svg_chart(money_by_quarter(), "c", scope());
    // Largest value 120000 cents; a fifth of it is 24000, the next round step 50000 (500 €);
    // the axis ends at 150000: ticks 0 €, 500 €, 1.000 €, 1.500 €.
    CHECK(count_of(svg, ">0 €</text>") == 1);
    CHECK(count_of(svg, ">500 €</text>") == 1);
    CHECK(count_of(svg, ">1.000 €</text>") == 1);
    CHECK(count_of(svg, ">1.500 €</text>") == 1);
    CHECK(count_of(svg, ">2.000 €</text>") == 0);
    CHECK(count_of(svg, "class=\"bar\"") == 2);
    CHECK(count_of(svg, "<desc id=\"c-desc\">Je Quartal. Q1: 1.200,00 €. Q2: 450,00 €.</desc>") ==
          1);
}

TEST_CASE("svg_chart: nothing to draw gives no chart") {
    Table none = money_by_quarter();
    none.chart = Chart::none;
    CHECK(svg_chart(none, "c", scope()).empty());

    Table wrong_column = money_by_quarter();
    wrong_column.chart_columns = {1};  // there is only column 0
    CHECK(svg_chart(wrong_column, "c", scope()).empty());

    Table only_total = money_by_quarter();
    only_total.rows = {{"total", "Summe", {Cell::of(5)}, true}};
    CHECK(svg_chart(only_total, "c", scope()).empty());
}

TEST_CASE("svg_chart: the current year dark, the previous year light") {
    Table table{"t", "T", "", {}, {}, Chart::bars, {0, 1}};
    // The previous year's column first: the colours follow the years, not the order.
    table.columns = {Column{"c2024", "2024", Unit::count, true, {}, {}, 2024},
                     Column{"c2025", "2025", Unit::count, true, {}, {}, 2025}};
    table.rows = {{"a", "A", {Cell::of(4), Cell::of(9)}, false}};
    std::string svg = svg_chart(table, "c", scope());
    auto light = svg.find("fill=\"#9dc3e6\"");
    auto dark = svg.find("fill=\"#1f4e79\"");
    REQUIRE(light != std::string::npos);
    REQUIRE(dark != std::string::npos);
    CHECK(light < dark);  // the 2024 bar (light) is drawn first, as its column comes first
    CHECK(count_of(svg, ">4</text>") == 1);
    CHECK(count_of(svg, ">9</text>") == 1);
}

TEST_CASE("escape_html: the four characters that matter") {
    CHECK(escape_html("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d");
    CHECK(escape_html("Straße") == "Straße");
}
