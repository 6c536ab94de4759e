#include <doctest/doctest.h>

#include <sstream>

#include "ops/intake.hpp"
#include "support.hpp"

using namespace integra;

namespace {

const Date k_today{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};

}  // namespace

TEST_CASE("ask_intake asks again for an answer no record can hold, as for any invalid one") {
    // Found by fuzzing (tests/fuzz/regressions/intake): a control character or bytes that are
    // not UTF-8 in a free-text answer were taken, and plan_intake then refused the whole
    // questionnaire at its end.
    test::DataDir d;
    records::Refugee person;
    person.id = "R-2025-0001";
    person.languages = std::vector<records::LanguageSkill>{{"fa", records::Level::native}};
    // Languages, German, arrival, residence, caseworker, date and interpreter keep their
    // defaults; then schooling, the last school, occupations and needs.
    std::istringstream in("\n\n\n\n\n\n\n\n\x17Grundschule\nGrundschule\n\n\xFF\nArztbesuch\n\n");
    std::ostringstream out;
    yaml::Node answers = ops::ask_intake(store::Store(d.root()), in, out, &person, k_today);
    const yaml::Node* intake = answers.find("intake");
    REQUIRE(intake != nullptr);
    REQUIRE(intake->find("schooling") != nullptr);
    CHECK(intake->find("schooling")->find("last_school")->text == "Grundschule");
    REQUIRE(intake->find("needs") != nullptr);
    REQUIRE(intake->find("needs")->items.size() == 1);
    CHECK(intake->find("needs")->items[0].text == "Arztbesuch");
    CHECK(out.str().find("the answer contains the control character U+0017; please answer again") !=
          std::string::npos);
    CHECK(out.str().find("the answer is not valid UTF-8; is the terminal set to UTF-8?; please "
                         "answer again") != std::string::npos);
}
