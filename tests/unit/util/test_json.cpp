#include <doctest/doctest.h>

#include "util/json.hpp"

using namespace integra;

TEST_CASE("dump_json keeps the order of keys, indents, and ends with a newline") {
    Json j = {{"id", "P-0004"}, {"name", "Şahin"}, {"active", true}, {"hours", 2}};
    CHECK(dump_json(j) ==
          "{\n  \"id\": \"P-0004\",\n  \"name\": \"Şahin\",\n  \"active\": true,\n"
          "  \"hours\": 2\n}\n");
    CHECK(dump_json(Json::array()) == "[]\n");
}

TEST_CASE("dump_json escapes control characters and replaces bytes that are not UTF-8") {
    CHECK(dump_json(Json("a\"b\\c\n\x1b")) == "\"a\\\"b\\\\c\\n\\u001b\"\n");
    CHECK(dump_json(Json("ab\xff")) == "\"ab\xef\xbf\xbd\"\n");
}

TEST_CASE("money_json is an exact decimal string") {
    CHECK(money_json(Money{150000}).dump() == "\"1500.00\"");
    CHECK(money_json(Money{5}).dump() == "\"0.05\"");
    CHECK(money_json(Money{0}).dump() == "\"0.00\"");
}

TEST_CASE("decimal_json writes every number of hundredths as records write it") {
    CHECK(decimal_json(Money{200}).is_number_integer());
    CHECK(decimal_json(Money{150}).dump() == "1.5");
    for (std::int64_t n = 0; n <= 200000; ++n) {
        REQUIRE(decimal_json(Money{n}).dump() == format_decimal(Money{n}));
    }
    for (std::int64_t n : {99999999901LL, 123456789012LL, 999999999999LL}) {
        CHECK(decimal_json(Money{n}).dump() == format_decimal(Money{n}));
    }
}

TEST_CASE("optional_json is the text or null") {
    CHECK(optional_json(std::nullopt).is_null());
    CHECK(optional_json(std::string("x")) == "x");
}
