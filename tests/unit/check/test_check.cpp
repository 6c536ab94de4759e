#include <doctest/doctest.h>

#include <algorithm>

#include "check/check.hpp"
#include "check/render.hpp"
#include "support.hpp"

using namespace integra;
using namespace integra::check;

namespace {

const Date k_today{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};

const std::string k_assignment =
    "id: E-2025-0001\npilot: P-0001\ndate: 2025-03-04\nhours: 2\nkind: accompaniment\n"
    "language: pt\nrequested_by:\n  type: migrant\nstatus: done\n";

bool has(const Report& r, std::string_view check, const std::string& file) {
    return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.check == check && d.file == file; });
}

}  // namespace

TEST_CASE("a fresh data directory and valid records have no problems") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    d.write("assignments/E-2025-0001.yaml", k_assignment);
    Report r = run(store::Store(d.root()), k_today);
    CHECK(r.diagnostics.empty());
    CHECK(r.files == 8);  // integra.yaml, five AGs, the two records
}

TEST_CASE("a reference to a missing record is an error at its position") {
    test::DataDir d;
    d.write("assignments/E-2025-0001.yaml", k_assignment);
    Report r = run(store::Store(d.root()), k_today);
    REQUIRE(r.errors() == 1);
    const Diagnostic& e = r.diagnostics[0];
    CHECK(e.check == "reference");
    CHECK(e.file == "assignments/E-2025-0001.yaml");
    CHECK(e.pos.line == 2);
    CHECK(e.message == "`pilot` refers to pilot P-0001, which does not exist");
}

TEST_CASE("IDs that differ only in case are duplicates; a wrong id is an id-filename error") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    d.write("pilots/p-0001.yaml", test::pilot_yaml("P-0001"));
    d.write("pilots/P-0002.yaml", test::pilot_yaml("P-0003"));
    Report r = run(store::Store(d.root()), k_today);
    CHECK(has(r, "duplicate-id", "pilots/p-0001.yaml"));
    CHECK(has(r, "id-filename", "pilots/p-0001.yaml"));
    CHECK(has(r, "id-filename", "pilots/P-0002.yaml"));
    CHECK_FALSE(has(r, "duplicate-id", "pilots/P-0001.yaml"));
}

TEST_CASE("a broken integra.yaml is reported, and records are still checked") {
    test::DataDir d;
    d.write("integra.yaml", "office: [\n");
    d.write("assignments/E-2025-0001.yaml", k_assignment);
    Report r = run(store::Store(d.root()), k_today);
    CHECK(has(r, "yaml-syntax", "integra.yaml"));
    CHECK(has(r, "reference", "assignments/E-2025-0001.yaml"));
}

TEST_CASE("a selection reports only its records, but reads all") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001") + "shoe_size: 42\n");
    d.write("assignments/E-2025-0001.yaml",
            k_assignment.substr(0, k_assignment.find("pilot: P-0001")) + "pilot: P-0009\n" +
                k_assignment.substr(k_assignment.find("date:")));
    store::Store s(d.root());
    Report pilots = run(s, k_today, select({"pilots"}));
    REQUIRE(pilots.diagnostics.size() == 1);
    CHECK(pilots.diagnostics[0].check == "unknown-field");
    Report one = run(s, k_today, select({"E-2025-0001"}));
    REQUIRE(one.diagnostics.size() == 1);
    CHECK(one.diagnostics[0].check == "reference");
    CHECK(one.files == pilots.files);
}

TEST_CASE("select accepts IDs, kinds and `settings`, and refuses anything else") {
    Selection s = select({"P-0004", "refugees", "settings"});
    CHECK(s.ids == std::vector<std::string>{"P-0004"});
    REQUIRE(s.kinds.size() == 1);
    CHECK(s.kinds[0]->plural == "refugees");
    CHECK(s.settings);
    CHECK_THROWS_AS(select({"sunflowers"}), Failure);
    CHECK_THROWS_AS(select({"P-00x"}), Failure);
    CHECK_THROWS_AS(select({"../P-0004"}), Failure);
}

TEST_CASE("report_json gives one object per problem; render_text points at the column") {
    test::DataDir d;
    d.write("assignments/E-2025-0001.yaml", k_assignment);
    store::Store s(d.root());
    Report r = run(s, k_today);
    CHECK(report_json(r, {}) ==
          Json::parse(R"([{"file": "assignments/E-2025-0001.yaml", "line": 2, "column": 8,
                           "severity": "error", "check": "reference",
                           "message": "`pilot` refers to pilot P-0001, which does not exist"}])"));
    CHECK(render_text(r, s, {}) ==
          "assignments/E-2025-0001.yaml:2:8: error: `pilot` refers to pilot P-0001, which does "
          "not exist [reference]\n  pilot: P-0001\n         ^\n");
    CHECK(summary(r) == "1 error, 0 warnings in 7 files");
}

TEST_CASE("columns are shown in characters, whatever the bytes before them") {
    test::DataDir d;
    // ë and Ö take two bytes each: the control character is byte 15 of its line, character 13
    d.write("pilots/P-0001.yaml", "id: P-0001\nnote: Zo\u00eb \u00d6z\x1b\n");
    store::Store s(d.root());
    Report r = run(s, k_today, select({"P-0001"}));
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(report_json(r, {})[0]["column"] == 13);
    CHECK(render_text(r, s, {}) ==
          "pilots/P-0001.yaml:2:13: error: the file contains the control character U+001B; "
          "remove it [yaml-syntax]\n  note: Zo\u00eb \u00d6z\\x1B\n              ^\n");
}
