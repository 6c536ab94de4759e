#pragma once
// Reading CSV as offices save it from spreadsheets: German Excel writes `;`-separated
// Windows-1252 ("CSV (Trennzeichen-getrennt)") or UTF-8 with a byte order mark ("CSV UTF-8"),
// LibreOffice and scripts `,`-separated UTF-8. Both are detected; every row keeps the line it
// starts on, for messages.

#include <string>
#include <string_view>
#include <vector>

#include "util/error.hpp"

namespace integra {

/// A spreadsheet's text as UTF-8, and what it was.
struct SpreadsheetText {
    std::string utf8;
    std::string_view encoding;  ///< "UTF-8", "UTF-8 with byte order mark", "Windows-1252"
};

/// The text of `bytes`: UTF-8 (a byte order mark removed) when it is valid UTF-8, else
/// Windows-1252 converted to UTF-8. An Error (with its line) for what is neither: UTF-16,
/// an Excel workbook, a NUL byte, a byte Windows-1252 leaves undefined.
Result<SpreadsheetText> decode_spreadsheet(std::string_view bytes);

struct CsvRow {
    int line = 0;  ///< the line the row starts on, 1-based
    std::vector<std::string> fields;
};

struct CsvTable {
    char separator = ',';
    std::vector<std::string> header;
    int header_line = 1;
    std::vector<CsvRow> rows;  ///< without rows whose every field is empty
};

/// Parses UTF-8 CSV text (RFC 4180, with what spreadsheets add): the separator is `;`, `,` or
/// tab, whichever the header line has most of (or what an Excel `sep=;` first line says);
/// quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF and CR end a
/// line; a quote inside an unquoted field is kept as it is. Fields are not trimmed. An Error
/// with its line for a quote that is never closed, text after a closing quote, a row with more
/// non-empty fields than the header, or no header at all.
Result<CsvTable> parse_csv(std::string_view utf8);

}  // namespace integra
