#include <doctest/doctest.h>

#include "refugees/occupancy.hpp"

using namespace integra;
using namespace integra::refugees;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

Occupant stay(std::string household, records::Count persons, Date from,
              std::optional<Date> to = std::nullopt) {
    return Occupant{std::move(household), persons, Span{from, to}};
}

records::Household household(std::string id, records::Count persons,
                             std::vector<records::Stay> stays) {
    records::Household h;
    h.id = std::move(id);
    h.allocation.persons = persons;
    h.housing = std::move(stays);
    return h;
}

}  // namespace

TEST_CASE("a stay counts from its first day up to, not including, its move-out day") {
    std::vector<Occupant> unit{stay("H-1", 4, ymd(2025, 3, 1), ymd(2025, 3, 10))};
    CHECK(persons_on(unit, ymd(2025, 2, 28)) == 0);
    CHECK(persons_on(unit, ymd(2025, 3, 1)) == 4);
    CHECK(persons_on(unit, ymd(2025, 3, 9)) == 4);
    CHECK(persons_on(unit, ymd(2025, 3, 10)) == 0);
}

TEST_CASE("a household that moves on a day counts once that day, in the new unit") {
    std::vector<records::Household> all{household(
        "H-1", 3, {{"U-01", ymd(2025, 1, 5), ymd(2025, 6, 1)}, {"U-02", ymd(2025, 6, 1), {}}})};
    auto old_unit = occupants_of("U-01", all);
    auto new_unit = occupants_of("U-02", all);
    CHECK(persons_on(old_unit, ymd(2025, 5, 31)) + persons_on(new_unit, ymd(2025, 5, 31)) == 3);
    CHECK(persons_on(old_unit, ymd(2025, 6, 1)) == 0);
    CHECK(persons_on(new_unit, ymd(2025, 6, 1)) == 3);
    // A bed freed on the move day can be taken that day without the unit going over.
    std::vector<Occupant> u1{stay("H-1", 3, ymd(2025, 1, 5), ymd(2025, 6, 1)),
                             stay("H-2", 3, ymd(2025, 6, 1))};
    CHECK_FALSE(first_over(u1, 3, Span{ymd(2025, 1, 1), {}}));
    CHECK(peak(u1, Span{ymd(2025, 1, 1), {}}).persons == 3);
}

TEST_CASE("an open-ended stay lasts until further notice") {
    std::vector<Occupant> unit{stay("H-1", 2, ymd(2022, 1, 28))};
    CHECK(persons_on(unit, ymd(2099, 12, 31)) == 2);
    CHECK(free_beds(unit, 6, ymd(2030, 1, 1)) == 4);
}

TEST_CASE("exactly at capacity fits; one person more is over, on the first such day") {
    std::vector<Occupant> unit{stay("H-1", 4, ymd(2025, 1, 1)),
                               stay("H-2", 2, ymd(2025, 2, 1), ymd(2025, 4, 1))};
    Span all{ymd(2024, 1, 1), {}};
    CHECK_FALSE(first_over(unit, 6, all));
    CHECK(free_beds(unit, 6, ymd(2025, 3, 1)) == 0);
    unit.push_back(stay("H-3", 1, ymd(2025, 3, 15)));
    REQUIRE(first_over(unit, 6, all));
    CHECK(*first_over(unit, 6, all) == ymd(2025, 3, 15));
    CHECK(free_beds(unit, 6, ymd(2025, 3, 15)) == 0);  // never negative
    CHECK(persons_on(unit, ymd(2025, 3, 15)) == 7);
    // Once H-2 has moved out on 1 April the unit is back within its capacity.
    CHECK_FALSE(first_over(unit, 6, Span{ymd(2025, 4, 1), {}}));
    CHECK_FALSE(first_over(unit, 6, Span{ymd(2024, 1, 1), ymd(2025, 3, 15)}));
}

TEST_CASE("a future stay is counted from its first day, and a placement before it must fit") {
    std::vector<Occupant> unit{stay("H-1", 5, ymd(2027, 1, 1))};
    CHECK(persons_on(unit, ymd(2026, 11, 24)) == 0);
    CHECK(free_beds(unit, 6, ymd(2026, 11, 24)) == 6);
    // Placing 2 persons today looks free today but goes over when H-1 arrives.
    unit.push_back(stay("H-new", 2, ymd(2026, 11, 24)));
    REQUIRE(first_over(unit, 6, Span{ymd(2026, 11, 24), {}}));
    CHECK(*first_over(unit, 6, Span{ymd(2026, 11, 24), {}}) == ymd(2027, 1, 1));
    // Moving out before H-1 arrives makes it fit.
    unit.back().span.to = ymd(2027, 1, 1);
    CHECK_FALSE(first_over(unit, 6, Span{ymd(2026, 11, 24), {}}));
}

TEST_CASE("the peak over a period and the first day it is reached") {
    std::vector<Occupant> unit{stay("H-1", 2, ymd(2025, 1, 1), ymd(2025, 12, 1)),
                               stay("H-2", 3, ymd(2025, 3, 1), ymd(2025, 5, 1)),
                               stay("H-3", 3, ymd(2025, 8, 1), ymd(2025, 9, 1))};
    Peak year = peak(unit, Span{ymd(2025, 1, 1), ymd(2026, 1, 1)});
    CHECK(year.persons == 5);
    CHECK(year.day == ymd(2025, 3, 1));
    Peak summer = peak(unit, Span{ymd(2025, 6, 1), ymd(2025, 8, 15)});
    CHECK(summer.persons == 5);
    CHECK(summer.day == ymd(2025, 8, 1));
    Peak inside = peak(unit, Span{ymd(2025, 4, 10), ymd(2025, 4, 20)});  // mid-stay
    CHECK(inside.persons == 5);
    CHECK(inside.day == ymd(2025, 4, 10));
    Peak empty = peak(unit, Span{ymd(2026, 1, 1), {}});
    CHECK(empty.persons == 0);
    CHECK(empty.day == ymd(2026, 1, 1));
}

TEST_CASE("a leap day is a day like any other") {
    std::vector<Occupant> unit{stay("H-1", 3, ymd(2024, 2, 28), ymd(2024, 2, 29)),
                               stay("H-2", 3, ymd(2024, 2, 29), ymd(2024, 3, 1)),
                               stay("H-3", 3, ymd(2024, 3, 1))};
    CHECK(persons_on(unit, ymd(2024, 2, 28)) == 3);
    CHECK(persons_on(unit, ymd(2024, 2, 29)) == 3);
    CHECK(persons_on(unit, ymd(2024, 3, 1)) == 3);
    CHECK_FALSE(first_over(unit, 3, Span{ymd(2024, 1, 1), {}}));
    unit.push_back(stay("H-4", 1, ymd(2024, 2, 29), ymd(2024, 3, 1)));  // one night only
    REQUIRE(first_over(unit, 3, Span{ymd(2024, 1, 1), {}}));
    CHECK(*first_over(unit, 3, Span{ymd(2024, 1, 1), {}}) == ymd(2024, 2, 29));
    CHECK(present_on(unit, ymd(2024, 2, 29)).size() == 2);
}

TEST_CASE("a stay that ends on or before its first day occupies no day") {
    std::vector<Occupant> unit{stay("H-1", 4, ymd(2025, 5, 1), ymd(2025, 5, 1)),
                               stay("H-2", 4, ymd(2025, 5, 1), ymd(2025, 4, 1))};
    CHECK(persons_on(unit, ymd(2025, 4, 15)) == 0);
    CHECK(persons_on(unit, ymd(2025, 5, 1)) == 0);
    CHECK(peak(unit, Span{ymd(2025, 1, 1), {}}).persons == 0);
    CHECK_FALSE(overlap(unit[0].span, Span{ymd(2025, 1, 1), {}}));
}

TEST_CASE("spans overlap when they share a day; touching ones do not") {
    Span jan{ymd(2025, 1, 1), ymd(2025, 2, 1)};
    CHECK_FALSE(overlap(jan, Span{ymd(2025, 2, 1), {}}));
    CHECK(overlap(jan, Span{ymd(2025, 1, 31), {}}));
    CHECK(overlap(Span{ymd(2024, 1, 1), {}}, Span{ymd(2030, 1, 1), {}}));
    CHECK(overlap(Span{ymd(2025, 1, 15), ymd(2025, 1, 16)}, jan));
    CHECK_FALSE(overlap(Span{ymd(2024, 1, 1), ymd(2025, 1, 1)}, jan));
}

TEST_CASE("occupants are the stays in one unit, of every household, with its size") {
    std::vector<records::Household> all{
        household("H-1", 3, {{"U-01", ymd(2025, 1, 5), ymd(2025, 6, 1)}}),
        household("H-2", 5, {{"U-02", ymd(2025, 1, 5), {}}, {"U-01", ymd(2026, 1, 1), {}}}),
        household("H-3", 1, {})};
    auto u1 = occupants_of("U-01", all);
    REQUIRE(u1.size() == 2);
    CHECK(u1[0].household == "H-1");
    CHECK(u1[1].household == "H-2");
    CHECK(u1[1].persons == 5);
    CHECK(u1[1].span.from == ymd(2026, 1, 1));
}

TEST_CASE("back-to-back stays over decades never count twice") {
    // 2,000 one-week stays of one person each, one after the other, over 38 years.
    std::vector<Occupant> unit;
    Date d = ymd(2000, 1, 1);
    for (int i = 0; i < 2000; ++i) {
        Date next{std::chrono::sys_days(d) + std::chrono::days(7)};
        unit.push_back(stay("H", 1, d, next));
        d = next;
    }
    CHECK_FALSE(first_over(unit, 1, Span{ymd(2000, 1, 1), {}}));
    CHECK(peak(unit, Span{ymd(1990, 1, 1), {}}).day == ymd(2000, 1, 1));
}

TEST_CASE("the occupants of a day as a message names them") {
    std::vector<Occupant> unit{stay("H-2025-0031", 4, ymd(2025, 1, 1)),
                               stay("H-2026-0002", 1, ymd(2025, 6, 1), ymd(2025, 7, 1))};
    CHECK(describe(present_on(unit, ymd(2025, 6, 15))) == "H-2025-0031 (4), H-2026-0002 (1)");
    CHECK(describe(present_on(unit, ymd(2025, 7, 1))) == "H-2025-0031 (4)");
    CHECK(describe(present_on(unit, ymd(2024, 1, 1))).empty());
}
