#pragma once
// The canonical writer: block style, two-space indent, list items indented under their key, a
// trailing newline, and quoting decided here (never by yaml-cpp's emitter, which writes `no`
// and `0123` bare). Key order is the caller's: the schema puts the tree in order first.

#include <string>
#include <string_view>

#include "yaml/node.hpp"

namespace integra::yaml {

/// The canonical text of a mapping. Scalars with Style::any are plain when plain_is_string(),
/// Style::plain ones (dates, numbers) when plain_is_possible(), all others double-quoted or,
/// for multi-line text, a `|` block.
std::string write(const Node& root);

/// True when `text` may stand as a plain scalar in block context at all (no indicator first,
/// no `: ` or ` #`, no control characters, no surrounding blanks).
bool plain_is_possible(std::string_view text);

/// True when `text` written plain is read back as the same string by YAML 1.1 readers (PyYAML:
/// `no`, `0123`, `12:30`, `2025-03-04` are not strings there) and YAML 1.2 readers (`1e3`),
/// and is not a number-like string such as a phone number, which spreadsheets mangle.
bool plain_is_string(std::string_view text);

/// `text` as a double-quoted YAML scalar, with escapes.
std::string double_quoted(std::string_view text);

}  // namespace integra::yaml
