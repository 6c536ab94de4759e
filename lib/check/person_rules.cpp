#include <fmt/format.h>

#include <map>

#include "check/casework_rules.hpp"
#include "check/positions.hpp"
#include "refugees/names.hpp"

namespace integra::check {

namespace {

/// True when a note of `a` names `b`'s ID: someone looked at the pair and recorded both
/// (`refugee add --force` writes such a note), so it is not reported again.
bool acknowledged(const records::Refugee& a, const records::Refugee& b) {
    for (const records::Note& n : a.notes.value_or(std::vector<records::Note>{})) {
        if (n.text.find(b.id) != std::string::npos) {
            return true;
        }
    }
    return false;
}

/// duplicate-person: persons are compared only with those born the same day, so the check
/// stays linear in practice (a few hundred persons, rarely more than two per birth date).
void check_duplicates(const CaseRecords& r, std::vector<Diagnostic>& out) {
    std::map<Date, std::vector<const Checked<records::Refugee>*>> by_birth;
    for (const auto& c : r.refugees) {
        by_birth[c.record.birth_date].push_back(&c);
    }
    for (const auto& [birth, same_day] : by_birth) {
        for (std::size_t i = 1; i < same_day.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                const auto& later = *same_day[i];
                const auto& earlier = *same_day[j];
                if (!refugees::same_person(earlier.record, later.record) ||
                    acknowledged(later.record, earlier.record) ||
                    acknowledged(earlier.record, later.record)) {
                    continue;
                }
                out.push_back(Diagnostic{
                    later.file, pos_of(later.root, "name"), Severity::error,
                    fmt::format("{} looks like {} recorded again: the same birth date and the "
                                "same name once spelling, transliteration and order are set "
                                "aside; merge the two, or (if they are two persons) correct "
                                "the name or birth date, or write a note naming the other ID",
                                later.record.id, earlier.record.id),
                    "duplicate-person"});
                break;  // one diagnostic per record is enough
            }
        }
    }
}

/// closure: a case that ended (closed, independent, moved away) carries the day it ended, from
/// which its retention period runs; an active one has none.
void check_closure(const Checked<records::Refugee>& c, std::vector<Diagnostic>& out) {
    const records::Refugee& p = c.record;
    bool active = p.status == records::RefugeeStatus::active;
    if (!active && !p.closed) {
        out.push_back(Diagnostic{c.file, pos_of(c.root, "status"), Severity::error,
                                 fmt::format("{} is {} but has no `closed` date; add the day "
                                             "the case ended (`closed: YYYY-MM-DD`), from which "
                                             "its retention period runs",
                                             p.id, p.status),
                                 "closure"});
    }
    if (active && p.closed) {
        out.push_back(Diagnostic{c.file, pos_of(c.root, "closed"), Severity::error,
                                 fmt::format("{} is active but has a `closed` date; remove it, "
                                             "or set the status the case was closed with",
                                             p.id),
                                 "closure"});
    }
}

/// household-size: more persons recorded for a household than were allocated; occupancy counts
/// the allocated persons, so its unit could be fuller than any list shows.
void check_household_sizes(const CaseRecords& r, std::vector<Diagnostic>& out) {
    std::map<std::string, std::size_t, std::less<>> recorded;
    for (const auto& c : r.refugees) {
        ++recorded[c.record.household];
    }
    for (const auto& c : r.households) {
        const records::Household& h = c.record;
        auto it = recorded.find(h.id);
        auto allocated = static_cast<std::size_t>(h.allocation.persons);
        if (it != recorded.end() && it->second > allocated) {
            const yaml::Node* alloc = c.root.find("allocation");
            out.push_back(Diagnostic{
                c.file, alloc ? pos_of(*alloc, "persons") : pos_of(c.root, "allocation"),
                Severity::error,
                fmt::format(
                    "{} has {} persons recorded but was allocated with {}; occupancy counts "
                    "{}: correct `allocation.persons`, or the persons' `household`",
                    h.id, it->second, allocated, allocated),
                "household-size"});
        }
    }
}

}  // namespace

void check_persons(const CaseRecords& r, std::vector<Diagnostic>& out) {
    check_duplicates(r, out);
    check_household_sizes(r, out);
    for (const auto& c : r.refugees) {
        check_closure(c, out);
    }
}

}  // namespace integra::check
