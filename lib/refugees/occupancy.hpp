#pragma once
// How many persons a housing unit holds over time, from the households' stays.
//
// A stay is the half-open span [from, to): `from` is the day the household moves in, `to`
// (when set) the day it moves out, which it no longer occupies, as a hotel counts nights. A
// move on day D ends the old stay with `to: D` and begins the new one with `from: D`, so the
// household counts once on every day, on D in the new unit, and a bed freed on D can be taken
// on D. A stay without `to` lasts until further notice. A stay whose `to` is not after its
// `from` occupies no day (`check` reports it as housing-overlap).
//
// Every question is answered by one pass over the days on which the number of persons
// changes (the stays' boundaries), never day by day: years of history cost what their stays
// cost.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "records/types.hpp"
#include "util/values.hpp"

namespace integra::refugees {

/// The days from `from` up to, not including, `to`; without `to`, every day from `from` on.
struct Span {
    Date from;
    std::optional<Date> to;
};

/// Whether `day` lies within `span`.
bool contains(const Span& span, const Date& day);

/// Whether two spans share a day; an empty span (`to` not after `from`) shares none.
bool overlap(const Span& a, const Span& b);

/// A stay as a span.
Span span_of(const records::Stay& stay);

/// The unit a household occupies on `day` (the stay holding that day: on a moving day, the new
/// one), or nullopt.
std::optional<std::string> unit_on(const records::Household& household, const Date& day);

/// One household's stay in a unit, with the household's size (allocation.persons).
struct Occupant {
    std::string household;
    records::Count persons = 0;
    Span span;
};

/// Every stay in `unit`, of every household in `households`.
std::vector<Occupant> occupants_of(std::string_view unit,
                                   const std::vector<records::Household>& households);

/// occupants_of for every unit at once, in one pass: the stays of `household` added to their
/// units' lists (call it for each household in order).
using OccupantsByUnit = std::unordered_map<std::string, std::vector<Occupant>>;
void add_occupants(const records::Household& household, OccupantsByUnit& out);
OccupantsByUnit occupants_by_unit(const std::vector<records::Household>& households);

/// The persons in the unit on `day`.
records::Count persons_on(const std::vector<Occupant>& occupants, const Date& day);

/// The occupants present on `day`, in the order given.
std::vector<const Occupant*> present_on(const std::vector<Occupant>& occupants, const Date& day);

/// The occupants as a message names them: `H-2025-0031 (4), H-2026-0002 (1)`.
std::string describe(const std::vector<const Occupant*>& occupants);

/// The most persons on any day of a period, and the first day with that many.
struct Peak {
    records::Count persons = 0;
    Date day;
};

/// The peak over `period` (a non-empty span); 0 persons on `period.from` when nobody is there.
Peak peak(const std::vector<Occupant>& occupants, const Span& period);

/// The first day of `period` on which the unit holds more than `capacity` persons; nullopt
/// when it never does.
std::optional<Date> first_over(const std::vector<Occupant>& occupants, records::Count capacity,
                               const Span& period);

/// Beds not taken on `day`: capacity minus persons, 0 when the unit is full or over.
records::Count free_beds(const std::vector<Occupant>& occupants, records::Count capacity,
                         const Date& day);

}  // namespace integra::refugees
