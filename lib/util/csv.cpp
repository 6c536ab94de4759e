#include "util/csv.hpp"

#include <algorithm>
#include <string_view>

namespace integra {

namespace {

bool is_number(std::string_view s) {
    if (s.starts_with('-')) {
        s.remove_prefix(1);
    }
    return !s.empty() && s.find_first_not_of("0123456789.") == std::string_view::npos;
}

/// A whole number German Excel reads as itself: no sign, no leading zero, at most 15 digits.
bool plain_whole_number(std::string_view s) {
    return !s.empty() && s.size() <= 15 &&
           s.find_first_not_of("0123456789") == std::string_view::npos &&
           (s == "0" || s.front() != '0');
}

/// Text German Excel would not keep as text: a formula, or digits with the characters of
/// numbers, dates, times and percentages (`0607499`, `1.5`, `2025/03`, `09:30`, `1,5`, `5 %`).
bool excel_would_convert(std::string_view s) {
    if (starts_like_formula(s)) {
        return true;
    }
    if (plain_whole_number(s) || s.find_first_of("0123456789") == std::string_view::npos ||
        std::string_view("0123456789.,").find(s.front()) == std::string_view::npos) {
        return false;  // words and IDs (E-2025-0001) stay text in Excel
    }
    return s.find_first_not_of("0123456789 .,:/-+%Ee") == std::string_view::npos;
}

/// `text` between quotes, the quotes inside doubled: RFC 4180's quoting and Excel's string.
std::string in_quotes(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + '"';
}

std::string quoted_if_needed(std::string out, char separator) {
    const char specials[] = {separator, '"', '\n', '\r', '\0'};
    return out.find_first_of(specials) == std::string::npos ? out : in_quotes(out);
}

std::string field(const CsvField& f, const CsvDialect& dialect) {
    std::string out;
    if (dialect.excel && f.number) {
        out = f.text;
        if (auto point = out.find('.'); point != std::string::npos) {
            out[point] = ',';
        }
    } else if (dialect.excel && excel_would_convert(f.text)) {
        out = excel_text(f.text);
    } else {
        if (starts_like_formula(f.text) && !is_number(f.text)) {
            out += '\'';
        }
        out += f.text;
    }
    return quoted_if_needed(std::move(out), dialect.separator);
}

}  // namespace

bool starts_like_formula(std::string_view s) {
    // Apostrophes before such a character too: a reader takes the first for the guard and
    // drops it, so a text's own apostrophes there need the guard as well.
    s.remove_prefix(std::min(s.size(), s.find_first_not_of('\'')));
    return !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos;
}

std::string excel_text(std::string_view text) {
    std::string out = "=";  // not `"=" + …`: GCC 12's -Wrestrict false positive at -O3
    out += in_quotes(text);
    return out;
}

std::string csv_row(const std::vector<CsvField>& fields, const CsvDialect& dialect) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        // Appended piece by piece: `"," + field(...)` (operator+ inserting at the front of a
        // temporary) trips GCC 12's -Wrestrict false positive at -O3.
        if (i > 0) {
            out += dialect.separator;
        }
        out += field(fields[i], dialect);
    }
    out += dialect.excel ? "\r\n" : "\n";
    return out;
}

std::string csv_header(const std::vector<CsvField>& fields, const CsvDialect& dialect) {
    std::string out = dialect.excel ? "\xEF\xBB\xBF" : "";
    out += csv_row(fields, dialect);
    return out;
}

}  // namespace integra
