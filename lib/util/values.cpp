#include "util/values.hpp"

#include <fmt/format.h>

namespace integra {

namespace {

bool all_digits(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    for (char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

unsigned to_unsigned(std::string_view digits) {
    unsigned v = 0;
    for (char c : digits) {
        v = v * 10 + static_cast<unsigned>(c - '0');
    }
    return v;
}

}  // namespace

Date add_days(const Date& day, long days) {
    return Date{std::chrono::sys_days(day) + std::chrono::days(days)};
}

long days_between(const Date& from, const Date& to) {
    return static_cast<long>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

std::optional<Date> parse_date(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') {
        return std::nullopt;
    }
    auto y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) {
        return std::nullopt;
    }
    Date date{std::chrono::year{static_cast<int>(to_unsigned(y))},
              std::chrono::month{to_unsigned(m)}, std::chrono::day{to_unsigned(d)}};
    if (!date.ok() || int(date.year()) < 1900 || int(date.year()) > 2199) {
        return std::nullopt;
    }
    return date;
}

std::optional<Month> parse_month(std::string_view t) {
    if (t.size() != 7 || t[4] != '-' || !all_digits(t.substr(0, 4)) ||
        !all_digits(t.substr(5, 2))) {
        return std::nullopt;
    }
    Month m{static_cast<int>(to_unsigned(t.substr(0, 4))), to_unsigned(t.substr(5, 2))};
    if (m.month < 1 || m.month > 12 || m.year < 1900 || m.year > 2199) {
        return std::nullopt;
    }
    return m;
}

std::optional<TimeOfDay> parse_time(std::string_view t) {
    if (t.size() != 5 || t[2] != ':' || !all_digits(t.substr(0, 2)) ||
        !all_digits(t.substr(3, 2))) {
        return std::nullopt;
    }
    TimeOfDay time{to_unsigned(t.substr(0, 2)), to_unsigned(t.substr(3, 2))};
    if (time.hour > 23 || time.minute > 59) {
        return std::nullopt;
    }
    return time;
}

std::optional<std::int64_t> parse_count(std::string_view t) {
    if (!all_digits(t) || t.size() > 9 || (t.size() > 1 && t[0] == '0')) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(to_unsigned(t));
}

std::optional<Money> parse_money(std::string_view t) {
    auto dot = t.find('.');
    auto whole = t.substr(0, dot);
    if (!all_digits(whole) || whole.size() > 12 || (whole.size() > 1 && whole[0] == '0')) {
        return std::nullopt;
    }
    std::int64_t cents = 0;
    for (char c : whole) {
        cents = cents * 10 + (c - '0');
    }
    cents *= 100;
    if (dot != std::string_view::npos) {
        auto frac = t.substr(dot + 1);
        if (!all_digits(frac) || frac.size() > 2) {
            return std::nullopt;
        }
        cents += (frac[0] - '0') * 10 + (frac.size() == 2 ? frac[1] - '0' : 0);
    }
    return Money{cents};
}

std::string format_date(const Date& d) {
    return fmt::format("{:04}-{:02}-{:02}", int(d.year()), unsigned(d.month()), unsigned(d.day()));
}

std::string format_month(const Month& m) {
    return fmt::format("{:04}-{:02}", m.year, m.month);
}

std::string format_time(const TimeOfDay& t) {
    return fmt::format("{:02}:{:02}", t.hour, t.minute);
}

std::string format_money(Money m) {
    return fmt::format("{}.{:02}", m.cents / 100, m.cents % 100);
}

std::string format_decimal(Money h) {
    auto frac = h.cents % 100;
    if (frac == 0) {
        return fmt::format("{}", h.cents / 100);
    }
    if (frac % 10 == 0) {
        return fmt::format("{}.{}", h.cents / 100, frac / 10);
    }
    return fmt::format("{}.{:02}", h.cents / 100, frac);
}

bool is_valid_utf8(std::string_view s, std::size_t* bad_offset) {
    std::size_t i = 0;
    auto bad = [&] {
        if (bad_offset) {
            *bad_offset = i;
        }
        return false;
    };
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80           ? 1
                          : (c >> 5) == 0x6  ? 2
                          : (c >> 4) == 0xE  ? 3
                          : (c >> 3) == 0x1E ? 4
                                             : 0;
        if (len == 0 || i + len > s.size()) {
            return bad();
        }
        std::uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (std::size_t k = 1; k < len; ++k) {
            auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc >> 6) != 0x2) {
                return bad();
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        static constexpr std::uint32_t k_min[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < k_min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return bad();
        }
        i += len;
    }
    return true;
}

std::optional<ControlCharacter> find_control_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            if (c != '\t' && c != '\n') {
                return ControlCharacter{i, c};
            }
        } else if (c == 0xC2 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9F) {
                return ControlCharacter{i, next};
            }
        }
    }
    return std::nullopt;
}

Month month_of(const Date& date) {
    return Month{static_cast<int>(date.year()), static_cast<unsigned>(date.month())};
}

}  // namespace integra
