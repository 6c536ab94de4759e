#pragma once
// CSV for spreadsheets (RFC 4180): fields quoted when they hold a separator, quote or line
// break. Two dialects: the plain one scripts read (`,`, `\n`), and the one German Excel opens
// correctly by double-click (`--excel`: `;`, a UTF-8 byte order mark, CRLF, decimal comma).

#include <string>
#include <string_view>
#include <vector>

namespace integra {

struct CsvDialect {
    char separator = ',';
    bool excel = false;  ///< BOM, CRLF, decimal comma, numbers-as-text guarded (below)

    /// `;`, a byte order mark before the first row, CRLF line ends; a decimal number (`6.5`,
    /// `-105.00`) gets a decimal comma, and text German Excel would turn into a number or a
    /// date (`0607499`, a 16-digit number, `1.5` in a text column) is written as `="…"`.
    static CsvDialect german_excel() { return CsvDialect{';', true}; }
};

/// One row. A field that a spreadsheet would run as a formula (starting with =, +, -, @, tab
/// or carriage return, and not a number) gets a leading apostrophe: names come from people.
std::string csv_row(const std::vector<std::string>& fields, const CsvDialect& dialect = {});

/// The first row: csv_row, after the byte order mark in Excel's dialect.
std::string csv_header(const std::vector<std::string>& fields, const CsvDialect& dialect = {});

/// One field as csv_row writes it, without the separator (for writers that build rows
/// themselves).
std::string csv_field(std::string_view text, const CsvDialect& dialect = {});

}  // namespace integra
