#include <doctest/doctest.h>

#include "ops/set.hpp"
#include "support.hpp"

using namespace integra;
using namespace integra::ops;

namespace {

const Date k_today{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};

/// The failure's exit code and message, or a test failure when none is thrown.
std::pair<Exit, std::string> refusal(const store::Store& s, std::vector<std::string> assignments) {
    try {
        plan_set(s, "P-0001", assignments, k_today);
    } catch (const Failure& f) {
        return {f.code(), f.what()};
    }
    FAIL("plan_set should have refused");
    return {};
}

}  // namespace

TEST_CASE("plan_set changes typed fields and names them in the message, writing nothing") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    store::Store s(d.root());
    SetPlan plan = plan_set(
        s, "P-0001",
        {"phone=0123", "languages.1.code=no", "languages.1.level=A2", "name.given=Ana Maria"},
        k_today);
    CHECK(plan.message == "pilot: set P-0001 name, languages, phone");  // record order
    CHECK(plan.change.before == test::pilot_yaml("P-0001"));
    CHECK(plan.change.after ==
          "id: P-0001\nname:\n  given: Ana Maria\n  family: Costa\ngender: f\nlanguages:\n"
          "  - code: pt\n    level: native\n  - code: \"no\"\n    level: A2\n"
          "phone: \"0123\"\nstatus: active\n");
    CHECK(d.read("pilots/P-0001.yaml") == test::pilot_yaml("P-0001"));
}

TEST_CASE("plan_set with the value a field already has changes nothing") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    SetPlan plan = plan_set(store::Store(d.root()), "P-0001", {"gender=f"}, k_today);
    CHECK(plan.change.before == plan.change.after);
}

TEST_CASE("plan_set refuses bad assignments, invalid results and hand-edited files") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    store::Store s(d.root());
    CHECK(refusal(s, {"phone"}).first == Exit::usage);
    CHECK(refusal(s, {"gender=q"}).first == Exit::invalid);
    CHECK(refusal(s, {"shoe_size=42"}).second ==
          "P-0001: `shoe_size` is not a field of a pilot record");
    CHECK(refusal(s, {"id=P-0002"}).first == Exit::invalid);
    CHECK(refusal(s, {"since=2030-01-01"}).second.find("future-date") != std::string::npos);
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001") + "# a comment\n");
    CHECK(refusal(s, {"phone=1"}).second.find("edited by hand") != std::string::npos);
}

TEST_CASE("plan_set refuses a value that is not UTF-8, which would leave an unreadable file") {
    // Found by fuzzing (tests/fuzz/regressions/set/value-not-utf8).
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    auto [code, message] = refusal(store::Store(d.root()), {"phone=12\xFF\xFF"
                                                            "34"});
    CHECK(code == Exit::invalid);
    CHECK(message.find("`phone` is not valid UTF-8") != std::string::npos);
}
