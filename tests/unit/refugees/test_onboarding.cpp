#include <doctest/doctest.h>

#include "refugees/onboarding.hpp"

using namespace integra;
using namespace integra::records;
using namespace integra::refugees;

namespace {

Date day(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

OnboardingStep step(std::string key, std::optional<Count> due_days,
                    std::optional<AgeRange> age = std::nullopt,
                    std::optional<std::vector<Residence>> residence = std::nullopt) {
    OnboardingStep s;
    s.key = std::move(key);
    s.label = Label{"Schritt " + s.key, "Step " + s.key};
    s.due_days = due_days;
    s.age = age;
    s.residence = std::move(residence);
    return s;
}

Refugee born(const Date& birth, std::optional<Residence> residence = std::nullopt) {
    Refugee r;
    r.id = "R-2026-0001";
    r.household = "H-2026-0001";
    r.birth_date = birth;
    r.residence = residence;
    return r;
}

// The Dietzenbach preset's checklist, as examples/dietzenbach/integra.yaml has it.
std::vector<OnboardingStep> preset() {
    using enum Residence;
    return {step("registration", 14),
            step("kita", 30, AgeRange{1, 5}),
            step("school", 30, AgeRange{6, 17}),
            step("doctor", 30),
            step("foreigners_authority", 30),
            step("pro_arbeit", 60, AgeRange{18, 67},
                 std::vector<Residence>{aufenthaltserlaubnis, niederlassungserlaubnis}),
            step("language_course", 90, AgeRange{16, std::nullopt}),
            step("sponsor", 90)};
}

std::vector<std::string> keys(const std::vector<StepProgress>& steps) {
    std::vector<std::string> out;
    for (const auto& s : steps) {
        out.push_back(s.key);
    }
    return out;
}

}  // namespace

TEST_CASE("age_on counts whole years, the birthday itself included") {
    CHECK(age_on(day(2020, 3, 15), day(2026, 3, 14)) == 5);
    CHECK(age_on(day(2020, 3, 15), day(2026, 3, 15)) == 6);
    CHECK(age_on(day(2020, 3, 15), day(2020, 3, 15)) == 0);
    CHECK(age_on(day(1986, 12, 31), day(2026, 1, 1)) == 39);
}

TEST_CASE("age_on puts a 29 February birthday on 1 March in a year without one") {
    Date leapling = day(2008, 2, 29);
    CHECK(age_on(leapling, day(2026, 2, 28)) == 17);
    CHECK(age_on(leapling, day(2026, 3, 1)) == 18);
    CHECK(age_on(leapling, day(2028, 2, 28)) == 19);
    CHECK(age_on(leapling, day(2028, 2, 29)) == 20);
}

TEST_CASE("add_days and days_between cross month ends and leap days") {
    CHECK(add_days(day(2028, 2, 15), 14) == day(2028, 2, 29));
    CHECK(add_days(day(2027, 2, 15), 14) == day(2027, 3, 1));
    CHECK(add_days(day(2028, 2, 1), 30) == day(2028, 3, 2));
    CHECK(add_days(day(2026, 12, 20), 14) == day(2027, 1, 3));
    CHECK(add_days(day(2026, 1, 10), -10) == day(2025, 12, 31));
    CHECK(days_between(day(2028, 2, 28), day(2028, 3, 1)) == 2);
    CHECK(days_between(day(2027, 2, 28), day(2027, 3, 1)) == 1);
    CHECK(days_between(day(2026, 3, 1), day(2026, 2, 1)) == -28);
}

TEST_CASE("allocation_date prefers the person's own date to the household's") {
    Refugee person = born(day(1990, 1, 1));
    Household household;
    household.allocation.date = day(2026, 5, 4);
    CHECK(allocation_date(person, nullptr) == std::nullopt);
    CHECK(allocation_date(person, &household) == day(2026, 5, 4));
    person.allocated = day(2026, 6, 1);
    CHECK(allocation_date(person, &household) == day(2026, 6, 1));
}

TEST_CASE("applies judges the age range on the day of allocation, bounds included") {
    OnboardingStep school = step("school", 30, AgeRange{6, 17});
    Refugee child = born(day(2020, 3, 15));
    SUBCASE("the day before the 6th birthday: not yet") {
        CHECK_FALSE(applies(school, child, day(2026, 3, 14)));
    }
    SUBCASE("on the 6th birthday") {
        CHECK(applies(school, child, day(2026, 3, 15)));
    }
    SUBCASE("17 until the day before the 18th birthday") {
        CHECK(applies(school, child, day(2038, 3, 14)));
        CHECK_FALSE(applies(school, child, day(2038, 3, 15)));
    }
    SUBCASE("a 29 February birthday in a year without one") {
        Refugee leapling = born(day(2020, 2, 29));
        CHECK_FALSE(applies(school, leapling, day(2026, 2, 28)));
        CHECK(applies(school, leapling, day(2026, 3, 1)));
    }
    SUBCASE("a birth date after the allocation gives no age") {
        CHECK_FALSE(applies(step("kita", 30, AgeRange{0, 5}), child, day(2019, 1, 1)));
    }
    SUBCASE("only a lower bound") {
        OnboardingStep course = step("language_course", 90, AgeRange{16, std::nullopt});
        CHECK(applies(course, born(day(1940, 1, 1)), day(2026, 1, 1)));
        CHECK_FALSE(applies(course, born(day(2010, 1, 2)), day(2026, 1, 1)));
        CHECK(applies(course, born(day(2010, 1, 1)), day(2026, 1, 1)));
    }
    SUBCASE("no range: everyone") {
        CHECK(applies(step("registration", 14), child, day(2026, 1, 1)));
        CHECK(applies(step("registration", 14, AgeRange{}), child, day(2026, 1, 1)));
    }
}

TEST_CASE("applies judges the residence status when the step names some") {
    using enum Residence;
    OnboardingStep job =
        step("pro_arbeit", 60, AgeRange{18, 67},
             std::vector<Residence>{aufenthaltserlaubnis, niederlassungserlaubnis});
    Date allocated = day(2026, 1, 10);
    CHECK(applies(job, born(day(1986, 1, 1), aufenthaltserlaubnis), allocated));
    CHECK(applies(job, born(day(1986, 1, 1), niederlassungserlaubnis), allocated));
    CHECK_FALSE(applies(job, born(day(1986, 1, 1), gestattung), allocated));
    CHECK_FALSE(applies(job, born(day(1986, 1, 1)), allocated));  // unknown: none of them
    CHECK_FALSE(applies(job, born(day(2010, 1, 1), aufenthaltserlaubnis), allocated));  // 16
    CHECK(applies(step("doctor", 30), born(day(1986, 1, 1)), allocated));
}

TEST_CASE("progress of a 4-year-old and a 40-year-old: the steps that apply, with due dates") {
    Date allocated = day(2026, 11, 2);
    auto child =
        progress(preset(), born(day(2022, 5, 1), Residence::aufenthaltserlaubnis), allocated);
    CHECK(keys(child) == std::vector<std::string>{"registration", "kita", "doctor",
                                                  "foreigners_authority", "sponsor"});
    CHECK(child[0].due == day(2026, 11, 16));
    CHECK(child[1].due == day(2026, 12, 2));
    CHECK(child[4].due == day(2027, 1, 31));
    auto adult =
        progress(preset(), born(day(1986, 3, 3), Residence::aufenthaltserlaubnis), allocated);
    CHECK(keys(adult) == std::vector<std::string>{"registration", "doctor", "foreigners_authority",
                                                  "pro_arbeit", "language_course", "sponsor"});
    CHECK(adult[3].due == day(2027, 1, 1));
    CHECK(adult[4].due == day(2027, 1, 31));
    for (const auto& s : adult) {
        CHECK(s.applies);
        CHECK(s.state == refugees::StepState::open);
        CHECK(s.step != nullptr);
    }
}

TEST_CASE("progress: a due date across a leap day") {
    auto steps = progress({step("registration", 14), step("doctor", 30)}, born(day(1990, 1, 1)),
                          day(2028, 2, 20));
    CHECK(steps[0].due == day(2028, 3, 5));
    CHECK(steps[1].due == day(2028, 3, 21));
}

TEST_CASE("progress: done and skipped steps, and steps recorded though they do not apply") {
    Refugee adult = born(day(1986, 3, 3));
    adult.onboarding = Dict<std::string, records::StepState>{
        {"sponsor", {std::nullopt, "hat bereits Paten"}},
        {"kita", {day(2026, 2, 1), std::nullopt}},
        {"bus_ticket", {day(2026, 2, 2), std::nullopt}},
        {"registration", {day(2026, 1, 20), std::nullopt}},
    };
    auto steps = progress(preset(), adult, day(2026, 1, 10));
    // The checklist's order first, then keys the checklist lacks in the file's order.
    CHECK(keys(steps) == std::vector<std::string>{"registration", "kita", "doctor",
                                                  "foreigners_authority", "language_course",
                                                  "sponsor", "bus_ticket"});
    CHECK(steps[0].state == refugees::StepState::done);
    CHECK(steps[0].done == day(2026, 1, 20));
    CHECK(steps[1].applies == false);
    CHECK(steps[1].state == refugees::StepState::done);
    CHECK(steps[5].state == refugees::StepState::skipped);
    CHECK(steps[5].skipped == "hat bereits Paten");
    CHECK(steps[6].step == nullptr);
    CHECK(steps[6].applies == false);
    CHECK(steps[6].due == std::nullopt);
    CHECK(summary(steps) == "1 of 5 done, 1 skipped");
}

TEST_CASE("progress without an allocation date: every step, none due") {
    auto steps = progress(preset(), born(day(1986, 3, 3)), std::nullopt);
    CHECK(steps.size() == preset().size());
    for (const auto& s : steps) {
        CHECK(s.due == std::nullopt);
        CHECK_FALSE(overdue(s, day(2030, 1, 1)));
    }
}

TEST_CASE("overdue: an applicable open step whose due date lies before today") {
    auto steps = progress({step("registration", 14), step("sponsor", std::nullopt)},
                          born(day(1990, 1, 1)), day(2026, 1, 1));
    CHECK_FALSE(overdue(steps[0], day(2026, 1, 15)));  // due today
    CHECK(overdue(steps[0], day(2026, 1, 16)));
    CHECK_FALSE(overdue(steps[1], day(2030, 1, 1)));  // no due days
    steps[0].state = refugees::StepState::done;
    CHECK_FALSE(overdue(steps[0], day(2026, 1, 16)));
    steps[0].state = refugees::StepState::skipped;
    CHECK_FALSE(overdue(steps[0], day(2026, 1, 16)));
    steps[0].state = refugees::StepState::open;
    steps[0].applies = false;
    CHECK_FALSE(overdue(steps[0], day(2026, 1, 16)));
}

TEST_CASE("summary counts only the steps that apply") {
    CHECK(summary({}) == "0 of 0 done");
    auto steps = progress(preset(), born(day(1986, 3, 3)), day(2026, 1, 10));
    CHECK(summary(steps) == "0 of 5 done");
}

TEST_CASE("last_activity is the latest note or done step") {
    Refugee p = born(day(1990, 1, 1));
    CHECK(last_activity(p) == std::nullopt);
    p.onboarding = Dict<std::string, records::StepState>{
        {"registration", {day(2026, 3, 1), std::nullopt}},
        {"sponsor", {std::nullopt, "nicht gewünscht"}},
    };
    CHECK(last_activity(p) == day(2026, 3, 1));
    p.notes = std::vector<Note>{{day(2026, 4, 2), "kaya", "a"}, {day(2026, 2, 1), "kaya", "b"}};
    CHECK(last_activity(p) == day(2026, 4, 2));
}

TEST_CASE("quiet_since: more than the period since the last note or step, else allocation") {
    Refugee p = born(day(1990, 1, 1));
    Date allocated = day(2026, 1, 1);
    CHECK(quiet_since(p, allocated, 90, day(2026, 4, 1)) == std::nullopt);  // 90 days
    CHECK(quiet_since(p, allocated, 90, day(2026, 4, 2)) == allocated);     // 91 days
    CHECK(quiet_since(p, std::nullopt, 90, day(2030, 1, 1)) == std::nullopt);
    p.notes = std::vector<Note>{{day(2026, 3, 1), "kaya", "Hausbesuch"}};
    CHECK(quiet_since(p, allocated, 90, day(2026, 4, 2)) == std::nullopt);
    CHECK(quiet_since(p, allocated, 90, day(2026, 5, 31)) == day(2026, 3, 1));
}

TEST_CASE("stale_after_days: integra.yaml's figure, else 90") {
    CHECK(stale_after_days(nullptr) == 90);
    SettingsFile settings;
    CHECK(stale_after_days(&settings) == 90);
    settings.casework = Casework{30};
    CHECK(stale_after_days(&settings) == 30);
}

TEST_CASE("in_casework: active and not restricted") {
    Refugee p = born(day(1990, 1, 1));
    CHECK(in_casework(p));
    p.restricted = day(2026, 1, 1);
    CHECK_FALSE(in_casework(p));
    p.restricted.reset();
    p.status = RefugeeStatus::independent;
    CHECK_FALSE(in_casework(p));
}
