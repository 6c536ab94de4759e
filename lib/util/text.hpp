#pragma once

#include <string>
#include <string_view>

namespace integra {

/// `text` safe to print on a terminal: control characters (ESC, BEL, CR …) become `\xNN`, and
/// bytes that are not UTF-8 become `\xNN` too; everything else is kept.
std::string printable(std::string_view text);

}  // namespace integra
