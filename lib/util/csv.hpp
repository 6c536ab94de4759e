#pragma once
// CSV for spreadsheets (RFC 4180): fields quoted when they hold a separator, quote or line
// break. Two dialects: the plain one scripts read (`,`, `\n`, numbers with a decimal point), and
// the one German Excel opens correctly by double-click (`--excel`).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace integra {

struct CsvDialect {
    char separator = ',';
    bool excel = false;

    /// `;`, a byte order mark before the first row, CRLF line ends; a number field (csv_number)
    /// with a decimal comma (`105,00`); a text field that German Excel would turn into a
    /// number, a date or a formula (`0607499`, `1.5`, `2025/03`, `+49 6074`) as the formula
    /// `="…"`, whose value is the text as it is. Whole numbers (`7`) stay as they are.
    static CsvDialect german_excel() { return CsvDialect{';', true}; }
};

/// A field of a row: text, or a number as integra writes it (`6.5`, `105.00`, `-3`).
struct CsvField {
    std::string text;
    bool number = false;

    CsvField(std::string t) : text(std::move(t)) {}  // NOLINT: text is the usual field
    CsvField(const char* t) : text(t) {}             // NOLINT
};

/// A number field: Excel's dialect writes it with a decimal comma.
inline CsvField csv_number(std::string text) {
    CsvField f(std::move(text));
    f.number = true;
    return f;
}

/// Whether a spreadsheet would run `text` as a formula: it starts with =, +, -, @, tab or
/// carriage return, after any apostrophes. The plain dialect guards such text with one more
/// apostrophe in front, which a reader drops (`'=1` is the text `=1`, `''=1` is `'=1`).
bool starts_like_formula(std::string_view text);

/// `text` as Excel's formula whose value is that text: `="0607499"`, `="Sag ""ja"""`.
std::string excel_text(std::string_view text);

/// One row. In the plain dialect, a text field that a spreadsheet would run as a formula
/// (starting with =, +, -, @, tab or carriage return, and not a number) gets a leading
/// apostrophe: names come from people.
std::string csv_row(const std::vector<CsvField>& fields, const CsvDialect& dialect = {});

/// The first row: csv_row, after the byte order mark in Excel's dialect.
std::string csv_header(const std::vector<CsvField>& fields, const CsvDialect& dialect = {});

}  // namespace integra
