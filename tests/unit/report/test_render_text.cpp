#include <doctest/doctest.h>

#include "report/render.hpp"

using namespace integra;
using namespace integra::report;
using namespace std::chrono;

namespace {

/// Persons by nationality: a count, money, hours guarded by the count, a rate, a text column;
/// one row suppressed, one without a rate, a label with `,`, `"` and `|`, a total row.
Table nationalities() {
    Table table;
    table.name = "persons_by_nationality";
    table.title = "Personen nach Staatsangehörigkeit";
    table.note = "Personen mit Wohnsitz in der Unterkunft am 31.12.";
    Column persons{"persons", "Personen", Unit::count, true, {}, {}, 2025};
    Column fees{"fees", "Honorare", Unit::money, false, {}, {}, {}};
    Column hours{"hours", "Stunden", Unit::hours, false, {0}, {}, {}};
    Column rate{"rate", "Quote", Unit::percent, false, {0}, {}, {}};
    Column note{"note", "Hinweis", Unit::text, false, {}, {}, {}};
    table.columns = {persons, fees, hours, rate, note};
    Cell hidden = Cell::of(2);
    hidden.suppressed = true;
    Cell hidden_hours = Cell::of(300);
    hidden_hours.suppressed = true;
    hidden_hours.secondary = true;  // hidden with its count, not small itself: `x`
    table.rows.push_back({"SY",
                          "Syrien",
                          {Cell::of(1234), Cell::of(123456), Cell::of(150), Cell::of(875),
                           Cell::words("Schwerpunkt")},
                          false});
    table.rows.push_back({"XX",
                          "Andere, \"sonstige\" | ohne",
                          {hidden, Cell::of(0), hidden_hours, Cell::none(), Cell::words("")},
                          false});
    table.rows.push_back(
        {"total",
         "Summe",
         {Cell::of(1236), Cell::of(123456), Cell::of(450), Cell::of(800), Cell::words("")},
         true});
    return table;
}

Report small_report(bool internal) {
    Report r;
    r.kind = "annual";
    r.title = "Integrationsbericht 2025";
    r.municipality = "Stadt Dietzenbach";
    r.office = "Integrationsbüro";
    r.scope.current = {2025y / January / 1, 2025y / December / 31};
    r.scope.previous = {2024y / January / 1, 2024y / December / 31};
    r.scope.today = 2026y / February / 3;
    r.scope.internal = internal;
    r.sections.push_back({"refugees", "Geflüchtete", {nationalities()}});
    return r;
}

}  // namespace

TEST_CASE("render_csv: header of keys, plain numbers, <3, RFC 4180 quoting") {
    Report r = small_report(false);
    // 1234 as a plain count; 123456 cents as 1234.56; 150 hundredths of an hour as 1.5; 875
    // tenths of a percent as 87.5; the small count as <3, the hours hidden with it as x; no
    // value as an empty field.
    CHECK(render_csv(r.sections[0].tables[0], r.scope) ==
          "key,label,persons,fees,hours,rate,note\n"
          "SY,Syrien,1234,1234.56,1.5,87.5,Schwerpunkt\n"
          "XX,\"Andere, \"\"sonstige\"\" | ohne\",<3,0.00,x,,\n"
          "total,Summe,1236,1234.56,4.5,80.0,\n");
    r.scope.threshold = 5;
    CHECK(render_csv(r.sections[0].tables[0], r.scope).find(",<5,0.00,x,,\n") != std::string::npos);
}

TEST_CASE("render_markdown: public report, German") {
    CHECK(render_markdown(small_report(false)) ==
          "# Integrationsbericht 2025\n"
          "\n"
          "Stadt Dietzenbach · Integrationsbüro · Berichtszeitraum: 2025 · Stand: 03.02.2026\n"
          "\n"
          "## Geflüchtete\n"
          "\n"
          "### Personen nach Staatsangehörigkeit\n"
          "\n"
          "Personen mit Wohnsitz in der Unterkunft am 31.12.\n"
          "\n"
          "|  | Personen | Honorare | Stunden | Quote | Hinweis |\n"
          "| --- | ---: | ---: | ---: | ---: | --- |\n"
          "| Syrien | 1.234 | 1.234,56 € | 1,5 | 87,5 % | Schwerpunkt |\n"
          "| Andere, \"sonstige\" \\| ohne | <3 | 0,00 € | x | – |  |\n"
          "| **Summe** | **1.236** | **1.234,56 €** | **4,5** | **80,0 %** |  |\n"
          "\n"
          "„<3“: weniger als 3 Personen (zum Schutz der Betroffenen nicht genau angegeben). "
          "„x“: ausgeblendet, weil sich sonst ein kleiner Wert aus den Summen errechnen "
          "ließe.\n");
}

TEST_CASE("render_markdown: internal report, marked at the top and under every section") {
    Report r = small_report(true);
    r.scope.lang = Lang::en;
    r.sections.push_back({"ags", "AGs", {}});
    std::string md = render_markdown(r);
    const std::string mark = "**INTERNAL – not for publication. Exact figures.**";
    CHECK(md.starts_with("# Integrationsbericht 2025\n\n" + mark +
                         "\n\n"
                         "Stadt Dietzenbach · Integrationsbüro · Period: 2025 · As of: "
                         "2026-02-03\n"));
    CHECK(md.find("## Geflüchtete\n\n" + mark + "\n") != std::string::npos);
    CHECK(md.find("## AGs\n\n" + mark + "\n") != std::string::npos);
    CHECK(md.find("| Syrien | 1,234 | €1,234.56 | 1.5 | 87.5% | Schwerpunkt |") !=
          std::string::npos);
    // No note on <3 in an internal report.
    CHECK(md.find("<3") != std::string::npos);  // the cells flagged in the test table
    CHECK(md.find("fewer than") == std::string::npos);
    CHECK(md.ends_with("## AGs\n\n" + mark + "\n"));
}

TEST_CASE("report_json: the report's members, typed values") {
    Json j = report_json(small_report(false));
    CHECK(j["report"] == "annual");
    CHECK(j["title"] == "Integrationsbericht 2025");
    CHECK(j["municipality"] == "Stadt Dietzenbach");
    CHECK(j["office"] == "Integrationsbüro");
    CHECK(j["period"] == Json{{"from", "2025-01-01"}, {"to", "2025-12-31"}});
    CHECK(j["previous"] == Json{{"from", "2024-01-01"}, {"to", "2024-12-31"}});
    CHECK(j["lang"] == "de");
    CHECK(j["internal"] == false);
    CHECK(j["threshold"] == 3);
    CHECK(j["generated"] == "2026-02-03");
    const Json& section = j["sections"][0];
    CHECK(section["key"] == "refugees");
    CHECK(section["title"] == "Geflüchtete");
    const Json& table = section["tables"][0];
    CHECK(table["name"] == "persons_by_nationality");
    CHECK(table["note"] == "Personen mit Wohnsitz in der Unterkunft am 31.12.");
    CHECK(table["columns"][1] == Json{{"key", "fees"}, {"label", "Honorare"}, {"unit", "money"}});
    CHECK(table["columns"][3]["unit"] == "percent");

    const Json& sy = table["rows"][0];
    std::vector<std::string> keys;
    for (const auto& [key, value] : sy.items()) {
        keys.push_back(key);
    }
    CHECK(keys == std::vector<std::string>{"key", "label", "total", "persons", "fees", "hours",
                                           "rate", "note"});
    CHECK(sy["persons"] == 1234);
    CHECK(sy["persons"].is_number_integer());
    CHECK(sy["fees"] == "1234.56");  // money as a decimal string
    CHECK(sy["hours"] == 1.5);
    CHECK(sy["rate"] == 87.5);
    CHECK(sy["note"] == "Schwerpunkt");
    CHECK(sy["total"] == false);

    const Json& xx = table["rows"][1];
    CHECK(xx["persons"] == "<3");
    CHECK(xx["fees"] == "0.00");
    CHECK(xx["hours"] == "x");
    CHECK(xx["rate"].is_null());

    const Json& total = table["rows"][2];
    CHECK(total["total"] == true);
    CHECK(total["hours"] == 4.5);
    CHECK(total["rate"] == 80.0);
    CHECK(dump_json(j).find("\"rate\": 80.0") != std::string::npos);
}

TEST_CASE("render_markdown: a table without rows says so instead of an empty table") {
    Report r = small_report(false);
    r.sections[0].tables[0].rows.clear();
    std::string md = render_markdown(r);
    CHECK(md.find("Personen mit Wohnsitz in der Unterkunft am 31.12.\n\nKeine Angaben.\n") !=
          std::string::npos);
    CHECK(md.find("| --- |") == std::string::npos);
    r.scope.lang = Lang::en;
    CHECK(render_markdown(r).find("\nNo data.\n") != std::string::npos);
}
