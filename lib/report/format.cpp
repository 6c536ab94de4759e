#include "report/format.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdlib>

namespace integra::report {

namespace {

/// `digits` grouped by three with `sep`: 1234567 → 1.234.567.
std::string grouped(std::uint64_t n, char sep) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += sep;
        }
        out += digits[i];
    }
    return out;
}

/// `value` / `scale` with `places` decimals (value is in units of 1/scale), grouped, with the
/// language's separators; trailing zeros dropped when `trim`.
std::string decimal(std::int64_t value, std::int64_t scale, int places, bool trim, Lang lang) {
    bool negative = value < 0;
    auto magnitude = static_cast<std::uint64_t>(negative ? -value : value);
    auto whole = magnitude / static_cast<std::uint64_t>(scale);
    auto frac = magnitude % static_cast<std::uint64_t>(scale);
    // Appended, not `"-" + grouped(...)`: GCC 12 at -O3 warns (-Wrestrict, a false alarm) on
    // a literal added to a temporary string.
    std::string out = negative ? "-" : "";
    out += grouped(whole, lang == Lang::de ? '.' : ',');
    std::string digits = places > 0 ? fmt::format("{:0{}}", frac, places) : "";
    if (trim) {
        while (!digits.empty() && digits.back() == '0') {
            digits.pop_back();
        }
    }
    if (!digits.empty()) {
        out += (lang == Lang::de ? ',' : '.') + digits;
    }
    return out;
}

std::string plain(std::int64_t value, std::int64_t scale, int places, bool trim) {
    bool negative = value < 0;
    auto magnitude = static_cast<std::uint64_t>(negative ? -value : value);
    std::string out = fmt::format("{}{}", negative ? "-" : "", magnitude / scale);
    std::string digits = fmt::format("{:0{}}", magnitude % scale, places);
    if (trim) {
        while (!digits.empty() && digits.back() == '0') {
            digits.pop_back();
        }
    }
    return digits.empty() ? out : out + "." + digits;
}

}  // namespace

std::string format_count(std::int64_t n, Lang lang) {
    return decimal(n, 1, 0, true, lang);
}

std::string hidden_mark(const Cell& cell, int threshold) {
    return cell.secondary ? "x" : fmt::format("<{}", threshold);
}

std::string mark_meaning(const Cell& cell, Lang lang, int threshold) {
    if (cell.secondary) {
        return pick(lang,
                    "„x“: ausgeblendet, weil sich sonst ein kleiner Wert aus den Summen errechnen "
                    "ließe.",
                    "“x”: hidden because a small value could otherwise be worked out from the "
                    "totals.");
    }
    return fmt::format(fmt::runtime(pick(lang,
                                         "„<{0}“: weniger als {0} Personen (zum Schutz der "
                                         "Betroffenen nicht genau angegeben).",
                                         "“<{0}”: fewer than {0} persons (not given exactly, to "
                                         "protect the persons concerned).")),
                       threshold);
}

std::string disclosure_text(Lang lang, int threshold) {
    Cell primary;
    Cell secondary;
    secondary.secondary = true;
    return mark_meaning(primary, lang, threshold) + " " + mark_meaning(secondary, lang, threshold);
}

std::string format_cell(const Cell& cell, Unit column_unit, Lang lang, int threshold) {
    if (cell.suppressed) {
        return hidden_mark(cell, threshold);
    }
    Unit unit = cell.unit.value_or(column_unit);
    if (unit == Unit::text) {
        return cell.text;
    }
    if (!cell.value) {
        return "–";
    }
    std::int64_t v = *cell.value;
    switch (unit) {
        case Unit::count:
            return format_count(v, lang);
        case Unit::money:
            return lang == Lang::de ? decimal(v, 100, 2, false, lang) + " €"
                                    : std::string(v < 0 ? "-€" : "€")
                                          .append(decimal(v < 0 ? -v : v, 100, 2, false, lang));
        case Unit::hours:
            return decimal(v, 100, 2, true, lang);
        case Unit::tenths:
            return decimal(v, 10, 1, false, lang);
        case Unit::percent:
            return decimal(v, 10, 1, false, lang) + (lang == Lang::de ? " %" : "%");
        case Unit::text:
            break;
    }
    return cell.text;
}

std::string plain_number(const Cell& cell, Unit column_unit) {
    Unit unit = cell.unit.value_or(column_unit);
    if (unit == Unit::text) {
        return cell.text;
    }
    if (!cell.value) {
        return "";
    }
    std::int64_t v = *cell.value;
    switch (unit) {
        case Unit::count:
            return std::to_string(v);
        case Unit::money:
            return plain(v, 100, 2, false);
        case Unit::hours:
            return plain(v, 100, 2, true);
        case Unit::tenths:
        case Unit::percent:
            return plain(v, 10, 1, false);
        case Unit::text:
            break;
    }
    return cell.text;
}

std::string format_date(const Date& day, Lang lang) {
    auto y = static_cast<int>(day.year());
    auto m = static_cast<unsigned>(day.month());
    auto d = static_cast<unsigned>(day.day());
    return lang == Lang::de ? fmt::format("{:02}.{:02}.{:04}", d, m, y)
                            : fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::string period_label(const Period& period, Lang lang) {
    using namespace std::chrono;
    if (period.from.year() == period.to.year() && period.from.month() == January &&
        period.from.day() == day{1} && period.to.month() == December &&
        period.to.day() == day{31}) {
        return std::to_string(static_cast<int>(period.from.year()));
    }
    if (period.from == period.to) {
        return format_date(period.from, lang);
    }
    return format_date(period.from, lang) + "–" + format_date(period.to, lang);
}

std::string month_name(unsigned month, Lang lang) {
    static constexpr std::array<const char*, 12> de = {
        "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
        "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    static constexpr std::array<const char*, 12> en = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    if (month < 1 || month > 12) {
        return std::to_string(month);
    }
    return lang == Lang::de ? de[month - 1] : en[month - 1];
}

}  // namespace integra::report
