#include "util/csv.hpp"

#include <string_view>

namespace integra {

namespace {

bool is_number(std::string_view s) {
    if (s.starts_with('-')) {
        s.remove_prefix(1);
    }
    return !s.empty() && s.find_first_not_of("0123456789.") == std::string_view::npos;
}

std::string field(std::string_view s) {
    std::string out;
    if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos &&
        !is_number(s)) {
        out += '\'';
    }
    out += s;
    if (out.find_first_of(",\"\n\r") == std::string::npos) {
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

}  // namespace

std::string csv_row(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        // Appended piece by piece: `"," + field(...)` (operator+ inserting at the front of a
        // temporary) trips GCC 12's -Wrestrict false positive at -O3.
        if (i > 0) {
            out += ',';
        }
        out += field(fields[i]);
    }
    out += '\n';
    return out;
}

}  // namespace integra
