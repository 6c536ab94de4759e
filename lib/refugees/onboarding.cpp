#include "refugees/onboarding.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace integra::refugees {

namespace {

bool had_birthday(const Date& birth, const Date& day) {
    // A 29 February birthday falls on 1 March in other years: compare with (2, 29) as is,
    // which a (2, 28) day precedes and a (3, 1) day follows.
    return std::pair{unsigned(day.month()), unsigned(day.day())} >=
           std::pair{unsigned(birth.month()), unsigned(birth.day())};
}

}  // namespace

int age_on(const Date& birth, const Date& day) {
    int years = static_cast<int>(day.year()) - static_cast<int>(birth.year());
    if (!had_birthday(birth, day)) {
        --years;
    }
    return years;
}

std::optional<Date> allocation_date(const records::Refugee& person,
                                    const records::Household* household) {
    if (person.allocated) {
        return person.allocated;
    }
    if (household) {
        return household->allocation.date;
    }
    return std::nullopt;
}

bool applies(const records::OnboardingStep& step, const records::Refugee& person,
             const Date& allocated) {
    if (step.age && (step.age->from || step.age->to)) {
        if (person.birth_date > allocated) {
            return false;
        }
        int age = age_on(person.birth_date, allocated);
        if ((step.age->from && age < *step.age->from) || (step.age->to && age > *step.age->to)) {
            return false;
        }
    }
    if (step.residence) {
        return person.residence && std::find(step.residence->begin(), step.residence->end(),
                                             *person.residence) != step.residence->end();
    }
    return true;
}

std::vector<StepProgress> progress(const std::vector<records::OnboardingStep>& checklist,
                                   const records::Refugee& person, std::optional<Date> allocated) {
    auto recorded = [&](const std::string& key) -> const records::StepState* {
        if (!person.onboarding) {
            return nullptr;
        }
        for (const auto& [k, state] : *person.onboarding) {
            if (k == key) {
                return &state;
            }
        }
        return nullptr;
    };
    auto fill = [](StepProgress& p, const records::StepState* state) {
        if (!state) {
            return;
        }
        if (state->done) {
            p.state = StepState::done;
            p.done = state->done;
        } else if (state->skipped) {
            p.state = StepState::skipped;
            p.skipped = state->skipped;
        }
    };
    std::vector<StepProgress> out;
    for (const records::OnboardingStep& step : checklist) {
        const records::StepState* state = recorded(step.key);
        bool applicable = allocated ? applies(step, person, *allocated) : true;
        if (!applicable && !state) {
            continue;
        }
        StepProgress p{&step, step.key, applicable, std::nullopt, StepState::open, {}, {}};
        if (allocated && step.due_days) {
            p.due = add_days(*allocated, *step.due_days);
        }
        fill(p, state);
        out.push_back(std::move(p));
    }
    if (person.onboarding) {
        for (const auto& [key, state] : *person.onboarding) {
            // A named copy: clang 14 cannot capture a structured binding.
            bool listed = std::any_of(checklist.begin(), checklist.end(),
                                      [&, &k = key](const auto& s) { return s.key == k; });
            if (!listed) {
                StepProgress p{nullptr, key, false, std::nullopt, StepState::open, {}, {}};
                fill(p, &state);
                out.push_back(std::move(p));
            }
        }
    }
    return out;
}

bool overdue(const StepProgress& step, const Date& today) {
    return step.applies && step.state == StepState::open && step.due && *step.due < today;
}

std::string summary(const std::vector<StepProgress>& steps) {
    std::size_t applicable = 0, done = 0, skipped = 0;
    for (const StepProgress& s : steps) {
        if (!s.applies) {
            continue;
        }
        ++applicable;
        done += s.state == StepState::done;
        skipped += s.state == StepState::skipped;
    }
    std::string out = fmt::format("{} of {} done", done, applicable);
    if (skipped > 0) {
        out += fmt::format(", {} skipped", skipped);
    }
    return out;
}

bool in_casework(const records::Refugee& person) {
    return person.status == records::RefugeeStatus::active && !person.restricted;
}

std::optional<Date> last_activity(const records::Refugee& person) {
    std::optional<Date> last;
    auto consider = [&](const Date& d) {
        if (!last || d > *last) {
            last = d;
        }
    };
    if (person.notes) {
        for (const records::Note& n : *person.notes) {
            consider(n.date);
        }
    }
    if (person.onboarding) {
        for (const auto& [key, state] : *person.onboarding) {
            if (state.done) {
                consider(*state.done);
            }
        }
    }
    return last;
}

long stale_after_days(const records::SettingsFile* settings) {
    constexpr long k_default = 90;
    if (settings && settings->casework && settings->casework->stale_after_days) {
        return static_cast<long>(*settings->casework->stale_after_days);
    }
    return k_default;
}

std::optional<Date> quiet_since(const records::Refugee& person, std::optional<Date> allocated,
                                long after_days, const Date& today) {
    std::optional<Date> since = last_activity(person);
    if (!since) {
        since = allocated;
    }
    if (since && days_between(*since, today) > after_days) {
        return since;
    }
    return std::nullopt;
}

}  // namespace integra::refugees
