// after-closure, stale-case and overdue-step: the course of each case against its dates.

#include <fmt/format.h>

#include <map>

#include "check/casework_rules.hpp"
#include "check/positions.hpp"
#include "refugees/onboarding.hpp"

namespace integra::check {

namespace {

using records::Refugee;

/// The position of the step `key`'s `done` under `onboarding:`.
yaml::Pos step_pos(const yaml::Node& root, const std::string& key) {
    const yaml::Node* steps = root.find("onboarding");
    const yaml::Node* step = steps ? steps->find(key) : nullptr;
    const yaml::Node* done = step ? step->find("done") : nullptr;
    return done ? done->pos : pos_of(root, "onboarding");
}

using HouseholdIndex = std::map<std::string, const records::Household*, std::less<>>;

void closure_of_person(const Checked<Refugee>& c, const Date& closed,
                       std::vector<Diagnostic>& out) {
    const Refugee& p = c.record;
    auto add = [&](yaml::Pos pos, std::string what) {
        out.push_back(Diagnostic{
            c.file, pos, Severity::error,
            fmt::format("{} of {} lies after the case was closed on {}; correct the date, or "
                        "the closing date if the case went on",
                        what, p.id, format_date(closed)),
            "after-closure"});
    };
    if (p.notes) {
        for (std::size_t i = 0; i < p.notes->size(); ++i) {
            const records::Note& n = (*p.notes)[i];
            if (n.date > closed) {
                add(item_pos(c.root, "notes", i, "date"),
                    fmt::format("the note on {}", format_date(n.date)));
            }
        }
    }
    if (p.onboarding) {
        for (const auto& [key, state] : *p.onboarding) {
            if (state.done && *state.done > closed) {
                add(step_pos(c.root, key),
                    fmt::format("the step {} done on {}", key, format_date(*state.done)));
            }
        }
    }
}

void check_after_closure(const CaseRecords& r, std::vector<Diagnostic>& out) {
    std::map<std::string, Date, std::less<>> closed;
    for (const auto& c : r.refugees) {
        if (c.record.closed) {
            closed.emplace(c.record.id, *c.record.closed);
            closure_of_person(c, *c.record.closed, out);
        }
    }
    if (!r.assignments) {
        return;
    }
    for (const auto& c : *r.assignments) {
        const records::Assignment& a = c.record;
        if (!a.client || a.status == records::AssignmentStatus::cancelled) {
            continue;
        }
        auto it = closed.find(*a.client);
        if (it != closed.end() && a.date > it->second) {
            out.push_back(Diagnostic{
                c.file, pos_of(c.root, "date"), Severity::error,
                fmt::format("{} is for {}, whose case was closed on {}, but is dated {}; cancel "
                            "it or take the client off",
                            a.id, *a.client, format_date(it->second), format_date(a.date)),
                "after-closure"});
        }
    }
}

/// Where a quiet case's last word is: its last note's date, else its status.
yaml::Pos quiet_pos(const Checked<Refugee>& c) {
    const auto& notes = c.record.notes;
    return notes && !notes->empty() ? item_pos(c.root, "notes", notes->size() - 1, "date")
                                    : pos_of(c.root, "status");
}

std::string step_list(const std::vector<refugees::StepProgress>& steps, const Date& today) {
    std::vector<std::string> items;
    for (const auto& s : steps) {
        if (refugees::overdue(s, today)) {
            items.push_back(fmt::format("{} (due {})", s.key, format_date(*s.due)));
        }
    }
    return items.empty() ? std::string() : fmt::format("{}", fmt::join(items, ", "));
}

void check_course(const Checked<Refugee>& c, std::optional<Date> allocated, const CaseRecords& r,
                  const Date& today, std::vector<Diagnostic>& out) {
    const Refugee& p = c.record;
    if (r.settings && r.settings->onboarding) {
        auto steps = refugees::progress(*r.settings->onboarding, p, allocated);
        if (std::string overdue = step_list(steps, today); !overdue.empty()) {
            out.push_back(Diagnostic{
                c.file, pos_of(c.root, p.onboarding ? "onboarding" : "status"), Severity::warning,
                fmt::format("{} has onboarding steps past their due date: {}; record them with "
                            "`integra refugee done {} STEP` or `skip`",
                            p.id, overdue, p.id),
                "overdue-step"});
        }
    }
    long quiet_days = refugees::stale_after_days(r.settings);
    if (auto since = refugees::quiet_since(p, allocated, quiet_days, today)) {
        bool any = refugees::last_activity(p).has_value();
        out.push_back(Diagnostic{
            c.file, quiet_pos(c), Severity::warning,
            fmt::format("{} is active but has had no note or done step for {} days (since {}{}); "
                        "the limit is {} (integra.yaml casework.stale_after_days): add a note, "
                        "or close the case",
                        p.id, days_between(*since, today), format_date(*since),
                        any ? "" : ", the allocation", quiet_days),
            "stale-case"});
    }
}

}  // namespace

void check_onboarding(const CaseRecords& records, const Date& today, std::vector<Diagnostic>& out) {
    check_after_closure(records, out);
    HouseholdIndex households;
    for (const auto& h : records.households) {
        households.emplace(h.record.id, &h.record);
    }
    for (const auto& c : records.refugees) {
        // Closed cases are not worked on; restricted ones may not be (GDPR Art. 18).
        if (!refugees::in_casework(c.record)) {
            continue;
        }
        auto h = households.find(c.record.household);
        check_course(
            c, refugees::allocation_date(c.record, h == households.end() ? nullptr : h->second),
            records, today, out);
    }
}

}  // namespace integra::check
