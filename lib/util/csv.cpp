#include "util/csv.hpp"

#include <string_view>

namespace integra {

namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

bool is_number(std::string_view s) {
    if (s.starts_with('-')) {
        s.remove_prefix(1);
    }
    return !s.empty() && s.find_first_not_of("0123456789.") == std::string_view::npos;
}

/// `-12.50`, `6.5`: digits, one point, digits.
bool is_decimal(std::string_view s) {
    if (s.starts_with('-')) {
        s.remove_prefix(1);
    }
    auto point = s.find('.');
    return point != std::string_view::npos && all_digits(s.substr(0, point)) &&
           all_digits(s.substr(point + 1));
}

/// Digits that German Excel would read as a number and change: a leading zero is dropped
/// (`0607499`), and past 15 digits precision is lost.
bool excel_would_change(std::string_view s) {
    return all_digits(s) && ((s.size() > 1 && s.front() == '0') || s.size() > 15);
}

}  // namespace

std::string csv_field(std::string_view s, const CsvDialect& dialect) {
    std::string out;
    if (dialect.excel && is_decimal(s)) {
        out = s;
        out[out.find('.')] = ',';
    } else if (dialect.excel && excel_would_change(s)) {
        // A formula whose value is the text: Excel shows 0607499 as written.
        out = "=\"";
        out += s;
        out += '"';
    } else {
        if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos &&
            !is_number(s)) {
            out += '\'';
        }
        out += s;
    }
    const char specials[] = {dialect.separator, '"', '\n', '\r', '\0'};
    if (out.find_first_of(specials) == std::string::npos) {
        return out;
    }
    std::string quoted = "\"";
    for (char c : out) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + '"';
}

std::string csv_row(const std::vector<std::string>& fields, const CsvDialect& dialect) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        // Appended piece by piece: `"," + field(...)` (operator+ inserting at the front of a
        // temporary) trips GCC 12's -Wrestrict false positive at -O3.
        if (i > 0) {
            out += dialect.separator;
        }
        out += csv_field(fields[i], dialect);
    }
    out += dialect.excel ? "\r\n" : "\n";
    return out;
}

std::string csv_header(const std::vector<std::string>& fields, const CsvDialect& dialect) {
    std::string out = dialect.excel ? "\xEF\xBB\xBF" : "";
    out += csv_row(fields, dialect);
    return out;
}

}  // namespace integra
