#include <doctest/doctest.h>

#include "util/values.hpp"

using namespace integra;

TEST_CASE("parse_date accepts real calendar dates only") {
    CHECK(parse_date("2025-03-04").has_value());
    CHECK(parse_date("2024-02-29").has_value());
    CHECK_FALSE(parse_date("2025-02-29"));
    CHECK_FALSE(parse_date("2025-13-01"));
    CHECK_FALSE(parse_date("2025-3-4"));
    CHECK_FALSE(parse_date("04.03.2025"));
    CHECK_FALSE(parse_date("2025-03-04 "));
    CHECK_FALSE(parse_date("1899-12-31"));
    CHECK(format_date(*parse_date("2025-03-04")) == "2025-03-04");
}

TEST_CASE("parse_month and parse_time") {
    CHECK(parse_month("2025-03") == Month{2025, 3});
    CHECK_FALSE(parse_month("2025-00"));
    CHECK_FALSE(parse_month("2025-3"));
    CHECK(parse_time("09:30") == TimeOfDay{9, 30});
    CHECK(parse_time("23:59").has_value());
    CHECK_FALSE(parse_time("24:00"));
    CHECK_FALSE(parse_time("9:30"));
    CHECK(format_time(TimeOfDay{9, 5}) == "09:05");
}

TEST_CASE("parse_count refuses signs, leading zeros and fractions") {
    CHECK(parse_count("0") == 0);
    CHECK(parse_count("24") == 24);
    CHECK_FALSE(parse_count("024"));
    CHECK_FALSE(parse_count("-1"));
    CHECK_FALSE(parse_count("2.5"));
    CHECK_FALSE(parse_count(""));
    CHECK_FALSE(parse_count("1234567890"));
}

TEST_CASE("money is integer cents with at most two places") {
    CHECK(parse_money("1500.00")->cents == 150000);
    CHECK(parse_money("1500")->cents == 150000);
    CHECK(parse_money("0.5")->cents == 50);
    CHECK(parse_money("12.34")->cents == 1234);
    CHECK_FALSE(parse_money("12.345"));
    CHECK_FALSE(parse_money("-1.00"));
    CHECK_FALSE(parse_money("1,50"));
    CHECK_FALSE(parse_money("01.00"));
    CHECK_FALSE(parse_money("1."));
    CHECK(format_money(Money{150000}) == "1500.00");
    CHECK(format_money(Money{5}) == "0.05");
    CHECK(format_decimal(Money{250}) == "2.5");
    CHECK(format_decimal(Money{200}) == "2");
    CHECK(format_decimal(Money{225}) == "2.25");
}

TEST_CASE("is_valid_utf8 finds the first bad byte") {
    std::size_t bad = 0;
    CHECK(is_valid_utf8("Yılmaz فارسی"));
    CHECK_FALSE(is_valid_utf8("ab\xC3(", &bad));
    CHECK(bad == 2);
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));          // truncated
}

TEST_CASE("find_control_character finds C0, DEL and C1 but lets tab and line feed pass") {
    CHECK_FALSE(find_control_character("a\tb\nc Yılmaz فارسی").has_value());
    auto bell = find_control_character("ab\acd");
    REQUIRE(bell.has_value());
    CHECK(bell->offset == 2);
    CHECK(bell->code == 0x07);
    CHECK(find_control_character("x\x7F")->code == 0x7F);
    CHECK(find_control_character("x\xC2\x85")->code == 0x85);  // NEL
    CHECK(find_control_character("a\r\n")->code == 0x0D);
    CHECK_FALSE(find_control_character("\xC2\xA0").has_value());  // no-break space is text
}
