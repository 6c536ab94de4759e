#pragma once
// The refugee casework: housing units and households (`integra refugee housing ...` and
// `integra refugee household ...`). Occupancy follows refugees/occupancy.hpp: a stay holds
// the days [from, to), so a move on day D ends the old stay with `to: D` and begins the new
// one on D.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ops/draft.hpp"
#include "ops/plan.hpp"
#include "records/types.hpp"
#include "store/store.hpp"
#include "util/json.hpp"

namespace integra::ops {

/// A new housing unit with the next free U- ID. Throws Failure(invalid), writing nothing,
/// when the record would be invalid (naming the words in `unknown`).
WritePlan plan_add_unit(const store::Store& store, records::HousingUnit unit,
                        const UnknownWords& unknown, const Date& today);

/// One unit in `housing list` on a day.
struct UnitRow {
    records::HousingUnit unit;
    records::Count occupied = 0;  ///< persons that day
    records::Count free = 0;      ///< capacity - occupied, 0 when full or over
    std::size_t households = 0;   ///< households that day
};

/// `housing list`: every unit on `on`, in ID order.
struct HousingList {
    Date on;
    std::vector<UnitRow> units;
    records::Count capacity = 0, occupied = 0, free = 0;  ///< totals
    std::size_t households = 0;
};
HousingList list_housing(const store::Store& store, const Date& on);

/// A new household with the next free H-YEAR- ID (the year of its allocation), placed in
/// `unit` from `from` (default the allocation date). Throws Failure(invalid), writing
/// nothing, when the unit does not exist, `from` lies before the allocation, or the
/// placement would put the unit over its capacity on any day from `from` on (naming the day
/// and the numbers).
WritePlan plan_add_household(const store::Store& store, records::Allocation allocation,
                             const std::string& unit, std::optional<Date> from, const Date& today);

/// Moves a household to `unit` on `on`: its current stay ends on `on`, a new one begins
/// that day, earlier stays are kept. A household without a current stay (none yet, or
/// moved out) is placed from `on`. Throws Failure(invalid), writing nothing, when the unit
/// does not exist, the household is already in it, `on` is not after the current stay's
/// start, a stay begins or ends after `on` already, or the unit would be over capacity on
/// any day from `on` on.
WritePlan plan_move_household(const store::Store& store, const std::string& id,
                              const std::string& unit, const Date& on, const Date& today);

/// One household in `household list`.
struct HouseholdRow {
    records::Household household;
    std::optional<std::string> unit;  ///< on the list's day
    std::size_t recorded = 0;         ///< persons in refugees/ naming this household
};

/// `household list`: every household (only those in `unit` on `on` when `unit` is not
/// empty), in ID order. Throws Failure(invalid) when `unit` is not an existing unit.
std::vector<HouseholdRow> list_households(const store::Store& store, std::string_view unit,
                                          const Date& on);

/// `household show`: the household, the names of the units of its stays (in the stays'
/// order; empty for a unit that does not exist), and the persons recorded for it (by ID).
struct HouseholdReport {
    records::Household household;
    std::vector<std::string> unit_names;
    std::vector<records::Refugee> persons;
};
HouseholdReport show_household(const store::Store& store, const std::string& id);

/// For `integra status`, one sentence each: units at 90 % of their capacity or more today,
/// such as "U-07 (Wohnanlage Industriestraße) is 92 % full today: 37 of 40 beds".
std::vector<std::string> housing_attention(const store::Store& store, const Date& today);

/// `housing list`: {on, units: [{id, name, kind, capacity, occupied, free, households}],
/// total: {capacity, occupied, free, households}}.
Json housing_list_json(const HousingList& list);

/// `household list`: [{id, allocated, reference, persons, unit, recorded}]; unit and
/// reference null when there is none.
Json household_list_json(const std::vector<HouseholdRow>& rows);

/// `household show`: {household: the record as `show` gives it, housing: [{unit, name, from,
/// to}], persons: [{id, given, family, birth_date, age, status, restricted}]}; `age` on
/// `today`, `to` null for an open stay.
Json household_report_json(const HouseholdReport& report, const Date& today);

}  // namespace integra::ops
