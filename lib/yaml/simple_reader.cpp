#include "yaml/simple_reader.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace integra::yaml::detail {

namespace {

/// Thrown when the text leaves the subset this reader knows; yaml-cpp reads it instead.
struct Decline {};

/// The mappings integra writes have a few dozen keys at most (19 in the examples).
constexpr std::size_t k_max_keys = 64;

struct Line {
    std::size_t start = 0;  ///< offset of the line's first byte in the text
    std::string_view text;  ///< without its '\n'
    int indent = 0;         ///< leading spaces
    bool blank = false;     ///< empty or spaces only
};

bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/// Plain scalars YAML reads as something other than text, which yaml-cpp reports as null.
bool is_null_word(std::string_view t) {
    return t == "~" || t == "null" || t == "Null" || t == "NULL";
}

class Reader {
  public:
    Reader(std::string_view text, const Limits& limits)
        : m_limits(limits), m_final_newline(text.ends_with('\n')) {
        m_lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) {
                end = text.size();
            }
            Line line;
            line.start = start;
            line.text = text.substr(start, end - start);
            std::size_t indent = line.text.find_first_not_of(' ');
            line.blank = indent == std::string_view::npos;
            line.indent = static_cast<int>(line.blank ? line.text.size() : indent);
            if (!line.blank && line.text[indent] == '\t') {
                throw Decline{};  // a tab in the indentation
            }
            m_lines.push_back(line);
            start = end + 1;
        }
    }

    Node document() {
        skip_blank();
        if (at_end() || m_lines[m_at].indent != 0) {
            throw Decline{};
        }
        Node root = map(0, 0, 1);
        skip_blank();
        if (!at_end()) {
            throw Decline{};
        }
        return root;
    }

  private:
    bool at_end() const { return m_at >= m_lines.size(); }

    void skip_blank() {
        while (!at_end() && m_lines[m_at].blank) {
            ++m_at;
        }
    }

    /// How many lines from the current one on start a key at `indent` before the block ends:
    /// the size of the mapping there, at most k_max_keys (a hint for reserving).
    std::size_t keys_at(int indent) const {
        std::size_t n = 1;
        for (std::size_t i = m_at + 1; i < m_lines.size() && n < k_max_keys; ++i) {
            if (m_lines[i].blank) {
                continue;
            }
            if (m_lines[i].indent < indent) {
                break;
            }
            n += m_lines[i].indent == indent ? 1 : 0;
        }
        return n;
    }

    Pos pos_of(std::size_t line, std::size_t column) const {
        return Pos{static_cast<int>(line) + 1, static_cast<int>(column) + 1};
    }

    /// A block mapping whose keys start at `indent`; the current line's key may start further
    /// right (`- key: value`), at `first_column`.
    Node map(int indent, std::size_t first_column, int depth) {
        if (depth > m_limits.max_depth) {
            throw Decline{};
        }
        Node out = Node::map();
        out.entries.reserve(keys_at(indent));
        std::size_t column = first_column;
        bool first = true;
        while (true) {
            if (!first) {
                skip_blank();
                if (at_end() || m_lines[m_at].indent < indent) {
                    break;
                }
                if (m_lines[m_at].indent > indent) {
                    throw Decline{};
                }
                column = static_cast<std::size_t>(indent);
            }
            const std::size_t line_no = m_at;
            std::string_view rest = m_lines[line_no].text.substr(column);
            Entry entry;
            entry.key_pos = pos_of(line_no, column);
            std::size_t key_end = 0;
            if (!rest.empty() && rest[0] == '"') {
                std::size_t close = rest.find('"', 1);
                if (close == std::string_view::npos || close == 1) {
                    throw Decline{};
                }
                for (std::size_t i = 1; i < close; ++i) {
                    if (!is_key_char(rest[i])) {
                        throw Decline{};
                    }
                }
                entry.key = std::string(rest.substr(1, close - 1));
                key_end = close + 1;
            } else {
                while (key_end < rest.size() && is_key_char(rest[key_end])) {
                    ++key_end;
                }
                if (key_end == 0 || rest[0] == '-') {
                    throw Decline{};
                }
                entry.key = std::string(rest.substr(0, key_end));
                if (is_null_word(entry.key)) {
                    throw Decline{};
                }
            }
            if (key_end >= rest.size() || rest[key_end] != ':') {
                throw Decline{};
            }
            if (std::any_of(out.entries.begin(), out.entries.end(),
                            [&](const Entry& e) { return e.key == entry.key; })) {
                throw Decline{};  // a duplicate key: yaml-cpp's path says so
            }
            if (out.entries.size() == k_max_keys) {
                throw Decline{};  // more than integra writes; also bounds the search above
            }
            if (first) {
                out.pos = entry.key_pos;
            }
            std::string_view after = rest.substr(key_end + 1);
            if (after.empty()) {
                ++m_at;
                entry.value = nested(indent, depth);
            } else {
                std::size_t blanks = after.find_first_not_of(' ');
                if (blanks == 0 || blanks == std::string_view::npos) {
                    throw Decline{};  // `key:x`, or blanks and nothing after them
                }
                entry.value = inline_value(line_no, column + key_end + 1 + blanks, indent, depth);
            }
            out.entries.push_back(std::move(entry));
            first = false;
        }
        return out;
    }

    /// The block under a `key:` whose line ends there: a mapping or a list, two spaces in.
    Node nested(int indent, int depth) {
        skip_blank();
        if (at_end() || m_lines[m_at].indent != indent + 2) {
            throw Decline{};  // null, or an indentation integra does not write
        }
        std::string_view text = m_lines[m_at].text.substr(static_cast<std::size_t>(indent + 2));
        if (text.starts_with("- ") || text == "-") {
            return seq(indent + 2, depth + 1);
        }
        return map(indent + 2, static_cast<std::size_t>(indent + 2), depth + 1);
    }

    Node seq(int indent, int depth) {
        if (depth > m_limits.max_depth) {
            throw Decline{};
        }
        Node out = Node::seq();
        out.pos = pos_of(m_at, static_cast<std::size_t>(indent));
        while (true) {
            skip_blank();
            if (at_end() || m_lines[m_at].indent < indent) {
                break;
            }
            const Line& line = m_lines[m_at];
            if (line.indent > indent) {
                throw Decline{};
            }
            std::string_view text = line.text.substr(static_cast<std::size_t>(indent));
            if (!text.starts_with("- ")) {
                throw Decline{};  // `-` alone, or a mapping at a list's indentation
            }
            const std::size_t column = line.text.find_first_not_of(' ', indent + 2);
            if (column == std::string_view::npos) {
                throw Decline{};  // `- ` and nothing after it
            }
            std::string_view item = line.text.substr(column);
            if (starts_with_key(item)) {
                if (column != static_cast<std::size_t>(indent) + 2) {
                    throw Decline{};
                }
                out.items.push_back(map(indent + 2, column, depth + 1));
            } else {
                out.items.push_back(inline_value(m_at, column, indent, depth));
            }
        }
        return out;
    }

    /// True when `text` opens with `key:` followed by a blank or the end of the line.
    static bool starts_with_key(std::string_view text) {
        std::size_t i = 0;
        if (!text.empty() && text[0] == '"') {
            std::size_t close = text.find('"', 1);
            if (close == std::string_view::npos) {
                return false;
            }
            i = close + 1;
        } else {
            while (i < text.size() && is_key_char(text[i])) {
                ++i;
            }
            if (i == 0) {
                return false;
            }
        }
        return i < text.size() && text[i] == ':' && (i + 1 == text.size() || text[i + 1] == ' ');
    }

    /// The value that starts at `column` of line `line_no`, after `key: ` or `- `; consumes
    /// its lines. `indent` is the indentation of the key or the dash.
    Node inline_value(std::size_t line_no, std::size_t column, int indent, int depth) {
        std::string_view text = m_lines[line_no].text.substr(column);
        const Pos pos = pos_of(line_no, column);
        ++m_at;
        Node n;
        if (text == "{}" || text == "[]") {
            if (depth + 1 > m_limits.max_depth) {
                throw Decline{};
            }
            n = text == "{}" ? Node::map() : Node::seq();
            n.flow = true;
        } else if (text == "|" || text == "|-") {
            n = Node::scalar(literal(indent, text == "|"), Style::quoted);
        } else if (text.front() == '"') {
            n = Node::scalar(double_quoted(text), Style::quoted);
        } else {
            n = Node::scalar(plain(text), Style::plain);
        }
        n.pos = pos;
        // A scalar's next line further in would continue it (a folded plain scalar).
        if (n.is_scalar() && n.style == Style::plain) {
            std::size_t next = m_at;
            while (next < m_lines.size() && m_lines[next].blank) {
                ++next;
            }
            if (next < m_lines.size() && m_lines[next].indent > indent) {
                throw Decline{};
            }
        }
        return n;
    }

    static std::string plain(std::string_view t) {
        static constexpr std::string_view k_indicators = "-?:,[]{}#&*!|>'\"%@`";
        if (t.empty() || k_indicators.find(t.front()) != std::string_view::npos ||
            t.back() == ' ' || t.back() == ':' || is_null_word(t) ||
            t.find('\t') != std::string_view::npos || t.find(": ") != std::string_view::npos ||
            t.find(" #") != std::string_view::npos) {
            throw Decline{};
        }
        return std::string(t);
    }

    static std::string double_quoted(std::string_view t) {
        std::string out;
        std::size_t i = 1;
        for (; i < t.size() && t[i] != '"'; ++i) {
            if (t[i] != '\\') {
                out += t[i];
                continue;
            }
            if (++i == t.size()) {
                throw Decline{};
            }
            switch (t[i]) {
                case '\\':
                    out += '\\';
                    break;
                case '"':
                    out += '"';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                default:
                    throw Decline{};
            }
        }
        if (i + 1 != t.size()) {
            throw Decline{};  // not closed on this line, or something after the quote
        }
        return out;
    }

    /// A `|` or `|-` block whose lines start further in than `indent`.
    std::string literal(int indent, bool keep_last_newline) {
        if (at_end() || m_lines[m_at].blank || m_lines[m_at].indent <= indent) {
            throw Decline{};
        }
        const int block = m_lines[m_at].indent;
        std::string out;
        std::size_t pending_breaks = 0;
        bool any = false;
        while (!at_end()) {
            const Line& line = m_lines[m_at];
            if (line.blank) {
                if (!line.text.empty()) {
                    throw Decline{};  // spaces on an empty line of a block
                }
                ++pending_breaks;
                ++m_at;
                continue;
            }
            if (line.indent < block) {
                break;
            }
            if (any) {
                out.append(pending_breaks + 1, '\n');
            } else if (pending_breaks > 0) {
                throw Decline{};
            }
            pending_breaks = 0;
            out += line.text.substr(static_cast<std::size_t>(block));
            any = true;
            ++m_at;
        }
        if (pending_breaks > 0 && !at_end()) {
            throw Decline{};  // empty lines before the next key: yaml-cpp decides
        }
        if (at_end() && !m_final_newline) {
            throw Decline{};  // the file ends inside the block without a line break
        }
        if (keep_last_newline) {
            out += '\n';
        }
        return out;
    }

    const Limits& m_limits;
    bool m_final_newline;
    std::vector<Line> m_lines;
    std::size_t m_at = 0;
};

}  // namespace

std::optional<Node> read_simple(std::string_view text, const Limits& limits) {
    // Line breaks and a byte order mark that yaml-cpp may read differently than a line split.
    for (std::string_view odd : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF"}) {
        if (text.find(odd) != std::string_view::npos) {
            return std::nullopt;
        }
    }
    try {
        return Reader(text, limits).document();
    } catch (const Decline&) {
        return std::nullopt;
    }
}

}  // namespace integra::yaml::detail
