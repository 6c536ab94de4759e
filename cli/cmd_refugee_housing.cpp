// `integra refugee housing add|list` and `integra refugee household add|list|show|move`: the
// accommodation units and the households placed in them.

#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/housing.hpp"
#include "refugees/onboarding.hpp"

namespace integra::cli {

namespace {

void print_housing_list(const ops::HousingList& list, const std::string& f) {
    if (f == "csv") {
        fmt::print("{}",
                   csv_line({"id", "name", "kind", "capacity", "occupied", "free", "households"}));
        for (const auto& r : list.units) {
            fmt::print("{}",
                       csv_line({r.unit.id, r.unit.name, std::string(records::word(r.unit.kind)),
                                 std::to_string(r.unit.capacity), std::to_string(r.occupied),
                                 std::to_string(r.free), std::to_string(r.households)}));
        }
        return;
    }
    if (f == "json") {
        print_json(ops::housing_list_json(list));
        return;
    }
    constexpr auto row = "{:<6}{:<44}{:<8}{:>8}{:>10}{:>6}{:>12}\n";
    fmt::print("On {}:\n", format_date(list.on));
    fmt::print(row, "ID", "Name", "Kind", "Beds", "Occupied", "Free", "Households");
    for (const auto& r : list.units) {
        fmt::print(row, r.unit.id, r.unit.name, r.unit.kind, r.unit.capacity, r.occupied, r.free,
                   r.households);
    }
    fmt::print(row, "", "Total", "", list.capacity, list.occupied, list.free, list.households);
}

void print_household_list(const std::vector<ops::HouseholdRow>& rows, const std::string& f) {
    if (f == "csv") {
        fmt::print("{}", csv_line({"id", "allocated", "reference", "persons", "unit", "recorded"}));
        for (const auto& r : rows) {
            const auto& a = r.household.allocation;
            fmt::print("{}", csv_line({r.household.id, format_date(a.date),
                                       a.reference.value_or(""), std::to_string(a.persons),
                                       r.unit.value_or(""), std::to_string(r.recorded)}));
        }
        return;
    }
    if (f == "json") {
        print_json(ops::household_list_json(rows));
        return;
    }
    constexpr auto row = "{:<13}{:<12}{:<14}{:>7}  {:<6}{:>9}\n";
    fmt::print(row, "ID", "Allocated", "Reference", "Persons", "Unit", "Recorded");
    for (const auto& r : rows) {
        const auto& a = r.household.allocation;
        fmt::print(row, r.household.id, format_date(a.date), a.reference.value_or("-"), a.persons,
                   r.unit.value_or("-"), r.recorded);
    }
}

void print_household_report(const ops::HouseholdReport& r, const Date& today) {
    const records::Household& h = r.household;
    fmt::print("{}  allocated {}{}, {} person{}\n", h.id, format_date(h.allocation.date),
               h.allocation.reference ? fmt::format(" ({})", *h.allocation.reference) : "",
               h.allocation.persons, h.allocation.persons == 1 ? "" : "s");
    if (h.notes) {
        fmt::print("  notes: {}\n", *h.notes);
    }
    fmt::print("\nHousing:\n");
    if (!h.housing || h.housing->empty()) {
        fmt::print("  none recorded\n");
    } else {
        for (std::size_t i = 0; i < h.housing->size(); ++i) {
            const records::Stay& s = (*h.housing)[i];
            fmt::print("  {:<6}{:<44}from {}{}\n", s.unit,
                       r.unit_names[i].empty() ? "(no such unit)" : r.unit_names[i],
                       format_date(s.from), s.to ? fmt::format(" to {}", format_date(*s.to)) : "");
        }
    }
    fmt::print("\nPersons recorded: {} of {}\n", r.persons.size(), h.allocation.persons);
    for (const records::Refugee& p : r.persons) {
        fmt::print(
            "  {:<13}{:<30}{:>3}  {}{}\n", p.id, fmt::format("{} {}", p.name.given, p.name.family),
            refugees::age_on(p.birth_date, today), p.status, p.restricted ? " (restricted)" : "");
    }
}

void setup_housing(CLI::App& refugee, Globals& g) {
    auto* housing = refugee.add_subcommand("housing", "Accommodation units: add, occupancy");
    housing->require_subcommand(1);

    struct AddOptions {
        std::string name, kind, address;
        records::Count capacity = 0;
    };
    auto add = std::make_shared<AddOptions>();
    auto* sub = housing->add_subcommand("add", "Add a housing unit; prints the new ID");
    sub->add_option("--name", add->name, "The unit's name")->required();
    sub->add_option("--capacity", add->capacity, "Beds")->required()->check(CLI::Range(1, 100000));
    sub->add_option("--kind", add->kind, "shared or flat")->required();
    sub->add_option("--address", add->address, "Street, postcode and town");
    sub->callback([add, &g] {
        auto& store = open_store(g, Access::change);
        records::HousingUnit unit;
        ops::UnknownWords unknown;
        unit.name = add->name;
        unit.address = optional_text(add->address);
        unit.kind = unknown.read<records::HousingKind>("kind", add->kind);
        unit.capacity = add->capacity;
        apply_new(store, ops::plan_add_unit(store, std::move(unit), unknown, today(g)), g);
    });

    auto on = std::make_shared<std::string>();
    sub = housing->add_subcommand("list", "Every unit with its occupancy and free beds");
    sub->add_option("--on", *on, "The day (default today)");
    sub->callback([on, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        print_housing_list(ops::list_housing(store, date_option("--on", *on).value_or(today(g))),
                           f);
    });
}

void setup_household(CLI::App& refugee, Globals& g) {
    auto* household = refugee.add_subcommand("household", "Households: allocation and housing");
    household->require_subcommand(1);

    struct AddOptions {
        std::string allocated, reference, unit, from;
        records::Count persons = 0;
    };
    auto add = std::make_shared<AddOptions>();
    auto* sub = household->add_subcommand(
        "add", "Record an allocation and place the household in a unit; prints the new ID");
    sub->add_option("--allocated", add->allocated, "The district's allocation date")->required();
    sub->add_option("--reference", add->reference, "The district's allocation reference")
        ->required();
    sub->add_option("--persons", add->persons, "Persons in the household")
        ->required()
        ->check(CLI::Range(1, 999));
    sub->add_option("--unit", add->unit, "The housing unit (U-..)")->required();
    sub->add_option("--from", add->from, "The day they move in (default the allocation date)");
    sub->callback([add, &g] {
        if (!optional_text(add->reference)) {
            throw Failure(Exit::usage,
                          "--reference is empty; give the district's allocation "
                          "reference (such as KOF-2026-201)");
        }
        auto& store = open_store(g, Access::change);
        records::Allocation allocation{*date_option("--allocated", add->allocated),
                                       optional_text(add->reference), add->persons};
        apply_new(store,
                  ops::plan_add_household(store, std::move(allocation), add->unit,
                                          date_option("--from", add->from), today(g)),
                  g);
    });

    struct ListOptions {
        std::string unit, on;
    };
    auto list = std::make_shared<ListOptions>();
    sub = household->add_subcommand("list", "The households, with their unit on a day");
    sub->add_option("--unit", list->unit, "Only those in this unit that day");
    sub->add_option("--on", list->on, "The day (default today)");
    sub->callback([list, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        print_household_list(ops::list_households(store, list->unit,
                                                  date_option("--on", list->on).value_or(today(g))),
                             f);
    });

    auto show_id = std::make_shared<std::string>();
    sub = household->add_subcommand("show", "One household: allocation, housing, persons");
    sub->add_option("ID", *show_id, "The household's ID")->required();
    sub->callback([show_id, &g] {
        std::string f = format(g, {"table", "json"});
        auto& store = open_store(g);
        Date day = today(g);
        auto report = ops::show_household(store, *show_id);
        if (f == "json") {
            print_json(ops::household_report_json(report, day));
        } else {
            print_household_report(report, day);
        }
    });

    struct MoveOptions {
        std::string id, unit, on;
    };
    auto move = std::make_shared<MoveOptions>();
    sub = household->add_subcommand("move", "Move a household to another unit (history kept)");
    sub->add_option("ID", move->id, "The household's ID")->required();
    sub->add_option("--unit", move->unit, "The unit it moves to")->required();
    sub->add_option("--on", move->on, "The day of the move")->required();
    sub->callback([move, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store,
                   ops::plan_move_household(store, move->id, move->unit,
                                            *date_option("--on", move->on), today(g)),
                   g);
    });
}

}  // namespace

void setup_refugee_housing(CLI::App& refugee, Globals& g) {
    setup_housing(refugee, g);
    setup_household(refugee, g);
}

}  // namespace integra::cli
