#include <doctest/doctest.h>

#include "util/csv.hpp"
#include "util/csv_read.hpp"

using namespace integra;

TEST_CASE("csv_row quotes what needs quoting and defuses formulas") {
    CHECK(csv_row({"P-0004", "Şahin", "6.5"}) == "P-0004,Şahin,6.5\n");
    CHECK(csv_row({"a,b", "say \"hi\"", "two\nlines"}) ==
          "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    CHECK(csv_row({"=HYPERLINK(\"x\")", "-5", "+49 6074", "@x", ""}) ==
          "\"'=HYPERLINK(\"\"x\"\")\",-5,'+49 6074,'@x,\n");
}

TEST_CASE("csv_row in German Excel's dialect: semicolons, CRLF, decimal comma, text kept") {
    const CsvDialect excel = CsvDialect::german_excel();
    CHECK(csv_row({"P-0004", csv_number("6.5"), csv_number("-105.00"), "7", csv_number("7")},
                  excel) == "P-0004;6,5;-105,00;7;7\r\n");
    // Text Excel would turn into a number, a date, a time or a formula is a formula of the text.
    CHECK(csv_row(
              {"0607499", "1.5", "2025/03", "09:30", "+49 6074", "=SUMME(A1)", "1234567890123456"},
              excel) ==
          "\"=\"\"0607499\"\"\";\"=\"\"1.5\"\"\";\"=\"\"2025/03\"\"\";\"=\"\"09:30\"\"\";"
          "\"=\"\"+49 6074\"\"\";\"=\"\"=SUMME(A1)\"\"\";\"=\"\"1234567890123456\"\"\"\r\n");
    // Whole numbers, words and IDs stay as they are; a field with the separator is quoted.
    CHECK(csv_row({"12", "0", "Haus 3", "P-0004", "a;b", "a,b"}, excel) ==
          "12;0;Haus 3;P-0004;\"a;b\";a,b\r\n");
    CHECK(csv_header({"id", "name"}, excel) == "\xEF\xBB\xBFid;name\r\n");
    CHECK(csv_header({"id", "name"}) == "id,name\n");
    // The plain dialect writes numbers and text as they are.
    CHECK(csv_row({csv_number("6.5"), "1.5", "0607499"}) == "6.5,1.5,0607499\n");
    // A text's own apostrophe before a formula's character is guarded too (read back, one goes).
    CHECK(csv_row({"'=7"}) == "''=7\n");
    CHECK(csv_row({"''=7"}) == "'''=7\n");  // fuzz: any number of them
    CHECK(csv_row({"''s"}) == "''s\n");
    CHECK(csv_row({"'=7"}, excel) == "\"=\"\"'=7\"\"\"\r\n");
}

TEST_CASE("decode_spreadsheet: UTF-8 with or without BOM, Windows-1252, and what it refuses") {
    auto plain = decode_spreadsheet("Vorname;Nachname\nJ\xC3\xBCrgen;M\xC3\xBCller\n");
    REQUIRE(plain);
    CHECK(plain->encoding == "UTF-8");
    auto bom = decode_spreadsheet("\xEF\xBB\xBFid\nP-0001\n");
    REQUIRE(bom);
    CHECK(bom->utf8 == "id\nP-0001\n");
    CHECK(bom->encoding == "UTF-8 with byte order mark");
    // Excel on German Windows: ü is 0xFC, € is 0x80, „ is 0x84.
    auto ansi = decode_spreadsheet("Name;Betrag\r\nJ\xFCrgen;5 \x80 \x84gut\x93\r\n");
    REQUIRE(ansi);
    CHECK(ansi->encoding == "Windows-1252");
    CHECK(ansi->utf8 ==
          "Name;Betrag\r\nJ\xC3\xBCrgen;5 \xE2\x82\xAC \xE2\x80\x9Egut\xE2\x80\x9C\r\n");

    auto undefined = decode_spreadsheet("a\nb\nc\x81\n");
    REQUIRE(!undefined);
    CHECK(undefined.error().line == 3);
    CHECK(undefined.error().message.find("0x81") != std::string::npos);
    auto utf16 = decode_spreadsheet(std::string("\xFF\xFEi\0d\0", 6));
    REQUIRE(!utf16);
    CHECK(utf16.error().message.find("UTF-16") != std::string::npos);
    auto xlsx = decode_spreadsheet(std::string("PK\x03\x04\x14\0\0\0", 8));
    REQUIRE(!xlsx);
    CHECK(xlsx.error().message.find("workbook") != std::string::npos);
    // UTF-8 letters and a Windows-1252 dash: neither reading is right, so neither is taken.
    auto mixed = decode_spreadsheet("Name\nM\xC3\xBCller\nA \x96 B\n");
    REQUIRE(!mixed);
    CHECK(mixed.error().line == 3);
    CHECK(mixed.error().message.find("mixes encodings: it has UTF-8 letters (line 2), but byte "
                                     "0x96") != std::string::npos);
    auto broken = decode_spreadsheet("\xEF\xBB\xBFok\nnot \xFC ok\n");
    REQUIRE(!broken);
    CHECK(broken.error().line == 2);
}

TEST_CASE("parse_csv: separators, quotes, line breaks and the lines rows start on") {
    auto t = parse_csv(
        "Vorname;Bemerkung;Betrag\r\nAli;\"zwei\r\nZeilen; mit \"\"Zitat\"\"\";1,5\r\n"
        ";;\r\n\r\nEva;5\" Bildschirm;\r\n");
    REQUIRE(t);
    CHECK(t->separator == ';');
    CHECK(t->header == std::vector<std::string>{"Vorname", "Bemerkung", "Betrag"});
    REQUIRE(t->rows.size() == 2);
    CHECK(t->rows[0].line == 2);
    CHECK(t->rows[0].fields ==
          std::vector<std::string>{"Ali", "zwei\nZeilen; mit \"Zitat\"", "1,5"});
    CHECK(t->rows[1].line == 6);  // the empty row and the blank line are skipped
    CHECK(t->rows[1].fields == std::vector<std::string>{"Eva", "5\" Bildschirm", ""});

    auto commas = parse_csv("id,name\nP-1,\"a;b\"\n");
    REQUIRE(commas);
    CHECK(commas->separator == ',');
    CHECK(commas->rows[0].fields[1] == "a;b");
    auto tabs = parse_csv("id\tname\nP-1\tx\n");
    REQUIRE(tabs);
    CHECK(tabs->separator == '\t');
    auto hint = parse_csv("sep=,\nid;x,name\n1;2,3\n");
    REQUIRE(hint);
    CHECK(hint->header == std::vector<std::string>{"id;x", "name"});
    CHECK(hint->rows[0].line == 3);
    auto short_row = parse_csv("a;b;c\n1\n");
    REQUIRE(short_row);
    CHECK(short_row->rows[0].fields == std::vector<std::string>{"1", "", ""});

    auto unclosed = parse_csv("a;b\n1;\"open\n2;3\n");
    REQUIRE(!unclosed);
    CHECK(unclosed.error().line == 2);
    CHECK(unclosed.error().message.find("never closed") != std::string::npos);
    auto after = parse_csv("a;b\n\"x\"y;2\n");
    REQUIRE(!after);
    CHECK(after.error().line == 2);
    auto extra = parse_csv("a;b\n1;2;3\n");
    REQUIRE(!extra);
    CHECK(extra.error().line == 2);
    CHECK(!parse_csv(""));
    CHECK(!parse_csv("\n\n"));
}
