#include "pilots/fees.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "pilots/hours.hpp"

namespace integra::pilots {

namespace {

Money flat_for(const FeeRates& rates, records::AssignmentKind kind) {
    for (const auto& [k, amount] : rates.flat) {
        if (k == kind) {
            return amount;
        }
    }
    return {};
}

bool on_statement(const records::Assignment& a, Month month) {
    Month of = month_of(a.date);
    if (a.status == records::AssignmentStatus::done) {
        return of <= month;
    }
    return a.status == records::AssignmentStatus::billed && a.billed == month;
}

}  // namespace

FeeRates rates_of(const records::SettingsFile& settings) {
    FeeRates r;
    if (settings.fees) {
        r.hourly = settings.fees->hourly.value_or(Money{});
        r.flat = settings.fees->flat.value_or(records::Dict<records::AssignmentKind, Money>{});
        r.travel = settings.fees->travel.value_or(Money{});
        r.allowance = settings.fees->tax_free_allowance.value_or(Money{});
    }
    return r;
}

FeeLine fee_of(const records::Assignment& a, const FeeRates& rates) {
    FeeLine line{a, {}, {}, {}, {}};
    // hundredths of an hour × cents per hour = hundredths of a cent; halves round up.
    line.for_hours = Money{(a.hours.hundredths * rates.hourly.cents + 50) / 100};
    line.flat = flat_for(rates, a.kind);
    line.travel = rates.travel;
    line.total = Money{line.for_hours.cents + line.flat.cents + line.travel.cents};
    return line;
}

std::vector<Statement> statements(const std::vector<records::Assignment>& assignments,
                                  const FeeRates& rates, Month month) {
    std::map<std::string, Statement> by_pilot;
    for (const records::Assignment& a : assignments) {
        if (!on_statement(a, month)) {
            continue;
        }
        Statement& s = by_pilot[a.pilot];
        s.pilot = a.pilot;
        const FeeLine& line = s.lines.emplace_back(fee_of(a, rates));
        s.hours.hundredths += a.hours.hundredths;
        s.for_hours.cents += line.for_hours.cents;
        s.flat.cents += line.flat.cents;
        s.travel.cents += line.travel.cents;
        s.total.cents += line.total.cents;
    }
    std::vector<Statement> out;
    for (auto& [id, s] : by_pilot) {
        std::stable_sort(s.lines.begin(), s.lines.end(), [](const auto& x, const auto& y) {
            return std::tie(x.assignment.date, x.assignment.id) <
                   std::tie(y.assignment.date, y.assignment.id);
        });
        out.push_back(std::move(s));
    }
    return out;
}

void add_fee(FeesByGuideYear& fees, const records::Assignment& a, const FeeRates& rates) {
    if (took_place(a)) {
        fees[{a.pilot, static_cast<int>(a.date.year())}].cents += fee_of(a, rates).total.cents;
    }
}

Money fees_in_year(const std::vector<records::Assignment>& assignments, std::string_view pilot,
                   int year, const FeeRates& rates) {
    Money sum;
    for (const records::Assignment& a : assignments) {
        if (a.pilot == pilot && took_place(a) && static_cast<int>(a.date.year()) == year) {
            sum.cents += fee_of(a, rates).total.cents;
        }
    }
    return sum;
}

std::optional<AllowanceUse> allowance_use(const std::vector<records::Assignment>& assignments,
                                          std::string_view pilot, int year, const FeeRates& rates) {
    if (rates.allowance.cents <= 0) {
        return std::nullopt;
    }
    return allowance_use(pilot, year, fees_in_year(assignments, pilot, year, rates), rates);
}

std::optional<AllowanceUse> allowance_use(std::string_view pilot, int year, Money fees,
                                          const FeeRates& rates) {
    constexpr std::int64_t k_warn_percent = 80;
    if (rates.allowance.cents <= 0) {
        return std::nullopt;
    }
    std::int64_t percent = fees.cents * 100 / rates.allowance.cents;
    if (percent < k_warn_percent) {
        return std::nullopt;
    }
    return AllowanceUse{std::string(pilot), year, fees, rates.allowance, percent};
}

std::string describe(const AllowanceUse& use) {
    return fmt::format("{} has earned {} € in fees in {}, {} % of the tax-free allowance of {} €{}",
                       use.pilot, format_money(use.fees), use.year, use.percent,
                       format_money(use.allowance),
                       use.percent >= 100 ? "; the excess is taxable income" : "");
}

records::Count course_hours(const records::SettingsFile* settings) {
    constexpr records::Count k_default_course_hours = 32;
    if (settings && settings->training && settings->training->course_hours) {
        return *settings->training->course_hours;
    }
    return k_default_course_hours;
}

}  // namespace integra::pilots
