#pragma once
// CSV for spreadsheets (RFC 4180): comma-separated, CRLF-free `\n` rows, fields quoted when
// they hold a comma, quote or line break.

#include <string>
#include <vector>

namespace integra {

/// One row. A field that a spreadsheet would run as a formula (starting with =, +, -, @, tab
/// or carriage return, and not a number) gets a leading apostrophe: names come from people.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace integra
