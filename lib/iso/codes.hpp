#pragma once
// ISO 639 language and ISO 3166-1 country codes, from Debian's iso-codes (compiled in at build
// time, so no JSON is parsed at run time).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace integra::iso {

struct Language {
    std::string_view code;       ///< as written in a record: ISO 639-1, -2, -3 or -5
    std::string_view preferred;  ///< the ISO 639-1 code where one exists, else the code itself
    std::string_view name;       ///< English name
    std::string_view name_de;    ///< German name (iso-codes' translation; English without one)
};

struct Country {
    std::string_view code;
    std::string_view name;     ///< English name (the short common name where there is one)
    std::string_view name_de;  ///< German name
};

/// The language of names in a report.
enum class NameLang { en, de };

/// The language with this code (lower case), or nullopt if it is not ISO 639.
std::optional<Language> find_language(std::string_view code);

/// The English name of the language with this code, or the code itself when it is not ISO 639.
std::string language_name(std::string_view code);

/// The language's name in `lang` (`ar` → Arabisch; the first of synonyms: `es` → Spanisch), or
/// the code itself when it is not ISO 639.
std::string language_name(std::string_view code, NameLang lang);

/// The country with this ISO 3166-1 alpha-2 code (upper case); `XX` (stateless) and `ZZ`
/// (unknown) are the office's own codes. Nullopt if unknown.
std::optional<Country> find_country(std::string_view code);

/// The country's name in `lang` (`SY` → Syrien), or the code itself when it is unknown.
std::string country_name(std::string_view code, NameLang lang);

/// Every code a record should use for a language (ISO 639-1 where one exists, else the code
/// itself: `de`, `prs`), sorted; for shell completion.
std::vector<std::string_view> preferred_language_codes();

/// Every ISO 3166-1 alpha-2 code and the office's `XX` and `ZZ`, sorted; for shell completion.
std::vector<std::string_view> country_codes();

namespace detail {
/// Lines of `code\tpreferred\tname\tname_de` and `code\tname\tname_de`, sorted by code
/// (generated).
extern const char k_language_text[];
extern const char k_country_text[];
}  // namespace detail

}  // namespace integra::iso
