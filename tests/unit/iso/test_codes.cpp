#include <doctest/doctest.h>

#include <algorithm>

#include "iso/codes.hpp"

using namespace integra::iso;

TEST_CASE("find_language knows ISO 639-1, -2, -3 and -5 codes, in lower case only") {
    CHECK(find_language("ar")->name == "Arabic");
    CHECK(find_language("ara")->preferred == "ar");
    CHECK(find_language("prs")->preferred == "prs");  // Dari has no two-letter code
    CHECK(find_language("ber").has_value());          // Berber, a collective code
    CHECK(find_language("hbs").has_value());          // Serbo-Croatian, a macrolanguage
    CHECK(find_language("sh").has_value());
    CHECK_FALSE(find_language("AR").has_value());
    CHECK_FALSE(find_language("xx").has_value());
    CHECK_FALSE(find_language("").has_value());
}

TEST_CASE("find_country knows ISO 3166-1 alpha-2 and the office's XX and ZZ") {
    CHECK(find_country("SY")->name == "Syria");  // iso-codes' common name, where it has one
    CHECK(find_country("XX").has_value());
    CHECK(find_country("ZZ").has_value());
    CHECK_FALSE(find_country("sy").has_value());
    CHECK_FALSE(find_country("QQ").has_value());
}

TEST_CASE("language and country names in German come from iso-codes' translations") {
    CHECK(language_name("ar", NameLang::de) == "Arabisch");
    CHECK(language_name("fa", NameLang::de) == "Persisch");
    CHECK(language_name("ti", NameLang::en) == "Tigrinya");
    CHECK(language_name("xx", NameLang::de) == "xx");
    CHECK(language_name("es", NameLang::de) == "Spanisch");  // not "Spanisch; Kastilianisch"
    CHECK(language_name("es", NameLang::en) == "Spanish");
    CHECK(country_name("SY", NameLang::de) == "Syrien");
    CHECK(country_name("SY", NameLang::en) == "Syria");
    CHECK(country_name("TR", NameLang::de) == "Türkei");
    CHECK(country_name("XX", NameLang::de) == "staatenlos");
    CHECK(country_name("QQ", NameLang::de) == "QQ");
}

TEST_CASE("a range of codes in iso-codes is no language code") {
    // Found by fuzzing (tests/fuzz/regressions/iso): ISO 639-2 lists `qaa-qtz`, the codes
    // reserved for local use, and check took the range itself for a language.
    CHECK_FALSE(find_language("qaa-qtz").has_value());
}

TEST_CASE("the name of a code that is no language is the code itself, whole") {
    // Found by fuzzing (tests/fuzz/regressions/iso): the cut at a synonym's `;` was applied to
    // the unknown code too.
    CHECK(language_name("2a;", NameLang::de) == "2a;");
    CHECK(language_name("x;y", NameLang::en) == "x;y");
}

TEST_CASE("the codes offered for completion are those a record should use, sorted") {
    auto languages = preferred_language_codes();
    CHECK(std::is_sorted(languages.begin(), languages.end()));
    auto has = [](const auto& codes, std::string_view code) {
        return std::find(codes.begin(), codes.end(), code) != codes.end();
    };
    CHECK(has(languages, "de"));
    CHECK(has(languages, "ti"));
    CHECK(has(languages, "prs"));        // Dari: ISO 639-3 only
    CHECK_FALSE(has(languages, "deu"));  // German is `de`
    CHECK_FALSE(has(languages, "ger"));
    auto countries = country_codes();
    CHECK(std::is_sorted(countries.begin(), countries.end()));
    CHECK(has(countries, "SY"));
    CHECK(has(countries, "XX"));
    CHECK(has(countries, "ZZ"));
    CHECK_FALSE(has(countries, "sy"));
}
