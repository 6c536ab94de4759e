#include "refugees/occupancy.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <utility>

namespace integra::refugees {

namespace {

using records::Count;

bool empty(const Span& s) {
    return s.to && *s.to <= s.from;
}

/// The days on which the number of persons changes, in order, each with the number from that
/// day on (until the next). Before the first, the unit is empty.
std::vector<std::pair<Date, Count>> steps(const std::vector<Occupant>& occupants) {
    std::vector<std::pair<Date, Count>> deltas;
    for (const Occupant& o : occupants) {
        if (empty(o.span)) {
            continue;
        }
        deltas.emplace_back(o.span.from, o.persons);
        if (o.span.to) {
            deltas.emplace_back(*o.span.to, -o.persons);
        }
    }
    std::sort(deltas.begin(), deltas.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::pair<Date, Count>> out;
    Count level = 0;
    for (const auto& [day, delta] : deltas) {
        level += delta;
        if (!out.empty() && out.back().first == day) {
            out.back().second = level;  // arrivals and departures of one day count together
        } else {
            out.emplace_back(day, level);
        }
    }
    return out;
}

/// Calls `visit(day, persons)` for the first day of `period` and for each later day of it on
/// which the number changes, in order, until `visit` returns true.
template <class Visit>
void walk(const std::vector<Occupant>& occupants, const Span& period, Visit visit) {
    auto all = steps(occupants);
    auto after = std::upper_bound(all.begin(), all.end(), period.from,
                                  [](const Date& d, const auto& step) { return d < step.first; });
    Count level = after == all.begin() ? 0 : std::prev(after)->second;
    if (visit(period.from, level)) {
        return;
    }
    for (auto it = after; it != all.end() && (!period.to || it->first < *period.to); ++it) {
        if (visit(it->first, it->second)) {
            return;
        }
    }
}

}  // namespace

bool contains(const Span& span, const Date& day) {
    return span.from <= day && (!span.to || day < *span.to);
}

bool overlap(const Span& a, const Span& b) {
    if (empty(a) || empty(b)) {
        return false;
    }
    return (!b.to || a.from < *b.to) && (!a.to || b.from < *a.to);
}

Span span_of(const records::Stay& stay) {
    return Span{stay.from, stay.to};
}

std::vector<Occupant> occupants_of(std::string_view unit,
                                   const std::vector<records::Household>& households) {
    std::vector<Occupant> out;
    for (const records::Household& h : households) {
        if (!h.housing) {
            continue;
        }
        for (const records::Stay& s : *h.housing) {
            if (s.unit == unit) {
                out.push_back(Occupant{h.id, h.allocation.persons, span_of(s)});
            }
        }
    }
    return out;
}

void add_occupants(const records::Household& household, OccupantsByUnit& out) {
    if (household.housing) {
        for (const records::Stay& s : *household.housing) {
            out[s.unit].push_back(Occupant{household.id, household.allocation.persons, span_of(s)});
        }
    }
}

OccupantsByUnit occupants_by_unit(const std::vector<records::Household>& households) {
    OccupantsByUnit out;
    for (const records::Household& h : households) {
        add_occupants(h, out);
    }
    return out;
}

Count persons_on(const std::vector<Occupant>& occupants, const Date& day) {
    Count n = 0;
    for (const Occupant& o : occupants) {
        if (contains(o.span, day)) {
            n += o.persons;
        }
    }
    return n;
}

std::vector<const Occupant*> present_on(const std::vector<Occupant>& occupants, const Date& day) {
    std::vector<const Occupant*> out;
    for (const Occupant& o : occupants) {
        if (contains(o.span, day)) {
            out.push_back(&o);
        }
    }
    return out;
}

std::string describe(const std::vector<const Occupant*>& occupants) {
    std::string out;
    for (const Occupant* o : occupants) {
        out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", o->household, o->persons);
    }
    return out;
}

Peak peak(const std::vector<Occupant>& occupants, const Span& period) {
    std::optional<Peak> best;
    walk(occupants, period, [&](const Date& day, Count persons) {
        if (!best || persons > best->persons) {
            best = Peak{persons, day};
        }
        return false;
    });
    return *best;  // walk always visits period.from
}

std::optional<Date> first_over(const std::vector<Occupant>& occupants, Count capacity,
                               const Span& period) {
    std::optional<Date> out;
    walk(occupants, period, [&](const Date& day, Count persons) {
        if (persons > capacity) {
            out = day;
        }
        return out.has_value();
    });
    return out;
}

Count free_beds(const std::vector<Occupant>& occupants, Count capacity, const Date& day) {
    return std::max<Count>(0, capacity - persons_on(occupants, day));
}

std::optional<std::string> unit_on(const records::Household& household, const Date& day) {
    if (household.housing) {
        for (const records::Stay& s : *household.housing) {
            if (contains(span_of(s), day)) {
                return s.unit;
            }
        }
    }
    return std::nullopt;
}

}  // namespace integra::refugees
