#pragma once
// Storage limitation (GDPR Art. 5(1)(e)): how long a closed case or a retired guide is kept,
// counted in whole years from the closing or retiring day, as integra.yaml's `retention` says.

#include "util/values.hpp"

namespace integra::refugees {

/// The last day of a retention period of `years` from `from` (BGB §188(2): the period runs to
/// the end of that day): the same day `years` later, or the last day of February when `from` is 29
/// February and that year is not a leap year.
Date retention_end(const Date& from, int years);

/// True when the period of `years` from `from` is over on `today` (today is after its last
/// day).
bool past_retention(const Date& from, int years, const Date& today);

}  // namespace integra::refugees
