#include <doctest/doctest.h>

#include "pilots/bookings.hpp"
#include "pilots/hours.hpp"

using namespace integra;
using namespace integra::records;
using namespace integra::pilots;

namespace {

Date day(unsigned d) {
    return Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{d}};
}

Assignment booking(std::string id, unsigned d, std::optional<TimeOfDay> time,
                   std::int64_t hundredths, AssignmentStatus status = AssignmentStatus::planned) {
    Assignment a;
    a.id = std::move(id);
    a.pilot = "P-0001";
    a.date = day(d);
    a.time = time;
    a.hours = Hours{hundredths};
    a.status = status;
    return a;
}

}  // namespace

TEST_CASE("bookings overlap when their times intersect on the same day") {
    auto nine = booking("E-1", 5, TimeOfDay{9, 0}, 200);  // 09:00–11:00
    CHECK(overlaps(nine, booking("E-2", 5, TimeOfDay{10, 30}, 100)));
    CHECK(overlaps(nine, booking("E-2", 5, TimeOfDay{8, 0}, 150)));         // 08:00–09:30
    CHECK_FALSE(overlaps(nine, booking("E-2", 5, TimeOfDay{11, 0}, 100)));  // touching
    CHECK_FALSE(overlaps(nine, booking("E-2", 5, TimeOfDay{7, 0}, 200)));   // 07:00–09:00
    CHECK_FALSE(overlaps(nine, booking("E-2", 6, TimeOfDay{9, 0}, 200)));   // another day
}

TEST_CASE("a booking without a time takes the whole day; cancelled ones never overlap") {
    auto day_long = booking("E-1", 5, std::nullopt, 100);
    CHECK(overlaps(day_long, booking("E-2", 5, TimeOfDay{18, 0}, 50)));
    CHECK(overlaps(day_long, booking("E-2", 5, std::nullopt, 50)));
    CHECK_FALSE(
        overlaps(day_long, booking("E-2", 5, TimeOfDay{18, 0}, 50, AssignmentStatus::cancelled)));
    CHECK(describe_span(day_long) == "all day");
    CHECK(describe_span(booking("E-3", 5, TimeOfDay{9, 30}, 150)) == "09:30–11:00");
    CHECK(describe_span(booking("E-3", 5, TimeOfDay{9, 0}, 25)) == "09:00–09:15");
}

TEST_CASE("first_overlap looks at the same guide only and skips the booking itself") {
    auto a = booking("E-1", 5, TimeOfDay{9, 0}, 200);
    auto other_guide = booking("E-2", 5, TimeOfDay{9, 0}, 200);
    other_guide.pilot = "P-0002";
    auto same = booking("E-3", 5, TimeOfDay{10, 0}, 100);
    CHECK(first_overlap(a, {a, other_guide}) == nullptr);
    std::vector<Assignment> all = {a, other_guide, same};
    REQUIRE(first_overlap(a, all) != nullptr);
    CHECK(first_overlap(a, all)->id == "E-3");
}

TEST_CASE("hours count done and billed assignments in the period, in hundredths") {
    std::vector<Assignment> all = {
        booking("E-1", 1, TimeOfDay{9, 0}, 150, AssignmentStatus::done),
        booking("E-2", 2, TimeOfDay{9, 0}, 225, AssignmentStatus::billed),
        booking("E-3", 3, TimeOfDay{9, 0}, 400, AssignmentStatus::planned),
        booking("E-4", 4, TimeOfDay{9, 0}, 100, AssignmentStatus::cancelled),
        booking("E-5", 31, TimeOfDay{9, 0}, 50, AssignmentStatus::done)};
    CHECK(hours_between(all, "P-0001", day(1), day(30)).hundredths == 375);
    CHECK(hours_between(all, "P-0001", day(1), day(31)).hundredths == 425);
    CHECK(hours_between(all, "P-0002", day(1), day(31)).hundredths == 0);
    CHECK(last_of_month(day(5)) == day(31));
    CHECK(first_of_year(day(5)) ==
          Date{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}});
}
