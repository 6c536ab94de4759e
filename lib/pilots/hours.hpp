#pragma once
// Hours a guide worked: done and billed assignments in a period.

#include <string_view>
#include <vector>

#include "records/types.hpp"
#include "util/values.hpp"

namespace integra::pilots {

/// True for an assignment that took place (done, or billed after it was done).
bool took_place(const records::Assignment& a);

/// The hours of `pilot`'s assignments that took place from `from` to `to`, both included.
records::Hours hours_between(const std::vector<records::Assignment>& assignments,
                             std::string_view pilot, const Date& from, const Date& to);

/// The first and last day of the month and of the year `day` lies in.
Date first_of_month(const Date& day);
Date last_of_month(const Date& day);
Date first_of_year(const Date& day);
Date last_of_year(const Date& day);

}  // namespace integra::pilots
