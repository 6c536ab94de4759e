#include <doctest/doctest.h>

#include "projects/procedure.hpp"

using namespace integra;
using namespace integra::projects;
using records::Role;

namespace {

Date ymd(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

records::Member member(std::string key, Role role, bool voting, Date from,
                       std::optional<Date> to = std::nullopt) {
    return records::Member{std::move(key), "N. N.", std::nullopt, role, voting, from, to};
}

/// Five voting seats (m1..m5), an advisory member (m6) and a deputy without a vote (m7).
records::Ag five_seats() {
    records::Ag ag;
    ag.id = "ag1";
    ag.members = std::vector<records::Member>{
        member("m1", Role::chair, true, ymd(2020, 1, 1)),
        member("m2", Role::member, true, ymd(2020, 1, 1)),
        member("m3", Role::member, true, ymd(2020, 1, 1)),
        member("m4", Role::member, true, ymd(2020, 1, 1)),
        member("m5", Role::member, true, ymd(2020, 1, 1), ymd(2025, 6, 1)),
        member("m6", Role::advisory, false, ymd(2020, 1, 1)),
        member("m7", Role::deputy, false, ymd(2020, 1, 1)),
    };
    return ag;
}

records::Decision numbered(std::string number) {
    records::Decision d;
    d.number = std::move(number);
    return d;
}

}  // namespace

TEST_CASE("a term ends on its `to` day: the member is not in office that day") {
    auto m = member("m1", Role::member, true, ymd(2024, 1, 1), ymd(2025, 6, 1));
    CHECK_FALSE(in_office(m, ymd(2023, 12, 31)));
    CHECK(in_office(m, ymd(2024, 1, 1)));
    CHECK(in_office(m, ymd(2025, 5, 31)));
    CHECK_FALSE(in_office(m, ymd(2025, 6, 1)));
}

TEST_CASE("quorum: more than half of the voting members in office that day") {
    Procedure rules;
    auto ag = five_seats();
    // On 2025-03-01 five seats: three present make a quorum, two do not.
    auto three = attendance_of(ag, {"m1", "m2", "m3", "m6"}, ymd(2025, 3, 1));
    CHECK(three.seats == 5);
    CHECK(three.present == 3);
    CHECK(has_quorum(three, rules));
    auto two = attendance_of(ag, {"m1", "m2", "m6"}, ymd(2025, 3, 1));
    CHECK_FALSE(has_quorum(two, rules));
    CHECK(quorum_shortfall(two, rules) ==
          "2 of 5 voting members present, 3 needed (more than "
          "half of 5)");
    // After m5's term four seats remain: two present are exactly half, not more.
    auto later = attendance_of(ag, {"m1", "m2"}, ymd(2025, 6, 1));
    CHECK(later.seats == 4);
    CHECK_FALSE(has_quorum(later, rules));
}

TEST_CASE("a deputy without a vote stands in for an absent member, never beyond the seats") {
    Procedure rules;
    auto ag = five_seats();
    auto with_deputy = attendance_of(ag, {"m1", "m2", "m7"}, ymd(2025, 3, 1));
    CHECK(with_deputy.standing_in == 1);
    CHECK(with_deputy.represented() == 3);
    CHECK(has_quorum(with_deputy, rules));
    CHECK(votes_possible(2, 1, 0, with_deputy));
    CHECK_FALSE(votes_possible(2, 1, 1, with_deputy));  // no proxy votes
    auto full = attendance_of(ag, {"m1", "m2", "m3", "m4", "m5", "m7"}, ymd(2025, 3, 1));
    CHECK(full.standing_in == 0);
    CHECK(full.represented() == 5);
}

TEST_CASE("present keys that are no member, or not in office, are named and do not count") {
    auto ag = five_seats();
    auto a = attendance_of(ag, {"m1", "m5", "m9"}, ymd(2025, 7, 1));
    CHECK(a.present == 1);
    CHECK(a.unknown == std::vector<std::string>{"m9"});
    CHECK(a.out_of_office == std::vector<std::string>{"m5"});
}

TEST_CASE("an AG without voting members never has a quorum") {
    records::Ag ag;
    ag.id = "ag9";
    CHECK_FALSE(has_quorum(attendance_of(ag, {}, ymd(2025, 1, 1)), Procedure{}));
}

TEST_CASE("majority: more yes than no; a tie rejects; abstentions count for neither side") {
    Procedure rules;
    CHECK(outcome(3, 2, rules) == records::DecisionResult::approved);
    CHECK(outcome(2, 2, rules) == records::DecisionResult::rejected);
    CHECK(outcome(1, 0, rules) == records::DecisionResult::approved);
    CHECK(outcome(0, 0, rules) == records::DecisionResult::rejected);
}

TEST_CASE("decisions are numbered per year across all AGs") {
    records::Meeting a;
    a.id = "M-2025-0001";
    a.decisions = std::vector<records::Decision>{numbered("2025/01"), numbered("2025/07")};
    records::Meeting b;
    b.id = "M-2024-0009";
    b.decisions = std::vector<records::Decision>{numbered("2024/12"), numbered("garbage")};
    std::vector<records::Meeting> all{a, b};
    CHECK(next_decision_number(all, 2025) == "2025/08");
    CHECK(next_decision_number(all, 2024) == "2024/13");
    CHECK(next_decision_number(all, 2026) == "2026/01");
    CHECK_FALSE(parse_decision_number("25/01"));
    CHECK_FALSE(parse_decision_number("2025/"));
    CHECK_FALSE(parse_decision_number("2025/00"));
    CHECK_FALSE(parse_decision_number("2025/-1"));
    CHECK(parse_decision_number("2025/123")->sequence == 123);
}
