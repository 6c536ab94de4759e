#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "util/values.hpp"

namespace integra {

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t') {
            out += fmt::format("\\x{:02X}", c);
            ++i;
        } else if (c == 0x7F) {
            out += "\\x7F";
            ++i;
        } else if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
        } else {
            std::size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
            std::string_view seq = text.substr(i, len);
            bool c1_control = len == 2 && c == 0xC2 && seq.size() == 2 &&
                              static_cast<unsigned char>(seq[1]) < 0xA0;
            if (len > 1 && seq.size() == len && is_valid_utf8(seq) && !c1_control) {
                out += seq;
                i += len;
            } else {
                out += fmt::format("\\x{:02X}", c);
                ++i;
            }
        }
    }
    return out;
}

std::vector<std::string> split(std::string_view text, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find(sep, start);
        out.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) {
            return out;
        }
        start = end + 1;
    }
}

std::string trim(std::string_view text) {
    constexpr std::string_view k_blank = " \t\r\n";
    auto first = text.find_first_not_of(k_blank);
    if (first == std::string_view::npos) {
        return {};
    }
    return std::string(text.substr(first, text.find_last_not_of(k_blank) - first + 1));
}

std::string some_of(const std::vector<std::string>& items, std::size_t shown) {
    std::size_t n = std::min(items.size(), shown);
    return fmt::format(
        "{}{}", fmt::join(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(n), ", "),
        items.size() > n ? ", …" : "");
}

}  // namespace integra
