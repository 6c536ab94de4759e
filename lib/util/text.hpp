#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace integra {

/// `text` safe to print on a terminal: control characters (ESC, BEL, CR …) become `\xNN`, and
/// bytes that are not UTF-8 become `\xNN` too; everything else is kept.
std::string printable(std::string_view text);

/// The pieces of `text` between the `sep`s: n separators give n + 1 pieces, so "" gives one
/// empty piece and a trailing separator an empty last piece.
std::vector<std::string> split(std::string_view text, char sep);

/// `text` without the spaces, tabs, carriage returns and newlines at either end.
std::string trim(std::string_view text);

/// The first `shown` of `items` joined with ", ", then ", …" when there are more: for a message
/// that names some of many IDs.
std::string some_of(const std::vector<std::string>& items, std::size_t shown = 5);

}  // namespace integra
