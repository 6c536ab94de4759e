#pragma once
// A fast path for yaml::read: the block YAML that integra writes (yaml/writer.hpp) and little
// more, read in one pass over the lines, about twenty times faster than yaml-cpp's parser. A
// district's hundred thousand record files are read in well under a second this way.
//
// It either gives exactly the tree yaml-cpp's path would give, positions and styles included,
// or declines, and yaml::read goes the slow path: comments, flow collections, single quotes,
// folded scalars, escapes other than \\ \" \n \t, anchors, tags, null values, any irregular
// indentation, and everything wrong. It never reports an error of its own, so every message
// about a broken file comes from one place. tests/unit/yaml/test_simple_reader.cpp holds it to
// that on every example record and on tens of thousands of damaged ones.

#include <optional>
#include <string_view>

#include "yaml/node.hpp"
#include "yaml/reader.hpp"

namespace integra::yaml::detail {

/// The tree of `text` (valid UTF-8 without BOM, NUL, CR or control characters, as yaml::read
/// has made sure), or nullopt when it is not in the subset described above.
std::optional<Node> read_simple(std::string_view text, const Limits& limits);

}  // namespace integra::yaml::detail
