// housing-capacity and housing-overlap: the stays of households in the units, counted as
// refugees/occupancy.hpp counts them (a stay holds the days [from, to)).

#include <fmt/format.h>

#include "check/casework_rules.hpp"
#include "check/positions.hpp"
#include "refugees/occupancy.hpp"

namespace integra::check {

namespace {

using refugees::Span;

/// The tree of the household's i-th stay (its position), or the record when absent.
const yaml::Node& stay_node(const yaml::Node& root, std::size_t i) {
    const yaml::Node* list = root.find("housing");
    return list && i < list->items.size() ? list->items[i] : root;
}

std::string describe_stay(const records::Stay& s) {
    return s.to ? fmt::format("{} from {} to {}", s.unit, format_date(s.from), format_date(*s.to))
                : fmt::format("{} from {}", s.unit, format_date(s.from));
}

void check_stays(const Checked<records::Household>& c, std::vector<Diagnostic>& out) {
    const auto& stays = *c.record.housing;
    for (std::size_t i = 0; i < stays.size(); ++i) {
        const records::Stay& s = stays[i];
        if (s.to && *s.to <= s.from) {
            out.push_back(Diagnostic{
                c.file, pos_of(stay_node(c.root, i), "to"), Severity::error,
                fmt::format("{}'s stay in {} ends on {}, {} it begins ({}); `to` is the move-out "
                            "day, after `from`",
                            c.record.id, s.unit, format_date(*s.to),
                            *s.to == s.from ? "the day" : "before", format_date(s.from)),
                "housing-overlap"});
            continue;
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (refugees::overlap(refugees::span_of(stays[j]), refugees::span_of(s))) {
                out.push_back(Diagnostic{
                    c.file, stay_node(c.root, i).pos, Severity::error,
                    fmt::format("{}'s stays overlap: {} and {}; a household is in one unit on "
                                "each day (the old stay's `to` is the new one's `from`)",
                                c.record.id, describe_stay(stays[j]), describe_stay(s)),
                    "housing-overlap"});
            }
        }
    }
}

void check_capacity(const Checked<records::HousingUnit>& c,
                    const std::vector<refugees::Occupant>& occupants,
                    std::vector<Diagnostic>& out) {
    const records::HousingUnit& unit = c.record;
    if (occupants.empty()) {
        return;
    }
    Span always{Date{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}}, {}};
    auto day = refugees::first_over(occupants, unit.capacity, always);
    if (!day) {
        return;
    }
    out.push_back(Diagnostic{
        c.file, pos_of(c.root, "capacity"), Severity::error,
        fmt::format("{} holds {} persons on {}, over its capacity of {} (the first such day): "
                    "{}; move a household (`integra refugee household move`) or correct the "
                    "stays",
                    unit.id, refugees::persons_on(occupants, *day), format_date(*day),
                    unit.capacity, refugees::describe(refugees::present_on(occupants, *day))),
        "housing-capacity"});
}

}  // namespace

void check_housing(const CaseRecords& r, std::vector<Diagnostic>& out) {
    refugees::OccupantsByUnit occupants;
    for (const auto& c : r.households) {
        refugees::add_occupants(c.record, occupants);
        if (c.record.housing) {
            check_stays(c, out);
        }
    }
    const std::vector<refugees::Occupant> none;
    for (const auto& c : r.housing) {
        auto it = occupants.find(c.record.id);
        check_capacity(c, it == occupants.end() ? none : it->second, out);
    }
}

}  // namespace integra::check
