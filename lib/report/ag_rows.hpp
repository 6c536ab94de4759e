#pragma once
// Shared by the project-funding and AG figures (figures_projects.cpp, figures_ags.cpp): the
// AGs in order with their labels, decisions with their meeting's day, and small arithmetic.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "records/types.hpp"
#include "report/model.hpp"

namespace integra::report::detail {

/// Whether `day` lies in `period` (both ends included).
bool within(const Date& day, const Period& period);

/// The AGs by their number (ag1, ag2 … ag10), not by the ID's spelling.
std::vector<const records::Ag*> ags_in_order(const std::vector<records::Ag>& ags);

/// `AG 1 Begegnung` for ag1 named Begegnung; the name alone for an ID without a number.
std::string ag_label(const records::Ag& ag);

/// `part` over `whole` in tenths of a percent, rounded half up; nullopt when `whole` is 0.
std::optional<std::int64_t> per_mille(std::int64_t part, std::int64_t whole);

/// A cell of `value`, or an empty one.
Cell cell_of(std::optional<std::int64_t> value);

/// The year a column is about: the period's year when it lies in one calendar year.
std::optional<int> year_of(const Period& period);

/// A column `key` labelled `measure period` (`Bewilligt 2025`), or the period alone when
/// `measure` is empty.
Column column(std::string key, const std::string& measure, const Period& period, Lang lang,
              Unit unit);

/// A decision with the meeting that took it.
struct DatedDecision {
    const records::Meeting* meeting;
    const records::Decision* decision;
};

/// Every decision taken at a meeting in `period`.
std::vector<DatedDecision> decisions_in(const std::vector<records::Meeting>& meetings,
                                        const Period& period);

}  // namespace integra::report::detail
