#pragma once
// Shared by the project-funding and AG figures (figures_projects.cpp, figures_ags.cpp): the
// AGs in order with their labels, decisions with their meeting's day, and small arithmetic.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "records/types.hpp"
#include "report/figure_parts.hpp"
#include "report/model.hpp"

namespace integra::report::detail {

using parts::within;

/// The AGs by their number (ag1, ag2 … ag10), not by the ID's spelling.
std::vector<const records::Ag*> ags_in_order(const std::vector<records::Ag>& ags);

/// `AG 1 Begegnung` for ag1 named Begegnung; the name alone for an ID without a number.
std::string ag_label(const records::Ag& ag);

/// A column `key` labelled `measure period` (`Bewilligt 2025`), or the period alone when
/// `measure` is empty; none of these figures counts persons.
inline Column column(std::string key, const std::string& measure, const Period& period, Lang lang,
                     Unit unit) {
    return parts::period_column(std::move(key), measure, period, lang, unit, false);
}

/// A decision with the meeting that took it.
struct DatedDecision {
    const records::Meeting* meeting;
    const records::Decision* decision;
};

/// Every decision taken at a meeting in `period`.
std::vector<DatedDecision> decisions_in(const std::vector<records::Meeting>& meetings,
                                        const Period& period);

}  // namespace integra::report::detail
