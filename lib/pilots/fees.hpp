#pragma once
// Fees for the guides' assignments, in integer cents.
//
// An assignment that took place earns hours × the hourly rate, plus the flat amount set for its
// kind (if any), plus the travel amount: all from integra.yaml's `fees`. Hours are hundredths,
// so hours × rate is hundredths of cents; it is rounded to the cent, halves up, once per
// assignment. A month's statement holds the done assignments dated in that month or earlier and
// not yet billed (late ones are not lost), and those already billed with that month.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "records/types.hpp"

namespace integra::pilots {

struct FeeRates {
    Money hourly;
    records::Dict<records::AssignmentKind, Money> flat;  ///< by assignment kind
    Money travel;
    Money allowance;  ///< the tax-free allowance per guide and calendar year
};

/// The rates in integra.yaml; absent ones are 0.
FeeRates rates_of(const records::SettingsFile& settings);

struct FeeLine {
    records::Assignment assignment;
    Money for_hours;
    Money flat;
    Money travel;
    Money total;
};

/// The fee of one assignment.
FeeLine fee_of(const records::Assignment& a, const FeeRates& rates);

struct Statement {
    std::string pilot;
    std::vector<FeeLine> lines;  ///< by date
    records::Hours hours;
    Money for_hours;  ///< the sums of the lines' parts
    Money flat;
    Money travel;
    Money total;
};

/// One statement per guide with anything to pay for `month`, in guide order.
std::vector<Statement> statements(const std::vector<records::Assignment>& assignments,
                                  const FeeRates& rates, Month month);

/// Each guide's fees per year (guide ID, year), summed over assignments in one pass: what
/// fees_in_year gives for one guide and year, for all of them. The keys view the assignments'
/// guide IDs, which must outlive the map.
using FeesByGuideYear = std::map<std::pair<std::string_view, int>, Money>;
/// Adds `a`'s fee to `fees` if it took place.
void add_fee(FeesByGuideYear& fees, const records::Assignment& a, const FeeRates& rates);

/// A guide's fees for assignments that took place in `year`.
Money fees_in_year(const std::vector<records::Assignment>& assignments, std::string_view pilot,
                   int year, const FeeRates& rates);

/// A guide's fees in a year that reach 80 % of the tax-free allowance.
struct AllowanceUse {
    std::string pilot;
    int year = 0;
    Money fees;
    Money allowance;
    std::int64_t percent = 0;
};

/// The guide's use of the allowance in `year` when it is 80 % or more; nullopt below that or
/// when integra.yaml sets no allowance.
std::optional<AllowanceUse> allowance_use(const std::vector<records::Assignment>& assignments,
                                          std::string_view pilot, int year, const FeeRates& rates);
/// The same for `fees` already summed (for many guides and years in one pass over the
/// assignments: fees_in_year for each would read them all each time).
std::optional<AllowanceUse> allowance_use(std::string_view pilot, int year, Money fees,
                                          const FeeRates& rates);

/// `P-0012 has earned 857.50 € in fees in 2026, 89 % of the tax-free allowance of 960.00 €`,
/// and at 100 % and more that the excess is taxable income.
std::string describe(const AllowanceUse& use);

/// The hours of the guides' course a certificate needs: `training.course_hours` in
/// integra.yaml, 32 when it is not set or integra.yaml cannot be read (nullptr).
records::Count course_hours(const records::SettingsFile* settings);

}  // namespace integra::pilots
