#include "yaml/reader.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <sstream>
#include <unordered_map>

#include "util/values.hpp"
#include "yaml/simple_reader.hpp"

namespace integra::yaml {

namespace {

/// Thrown from the event handler to stop parsing at the first problem.
struct Abort {
    Error error;
};

Pos to_pos(const YAML::Mark& m) {
    if (m.is_null()) {
        return {};
    }
    return {m.line + 1, m.column + 1};
}

[[noreturn]] void abort_at(Pos pos, std::string message) {
    throw Abort{Error{std::move(message), pos.line, pos.column}};
}

/// Builds a Node tree from yaml-cpp's parse events, refusing what a record never contains.
class Builder : public YAML::EventHandler {
  public:
    explicit Builder(const Limits& limits) : m_limits(limits) {}

    Node take_root() { return std::move(m_root); }
    bool has_root() const { return m_has_root; }
    Pos document_pos() const { return m_document_pos; }
    /// Where each quoted scalar starts (byte offsets of its opening quote).
    const std::vector<std::size_t>& quoted_offsets() const { return m_quoted_offsets; }

    void OnDocumentStart(const YAML::Mark& mark) override { m_document_pos = to_pos(mark); }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        check_anchor(mark, anchor);
        Node n;
        n.pos = to_pos(mark);
        add(std::move(n));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        abort_at(to_pos(mark), "aliases (*name) are not allowed in records; write the value out");
    }

    void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
        abort_at(to_pos(mark),
                 fmt::format("anchors (&{}) are not allowed in records; remove it", name));
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        check_anchor(mark, anchor);
        check_tag(mark, tag);
        Node n = Node::scalar(value, tag == "!" ? Style::quoted : Style::plain);
        n.pos = to_pos(mark);
        if (tag == "!") {
            m_quoted_offsets.push_back(static_cast<std::size_t>(mark.pos));
        }
        add(std::move(n));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(Node::seq(), mark, tag, anchor, style);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(Node::map(), mark, tag, anchor, style);
    }
    void OnMapEnd() override { close(); }

  private:
    struct Frame {
        Node node;
        bool have_key = false;
        std::string key;
        Pos key_pos;
        std::unordered_map<std::string, int> key_lines;  ///< duplicate detection in O(1)
    };

    void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor) {
            abort_at(to_pos(mark), "anchors (&name) are not allowed in records; remove it");
        }
    }

    void check_tag(const YAML::Mark& mark, const std::string& tag) {
        if (!tag.empty() && tag != "?" && tag != "!") {
            abort_at(to_pos(mark),
                     fmt::format("tags ({}) are not allowed in records; remove it", tag));
        }
    }

    void open(Node n, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style) {
        check_anchor(mark, anchor);
        check_tag(mark, tag);
        if (static_cast<int>(m_stack.size()) >= m_limits.max_depth) {
            abort_at(to_pos(mark), fmt::format("nested more than {} levels deep; a record is "
                                               "never this deep",
                                               m_limits.max_depth));
        }
        if (!m_stack.empty() && m_stack.back().node.is_map() && !m_stack.back().have_key) {
            abort_at(to_pos(mark), "a key must be a plain word, not a list or mapping");
        }
        n.pos = to_pos(mark);
        n.flow = style == YAML::EmitterStyle::Flow;
        Frame frame;
        frame.node = std::move(n);
        m_stack.push_back(std::move(frame));
    }

    void close() {
        Node n = std::move(m_stack.back().node);
        m_stack.pop_back();
        add(std::move(n));
    }

    void add(Node n) {
        if (m_stack.empty()) {
            if (m_has_root) {
                abort_at(n.pos, "more than one value at the top level");
            }
            m_root = std::move(n);
            m_has_root = true;
            return;
        }
        Frame& top = m_stack.back();
        if (top.node.is_seq()) {
            top.node.items.push_back(std::move(n));
            return;
        }
        if (!top.have_key) {
            add_key(top, n);
            return;
        }
        top.node.entries.push_back(Entry{std::move(top.key), top.key_pos, std::move(n)});
        top.have_key = false;
    }

    void add_key(Frame& top, const Node& n) {
        if (!n.is_scalar() || n.text.empty()) {
            abort_at(n.pos, "empty key: every line needs a name before its colon");
        }
        auto [it, inserted] = top.key_lines.emplace(n.text, n.pos.line);
        if (!inserted) {
            abort_at(n.pos, fmt::format("duplicate key `{}` (first at line {}); keep one", n.text,
                                        it->second));
        }
        top.key = n.text;
        top.key_pos = n.pos;
        top.have_key = true;
    }

    const Limits& m_limits;
    std::vector<Frame> m_stack;
    Node m_root;
    bool m_has_root = false;
    Pos m_document_pos;
    std::vector<std::size_t> m_quoted_offsets;
};

/// The line and column of byte `offset`, the column in characters (as every position read()
/// returns).
Pos offset_to_pos(std::string_view text, std::size_t offset) {
    Pos p{1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

/// yaml-cpp's marks and the fast path count columns in bytes; read() gives characters, as
/// editors count them (a tab is one), so that every message says the same column. A text
/// without a byte above 0x7F is left as it is.
class CharacterColumns {
  public:
    explicit CharacterColumns(std::string_view text) : m_text(text) {
        if (std::none_of(text.begin(), text.end(), [](char c) { return (c & 0x80) != 0; })) {
            return;
        }
        m_starts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n') {
                m_starts.push_back(i + 1);
            }
        }
    }
    bool needed() const { return !m_starts.empty(); }

    int column(int line, int byte_column) const {
        if (line < 1 || static_cast<std::size_t>(line) > m_starts.size() || byte_column < 1) {
            return byte_column;
        }
        const std::size_t start = m_starts[static_cast<std::size_t>(line) - 1];
        const std::size_t wanted = start + static_cast<std::size_t>(byte_column) - 1;
        const std::size_t end = std::min(wanted, m_text.size());
        int chars = 1;
        for (std::size_t i = start; i < end; ++i) {
            chars += (static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80 ? 1 : 0;
        }
        return chars + static_cast<int>(wanted - end);
    }

    void convert(Pos& p) const { p.column = column(p.line, p.column); }

    void convert(Node& n) const {
        convert(n.pos);
        for (Entry& e : n.entries) {
            convert(e.key_pos);
            convert(e.value);
        }
        for (Node& item : n.items) {
            convert(item);
        }
    }

  private:
    std::string_view m_text;
    std::vector<std::size_t> m_starts;  ///< of each line; empty when all is ASCII
};

std::string_view line_at(std::string_view text, int line) {
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        start = text.find('\n', start);
        if (start == std::string_view::npos) {
            return {};
        }
        ++start;
    }
    auto end = text.find('\n', start);
    return text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
}

/// yaml-cpp 0.7 takes a bare trailing word (`foo: 1\nword`) for a key with no value. Such a key
/// has no colon after it on its line; a real `key:` always has one.
void check_keys_have_colons(const Node& n, std::string_view text) {
    for (const Entry& e : n.entries) {
        if (e.value.is_null() && e.key_pos.line > 0) {
            std::string_view line = line_at(text, e.key_pos.line);
            auto col = static_cast<std::size_t>(e.key_pos.column - 1);
            if (line.find(':', std::min(col, line.size())) == std::string_view::npos) {
                throw Abort{Error{fmt::format("`{}` is not a `key: value` line; add a colon "
                                              "or remove the line",
                                              e.key),
                                  e.key_pos.line, e.key_pos.column}};
            }
        }
        check_keys_have_colons(e.value, text);
    }
    for (const Node& item : n.items) {
        check_keys_have_colons(item, text);
    }
}

/// yaml-cpp 0.7 accepts a quoted scalar whose closing quote is missing at the end of the file
/// (`name: "abc`) and reads the rest of the file into it. Each quote it reported must close.
void check_quotes_close(std::string_view text, const std::vector<std::size_t>& offsets) {
    for (std::size_t start : offsets) {
        if (start >= text.size() || (text[start] != '"' && text[start] != '\'')) {
            continue;
        }
        const char quote = text[start];
        bool closed = false;
        for (std::size_t i = start + 1; i < text.size() && !closed; ++i) {
            if (quote == '"' && text[i] == '\\') {
                ++i;
            } else if (quote == '\'' && text[i] == '\'' && i + 1 < text.size() &&
                       text[i + 1] == '\'') {
                ++i;
            } else if (text[i] == quote) {
                closed = true;
            }
        }
        if (!closed) {
            Pos p = offset_to_pos(text, start);
            throw Abort{Error{fmt::format("the quote ({}) opened here is never closed; add the "
                                          "closing {}",
                                          quote, quote),
                              p.line, p.column}};
        }
    }
}

/// `e` with its column moved back to just past the end of its line, and its line to the last,
/// where yaml-cpp put it beyond them (an escape cut short by the end of the file): an editor
/// cannot go there.
Error within(Error e, std::string_view text) {
    const auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    if (e.line > lines) {
        e.line = lines;
        e.column = std::numeric_limits<int>::max();
    }
    if (e.line > 0) {
        e.column = std::min(e.column, static_cast<int>(line_at(text, e.line).size()) + 1);
    }
    return e;
}

/// yaml-cpp's parser messages, said as what to do about them. Others keep yaml-cpp's words.
/// A tab in the indentation of the line is the likelier cause of any of them.
std::string explain(const std::string& msg, std::string_view line) {
    using namespace YAML::ErrorMsg;
    std::string_view indent = line.substr(0, line.find_first_not_of(" \t"));
    if (indent.find('\t') != std::string_view::npos) {
        return "YAML syntax: a tab indents this line; indent with spaces";
    }
    static const std::pair<const char*, const char*> k_advice[] = {
        {END_OF_MAP_FLOW, "a `{` is never closed by a `}`"},
        {END_OF_SEQ_FLOW, "a `[` is never closed by a `]`"},
        {TAB_IN_INDENTATION, "a tab indents this line; indent with spaces"},
        {MAP_VALUE,
         "a `key: value` where none can be; check this line's indentation against "
         "the line above"},
        {MAP_KEY, "a key where none can be; check this line's indentation"},
        {BLOCK_ENTRY, "a `- ` list item where none can be; check this line's indentation"},
        {END_OF_MAP, "a mapping is not closed properly; check the indentation"},
        {END_OF_SEQ, "a list is not closed properly; check the indentation"},
        {FLOW_END, "a `]` or `}` that closes nothing"},
        {UNKNOWN_TOKEN, "something here is not YAML; quote the value"},
    };
    for (const auto& [yaml_cpp, advice] : k_advice) {
        if (msg == yaml_cpp) {
            return fmt::format("YAML syntax: {}", advice);
        }
    }
    return fmt::format("YAML syntax: {}", msg.empty() ? "not valid YAML" : msg);
}

/// The offset of the first `[` or `{` that is never closed, counting brackets outside quotes
/// and comments; nullopt when all close. Used only to explain a parse that failed already, so
/// a block scalar holding brackets can do no harm.
std::optional<std::size_t> unclosed_bracket(std::string_view text) {
    std::vector<std::size_t> open;
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool token_start =
            i == 0 || std::string_view(" \t\n[{,:").find(text[i - 1]) != std::string_view::npos;
        if (quote) {
            if (c == quote && !(quote == '"' && text[i - 1] == '\\')) {
                quote = 0;
            } else if (c == '\n' && quote == '"') {
                quote = 0;  // check_quotes_close reports those
            }
        } else if ((c == '"' || c == '\'') && token_start) {
            quote = c;
        } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
            i = std::min(text.find('\n', i), text.size()) - 1;
        } else if (c == '[' || c == '{') {
            open.push_back(i);
        } else if ((c == ']' || c == '}') && !open.empty()) {
            open.pop_back();
        }
    }
    return open.empty() ? std::nullopt : std::optional(open.front());
}

Result<Node> parse(std::string_view text, const Limits& limits, bool fast) {
    if (auto simple = fast ? detail::read_simple(text, limits) : std::nullopt) {
        return std::move(*simple);
    }
    std::istringstream in{std::string(text)};
    YAML::Parser parser(in);
    Builder builder(limits);
    try {
        if (!parser.HandleNextDocument(builder) || !builder.has_root()) {
            return Error{"the file is empty; a record is a mapping of `key: value` lines", 1, 1};
        }
        Node root = builder.take_root();
        Builder second(limits);
        if (parser.HandleNextDocument(second)) {
            Pos p = second.document_pos();
            return Error{"a second document (`---`) follows; a record file holds exactly one",
                         p.line, p.column};
        }
        if (!root.is_map() || root.flow) {
            return Error{"a record must be a block mapping of `key: value` lines", root.pos.line,
                         root.pos.column};
        }
        check_quotes_close(text, builder.quoted_offsets());
        check_keys_have_colons(root, text);
        return root;
    } catch (const Abort& a) {
        if (a.error.message.starts_with("a key must be a plain word")) {
            // yaml-cpp reads an unclosed `[[` as a list used as a key
            // only an opener before the place yaml-cpp stopped at, on its line
            auto at = unclosed_bracket(text);
            Pos p;  // in bytes, as yaml-cpp's, converted with them by read()
            if (at) {
                std::string_view before = text.substr(0, *at);
                auto newline = before.rfind('\n');
                p.line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
                p.column =
                    static_cast<int>(newline == std::string_view::npos ? *at : *at - newline - 1) +
                    1;
            }
            if (at && p.line == a.error.line && p.column <= a.error.column) {
                return Error{fmt::format("this `{}` is never closed; close it with `{}`, or put "
                                         "the value in quotes if the bracket belongs to the text",
                                         text[*at], text[*at] == '[' ? ']' : '}'),
                             p.line, p.column};
            }
        }
        return a.error;
    } catch (const YAML::DeepRecursion& e) {
        return Error{"nested too deeply; a record is never this deep", e.mark.line + 1,
                     e.mark.column + 1};
    } catch (const YAML::Exception& e) {
        int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        return Error{explain(e.msg, line > 0 ? line_at(text, line) : std::string_view{}), line,
                     e.mark.is_null() ? 0 : e.mark.column + 1};
    } catch (const std::exception& e) {
        return Error{fmt::format("could not be read as YAML: {}", e.what()), 0, 0};
    }
}

Result<Node> read(std::string_view bytes, const Limits& limits, bool fast) {
    if (bytes.size() > limits.max_bytes) {
        return Error{fmt::format("the file is {} bytes; a record may have at most {}", bytes.size(),
                                 limits.max_bytes)};
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        return Error{"the file is UTF-16; save it as UTF-8", 1, 1};
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
    }
    if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
        Pos p = offset_to_pos(bytes, nul);
        return Error{"the file contains a NUL byte; is it a binary file?", p.line, p.column};
    }
    std::size_t bad = 0;
    if (!is_valid_utf8(bytes, &bad)) {
        Pos p = offset_to_pos(bytes, bad);
        return Error{"not valid UTF-8; save the file as UTF-8", p.line, p.column};
    }
    std::string text;
    text.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') {
                continue;
            }
            Pos p = offset_to_pos(bytes, i);
            return Error{
                "a line ends in a bare carriage return (old Mac line endings); save the "
                "file with LF or CRLF line endings",
                p.line, p.column};
        }
        text.push_back(bytes[i]);
    }
    // YAML allows no control characters but tab and line breaks; yaml-cpp 0.7 lets them
    // through. An escaped one inside double quotes ("\a") is the schema's business.
    if (auto control = find_control_character(text)) {
        Pos p = offset_to_pos(text, control->offset);
        return Error{fmt::format("the file contains the control character U+{:04X}; remove it",
                                 control->code),
                     p.line, p.column};
    }
    // What a merge that stopped on a conflict leaves: YAML would report a puzzling syntax
    // error a few lines on.
    for (std::size_t at = text.find("<<<<<<<"); at != std::string::npos;
         at = text.find("<<<<<<<", at + 1)) {
        if (at == 0 || text[at - 1] == '\n') {
            Pos p = offset_to_pos(text, at);
            return Error{
                "a git merge conflict is left in this file (<<<<<<<, ======= and >>>>>>> "
                "lines); keep the right lines, remove those three, then `git add` the "
                "file and finish the merge",
                p.line, p.column};
        }
    }
    auto result = parse(text, limits, fast);
    if (!result) {
        Error e = within(result.error(), text);
        e.column = CharacterColumns(text).column(e.line, e.column);
        return e;
    }
    if (CharacterColumns columns(text); columns.needed()) {
        columns.convert(*result);
    }
    return result;
}

}  // namespace

Result<Node> read(std::string_view bytes, const Limits& limits) {
    return read(bytes, limits, true);
}

namespace detail {

Result<Node> read_with_yaml_cpp(std::string_view bytes, const Limits& limits) {
    return read(bytes, limits, false);
}

}  // namespace detail

}  // namespace integra::yaml
