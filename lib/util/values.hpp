#pragma once
// Typed parsers for the scalars of a record. Each takes the text as written (quotes removed)
// and returns nullopt when it is not a valid value of that type; none of them trusts YAML's own
// type resolution (which reads `no` as false and `0123` as 83).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace integra {

using Date = std::chrono::year_month_day;

/// A calendar month, as in `billed: 2025-03`.
struct Month {
    int year = 0;
    unsigned month = 0;
    auto operator<=>(const Month&) const = default;
};

/// A time of day, as in `time: "09:30"`.
struct TimeOfDay {
    unsigned hour = 0;
    unsigned minute = 0;
    auto operator<=>(const TimeOfDay&) const = default;
};

/// Money in integer cents; never a float.
struct Money {
    std::int64_t cents = 0;
    auto operator<=>(const Money&) const = default;
};

/// The month `date` lies in.
Month month_of(const Date& date);

/// `day` plus `days` (which may be negative).
Date add_days(const Date& day, long days);

/// Days from `from` to `to` (negative when `to` lies before).
long days_between(const Date& from, const Date& to);

/// `YYYY-MM-DD`, a real calendar date between 1900 and 2199.
std::optional<Date> parse_date(std::string_view text);
/// `YYYY-MM`.
std::optional<Month> parse_month(std::string_view text);
/// `HH:MM`, 00:00 to 23:59.
std::optional<TimeOfDay> parse_time(std::string_view text);
/// A non-negative whole number without sign or leading zeros, at most 9 digits.
std::optional<std::int64_t> parse_count(std::string_view text);
/// A non-negative decimal with at most two places (`1500`, `1500.5`, `1500.00`), in cents.
std::optional<Money> parse_money(std::string_view text);

/// `2025-03-04`.
std::string format_date(const Date& date);
/// `2025-03`.
std::string format_month(const Month& month);
/// `09:30`.
std::string format_time(const TimeOfDay& time);
/// Canonical money: always two places, `1500.00`.
std::string format_money(Money money);
/// Canonical decimal (hours): no trailing zeros, `2.5`, `2`, `0.25`.
std::string format_decimal(Money hundredths);

/// True when `text` is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
/// On failure, `*bad_offset` is the byte offset of the first invalid sequence.
bool is_valid_utf8(std::string_view text, std::size_t* bad_offset = nullptr);

/// A control character found in text: its byte offset and code point.
struct ControlCharacter {
    std::size_t offset;
    unsigned code;
};

/// The first C0 or C1 control character (or DEL) in UTF-8 `text`, except tab and line feed.
/// Free text in a record never needs one.
std::optional<ControlCharacter> find_control_character(std::string_view text);

}  // namespace integra
