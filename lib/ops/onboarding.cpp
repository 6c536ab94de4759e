#include "ops/onboarding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "ops/author.hpp"
#include "ops/record.hpp"
#include "refugees/occupancy.hpp"
#include "refugees/onboarding.hpp"
#include "store/typed.hpp"
#include "util/text.hpp"

namespace integra::ops {

namespace {

using records::Refugee;

const std::vector<records::OnboardingStep>& checklist_of(const records::SettingsFile& settings) {
    static const std::vector<records::OnboardingStep> none;
    return settings.onboarding ? *settings.onboarding : none;
}

std::string step_keys(const std::vector<records::OnboardingStep>& checklist) {
    std::vector<std::string> keys;
    for (const auto& s : checklist) {
        keys.push_back(s.key);
    }
    return keys.empty() ? std::string("it has none") : fmt::format("{}", fmt::join(keys, ", "));
}

const records::OnboardingStep& find_step(const records::SettingsFile& settings,
                                         const std::string& key) {
    const auto& checklist = checklist_of(settings);
    auto it = std::find_if(checklist.begin(), checklist.end(),
                           [&](const auto& s) { return s.key == key; });
    if (it == checklist.end()) {
        throw Failure(Exit::invalid,
                      fmt::format("`{}` is not a step of the onboarding checklist in integra.yaml; "
                                  "its steps: {}",
                                  key, step_keys(checklist)));
    }
    return *it;
}

/// The person's allocation date, from their household when they have none of their own.
/// Every household, by ID, for the steps of many persons at once.
std::map<std::string, records::Household, std::less<>> households_by_id(const store::Store& store) {
    std::map<std::string, records::Household, std::less<>> out;
    for (auto& h : store::load_all<records::Household>(store, kind("households"))) {
        out.emplace(h.id, std::move(h));
    }
    return out;
}

std::optional<Date> allocation_of(const store::Store& store, const Refugee& person) {
    if (person.allocated) {
        return person.allocated;
    }
    auto household = store::load_typed<records::Household>(store, person.household).record;
    return refugees::allocation_date(person, &household);
}

records::StepState* recorded_step(Refugee& person, const std::string& key) {
    if (person.onboarding) {
        for (auto& [k, state] : *person.onboarding) {
            if (k == key) {
                return &state;
            }
        }
    }
    return nullptr;
}

/// Adds `key` to the person's steps where the checklist's order puts it (keys the checklist
/// lacks stay last), so the file reads like the checklist.
records::StepState& add_step(Refugee& person, const std::string& key,
                             const std::vector<records::OnboardingStep>& checklist) {
    auto rank = [&](const std::string& k) {
        auto it = std::find_if(checklist.begin(), checklist.end(),
                               [&](const auto& s) { return s.key == k; });
        return static_cast<std::size_t>(it - checklist.begin());
    };
    if (!person.onboarding) {
        person.onboarding.emplace();
    }
    auto& steps = *person.onboarding;
    auto at = std::find_if(steps.begin(), steps.end(),
                           [&](const auto& entry) { return rank(entry.first) > rank(key); });
    return steps.insert(at, {key, records::StepState{}})->second;
}

void require_not_future(const Date& on, const Date& today, std::string_view what) {
    if (on > today) {
        throw Failure(Exit::invalid, fmt::format("{} {} lies after today ({}); record it once "
                                                 "it has happened",
                                                 what, format_date(on), format_date(today)));
    }
}

void require_before_closure(const Refugee& p, const Date& on, std::string_view what) {
    if (p.closed && on > *p.closed) {
        throw Failure(
            Exit::invalid,
            fmt::format("{}'s case was closed on {} ({}); {} {} lies after that", p.id,
                        format_date(*p.closed), records::word(p.status), what, format_date(on)));
    }
}

void require_after_allocation(const Refugee& p, std::optional<Date> allocated, const Date& on,
                              std::string_view what) {
    if (allocated && on < *allocated) {
        throw Failure(Exit::invalid,
                      fmt::format("{} {} lies before {}'s allocation on {}; the case begins then",
                                  what, format_date(on), p.id, format_date(*allocated)));
    }
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

/// The first note, done step or assignment (not cancelled) of `person` dated after `day`, as
/// `a note on DATE`; empty when there is none.
std::string first_after(const store::Store& store, const Refugee& person, const Date& day) {
    if (person.notes) {
        for (const records::Note& n : *person.notes) {
            if (n.date > day) {
                return fmt::format("a note on {}", format_date(n.date));
            }
        }
    }
    if (person.onboarding) {
        for (const auto& [key, state] : *person.onboarding) {
            if (state.done && *state.done > day) {
                return fmt::format("the step {} done on {}", key, format_date(*state.done));
            }
        }
    }
    for (const auto& a : store::load_all<records::Assignment>(store, kind("assignments"))) {
        if (a.client == person.id && a.date > day &&
            a.status != records::AssignmentStatus::cancelled) {
            bool planned = a.status == records::AssignmentStatus::planned;
            return fmt::format("the assignment {} on {}{}", a.id, format_date(a.date),
                               planned ? fmt::format(" (`integra pilot cancel {} --reason ...` "
                                                     "if it will not take place)",
                                                     a.id)
                                       : "");
        }
    }
    return {};
}

bool wanted(const TaskFilter& filter, const std::optional<Date>& due, const Date& today) {
    if (filter.overdue_only && !(due && *due < today)) {
        return false;
    }
    if (filter.due_within && !(due && days_between(today, *due) <= *filter.due_within)) {
        return false;
    }
    return true;
}

}  // namespace

WritePlan plan_step_done(const store::Store& store, const std::string& id, const std::string& step,
                         std::optional<Date> on, const Date& today) {
    records::SettingsFile settings = settings_file(store);
    const records::OnboardingStep& listed = find_step(settings, step);
    auto e = load_for_change<Refugee>(store, id);
    Refugee p = e.record;
    Date day = on.value_or(today);
    records::StepState* state = recorded_step(p, step);
    if (state && state->done) {
        throw Failure(Exit::invalid, fmt::format("{} has {} done already, on {}", id, step,
                                                 format_date(*state->done)));
    }
    require_not_future(day, today, "the day done");
    std::optional<Date> allocated = allocation_of(store, p);
    if (allocated && !refugees::applies(listed, p, *allocated)) {
        // Most likely the wrong step or the wrong person (school for a 4-year-old).
        throw Failure(Exit::invalid,
                      fmt::format("{} does not apply to {} (by age or residence status on the "
                                  "allocation, {}); check the step and the ID, or write what was "
                                  "done in a note (`integra refugee note {} TEXT`)",
                                  step, id, format_date(*allocated), id));
    }
    require_after_allocation(p, allocated, day, "the day done");
    require_before_closure(p, day, "the day done");
    if (!state) {
        state = &add_step(p, step, checklist_of(settings));
    }
    *state = records::StepState{day, std::nullopt};
    return change_plan(store, e, p, fmt::format("refugee: done {} {}", id, step), today);
}

WritePlan plan_step_skip(const store::Store& store, const std::string& id, const std::string& step,
                         const std::string& reason, const Date& today) {
    if (reason.empty()) {
        throw Failure(Exit::usage, "--reason is empty; say why the step is skipped");
    }
    records::SettingsFile settings = settings_file(store);
    const records::OnboardingStep& listed = find_step(settings, step);
    auto e = load_for_change<Refugee>(store, id);
    Refugee p = e.record;
    records::StepState* state = recorded_step(p, step);
    if (state && state->done) {
        throw Failure(Exit::invalid, fmt::format("{} has {} done on {}; a done step stays done", id,
                                                 step, format_date(*state->done)));
    }
    if (state && state->skipped) {
        throw Failure(Exit::invalid,
                      fmt::format("{} has {} skipped already ({})", id, step, *state->skipped));
    }
    std::optional<Date> allocated = allocation_of(store, p);
    if (allocated && !refugees::applies(listed, p, *allocated)) {
        throw Failure(Exit::invalid,
                      fmt::format("{} does not apply to {} (by age or residence status on the "
                                  "allocation, {}), so there is nothing to skip",
                                  step, id, format_date(*allocated)));
    }
    state = &add_step(p, step, checklist_of(settings));
    *state = records::StepState{std::nullopt, reason};
    return change_plan(store, e, p, fmt::format("refugee: skip {} {}", id, step), today);
}

WritePlan plan_note(const store::Store& store, const std::string& id, const std::string& text,
                    std::optional<Date> on, const std::string& by, const Date& today) {
    if (text.find_first_not_of(" \t\n") == std::string::npos) {
        throw Failure(Exit::usage, "the note is empty; give its text");
    }
    records::SettingsFile settings = settings_file(store);
    auto e = load_for_change<Refugee>(store, id);
    Refugee p = e.record;
    Date day = on.value_or(today);
    require_not_future(day, today, "the note's date");
    require_before_closure(p, day, "the note's date");
    records::Note note{day, author_handle(store, settings, by), text};
    if (!p.notes) {
        p.notes.emplace();
    }
    auto at = std::find_if(p.notes->begin(), p.notes->end(),
                           [&](const records::Note& n) { return n.date > day; });
    p.notes->insert(at, std::move(note));
    return change_plan(store, e, p, fmt::format("refugee: note {}", id), today);
}

std::optional<CloseReason> parse_close_reason(std::string_view text) {
    if (text == "independent") {
        return CloseReason::independent;
    }
    if (text == "moved_away") {
        return CloseReason::moved_away;
    }
    if (text == "other") {
        return CloseReason::other;
    }
    return std::nullopt;
}

WritePlan plan_close(const store::Store& store, const std::string& id, CloseReason why,
                     std::optional<Date> on, const std::optional<std::string>& reason,
                     const Date& today) {
    if (why == CloseReason::other && !reason) {
        throw Failure(Exit::usage, "--reason other needs --note saying why the case is closed");
    }
    auto e = load_for_change<Refugee>(store, id);
    Refugee p = e.record;
    if (p.status != records::RefugeeStatus::active) {
        throw Failure(
            Exit::invalid,
            fmt::format("{} is closed already ({}{})", id, records::word(p.status),
                        p.closed ? fmt::format(" since {}", format_date(*p.closed)) : ""));
    }
    Date day = on.value_or(today);
    require_not_future(day, today, "the closing day");
    require_after_allocation(p, allocation_of(store, p), day, "the closing day");
    if (std::string later = first_after(store, p, day); !later.empty()) {
        throw Failure(Exit::invalid, fmt::format("{} has {}, after the closing day {}; close "
                                                 "the case on or after that day",
                                                 id, later, format_date(day)));
    }
    switch (why) {
        case CloseReason::independent:
            p.status = records::RefugeeStatus::independent;
            break;
        case CloseReason::moved_away:
            p.status = records::RefugeeStatus::moved_away;
            break;
        case CloseReason::other:
            p.status = records::RefugeeStatus::closed;
            break;
    }
    p.closed = day;
    p.closed_reason = reason;
    return change_plan(store, e, p,
                       fmt::format("refugee: close {} ({})", id, records::word(p.status)), today);
}

TaskList list_tasks(const store::Store& store, const TaskFilter& filter, const Date& today) {
    records::SettingsFile settings = settings_file(store);
    if (!filter.caseworker.empty()) {
        require_staff_handle(settings, filter.caseworker, "--caseworker");
    }
    auto households = households_by_id(store);
    TaskList out;
    for (const Refugee& p : store::load_all<Refugee>(store, kind("refugees"))) {
        if (p.status != records::RefugeeStatus::active ||
            (!filter.caseworker.empty() && p.caseworker != filter.caseworker)) {
            continue;
        }
        auto h = households.find(p.household);
        const records::Household* household = h == households.end() ? nullptr : &h->second;
        std::optional<Date> allocated = refugees::allocation_date(p, household);
        std::vector<Task> mine;
        for (const auto& s : refugees::progress(checklist_of(settings), p, allocated)) {
            if (s.applies && s.step && s.state == refugees::StepState::open &&
                wanted(filter, s.due, today)) {
                mine.push_back(
                    Task{s.due, p.id, p.name, p.caseworker, s.key, s.step->label, p.household,
                         household ? refugees::unit_on(*household, today) : std::nullopt});
            }
        }
        if (p.restricted) {
            out.restricted += !mine.empty();
        } else {
            out.tasks.insert(out.tasks.end(), mine.begin(), mine.end());
        }
    }
    // Stable: a person's steps keep the checklist's order among equal due dates.
    std::stable_sort(out.tasks.begin(), out.tasks.end(), [](const Task& a, const Task& b) {
        return std::tuple(!a.due, a.due.value_or(Date{}), std::string_view(a.person)) <
               std::tuple(!b.due, b.due.value_or(Date{}), std::string_view(b.person));
    });
    return out;
}

const std::string& label_in(const records::Label& label, LabelLang lang) {
    return lang == LabelLang::en && label.en ? *label.en : label.de;
}

Json tasks_json(const TaskList& list, const Date& today, LabelLang lang) {
    Json tasks = Json::array();
    for (const Task& t : list.tasks) {
        tasks.push_back({{"due", t.due ? Json(format_date(*t.due)) : Json()},
                         {"days", t.due ? Json(days_between(today, *t.due)) : Json()},
                         {"id", t.person},
                         {"given", t.name.given},
                         {"family", t.name.family},
                         {"caseworker", optional_json(t.caseworker)},
                         {"step", t.step},
                         {"label", label_in(t.label, lang)},
                         {"household", t.household},
                         {"unit", optional_json(t.unit)}});
    }
    return {{"today", format_date(today)},
            {"tasks", std::move(tasks)},
            {"restricted", list.restricted}};
}

std::vector<std::string> casework_attention(const store::Store& store, const Date& today) {
    records::SettingsFile settings = settings_file(store);
    auto households = households_by_id(store);
    long quiet_days = refugees::stale_after_days(&settings);
    std::size_t overdue_steps = 0, overdue_cases = 0;
    std::vector<std::pair<Date, std::string>> quiet;
    for (const Refugee& p : store::load_all<Refugee>(store, kind("refugees"))) {
        if (!refugees::in_casework(p)) {
            continue;
        }
        auto h = households.find(p.household);
        std::optional<Date> allocated =
            refugees::allocation_date(p, h == households.end() ? nullptr : &h->second);
        auto steps = refugees::progress(checklist_of(settings), p, allocated);
        auto n =
            static_cast<std::size_t>(std::count_if(steps.begin(), steps.end(), [&](const auto& s) {
                return refugees::overdue(s, today);
            }));
        overdue_steps += n;
        overdue_cases += n > 0;
        if (auto since = refugees::quiet_since(p, allocated, quiet_days, today)) {
            quiet.emplace_back(*since, p.id);
        }
    }
    std::vector<std::string> out;
    if (overdue_steps > 0) {
        out.push_back(fmt::format("{} overdue in {}: `integra refugee tasks --overdue`",
                                  plural(overdue_steps, "onboarding step", "onboarding steps"),
                                  plural(overdue_cases, "active case", "active cases")));
    }
    if (!quiet.empty()) {
        std::sort(quiet.begin(), quiet.end());  // the longest quiet first
        std::vector<std::string> ids;
        for (const auto& q : quiet) {
            ids.push_back(q.second);
        }
        out.push_back(fmt::format("{} without a note or done step for {} days: {}",
                                  plural(quiet.size(), "active case", "active cases"), quiet_days,
                                  some_of(ids)));
    }
    return out;
}

}  // namespace integra::ops
