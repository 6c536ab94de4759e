#pragma once
// Reads one record file's bytes into a Node tree without trusting them: valid UTF-8, no NUL,
// exactly one document with a mapping at its root, no duplicate keys, no anchors, aliases or
// tags, bounded nesting. yaml-cpp's exceptions never leave this module.

#include <cstddef>
#include <string_view>

#include "util/error.hpp"
#include "yaml/node.hpp"

namespace integra::yaml {

struct Limits {
    std::size_t max_bytes = 256 * 1024;  ///< a record is a few hundred bytes
    int max_depth = 16;                  ///< records nest four levels at most
};

/// The document's root mapping, or the first problem found with its line and column. A UTF-8
/// byte order mark is skipped; CRLF line ends are read as LF.
Result<Node> read(std::string_view bytes, const Limits& limits = {});

namespace detail {
/// read() without its fast path (yaml/simple_reader.hpp), for the test that compares the two.
Result<Node> read_with_yaml_cpp(std::string_view bytes, const Limits& limits = {});
}  // namespace detail

}  // namespace integra::yaml
