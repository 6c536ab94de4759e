#include "yaml/writer.hpp"

#include <fmt/format.h>

#include <array>
#include <regex>

namespace integra::yaml {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// Bytes that must never stand unescaped in a scalar: C0 controls, DEL, and the UTF-8 forms of
/// C1 controls, NEL, LINE/PARAGRAPH SEPARATOR and BOM. Returns the length of the sequence at
/// `i` if it is one, else 0.
std::size_t special_at(std::string_view t, std::size_t i) {
    auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x20 || c == 0x7F) {
        return 1;
    }
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) < 0xA0) {
        return 2;
    }
    if (t.substr(i, 3) == "\xE2\x80\xA8" || t.substr(i, 3) == "\xE2\x80\xA9" ||
        t.substr(i, 3) == "\xEF\xBB\xBF") {
        return 3;
    }
    return 0;
}

bool has_special(std::string_view t, bool allow_newline) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (allow_newline && t[i] == '\n') {
            continue;
        }
        if (special_at(t, i) != 0) {
            return true;
        }
    }
    return false;
}

/// Implicit types of YAML 1.1 (PyYAML's resolver, plus y/n) and YAML 1.2's core schema.
bool resolves_to_non_string(std::string_view t) {
    static const std::array<std::regex, 4> k_patterns = {
        // bool (1.1 incl. y/n), null, merge, value
        std::regex("y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|"
                   "Off|OFF|~|null|Null|NULL|<<|="),
        // int: binary, octal (1.1 and 1.2), decimal, hex, sexagesimal
        std::regex("[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?[0-9]+|"
                   "[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"),
        // float: 1.1 and 1.2 forms, sexagesimal, inf, nan
        std::regex("[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|"
                   "[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)|"
                   "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|"
                   "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"),
        // timestamp
        std::regex("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \\t]+)?([0-9]{1,2}:[0-9]{2}:[0-9]{2}"
                   "(\\.[0-9]*)?([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?"),
    };
    // Every implicit non-string starts with a digit, sign or dot, or is a word of at most 5.
    char first = t.empty() ? '\0' : t[0];
    if (t.size() > 5 && !is_digit(first) && first != '-' && first != '+' && first != '.') {
        return false;
    }
    for (const auto& re : k_patterns) {
        if (std::regex_match(t.begin(), t.end(), re)) {
            return true;
        }
    }
    return false;
}

/// Phone numbers, postcodes and times: digits with only blanks and `+-.:` between them.
bool number_like(std::string_view t) {
    bool digit = false;
    for (char c : t) {
        if (is_digit(c)) {
            digit = true;
        } else if (c != ' ' && c != '+' && c != '-' && c != '.' && c != ':') {
            return false;
        }
    }
    return digit;
}

/// A `|` block keeps multi-line notes readable; only text it reproduces exactly qualifies.
bool literal_is_possible(std::string_view t) {
    if (t.find('\n') == std::string_view::npos || has_special(t, true) || t.ends_with("\n\n") ||
        t.starts_with(' ') || t.starts_with('\n')) {
        return false;
    }
    std::size_t start = 0;
    while (start < t.size()) {
        auto end = t.find('\n', start);
        auto line = t.substr(start, end == std::string_view::npos ? t.npos : end - start);
        if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
            return false;
        }
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    return true;
}

void write_literal(std::string& out, std::string_view t, int indent) {
    out += t.ends_with('\n') ? "|" : "|-";
    std::size_t start = 0;
    std::string pad(static_cast<std::size_t>(indent), ' ');
    if (t.ends_with('\n')) {
        t.remove_suffix(1);
    }
    while (true) {
        auto end = t.find('\n', start);
        auto line = t.substr(start, end == std::string_view::npos ? t.npos : end - start);
        out += '\n';
        if (!line.empty()) {
            out += pad;
            out += line;
        }
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
}

/// Appends the scalar (without a trailing newline); `indent` is where a block's lines start.
void write_scalar(std::string& out, const Node& n, int indent) {
    bool plain = n.style == Style::plain ? plain_is_possible(n.text)
                 : n.style == Style::any ? plain_is_possible(n.text) && plain_is_string(n.text)
                                         : false;
    if (plain) {
        out += n.text;
    } else if (literal_is_possible(n.text)) {
        write_literal(out, n.text, indent);
    } else {
        out += double_quoted(n.text);
    }
}

std::string key_text(const Entry& e) {
    bool plain =
        plain_is_possible(e.key) && (e.key_style == Style::plain || plain_is_string(e.key));
    return plain ? e.key : double_quoted(e.key);
}

void write_map(std::string& out, const Node& map, int indent, bool first_inline);
void write_seq(std::string& out, const Node& seq, int indent);

/// Appends what follows `key:` or `-`: the value on the same line, or a nested block.
void write_value(std::string& out, const Node& v, int indent) {
    switch (v.kind) {
        case Node::Kind::null:
            out += '\n';
            break;
        case Node::Kind::scalar:
            out += ' ';
            write_scalar(out, v, indent + 2);
            out += '\n';
            break;
        case Node::Kind::map:
            if (v.entries.empty()) {
                out += " {}\n";
            } else {
                out += '\n';
                write_map(out, v, indent + 2, false);
            }
            break;
        case Node::Kind::seq:
            if (v.items.empty()) {
                out += " []\n";
            } else {
                out += '\n';
                write_seq(out, v, indent + 2);
            }
            break;
    }
}

void write_map(std::string& out, const Node& map, int indent, bool first_inline) {
    for (const Entry& e : map.entries) {
        if (!first_inline) {
            out.append(static_cast<std::size_t>(indent), ' ');
        }
        first_inline = false;
        out += key_text(e);
        out += ':';
        write_value(out, e.value, indent);
    }
}

void write_seq(std::string& out, const Node& seq, int indent) {
    for (const Node& item : seq.items) {
        out.append(static_cast<std::size_t>(indent), ' ');
        out += '-';
        if (item.is_map() && !item.entries.empty()) {
            out += ' ';
            write_map(out, item, indent + 2, true);
        } else {
            write_value(out, item, indent);
        }
    }
}

}  // namespace

bool plain_is_possible(std::string_view t) {
    if (t.empty() || t.front() == ' ' || t.back() == ' ' || t.back() == ':' ||
        has_special(t, false)) {
        return false;
    }
    static constexpr std::string_view k_indicators = "-?:,[]{}#&*!|>'\"%@`";
    if (k_indicators.find(t.front()) != std::string_view::npos) {
        return false;
    }
    return t.find(": ") == std::string_view::npos && t.find(" #") == std::string_view::npos;
}

bool plain_is_string(std::string_view t) {
    return !t.empty() && !resolves_to_non_string(t) && !number_like(t);
}

std::string double_quoted(std::string_view t) {
    std::string out = "\"";
    for (std::size_t i = 0; i < t.size();) {
        char c = t[i];
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
            ++i;
            continue;
        }
        std::size_t n = special_at(t, i);
        if (n == 0) {
            out += c;
            ++i;
        } else if (c == '\n') {
            out += "\\n";
            ++i;
        } else if (c == '\t') {
            out += "\\t";
            ++i;
        } else if (n == 1) {
            out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
            ++i;
        } else {
            // Decode the 2- or 3-byte sequence to its code point.
            auto b = [&](std::size_t k) { return static_cast<unsigned char>(t[i + k]); };
            unsigned cp = n == 2 ? ((b(0) & 0x1F) << 6) | (b(1) & 0x3F)
                                 : ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
            out += fmt::format("\\u{:04X}", cp);
            i += n;
        }
    }
    out += '"';
    return out;
}

std::string write(const Node& root) {
    std::string out;
    out.reserve(512);
    write_map(out, root, 0, false);
    return out;
}

}  // namespace integra::yaml
