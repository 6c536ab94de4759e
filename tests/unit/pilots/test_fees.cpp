#include <doctest/doctest.h>

#include "pilots/fees.hpp"

using namespace integra;
using namespace integra::records;
using namespace integra::pilots;

namespace {

Assignment done(std::string id, std::string pilot, unsigned month, std::int64_t hundredths,
                AssignmentKind kind = AssignmentKind::translation,
                AssignmentStatus status = AssignmentStatus::done) {
    Assignment a;
    a.id = std::move(id);
    a.pilot = std::move(pilot);
    a.date = Date{std::chrono::year{2026}, std::chrono::month{month}, std::chrono::day{10}};
    a.hours = Hours{hundredths};
    a.kind = kind;
    a.status = status;
    return a;
}

FeeRates rates(std::int64_t hourly, std::int64_t travel = 0) {
    FeeRates r;
    r.hourly = Money{hourly};
    r.flat = {{AssignmentKind::info_event, Money{1000}}};
    r.travel = Money{travel};
    return r;
}

}  // namespace

TEST_CASE("fee_of: hours × rate rounded to the cent (halves up), plus flat and travel") {
    CHECK(fee_of(done("E-1", "P-1", 3, 150), rates(1500)).total == Money{2250});
    // 1.33 h × 15.55 = 20.6815 → 20.68; 0.5 h × 15.55 = 7.775 → 7.78
    CHECK(fee_of(done("E-1", "P-1", 3, 133), rates(1555)).for_hours == Money{2068});
    CHECK(fee_of(done("E-1", "P-1", 3, 50), rates(1555)).for_hours == Money{778});
    FeeLine info = fee_of(done("E-1", "P-1", 3, 250, AssignmentKind::info_event), rates(1500, 320));
    CHECK(info.for_hours == Money{3750});
    CHECK(info.flat == Money{1000});
    CHECK(info.travel == Money{320});
    CHECK(info.total == Money{5070});
}

TEST_CASE("a month's statements: done up to that month, billed with it, nothing else") {
    std::vector<Assignment> all = {
        done("E-1", "P-2", 3, 100),  // March, done
        done("E-2", "P-1", 2, 200),  // February, late
        done("E-3", "P-1", 3, 300, AssignmentKind::translation,
             AssignmentStatus::planned),  // not yet
        done("E-4", "P-1", 3, 400, AssignmentKind::translation,
             AssignmentStatus::cancelled),  // never
        done("E-5", "P-1", 4, 500),         // April
        done("E-6", "P-1", 1, 600, AssignmentKind::translation,
             AssignmentStatus::billed),  // billed in January
        done("E-7", "P-2", 3, 150, AssignmentKind::info_event,
             AssignmentStatus::billed),  // billed in March
    };
    all[5].billed = Month{2026, 1};
    all[6].billed = Month{2026, 3};
    auto s = statements(all, rates(1500), Month{2026, 3});
    REQUIRE(s.size() == 2);
    CHECK(s[0].pilot == "P-1");
    REQUIRE(s[0].lines.size() == 1);
    CHECK(s[0].lines[0].assignment.id == "E-2");
    CHECK(s[0].total == Money{3000});
    CHECK(s[1].pilot == "P-2");
    CHECK(s[1].lines.size() == 2);
    CHECK(s[1].hours == Hours{250});
    CHECK(s[1].total == Money{1500 + 2250 + 1000});
}

TEST_CASE("fees_in_year sums what took place in the calendar year") {
    std::vector<Assignment> all = {
        done("E-1", "P-1", 3, 100), done("E-2", "P-1", 5, 200),
        done("E-3", "P-1", 6, 300, AssignmentKind::translation, AssignmentStatus::planned),
        done("E-4", "P-2", 6, 300)};
    CHECK(fees_in_year(all, "P-1", 2026, rates(1500)) == Money{4500});
    CHECK(fees_in_year(all, "P-1", 2025, rates(1500)) == Money{0});
}

TEST_CASE("allowance_use warns from 80 % of the allowance and says when it is exceeded") {
    FeeRates r = rates(1500);
    r.allowance = Money{10000};                                  // 100.00
    std::vector<Assignment> all = {done("E-1", "P-1", 3, 500)};  // 75.00: 75 %
    CHECK_FALSE(allowance_use(all, "P-1", 2026, r).has_value());
    all.push_back(done("E-2", "P-1", 4, 100));  // 90.00: 90 %
    auto near = allowance_use(all, "P-1", 2026, r);
    REQUIRE(near.has_value());
    CHECK(describe(*near) ==
          "P-1 has earned 90.00 € in fees in 2026, 90 % of the tax-free allowance of 100.00 €");
    all.push_back(done("E-3", "P-1", 5, 100));  // 105.00
    auto use = allowance_use(all, "P-1", 2026, r);
    REQUIRE(use.has_value());
    CHECK(use->percent == 105);
    CHECK(describe(*use) ==
          "P-1 has earned 105.00 € in fees in 2026, 105 % of the tax-free allowance of 100.00 €; "
          "the excess is taxable income");
    r.allowance = Money{};
    CHECK_FALSE(allowance_use(all, "P-1", 2026, r).has_value());
}

TEST_CASE("course_hours: integra.yaml's, else 32") {
    SettingsFile s;
    CHECK(course_hours(nullptr) == 32);
    CHECK(course_hours(&s) == 32);
    s.training = CourseSettings{40};
    CHECK(course_hours(&s) == 40);
}
