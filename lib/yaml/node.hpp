#pragma once
// The tree a record file is read into: mappings keep their key order, every node keeps its
// 1-based line and column, and scalars stay text (typed parsers in util/values.hpp convert them).

#include <string>
#include <string_view>
#include <vector>

namespace integra::yaml {

struct Pos {
    int line = 0;  ///< 1-based; 0 = not from a file
    int column = 0;
};

/// How a scalar was written (reader) or must be written (writer).
enum class Style {
    any,     ///< writer: plain unless a YAML 1.1 or 1.2 reader would take it for a non-string
    plain,   ///< reader: was plain; writer: plain if the syntax allows (typed values)
    quoted,  ///< reader: was quoted or a block scalar; writer: always quoted
};

struct Entry;

struct Node {
    enum class Kind { null, scalar, map, seq };

    Kind kind = Kind::null;
    std::string text;  ///< scalar text, quotes and escapes resolved
    Style style = Style::any;
    bool flow = false;  ///< map or seq written in flow style (`[a, b]`)
    Pos pos;
    std::vector<Entry> entries;  ///< map
    std::vector<Node> items;     ///< seq

    static Node scalar(std::string text, Style style = Style::any);
    static Node map();
    static Node seq();

    bool is_null() const { return kind == Kind::null; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_map() const { return kind == Kind::map; }
    bool is_seq() const { return kind == Kind::seq; }

    /// The value under `key` in a map, or nullptr (also for non-maps).
    const Node* find(std::string_view key) const;
    Node* find(std::string_view key);
    /// The value under `key`, inserted at the end (as null) if missing. Only for maps.
    Node& at_or_insert(std::string_view key);
    /// Removes `key` from a map; false if it was not there.
    bool erase(std::string_view key);
};

struct Entry {
    std::string key;
    Pos key_pos;
    Node value;
    Style key_style = Style::any;  ///< writer: Style::plain for typed keys (budget years)
};

}  // namespace integra::yaml
