#include "report/ag_rows.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "report/format.hpp"

namespace integra::report::detail {

namespace {

/// The number in an ID `agN`, or nullopt.
std::optional<int> ag_number(const std::string& id) {
    if (id.size() < 3 || id.rfind("ag", 0) != 0) {
        return std::nullopt;
    }
    int n = 0;
    for (char c : id.substr(2)) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
        n = n * 10 + (c - '0');
    }
    return n;
}

}  // namespace

bool within(const Date& day, const Period& period) {
    return period.from <= day && day <= period.to;
}

std::vector<const records::Ag*> ags_in_order(const std::vector<records::Ag>& ags) {
    std::vector<const records::Ag*> out;
    for (const records::Ag& ag : ags) {
        out.push_back(&ag);
    }
    auto order = [](const records::Ag* ag) {
        return std::tuple(ag_number(ag->id).value_or(0), ag->id.size(), ag->id);
    };
    std::ranges::sort(out, {}, order);
    return out;
}

std::string ag_label(const records::Ag& ag) {
    std::optional<int> n = ag_number(ag.id);
    return n ? "AG " + std::to_string(*n) + " " + ag.name : ag.name;
}

std::optional<std::int64_t> per_mille(std::int64_t part, std::int64_t whole) {
    if (whole == 0) {
        return std::nullopt;
    }
    return (part * 1000 * 2 + whole) / (2 * whole);
}

Cell cell_of(std::optional<std::int64_t> value) {
    return value ? Cell::of(*value) : Cell::none();
}

std::optional<int> year_of(const Period& period) {
    if (period.from.year() != period.to.year()) {
        return std::nullopt;
    }
    return static_cast<int>(period.from.year());
}

Column column(std::string key, const std::string& measure, const Period& period, Lang lang,
              Unit unit) {
    std::string when = period_label(period, lang);
    Column c;
    c.key = std::move(key);
    c.label = measure.empty() ? when : measure + " " + when;
    c.unit = unit;
    c.year = year_of(period);
    return c;
}

std::vector<DatedDecision> decisions_in(const std::vector<records::Meeting>& meetings,
                                        const Period& period) {
    std::vector<DatedDecision> out;
    for (const records::Meeting& m : meetings) {
        if (!within(m.date, period) || !m.decisions) {
            continue;
        }
        for (const records::Decision& d : *m.decisions) {
            out.push_back({&m, &d});
        }
    }
    return out;
}

}  // namespace integra::report::detail
