#include "projects/lifecycle.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "projects/ledger.hpp"

namespace integra::projects {

using records::ProjectStatus;

std::string_view command_of(Action action) {
    switch (action) {
        case Action::decide:
            return "ag decide";
        case Action::start:
            return "project start";
        case Action::pay:
            return "project pay";
        case Action::complete:
            return "project complete";
        case Action::evaluate:
            return "project evaluate";
        case Action::withdraw:
            return "project withdraw";
    }
    return "";
}

std::vector<ProjectStatus> allowed_in(Action action) {
    using enum ProjectStatus;
    switch (action) {
        case Action::decide:
            return {submitted};
        case Action::start:
            return {approved};
        case Action::pay:
            return {approved, running, completed};
        case Action::complete:
            return {running};
        case Action::evaluate:
            return {completed};
        case Action::withdraw:
            return {submitted, approved};
    }
    return {};
}

bool allows(ProjectStatus status, Action action) {
    auto in = allowed_in(action);
    return std::find(in.begin(), in.end(), status) != in.end();
}

std::vector<Action> actions_in(ProjectStatus status) {
    std::vector<Action> out;
    for (Action a : {Action::decide, Action::start, Action::pay, Action::complete, Action::evaluate,
                     Action::withdraw}) {
        if (allows(status, a)) {
            out.push_back(a);
        }
    }
    return out;
}

namespace {

std::string article(ProjectStatus status) {
    auto word = records::word(status);
    return fmt::format("{} {}", word.front() == 'a' || word.front() == 'e' ? "an" : "a", word);
}

}  // namespace

std::optional<std::string> refusal(const records::Project& project, Action action) {
    if (allows(project.status, action)) {
        return std::nullopt;
    }
    std::vector<std::string> needs;
    for (ProjectStatus s : allowed_in(action)) {
        needs.push_back(article(s));
    }
    std::vector<std::string> now;
    for (Action a : actions_in(project.status)) {
        now.push_back(fmt::format("`{}`", command_of(a)));
    }
    std::string last = needs.back();
    needs.pop_back();
    std::string either =
        needs.empty() ? last : fmt::format("{} or {}", fmt::join(needs, ", "), last);
    return fmt::format("{} is {}: `{}` needs {} project; {}.", project.id,
                       records::word(project.status), command_of(action), either,
                       now.empty() ? std::string("nothing more can happen to it")
                                   : fmt::format("possible now: {}", fmt::join(now, ", ")));
}

Deadlines deadlines_of(const records::SettingsFile& settings) {
    Deadlines d;
    if (settings.deadlines) {
        d.spend_within_days = settings.deadlines->spend_within_days.value_or(d.spend_within_days);
        d.proof_of_use_days = settings.deadlines->proof_of_use_days.value_or(d.proof_of_use_days);
        d.evaluation_days = settings.deadlines->evaluation_days.value_or(d.evaluation_days);
    }
    return d;
}

std::optional<Date> proof_due(const records::Project& project, const Deadlines& d) {
    if (project.proof_of_use && project.proof_of_use->due) {
        return project.proof_of_use->due;
    }
    if (project.period) {
        return add_days(project.period->to, d.proof_of_use_days);
    }
    return std::nullopt;
}

std::optional<Date> evaluation_due(const records::Project& project, const Deadlines& d) {
    if (project.evaluation && project.evaluation->due) {
        return project.evaluation->due;
    }
    if (project.period) {
        return add_days(project.period->to, d.evaluation_days);
    }
    return std::nullopt;
}

Money unpaid(const records::Project& project) {
    if (!project.approved) {
        return Money{0};
    }
    return Money{project.approved->cents - paid(project).cents};
}

}  // namespace integra::projects
