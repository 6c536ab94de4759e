#include "ops/pilot.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "ops/record.hpp"
#include "pilots/bookings.hpp"
#include "pilots/hours.hpp"
#include "records/kinds.hpp"
#include "records/typed.hpp"
#include "store/typed.hpp"
#include "util/text.hpp"

namespace integra::ops {

namespace {

void require_planned(const records::Assignment& a, std::string_view action) {
    if (a.status != records::AssignmentStatus::planned) {
        throw Failure(Exit::invalid, fmt::format("{} is {}; only a planned assignment can be {}",
                                                 a.id, records::word(a.status), action));
    }
}

}  // namespace

std::vector<records::LanguageSkill> parse_skills(std::string_view text, UnknownWords& unknown) {
    std::vector<records::LanguageSkill> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find(',', start), text.size());
        std::string_view item = text.substr(start, end - start);
        std::size_t colon = item.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon + 1 == item.size()) {
            throw Failure(Exit::usage,
                          fmt::format("`{}` is not a language with a level; write CODE:LEVEL, "
                                      "such as tr:native,de:C1",
                                      item));
        }
        auto level = unknown.read<records::Level>(fmt::format("languages.{}.level", out.size()),
                                                  item.substr(colon + 1));
        out.push_back({std::string(item.substr(0, colon)), level});
        start = end + 1;
    }
    return out;
}

records::RequestedBy parse_requested_by(std::string_view text, UnknownWords& unknown) {
    std::size_t colon = text.find(':');
    auto type = unknown.read<records::Requester>("requested_by.type", text.substr(0, colon));
    if (colon == std::string_view::npos) {
        return {type, std::nullopt};
    }
    std::string_view name = text.substr(colon + 1);
    return {type, name.empty() ? std::nullopt : std::optional<std::string>(name)};
}

WritePlan plan_add_pilot(const store::Store& store, records::Pilot pilot,
                         const UnknownWords& unknown, const Date& today) {
    pilot.id = store.next_id(kind("pilots"), year_of(today));
    pilot.status = records::PilotStatus::active;
    if (!pilot.since) {
        pilot.since = today;
    }
    return new_record_plan(store, kind("pilots"), pilot, unknown,
                           fmt::format("pilot: add {}", pilot.id), today);
}

WritePlan plan_pilot_status(const store::Store& store, const std::string& id, PilotChange change,
                            std::optional<Date> on, const Date& today) {
    auto e = load_for_change<records::Pilot>(store, id);
    records::Pilot p = e.record;
    if (p.status == records::PilotStatus::retired) {
        throw Failure(
            Exit::invalid,
            fmt::format("{} is retired{}; add the guide again if they come back", id,
                        p.retired ? fmt::format(" since {}", format_date(*p.retired)) : ""));
    }
    std::string verb;
    switch (change) {
        case PilotChange::retire: {
            Date from = on.value_or(today);
            for (const auto& a : store::load_all<records::Assignment>(store, kind("assignments"))) {
                if (a.pilot == id && a.status == records::AssignmentStatus::planned &&
                    a.date >= from) {
                    throw Failure(Exit::invalid,
                                  fmt::format("{} still has planned assignments on or after "
                                              "{}, such as {} on {}; cancel or reassign them "
                                              "first",
                                              id, format_date(from), a.id, format_date(a.date)));
                }
            }
            p.status = records::PilotStatus::retired;
            p.retired = from;
            verb = "retire";
            break;
        }
        case PilotChange::pause:
            if (p.status == records::PilotStatus::paused) {
                throw Failure(Exit::invalid, fmt::format("{} is already paused", id));
            }
            p.status = records::PilotStatus::paused;
            verb = "pause";
            break;
        case PilotChange::resume:
            if (p.status == records::PilotStatus::active) {
                throw Failure(Exit::invalid, fmt::format("{} is already active", id));
            }
            p.status = records::PilotStatus::active;
            verb = "resume";
            break;
    }
    return change_plan(store, e, p, fmt::format("pilot: {} {}", verb, id), today);
}

WritePlan plan_train(const store::Store& store, const std::string& id, std::string cohort,
                     records::Count hours, std::optional<Date> certified, const Date& today) {
    records::SettingsFile settings = settings_file(store);
    records::Count course = pilots::course_hours(&settings);
    if (certified && hours < course) {
        throw Failure(Exit::invalid,
                      fmt::format("a certificate needs the whole course, {} hours (integra.yaml); "
                                  "{} has {}",
                                  course, id, hours));
    }
    auto e = load_for_change<records::Pilot>(store, id);
    records::Pilot p = e.record;
    p.training = records::Training{std::move(cohort), hours, certified};
    return change_plan(store, e, p, fmt::format("pilot: train {}", id), today);
}

WritePlan plan_assign(const store::Store& store, records::Assignment a, const UnknownWords& unknown,
                      const Date& today) {
    records::Pilot pilot = store::load_typed<records::Pilot>(store, a.pilot).record;
    if (pilot.status != records::PilotStatus::active) {
        throw Failure(
            Exit::invalid,
            fmt::format("{} is {} and cannot be booked{}", pilot.id, records::word(pilot.status),
                        pilot.status == records::PilotStatus::paused
                            ? fmt::format(" (`integra pilot resume {}`)", pilot.id)
                            : ""));
    }
    if (!pilots::skill_in(pilot, a.language)) {
        throw Failure(Exit::invalid,
                      fmt::format("{} does not speak {}; their languages: {}. `integra pilot "
                                  "match --lang {}` finds who does",
                                  pilot.id, a.language, pilots::languages_of(pilot), a.language));
    }
    const records::Kind& assignments = kind("assignments");
    a.id = store.next_id(assignments, year_of(a.date));
    a.status = records::AssignmentStatus::planned;
    auto all = store::load_all<records::Assignment>(store, assignments);
    if (const records::Assignment* other = pilots::first_overlap(a, all)) {
        throw Failure(Exit::invalid,
                      fmt::format("{} is already booked on {}, {} ({}); this booking would be "
                                  "{}",
                                  pilot.id, format_date(other->date), pilots::describe_span(*other),
                                  other->id, pilots::describe_span(a)));
    }
    return new_record_plan(store, assignments, a, unknown,
                           fmt::format("assignment: add {} for {}", a.id, pilot.id), today);
}

WritePlan plan_done(const store::Store& store, const std::string& id,
                    std::optional<records::Hours> hours, const Date& today) {
    auto e = load_for_change<records::Assignment>(store, id);
    records::Assignment a = e.record;
    require_planned(a, "marked done");
    if (a.date > today) {
        throw Failure(Exit::invalid, fmt::format("{} is on {}, after today; it can be marked "
                                                 "done once it has taken place",
                                                 id, format_date(a.date)));
    }
    a.status = records::AssignmentStatus::done;
    if (hours) {
        a.hours = *hours;
    }
    return change_plan(store, e, a, fmt::format("assignment: done {}", id), today);
}

WritePlan plan_cancel(const store::Store& store, const std::string& id, const std::string& reason,
                      const Date& today) {
    auto e = load_for_change<records::Assignment>(store, id);
    records::Assignment a = e.record;
    require_planned(a, "cancelled");
    a.status = records::AssignmentStatus::cancelled;
    a.reason = reason;
    return change_plan(store, e, a, fmt::format("assignment: cancel {}", id), today);
}

std::vector<PilotRow> list_pilots(const store::Store& store, std::string_view lang,
                                  std::optional<records::PilotStatus> status, const Date& today) {
    auto pilots = store::load_all<records::Pilot>(store, kind("pilots"));
    auto assignments = store::load_all<records::Assignment>(store, kind("assignments"));
    std::vector<PilotRow> rows;
    for (records::Pilot& p : pilots) {
        if ((!lang.empty() && !pilots::skill_in(p, lang)) || (status && p.status != *status)) {
            continue;
        }
        auto month = pilots::hours_between(assignments, p.id, pilots::first_of_month(today),
                                           pilots::last_of_month(today));
        auto year = pilots::hours_between(assignments, p.id, pilots::first_of_year(today),
                                          pilots::last_of_year(today));
        rows.push_back(PilotRow{std::move(p), month, year});
    }
    return rows;
}

PilotReport show_pilot(const store::Store& store, const std::string& id, const Date& today) {
    PilotReport r{store::load_typed<records::Pilot>(store, id).record, {}, {}};
    for (auto& a : store::load_all<records::Assignment>(store, kind("assignments"))) {
        if (a.pilot == id && a.date.year() == today.year()) {
            r.this_year.push_back(std::move(a));
        }
    }
    std::stable_sort(r.this_year.begin(), r.this_year.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    r.hours_year = pilots::hours_between(r.this_year, id, pilots::first_of_year(today),
                                         pilots::last_of_year(today));
    return r;
}

std::vector<records::Assignment> list_assignments(const store::Store& store,
                                                  std::optional<Month> month,
                                                  std::string_view pilot,
                                                  std::optional<records::AssignmentStatus> status) {
    std::vector<records::Assignment> out;
    for (auto& a : store::load_all<records::Assignment>(store, kind("assignments"))) {
        bool in_month = !month || month_of(a.date) == *month;
        if (in_month && (pilot.empty() || a.pilot == pilot) && (!status || a.status == *status)) {
            out.push_back(std::move(a));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    return out;
}

pilots::MatchResult match_pilots(const store::Store& store, const pilots::MatchRequest& request,
                                 const Date& today) {
    return pilots::match(store::load_all<records::Pilot>(store, kind("pilots")),
                         store::load_all<records::Assignment>(store, kind("assignments")), request,
                         today);
}

std::vector<std::string> pilot_attention(const store::Store& store, const Date& today) {
    auto assignments = store::load_all<records::Assignment>(store, kind("assignments"));
    Month now = month_of(today);
    std::vector<std::string> waiting;
    std::map<Month, int> unbilled;
    for (const auto& a : assignments) {
        Month of = month_of(a.date);
        if (a.status == records::AssignmentStatus::planned && a.date < today) {
            waiting.push_back(a.id);
        } else if (a.status == records::AssignmentStatus::done && of < now) {
            ++unbilled[of];
        }
    }
    std::vector<std::string> out;
    if (!waiting.empty()) {
        out.push_back(fmt::format(
            "{} planned assignment{} in the past wait for `pilot done` or `pilot cancel`: {}",
            waiting.size(), waiting.size() == 1 ? "" : "s", some_of(waiting)));
    }
    for (const auto& [month, n] : unbilled) {
        out.push_back(
            fmt::format("{} done assignment{} of {} not billed: `pilot fees --month {} "
                        "--mark-billed`",
                        n, n == 1 ? "" : "s", format_month(month), format_month(month)));
    }
    auto rates = pilots::rates_of(settings_file(store));
    const int year = static_cast<int>(today.year());
    pilots::FeesByGuideYear fees;
    for (const records::Assignment& a : assignments) {
        pilots::add_fee(fees, a, rates);
    }
    for (const auto& p : store::load_all<records::Pilot>(store, kind("pilots"))) {
        auto found = fees.find({p.id, year});
        if (found == fees.end()) {
            continue;
        }
        if (auto use = pilots::allowance_use(p.id, year, found->second, rates)) {
            out.push_back(pilots::describe(*use));
        }
    }
    return out;
}

pilots::Coverage language_coverage(const store::Store& store, int year) {
    return pilots::coverage(store::load_all<records::Pilot>(store, kind("pilots")),
                            store::load_all<records::Refugee>(store, kind("refugees")),
                            store::load_all<records::Assignment>(store, kind("assignments")), year);
}

FeesReport fees(const store::Store& store, Month month) {
    FeesReport r{month, pilots::rates_of(settings_file(store)), {}, {}};
    r.statements = pilots::statements(
        store::load_all<records::Assignment>(store, kind("assignments")), r.rates, month);
    for (const pilots::Statement& s : r.statements) {
        r.pilots.push_back(store::load_typed<records::Pilot>(store, s.pilot).record);
    }
    return r;
}

WritePlan plan_mark_billed(const store::Store& store, Month month, const Date& today) {
    Month now = month_of(today);
    if (now < month) {
        throw Failure(Exit::invalid, fmt::format("{} has not begun; nothing in it can be billed",
                                                 format_month(month)));
    }
    WritePlan plan;
    for (const pilots::Statement& s : fees(store, month).statements) {
        for (const pilots::FeeLine& line : s.lines) {
            if (line.assignment.status != records::AssignmentStatus::done) {
                continue;
            }
            auto e = load_for_change<records::Assignment>(store, line.assignment.id);
            records::Assignment a = e.record;
            a.status = records::AssignmentStatus::billed;
            a.billed = month;
            auto one = change_plan(store, e, a, "", today);
            plan.changes.push_back(std::move(one.changes.front()));
        }
    }
    plan.message = fmt::format("fees: bill {} ({} assignment{})", format_month(month),
                               plan.changes.size(), plan.changes.size() == 1 ? "" : "s");
    return plan;
}

}  // namespace integra::ops
