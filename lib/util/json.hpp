#pragma once

#include <string>
#include <string_view>

namespace integra {

/// `text` as a JSON string literal, quotes included.
std::string json_string(std::string_view text);

}  // namespace integra
