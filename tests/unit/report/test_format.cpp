#include <doctest/doctest.h>

#include "report/format.hpp"

using namespace integra;
using namespace integra::report;
using namespace std::chrono;

TEST_CASE("cells are written the German way by default and the English way with en") {
    CHECK(format_cell(Cell::of(1234), Unit::count, Lang::de, 3) == "1.234");
    CHECK(format_cell(Cell::of(1234), Unit::count, Lang::en, 3) == "1,234");
    CHECK(format_cell(Cell::of(123456), Unit::money, Lang::de, 3) == "1.234,56 €");
    CHECK(format_cell(Cell::of(123456), Unit::money, Lang::en, 3) == "€1,234.56");
    CHECK(format_cell(Cell::of(-5), Unit::money, Lang::de, 3) == "-0,05 €");
    CHECK(format_cell(Cell::of(150), Unit::hours, Lang::de, 3) == "1,5");
    CHECK(format_cell(Cell::of(200), Unit::hours, Lang::de, 3) == "2");
    CHECK(format_cell(Cell::of(875), Unit::percent, Lang::de, 3) == "87,5 %");
    CHECK(format_cell(Cell::of(875), Unit::percent, Lang::en, 3) == "87.5%");
    CHECK(format_cell(Cell::of(-125), Unit::percent, Lang::de, 3) == "-12,5 %");
    CHECK(format_cell(Cell::of(45), Unit::tenths, Lang::de, 3) == "4,5");
    CHECK(format_cell(Cell::none(), Unit::count, Lang::de, 3) == "–");
    Cell hidden = Cell::of(2);
    hidden.suppressed = true;
    CHECK(format_cell(hidden, Unit::count, Lang::de, 3) == "<3");
    CHECK(format_cell(hidden, Unit::count, Lang::de, 5) == "<5");
    Cell money = Cell::of(100000);
    money.unit = Unit::money;
    CHECK(format_cell(money, Unit::count, Lang::de, 3) == "1.000,00 €");
}

TEST_CASE("plain numbers for scripts have a decimal point and no grouping") {
    CHECK(plain_number(Cell::of(1234), Unit::count) == "1234");
    CHECK(plain_number(Cell::of(123456), Unit::money) == "1234.56");
    CHECK(plain_number(Cell::of(-5), Unit::money) == "-0.05");
    CHECK(plain_number(Cell::of(150), Unit::hours) == "1.5");
    CHECK(plain_number(Cell::of(875), Unit::percent) == "87.5");
    CHECK(plain_number(Cell::none(), Unit::count) == "");
}

TEST_CASE("dates, periods and months") {
    Date d = year{2025} / March / 7;
    CHECK(format_date(d, Lang::de) == "07.03.2025");
    CHECK(format_date(d, Lang::en) == "2025-03-07");
    CHECK(period_label({year{2025} / January / 1, year{2025} / December / 31}, Lang::de) == "2025");
    CHECK(period_label({year{2025} / March / 1, year{2025} / May / 31}, Lang::de) ==
          "01.03.2025–31.05.2025");
    // One day: one date, not the same date twice.
    CHECK(period_label({year{2024} / February / 29, year{2024} / February / 29}, Lang::de) ==
          "29.02.2024");
    CHECK(period_label({year{2024} / February / 29, year{2024} / February / 29}, Lang::en) ==
          "2024-02-29");
    CHECK(month_name(3, Lang::de) == "März");
    CHECK(month_name(12, Lang::en) == "December");
}

TEST_CASE("hidden cells: <3 for a small count, x for one hidden for another's sake") {
    Cell small = Cell::of(2);
    small.suppressed = true;
    Cell cover = Cell::of(6);
    cover.suppressed = true;
    cover.secondary = true;
    Cell median = Cell::of(45);
    median.suppressed = true;
    median.secondary = true;
    CHECK(format_cell(small, Unit::count, Lang::de, 3) == "<3");
    CHECK(format_cell(small, Unit::count, Lang::en, 5) == "<5");
    CHECK(format_cell(cover, Unit::count, Lang::de, 3) == "x");
    CHECK(format_cell(cover, Unit::count, Lang::en, 3) == "x");
    // A hidden median is not "under 3 days".
    CHECK(format_cell(median, Unit::tenths, Lang::de, 3) == "x");
    CHECK(hidden_mark(small, 3) == "<3");
    CHECK(hidden_mark(cover, 3) == "x");
    CHECK(mark_meaning(small, Lang::de, 3) ==
          "„<3“: weniger als 3 Personen (zum Schutz der Betroffenen nicht genau angegeben).");
    CHECK(mark_meaning(cover, Lang::en, 3) ==
          "“x”: hidden because a small value could otherwise be worked out from the totals.");
}
