#include "util/text.hpp"

#include <fmt/format.h>

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

}  // namespace integra
