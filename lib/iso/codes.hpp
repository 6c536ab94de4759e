#pragma once
// ISO 639 language and ISO 3166-1 country codes, from Debian's iso-codes (compiled in at build
// time, so no JSON is parsed at run time).

#include <optional>
#include <string>
#include <string_view>

namespace integra::iso {

struct Language {
    std::string_view code;       ///< as written in a record: ISO 639-1, -2, -3 or -5
    std::string_view preferred;  ///< the ISO 639-1 code where one exists, else the code itself
    std::string_view name;       ///< English name
};

struct Country {
    std::string_view code;
    std::string_view name;  ///< English name
};

/// The language with this code (lower case), or nullopt if it is not ISO 639.
std::optional<Language> find_language(std::string_view code);

/// The English name of the language with this code, or the code itself when it is not ISO 639.
std::string language_name(std::string_view code);

/// The country with this ISO 3166-1 alpha-2 code (upper case); `XX` (stateless) and `ZZ`
/// (unknown) are the office's own codes. Nullopt if unknown.
std::optional<Country> find_country(std::string_view code);

namespace detail {
/// Lines of `code\tpreferred\tname` and `code\tname`, sorted by code (generated).
extern const char k_language_text[];
extern const char k_country_text[];
}  // namespace detail

}  // namespace integra::iso
