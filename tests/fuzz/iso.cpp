// The ISO 639 and 3166-1 lookups (iso/codes.hpp) that every language and country code of a
// record, of `--lang` and of the intake's answers is checked with. The whole input is the code.
//
// Properties: a code found is the input itself, in the table's case (two or three lower-case
// letters for a language, two upper-case ones for a country), with a preferred code that is
// found too and is its own preferred code, and with names in English and German that the name
// functions give; a code not found is what the name functions give back, unchanged.

#include <fmt/format.h>

#include <algorithm>

#include "fuzz.hpp"
#include "iso/codes.hpp"

using namespace integra;

namespace {

bool letters(std::string_view s, char from, char to) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [&](char c) { return c >= from && c <= to; });
}

void language(std::string_view code) {
    const auto l = iso::find_language(code);
    if (!l) {
        fuzz::require(iso::language_name(code) == code &&
                          iso::language_name(code, iso::NameLang::de) == code &&
                          iso::language_name(code, iso::NameLang::en) == code,
                      fmt::format("the name of the unknown language {:?}", code));
        return;
    }
    fuzz::require(l->code == code, fmt::format("find_language({:?}) found {:?}", code, l->code));
    fuzz::require(letters(code, 'a', 'z') && (code.size() == 2 || code.size() == 3),
                  fmt::format("the language code {:?}", code));
    const auto preferred = iso::find_language(l->preferred);
    fuzz::require(preferred && preferred->preferred == l->preferred &&
                      (l->preferred.size() == 2 || l->preferred == code),
                  fmt::format("the preferred code {:?} of {:?}", l->preferred, code));
    fuzz::require(!l->name.empty() && !l->name_de.empty(), fmt::format("names of {:?}", code));
    const std::string de = iso::language_name(code, iso::NameLang::de);
    fuzz::require(iso::language_name(code) == l->name && !de.empty() &&
                      l->name_de.starts_with(de) && de.find(';') == std::string::npos,
                  fmt::format("language_name({:?})", code));
}

void country(std::string_view code) {
    const auto c = iso::find_country(code);
    if (!c) {
        fuzz::require(iso::country_name(code, iso::NameLang::de) == code &&
                          iso::country_name(code, iso::NameLang::en) == code,
                      fmt::format("the name of the unknown country {:?}", code));
        return;
    }
    fuzz::require(c->code == code && code.size() == 2 && letters(code, 'A', 'Z'),
                  fmt::format("find_country({:?}) found {:?}", code, c->code));
    fuzz::require(!c->name.empty() && !c->name_de.empty() &&
                      iso::country_name(code, iso::NameLang::en) == c->name &&
                      iso::country_name(code, iso::NameLang::de) == c->name_de,
                  fmt::format("country_name({:?})", code));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view code = fuzz::text_of(data, size);
    language(code);
    country(code);
    return 0;
}
