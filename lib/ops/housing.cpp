#include "ops/housing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "records/json.hpp"
#include "records/kinds.hpp"
#include "refugees/occupancy.hpp"
#include "refugees/onboarding.hpp"
#include "store/typed.hpp"

namespace integra::ops {

namespace {

using records::Count;
using refugees::Span;

records::HousingUnit load_unit(const store::Store& store, const std::string& id) {
    store::require_id_of<records::HousingUnit>(id);
    if (!store.exists(kind("housing"), id)) {
        throw Failure(Exit::invalid, fmt::format("there is no housing unit {}; `integra refugee "
                                                 "housing list` shows the units",
                                                 id));
    }
    return store::load_typed<records::HousingUnit>(store, id).record;
}

/// Refuses when `unit` would be over capacity on a day of `period`, with `households` (one
/// of them changed) as they would be.
void require_room(const records::HousingUnit& unit,
                  const std::vector<records::Household>& households, const Span& period) {
    auto occupants = refugees::occupants_of(unit.id, households);
    auto day = refugees::first_over(occupants, unit.capacity, period);
    if (!day) {
        return;
    }
    throw Failure(
        Exit::invalid,
        fmt::format("{} ({}) would hold {} persons on {}, over its capacity of {}: {}. Choose "
                    "another unit (`integra refugee housing list --on {}` shows free beds)",
                    unit.id, unit.name, refugees::persons_on(occupants, *day), format_date(*day),
                    unit.capacity, refugees::describe(refugees::present_on(occupants, *day)),
                    format_date(*day)));
}

const records::Stay* latest_stay(const records::Household& h) {
    if (!h.housing || h.housing->empty()) {
        return nullptr;
    }
    return &*std::max_element(h.housing->begin(), h.housing->end(),
                              [](const auto& a, const auto& b) { return a.from < b.from; });
}

/// Why a household cannot move on `on`, or an empty string.
std::string move_refusal(const records::Household& h, const std::string& unit, const Date& on) {
    const records::Stay* last = latest_stay(h);
    if (!last) {
        return {};
    }
    for (const records::Stay& s : *h.housing) {
        if (&s != last && refugees::contains(refugees::span_of(s), on)) {
            return fmt::format(
                "{} already has a later stay, in {} from {}; change the history "
                "with `integra edit {}`",
                h.id, last->unit, format_date(last->from), h.id);
        }
    }
    if (on <= last->from) {
        return fmt::format(
            "{} moved into {} on {}; a move must come after that day (to correct "
            "the placement, `integra edit {}`)",
            h.id, last->unit, format_date(last->from), h.id);
    }
    if (last->to && *last->to > on) {
        return fmt::format("{}'s stay in {} already ends on {}; change it with `integra edit {}`",
                           h.id, last->unit, format_date(*last->to), h.id);
    }
    if (!last->to && last->unit == unit) {
        return fmt::format("{} is already in {} (since {})", h.id, unit, format_date(last->from));
    }
    return {};
}

}  // namespace

WritePlan plan_add_unit(const store::Store& store, records::HousingUnit unit,
                        const UnknownWords& unknown, const Date& today) {
    unit.id = store.next_id(kind("housing"), year_of(today));
    return new_record_plan(store, kind("housing"), unit, unknown,
                           fmt::format("housing: add {}", unit.id), today);
}

HousingList list_housing(const store::Store& store, const Date& on) {
    auto by_unit =
        refugees::occupants_by_unit(store::load_all<records::Household>(store, kind("households")));
    HousingList list{on, {}, 0, 0, 0, 0};
    for (auto& unit : store::load_all<records::HousingUnit>(store, kind("housing"))) {
        const auto& occupants = by_unit[unit.id];
        UnitRow row{std::move(unit), refugees::persons_on(occupants, on), 0,
                    refugees::present_on(occupants, on).size()};
        row.free = refugees::free_beds(occupants, row.unit.capacity, on);
        list.capacity += row.unit.capacity;
        list.occupied += row.occupied;
        list.free += row.free;
        list.households += row.households;
        list.units.push_back(std::move(row));
    }
    return list;
}

WritePlan plan_add_household(const store::Store& store, records::Allocation allocation,
                             const std::string& unit_id, std::optional<Date> from,
                             const Date& today) {
    records::HousingUnit unit = load_unit(store, unit_id);
    Date start = from.value_or(allocation.date);
    if (start < allocation.date) {
        throw Failure(Exit::invalid,
                      fmt::format("the placement on {} would begin before the allocation on {}",
                                  format_date(start), format_date(allocation.date)));
    }
    const records::Kind& households = kind("households");
    records::Household h;
    h.id = store.next_id(households, year_of(allocation.date));
    h.allocation = std::move(allocation);
    h.housing = std::vector<records::Stay>{{unit.id, start, std::nullopt}};
    auto all = store::load_all<records::Household>(store, households);
    all.push_back(h);
    all.back().id = "the new household";  // its ID is not given until it is written
    require_room(unit, all, Span{start, std::nullopt});
    return new_record_plan(store, households, h, UnknownWords{},
                           fmt::format("household: add {} in {}", h.id, unit.id), today);
}

WritePlan plan_move_household(const store::Store& store, const std::string& id,
                              const std::string& unit_id, const Date& on, const Date& today) {
    store::require_id_of<records::Household>(id);
    auto before = load_for_change<records::Household>(store, id);
    records::HousingUnit unit = load_unit(store, unit_id);
    records::Household h = before.record;
    if (std::string why = move_refusal(h, unit.id, on); !why.empty()) {
        throw Failure(Exit::invalid, why);
    }
    if (!h.housing) {
        h.housing.emplace();
    }
    if (const records::Stay* last = latest_stay(h); last && !last->to) {
        // The move-out day, which the new unit counts (occupancy.hpp).
        (*h.housing)[static_cast<std::size_t>(last - h.housing->data())].to = on;
    }
    h.housing->push_back(records::Stay{unit.id, on, std::nullopt});
    auto all = store::load_all<records::Household>(store, kind("households"));
    std::replace_if(
        all.begin(), all.end(), [&](const records::Household& x) { return x.id == h.id; }, h);
    require_room(unit, all, Span{on, std::nullopt});
    return change_plan(store, before, h, fmt::format("household: move {} to {}", id, unit.id),
                       today);
}

std::vector<HouseholdRow> list_households(const store::Store& store, std::string_view unit,
                                          const Date& on) {
    if (!unit.empty()) {
        load_unit(store, std::string(unit));
    }
    std::map<std::string, std::size_t, std::less<>> recorded;
    for (const auto& r : store::load_all<records::Refugee>(store, kind("refugees"))) {
        ++recorded[r.household];
    }
    std::vector<HouseholdRow> rows;
    for (auto& h : store::load_all<records::Household>(store, kind("households"))) {
        auto where = refugees::unit_on(h, on);
        if (unit.empty() || where == unit) {
            std::size_t n = recorded.contains(h.id) ? recorded.find(h.id)->second : 0;
            rows.push_back(HouseholdRow{std::move(h), std::move(where), n});
        }
    }
    return rows;
}

HouseholdReport show_household(const store::Store& store, const std::string& id) {
    store::require_id_of<records::Household>(id);
    HouseholdReport r{store::load_typed<records::Household>(store, id).record, {}, {}};
    if (r.household.housing) {
        for (const records::Stay& s : *r.household.housing) {
            bool known = records::has_id_format(kind("housing"), s.unit) &&
                         store.exists(kind("housing"), s.unit);
            r.unit_names.push_back(
                known ? store::load_typed<records::HousingUnit>(store, s.unit).record.name : "");
        }
    }
    for (auto& p : store::load_all<records::Refugee>(store, kind("refugees"))) {
        if (p.household == id) {
            r.persons.push_back(std::move(p));
        }
    }
    return r;
}

std::vector<std::string> housing_attention(const store::Store& store, const Date& today) {
    std::vector<std::string> out;
    for (const UnitRow& row : list_housing(store, today).units) {
        Count capacity = row.unit.capacity;
        if (capacity <= 0 || row.occupied * 10 < capacity * 9) {
            continue;
        }
        // Rounded, but never "100 %" while a bed is free.
        Count percent = (row.occupied * 100 + capacity / 2) / capacity;
        if (row.occupied < capacity) {
            percent = std::min<Count>(percent, 99);
        }
        out.push_back(fmt::format("{} ({}) is {} % full today: {} of {} beds", row.unit.id,
                                  row.unit.name, percent, row.occupied, capacity));
    }
    return out;
}

Json housing_list_json(const HousingList& list) {
    Json units = Json::array();
    for (const UnitRow& r : list.units) {
        units.push_back({{"id", r.unit.id},
                         {"name", r.unit.name},
                         {"kind", r.unit.kind},
                         {"capacity", r.unit.capacity},
                         {"occupied", r.occupied},
                         {"free", r.free},
                         {"households", r.households}});
    }
    return {{"on", format_date(list.on)},
            {"units", std::move(units)},
            {"total",
             {{"capacity", list.capacity},
              {"occupied", list.occupied},
              {"free", list.free},
              {"households", list.households}}}};
}

Json household_list_json(const std::vector<HouseholdRow>& rows) {
    Json out = Json::array();
    for (const HouseholdRow& r : rows) {
        const records::Allocation& a = r.household.allocation;
        out.push_back({{"id", r.household.id},
                       {"allocated", format_date(a.date)},
                       {"reference", optional_json(a.reference)},
                       {"persons", a.persons},
                       {"unit", optional_json(r.unit)},
                       {"recorded", r.recorded}});
    }
    return out;
}

Json household_report_json(const HouseholdReport& r, const Date& today) {
    Json housing = Json::array();
    if (r.household.housing) {
        for (std::size_t i = 0; i < r.household.housing->size(); ++i) {
            const records::Stay& s = (*r.household.housing)[i];
            housing.push_back({{"unit", s.unit},
                               {"name", r.unit_names[i]},
                               {"from", format_date(s.from)},
                               {"to", s.to ? Json(format_date(*s.to)) : Json(nullptr)}});
        }
    }
    Json persons = Json::array();
    for (const records::Refugee& p : r.persons) {
        persons.push_back({{"id", p.id},
                           {"given", p.name.given},
                           {"family", p.name.family},
                           {"birth_date", format_date(p.birth_date)},
                           {"age", refugees::age_on(p.birth_date, today)},
                           {"status", p.status},
                           {"restricted", p.restricted.has_value()}});
    }
    return {
        {"household", records::record_json(records::encode(r.household), *kind("households").spec)},
        {"housing", std::move(housing)},
        {"persons", std::move(persons)}};
}

}  // namespace integra::ops
