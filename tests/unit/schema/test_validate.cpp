#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "records/kinds.hpp"
#include "schema/validate.hpp"
#include "yaml/reader.hpp"
#include "yaml/writer.hpp"

using namespace integra;
using namespace integra::schema;

namespace {

const Spec& pilot() {
    return *records::find_kind("pilots")->spec;
}

Findings check_pilot(const std::string& text) {
    auto root = yaml::read(text);
    REQUIRE(root.ok());
    Context ctx;
    ctx.today = Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};
    Findings out;
    validate(*root, pilot(), ctx, out);
    return out;
}

const std::string k_valid =
    "id: P-0001\nname:\n  given: Ana\n  family: Costa\ngender: f\nlanguages:\n"
    "  - code: pt\n    level: native\nstatus: active\n";

/// The messages of every problem of check `name`.
std::vector<std::string> messages(const Findings& f, std::string_view name) {
    std::vector<std::string> out;
    for (const Problem& p : f.problems) {
        if (p.check == name) {
            out.push_back(p.message);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("a valid pilot has no problems and reports its id") {
    Findings f = check_pilot(k_valid);
    CHECK(f.problems.empty());
    CHECK(f.id == "P-0001");
    CHECK(f.id_pos.line == 1);
}

TEST_CASE("missing required fields are errors at line 1") {
    Findings f = check_pilot("id: P-0001\nstatus: active\n");
    auto m = messages(f, "schema");
    CHECK(m.size() == 3);
    CHECK(std::find(m.begin(), m.end(), "`gender` is missing; it is required") != m.end());
    CHECK(f.has_errors());
}

TEST_CASE("text of blanks only is refused like empty text") {
    Findings f = check_pilot(k_valid + "email: \"   \"\nnotes: \" x \"\n");
    auto m = messages(f, "schema");
    REQUIRE(m.size() == 1);
    CHECK(m[0] == "`email` is only blanks; remove the line or fill it in");
}

TEST_CASE("wrong values are errors at their position, each naming what is expected") {
    Findings f = check_pilot(k_valid + "since: 2017-02-30\nemail: \"\"\ntraining:\n  hours: -3\n");
    auto m = messages(f, "schema");
    REQUIRE(m.size() == 3);
    CHECK(m[0] == "`since` is `2017-02-30`; expected a real calendar date as YYYY-MM-DD");
    CHECK(m[1] == "`email` is empty; remove the line or fill it in");
    CHECK(m[2] == "`training.hours` is `-3`; expected a whole number such as 4");
    CHECK(f.problems[0].pos.line == 10);
    CHECK(f.problems[0].pos.column == 8);
}

TEST_CASE("a date after today is a future-date error") {
    auto m = messages(check_pilot(k_valid + "since: 2026-11-25\n"), "future-date");
    REQUIRE(m.size() == 1);
    CHECK(m[0] == "`since` is 2026-11-25, which lies after today (2026-11-24)");
    CHECK(messages(check_pilot(k_valid + "since: 2026-11-24\n"), "future-date").empty());
}

TEST_CASE("an unknown field is a warning, not an error") {
    Findings f = check_pilot(k_valid + "shoe_size: 42\n");
    REQUIRE(f.problems.size() == 1);
    CHECK(f.problems[0].severity == Severity::warning);
    CHECK(f.problems[0].check == "unknown-field");
    CHECK_FALSE(f.has_errors());
}

TEST_CASE("language codes: ISO 639-1, -2, -3, collective and macrolanguages") {
    // The seed's 15 guide languages, as the office writes them.
    for (const char* code : {"tr", "mk", "sh", "ber", "en", "ur", "pa", "hi", "ps", "fa", "it",
                             "prs", "fr", "ar", "es", "hbs", "no", "ku", "ckb"}) {
        CAPTURE(code);
        std::string text = k_valid;
        text.replace(text.find("code: pt"), 8, std::string("code: ") + code);
        CHECK(messages(check_pilot(text), "schema").empty());
    }
    std::string bad = k_valid;
    bad.replace(bad.find("code: pt"), 8, "code: xx");
    CHECK(messages(check_pilot(bad), "schema").size() == 1);
    std::string three = k_valid;
    three.replace(three.find("code: pt"), 8, "code: por");
    auto w = messages(check_pilot(three), "language-code");
    REQUIRE(w.size() == 1);
    CHECK(w[0] == "`languages[0].code`: write `pt` (Portuguese, ISO 639-1) instead of `por`");
}

TEST_CASE("an escaped control character in free text is an error") {
    auto m = messages(check_pilot(k_valid + "notes: \"a\\u0007b\"\n"), "schema");
    REQUIRE(m.size() == 1);
    CHECK(m[0].find("U+0007") != std::string::npos);
    CHECK(messages(check_pilot(k_valid + "notes: \"a\\tb\\nc\"\n"), "schema").empty());
}

TEST_CASE("a value that is not valid UTF-8 is an error") {
    // A file cannot hold one (yaml::read refuses it), but a tree built from the command line
    // can (found by fuzzing `integra set`, tests/fuzz/regressions/set).
    auto root = yaml::read(k_valid);
    REQUIRE(root.ok());
    root->at_or_insert("phone") = yaml::Node::scalar(
        "12\xFF\xFF"
        "34");
    Context ctx;
    Findings f;
    validate(*root, pilot(), ctx, f);
    REQUIRE(f.problems.size() == 1);
    CHECK(f.problems[0].message == "`phone` is not valid UTF-8; is the terminal set to UTF-8?");
}

TEST_CASE("references are collected for the caller to resolve") {
    auto root = yaml::read(
        "id: E-2025-0001\npilot: P-0007\ndate: 2025-01-02\nhours: 2\nkind: accompaniment\n"
        "language: ar\nrequested_by:\n  type: migrant\nclient: R-2025-0003\nstatus: done\n");
    REQUIRE(root.ok());
    Findings f;
    validate(*root, *records::find_kind("assignments")->spec, Context{}, f);
    CHECK(f.problems.empty());
    REQUIRE(f.references.size() == 2);
    CHECK(f.references[0].kind == "pilot");
    CHECK(f.references[0].id == "P-0007");
    CHECK(f.references[0].field == "pilot");
    CHECK(f.references[1].kind == "refugee");
}

TEST_CASE("staff handles are checked when the context lists them") {
    const Spec* caseworker = spec_at(*records::find_kind("refugees")->spec, "caseworker");
    REQUIRE(caseworker);
    std::vector<std::string> staff = {"kaya"};
    Context ctx;
    ctx.staff = &staff;
    Findings known, unknown, unchecked;
    validate(yaml::Node::scalar("kaya"), *caseworker, ctx, known);
    validate(yaml::Node::scalar("nobody"), *caseworker, ctx, unknown);
    validate(yaml::Node::scalar("nobody"), *caseworker, Context{}, unchecked);
    CHECK(known.problems.empty());
    REQUIRE(unknown.problems.size() == 1);
    CHECK(unknown.problems[0].message.find("staff handle") != std::string::npos);
    CHECK(unchecked.problems.empty());
}

TEST_CASE("normalise orders keys by the spec, drops unknown keys and nulls, types values") {
    auto root = yaml::read(
        "status: active\nlanguages: [{level: native, code: no}]\nid: P-0001\ngender: f\n"
        "name: {family: Costa, given: \"Ana\"}\nshoe_size: 42\nphone:\ntraining:\n"
        "  hours: 32\n");
    REQUIRE(root.ok());
    CHECK(yaml::write(normalise(*root, pilot())) ==
          "id: P-0001\nname:\n  given: Ana\n  family: Costa\ngender: f\nlanguages:\n"
          "  - code: \"no\"\n    level: native\ntraining:\n  hours: 32\nstatus: active\n");
}

TEST_CASE("normalise writes money with two places and keeps what does not fit its type") {
    auto root = yaml::read("hourly: 15\nflat:\n  info_event: 10.5\ntravel: zero\n");
    REQUIRE(root.ok());
    const Spec* fees = spec_at(records::settings_spec(), "fees");
    REQUIRE(fees);
    CHECK(yaml::write(normalise(*root, *fees)) ==
          "hourly: 15.00\nflat:\n  info_event: 10.50\ntravel: zero\n");
}

TEST_CASE("spec_at walks maps and list items by number") {
    CHECK(spec_at(pilot(), "name.given")->type == Type::text);
    CHECK(spec_at(pilot(), "languages.0.level")->type == Type::choice);
    CHECK(spec_at(pilot(), "languages.x.level") == nullptr);
    CHECK(spec_at(pilot(), "shoe_size") == nullptr);
    CHECK(spec_at(pilot(), "name.given.more") == nullptr);
}
