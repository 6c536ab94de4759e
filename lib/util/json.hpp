#pragma once
// JSON output, built from typed values with nlohmann-json (Debian's nlohmann-json3-dev) and
// never from format strings. Objects keep their keys in insertion order, so a record's JSON
// follows the record's field order. Money is a decimal string ("1500.00"): exact, where a JSON
// number would be read as a binary float by most tools.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "util/values.hpp"

namespace integra {

/// A JSON value whose objects keep the order in which keys were added.
using Json = nlohmann::ordered_json;

/// `value` as text: indented by two spaces, UTF-8 as it is, a final newline. Text that is not
/// valid UTF-8 (a hand-edited file) comes out with U+FFFD in its place instead of failing.
std::string dump_json(const Json& value);

/// Money as a decimal string with two places: `"1500.00"`.
Json money_json(Money money);

/// A decimal in hundredths (hours) as a JSON number, written as records write it: `2`, `1.5`,
/// `0.25` (whole numbers as integers).
Json decimal_json(Money hundredths);

/// A value or null.
Json optional_json(const std::optional<std::string>& text);

}  // namespace integra
