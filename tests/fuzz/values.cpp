// The typed parsers of util/values.hpp, which every scalar of a record goes through, and the
// decision numbers of a meeting (projects/procedure.hpp). The whole input is given to each.
//
// Properties: each parser accepts exactly the texts its contract describes, checked against a
// plain reimplementation of that contract here; what it accepts it formats back to the same
// text (dates, months, times, counts, canonical money, decision numbers) or to a text that
// parses to the same value (money and hours in any accepted spelling); is_valid_utf8 and
// find_control_character agree with a decoder written from Unicode's table of well-formed
// byte sequences, offsets included; day arithmetic round-trips; the next decision number after
// an accepted one lies after it in the same year.

#include <fmt/format.h>

#include <optional>

#include "fuzz.hpp"
#include "projects/procedure.hpp"

using namespace integra;

namespace {

bool digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::int64_t number(std::string_view s) {
    std::int64_t n = 0;
    for (char c : s) {
        n = n * 10 + (c - '0');
    }
    return n;
}

/// `digits` without a leading zero (but `0` itself).
bool whole(std::string_view s) {
    return digits(s) && (s.size() == 1 || s[0] != '0');
}

void dates(std::string_view t) {
    const bool shape = t.size() == 10 && t[4] == '-' && t[7] == '-' && digits(t.substr(0, 4)) &&
                       digits(t.substr(5, 2)) && digits(t.substr(8, 2));
    std::optional<Date> expected;
    if (shape) {
        Date d{std::chrono::year{static_cast<int>(number(t.substr(0, 4)))},
               std::chrono::month{static_cast<unsigned>(number(t.substr(5, 2)))},
               std::chrono::day{static_cast<unsigned>(number(t.substr(8, 2)))}};
        if (d.ok() && number(t.substr(0, 4)) >= 1900 && number(t.substr(0, 4)) <= 2199) {
            expected = d;
        }
    }
    const auto parsed = parse_date(t);
    fuzz::require(parsed == expected, fmt::format("parse_date({:?})", t));
    if (!parsed) {
        return;
    }
    fuzz::require(format_date(*parsed) == t, fmt::format("format_date(parse_date({:?}))", t));
    for (long days : {-80000L, -366L, -1L, 0L, 1L, 59L, 366L, 80000L}) {
        fuzz::require(days_between(*parsed, add_days(*parsed, days)) == days,
                      fmt::format("add_days({:?}, {})", t, days));
    }
    fuzz::require(month_of(*parsed) == *parse_month(t.substr(0, 7)), "month_of");
}

void months(std::string_view t) {
    const bool ok = t.size() == 7 && t[4] == '-' && digits(t.substr(0, 4)) &&
                    digits(t.substr(5, 2)) && number(t.substr(5, 2)) >= 1 &&
                    number(t.substr(5, 2)) <= 12 && number(t.substr(0, 4)) >= 1900 &&
                    number(t.substr(0, 4)) <= 2199;
    const auto parsed = parse_month(t);
    fuzz::require(parsed.has_value() == ok, fmt::format("parse_month({:?})", t));
    fuzz::require(!parsed || format_month(*parsed) == t, fmt::format("format_month({:?})", t));
}

void times(std::string_view t) {
    const bool ok = t.size() == 5 && t[2] == ':' && digits(t.substr(0, 2)) &&
                    digits(t.substr(3, 2)) && number(t.substr(0, 2)) < 24 &&
                    number(t.substr(3, 2)) < 60;
    const auto parsed = parse_time(t);
    fuzz::require(parsed.has_value() == ok, fmt::format("parse_time({:?})", t));
    fuzz::require(!parsed || format_time(*parsed) == t, fmt::format("format_time({:?})", t));
}

void counts(std::string_view t) {
    const bool ok = whole(t) && t.size() <= 9;
    const auto parsed = parse_count(t);
    fuzz::require(parsed.has_value() == ok, fmt::format("parse_count({:?})", t));
    fuzz::require(!parsed || (*parsed == number(t) && fmt::format("{}", *parsed) == t),
                  fmt::format("parse_count({:?}) = {}", t, parsed.value_or(-1)));
}

void money(std::string_view t) {
    const auto dot = t.find('.');
    const std::string_view units = t.substr(0, dot);
    const std::string_view cents = dot == std::string_view::npos ? "" : t.substr(dot + 1);
    const bool ok = whole(units) && units.size() <= 12 &&
                    (dot == std::string_view::npos || (digits(cents) && cents.size() <= 2));
    const auto parsed = parse_money(t);
    fuzz::require(parsed.has_value() == ok, fmt::format("parse_money({:?})", t));
    if (!parsed) {
        return;
    }
    const std::int64_t expected =
        number(units) * 100 + (cents.empty() ? 0 : number(cents) * (cents.size() == 1 ? 10 : 1));
    fuzz::require(parsed->cents == expected, fmt::format("parse_money({:?}) in cents", t));
    const std::string canonical = format_money(*parsed);
    fuzz::require(cents.size() != 2 || canonical == t, fmt::format("format_money({:?})", t));
    fuzz::require(parse_money(canonical) == parsed, fmt::format("format_money({:?}) reads", t));
    const std::string decimal = format_decimal(*parsed);
    fuzz::require(parse_money(decimal) == parsed && !decimal.ends_with('.') &&
                      (decimal.find('.') == std::string::npos || !decimal.ends_with('0')),
                  fmt::format("format_decimal({:?}) = {:?}", t, decimal));
}

/// The length of the well-formed UTF-8 sequence at `i` (Unicode Table 3-7), or 0.
std::size_t sequence_at(std::string_view s, std::size_t i) {
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    auto in = [&](std::size_t k, unsigned lo, unsigned hi) {
        return i + k < s.size() && at(k) >= lo && at(k) <= hi;
    };
    const unsigned c = at(0);
    if (c <= 0x7F) {
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        return in(1, 0x80, 0xBF) ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return in(1, lo, hi) && in(2, 0x80, 0xBF) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return in(1, lo, hi) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

void utf8(std::string_view t) {
    std::size_t bad = 0;
    while (bad < t.size() && sequence_at(t, bad) != 0) {
        bad += sequence_at(t, bad);
    }
    std::size_t offset = t.size() + 1;
    const bool valid = is_valid_utf8(t, &offset);
    fuzz::require(valid == (bad == t.size()), fmt::format("is_valid_utf8({:?})", t));
    fuzz::require(valid || offset == bad,
                  fmt::format("is_valid_utf8({:?}) says byte {}, not {}", t, offset, bad));
    if (!valid) {
        return;
    }
    std::optional<ControlCharacter> expected;
    for (std::size_t i = 0; i < t.size() && !expected; i += sequence_at(t, i)) {
        const auto c = static_cast<unsigned char>(t[i]);
        const unsigned code = c == 0xC2 ? static_cast<unsigned char>(t[i + 1]) : c;
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || (c == 0xC2 && code <= 0x9F)) {
            expected = ControlCharacter{i, code};
        }
    }
    const auto found = find_control_character(t);
    fuzz::require(
        found.has_value() == expected.has_value() &&
            (!found || (found->offset == expected->offset && found->code == expected->code)),
        fmt::format("find_control_character({:?})", t));
}

void decision_numbers(std::string_view t) {
    const std::string_view seq = t.size() > 5 ? t.substr(5) : "";
    const bool ok = t.size() >= 6 && t[4] == '/' && digits(t.substr(0, 4)) && digits(seq) &&
                    seq.size() <= 12 && number(seq) >= 1 && number(seq) <= INT32_MAX;
    const auto parsed = projects::parse_decision_number(t);
    if (seq.size() <= 12) {
        fuzz::require(parsed.has_value() == ok, fmt::format("parse_decision_number({:?})", t));
    }
    if (!parsed) {
        return;
    }
    const std::string formatted = projects::format_decision_number(*parsed);
    const auto again = projects::parse_decision_number(formatted);
    fuzz::require(again && again->year == parsed->year && again->sequence == parsed->sequence,
                  fmt::format("format_decision_number({:?})", t));
    records::Meeting meeting;
    meeting.decisions = std::vector<records::Decision>{records::Decision{}};
    meeting.decisions->front().number = std::string(t);
    const auto next =
        projects::parse_decision_number(projects::next_decision_number({meeting}, parsed->year));
    fuzz::require(next && next->year == parsed->year && next->sequence > parsed->sequence,
                  fmt::format("the decision number after {:?}", t));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view t = fuzz::text_of(data, size);
    dates(t);
    months(t);
    times(t);
    counts(t);
    money(t);
    utf8(t);
    decision_numbers(t);
    return 0;
}
