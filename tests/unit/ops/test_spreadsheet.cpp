#include <doctest/doctest.h>

#include "ops/spreadsheet.hpp"
#include "records/kinds.hpp"
#include "schema/validate.hpp"

using namespace integra;
using namespace integra::ops;

namespace {

const records::Kind& kind(std::string_view name) {
    return *records::find_kind(name);
}

/// The cell's value for the field at `path` of `kind`, or "error: MESSAGE".
std::string value(std::string_view k, std::string_view path, std::string_view cell) {
    const schema::Spec* spec = sheet::column_spec(*kind(k).spec, path);
    REQUIRE(spec);
    auto v = sheet::cell_value(*spec, cell);
    return v ? *v : "error: " + v.error().message;
}

}  // namespace

TEST_CASE("a column header names a key path: the format's own, or a German or English label") {
    auto key = [](std::string_view k, std::string_view header) {
        return sheet::key_for_header(kind(k), header).value_or("(none)");
    };
    CHECK(key("pilots", "name.given") == "name.given");
    CHECK(key("pilots", "languages") == "languages");
    CHECK(key("refugees", "notes[1].text") == "notes.1.text");
    CHECK(key("refugees", "onboarding.registration.done") == "onboarding.registration.done");
    CHECK(key("pilots", "Vorname") == "name.given");
    CHECK(key("pilots", " E-Mail ") == "email");
    CHECK(key("refugees", "Staatsangehörigkeit") == "nationality");
    CHECK(key("refugees", "STAATSANGEHOERIGKEIT") == "nationality");
    CHECK(key("refugees", "Date of birth") == "birth_date");
    CHECK(key("refugees", "Geburtsdatum:") == "birth_date");
    // The kind's own label before the general one: a unit's name, a person's family name.
    CHECK(key("housing", "Name") == "name");
    CHECK(key("pilots", "Name") == "name.family");
    CHECK(key("projects", "Bewilligt") == "approved");
    CHECK(key("pilots", "Lieblingsfarbe") == "(none)");
    CHECK(key("pilots", "name") == "name.family");  // `name` itself holds two values
    CHECK(key("housing", "Geburtsdatum") == "(none)");
}

TEST_CASE("every label names a column of its kind (of some kind, for labels of every kind)") {
    for (const auto& [k, path] : sheet::labelled_paths()) {
        CAPTURE(path);
        if (k == "*") {
            bool somewhere = false;
            for (const records::Kind& each : records::all_kinds()) {
                somewhere = somewhere || sheet::column_spec(*each.spec, path) != nullptr;
            }
            CHECK(somewhere);
        } else {
            REQUIRE(records::find_kind(k) != nullptr);
            CHECK(sheet::column_spec(*records::find_kind(k)->spec, path) != nullptr);
        }
    }
}

TEST_CASE("cells as German Excel writes them become the format's values") {
    CHECK(value("refugees", "birth_date", "04.09.1996") == "1996-09-04");
    CHECK(value("refugees", "birth_date", "4.9.1996") == "1996-09-04");
    CHECK(value("refugees", "birth_date", "1996-09-04") == "1996-09-04");
    CHECK(value("refugees", "birth_date", "04.09.1996 00:00") == "1996-09-04");
    CHECK(value("refugees", "birth_date", "31.02.1996")
              .starts_with("error: `31.02.1996` is not "
                           "a date"));
    CHECK(value("refugees", "birth_date", "04.09.96").starts_with("error:"));
    CHECK(value("projects", "requested", "1.234,56 €") == "1234.56");
    CHECK(value("projects", "requested", "1234,5") == "1234.5");
    CHECK(value("projects", "requested", "1500") == "1500");
    CHECK(value("projects", "requested", "1500.50") == "1500.50");
    CHECK(value("projects", "requested", "12.345.678,00 EUR") == "12345678.00");
    CHECK(value("projects", "requested", "1.500").starts_with("error:"));  // 1500 or 1.5?
    CHECK(value("projects", "requested", "1,2,3").starts_with("error:"));
    CHECK(value("projects", "requested", "12.34.567,00").starts_with("error:"));
    CHECK(value("assignments", "hours", "1,5") == "1.5");
    CHECK(value("assignments", "hours", "2") == "2");
    CHECK(value("assignments", "time", "9:30") == "09:30");
    CHECK(value("assignments", "time", "09:30:00") == "09:30");
    CHECK(value("assignments", "billed", "03.2025") == "2025-03");
    CHECK(value("assignments", "kind", "Begleitung") == "accompaniment");
    CHECK(value("assignments", "status", "abgeschlossen") == "abgeschlossen");  // not a word
    CHECK(value("refugees", "status", "abgeschlossen") == "closed");
    CHECK(value("projects", "status", "Abgeschlossen") == "completed");
    CHECK(value("pilots", "gender", "weiblich") == "f");
    CHECK(value("pilots", "gender", "W") == "f");
    CHECK(value("pilots", "gender", "q") == "q");  // left for validation to name
    CHECK(value("refugees", "nationality", "af") == "AF");
    CHECK(value("pilots", "phone", "=\"0607499\"") == "0607499");
    CHECK(value("pilots", "phone", "=\" 0607 \"") == "0607");  // fuzz: trimmed inside too
    CHECK(value("pilots", "notes", "=\"Sag \"\"ja\"\"\"") == "Sag \"ja\"");
    // The apostrophe the plain dialect puts before what looks like a formula goes again.
    CHECK(value("pilots", "phone", "'+49 6074 12345") == "+49 6074 12345");
    CHECK(value("pilots", "notes", "'-> nur vormittags") == "-> nur vormittags");
    CHECK(value("pilots", "notes", "'s Gärtle") == "'s Gärtle");
    CHECK(value("pilots", "notes", "''=7") == "'=7");    // fuzz: a text's own apostrophe
    CHECK(value("pilots", "notes", "'''=7") == "''=7");  // fuzz: and two of them
    CHECK(value("pilots", "notes", "''s") == "''s");
    CHECK(value("pilots", "notes", "  zwei\nZeilen \xC2\xA0") == "zwei\nZeilen");
    CHECK(value("ags", "members.0.voting", "ja") == "true");
    CHECK(value("ags", "members.0.voting", "FALSCH") == "false");
    CHECK(value("ags", "members.0.voting", "vielleicht").starts_with("error:"));
}

TEST_CASE("lists that hold no free text fit in one cell, as export writes them") {
    const schema::Spec& languages = *schema::spec_at(*kind("pilots").spec, "languages");
    CHECK(sheet::one_cell(languages));
    auto skills = sheet::cell_list(languages, "fa:native, DE:b1 ;ar:Muttersprache");
    REQUIRE(skills);
    CHECK(sheet::list_cell(*skills) == "fa:native,de:B1,ar:native");
    auto bare = sheet::cell_list(languages, "fa");
    REQUIRE(!bare);
    CHECK(bare.error().message.find("CODE:LEVEL") != std::string::npos);
    const schema::Spec& groups = *schema::spec_at(*kind("projects").spec, "target_groups");
    auto g = sheet::cell_list(groups, "Frauen, children");
    REQUIRE(g);
    CHECK(sheet::list_cell(*g) == "women,children");
    CHECK(sheet::list_cell(*sheet::cell_list(groups, "[]")) == "[]");
    // Excel's text wrapping is around the whole cell; an item is never unwrapped (fuzz).
    CHECK(sheet::list_cell(*sheet::cell_list(groups, "=\"women,children\"")) == "women,children");
    CHECK(sheet::list_cell(*sheet::cell_list(groups, "=\"\", women")) == "=\"\",women");
    CHECK(sheet::list_cell(*sheet::cell_list(groups, ",[]")) == "[]");  // fuzz
    // Free text does not: its items get columns of their own.
    CHECK(!sheet::one_cell(*schema::spec_at(*kind("refugees").spec, "intake.needs")));
    CHECK(sheet::column_spec(*kind("refugees").spec, "intake.needs") == nullptr);
    CHECK(sheet::column_spec(*kind("refugees").spec, "intake.needs.0") != nullptr);
}
