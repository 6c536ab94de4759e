#include "ops/project.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "ops/record.hpp"
#include "projects/lifecycle.hpp"
#include "records/json.hpp"

namespace integra::ops {

namespace {

using records::ProjectStatus;
using Loaded = store::Loaded<records::Project>;

[[noreturn]] void refuse(std::string why) {
    throw Failure(Exit::invalid, std::move(why));
}

/// The project `id` about to change by `action`: refused when its status does not allow it.
Loaded load_for(const store::Store& store, const std::string& id, projects::Action action) {
    Loaded loaded = load_for_change<records::Project>(store, id);
    if (auto why = projects::refusal(loaded.record, action)) {
        refuse(*why);
    }
    return loaded;
}

std::string what(projects::Action action, const std::string& id, std::string_view fields) {
    return fmt::format("{}: {} {}", projects::command_of(action), id, fields);
}

}  // namespace

WritePlan plan_add_project(const store::Store& store, records::Project p, const Date& today) {
    std::vector<std::string> ags;
    for (const store::RecordFile& f : store.list(kind("ags"))) {
        ags.push_back(f.id);
    }
    if (std::find(ags.begin(), ags.end(), p.ag) == ags.end()) {
        refuse(fmt::format("there is no AG {}; the AGs are {}", p.ag, fmt::join(ags, ", ")));
    }
    if (p.funding == records::Funding::other && !p.programme) {
        refuse("funding `other` needs the programme's name: --programme NAME");
    }
    if (p.funding != records::Funding::other && p.programme) {
        refuse(fmt::format("--programme is for funding `other`; {} needs none",
                           records::word(p.funding)));
    }
    if (p.period && p.period->to <= p.period->from) {
        refuse(fmt::format("the project period ends on {}, not after it begins ({})",
                           format_date(p.period->to), format_date(p.period->from)));
    }
    if (p.requested.cents == 0) {
        refuse("--requested is 0; an application asks for an amount");
    }
    p.status = ProjectStatus::submitted;
    p.id = store.next_id(kind("projects"), year_of(today));
    return new_record_plan(store, kind("projects"), p, UnknownWords{},
                           fmt::format("project add: {} {}", p.id, p.ag), today);
}

WritePlan plan_start(const store::Store& store, const std::string& id, const Date& on,
                     std::optional<records::Period> period, const Date& today) {
    Loaded before = load_for(store, id, projects::Action::start);
    records::Project p = before.record;
    if (period) {
        if (period->to <= period->from) {
            refuse(fmt::format("the project period ends on {}, not after it begins ({})",
                               format_date(period->to), format_date(period->from)));
        }
        p.period = period;
    } else if (!p.period) {
        refuse(fmt::format("{} has no project period; give it: --from DATE --to DATE", id));
    }
    if (today < on) {
        refuse(fmt::format("{} is started on the day it begins; --on {} lies after today ({})", id,
                           format_date(on), format_date(today)));
    }
    if (on < p.period->from) {
        refuse(
            fmt::format("{} would start on {}, before its period begins ({}); start it then, "
                        "or give the period it really has with --from and --to",
                        id, format_date(on), format_date(p.period->from)));
    }
    p.status = ProjectStatus::running;
    return change_plan(store, before, p,
                       what(projects::Action::start, id, period ? "status, period" : "status"),
                       today);
}

WritePlan plan_pay(const store::Store& store, const std::string& id, Money amount, const Date& on,
                   const Date& today) {
    Loaded before = load_for(store, id, projects::Action::pay);
    records::Project p = before.record;
    if (amount.cents <= 0) {
        refuse("a payment is more than 0.00");
    }
    if (today < on) {
        refuse(fmt::format("a payment is recorded when it is made; {} lies after today ({})",
                           format_date(on), format_date(today)));
    }
    if (p.decision) {
        Date decided = store::load_typed<records::Meeting>(store, *p.decision).record.date;
        if (on < decided) {
            refuse(
                fmt::format("{} was approved on {} ({}); a payment on {} would come before "
                            "the approval",
                            id, format_date(decided), *p.decision, format_date(on)));
        }
    }
    Money unpaid = projects::unpaid(p);
    if (amount > unpaid) {
        refuse(fmt::format(
            "{} would be paid {}, but only {} of the {} approved is unpaid ({} "
            "paid so far); a payment never exceeds the approval",
            id, format_money(amount), format_money(unpaid),
            format_money(p.approved.value_or(Money{0})), format_money(projects::paid(p))));
    }
    if (!p.payments) {
        p.payments.emplace();
    }
    p.payments->push_back(records::Payment{on, amount});
    return change_plan(store, before, p, what(projects::Action::pay, id, "payments"), today);
}

WritePlan plan_complete(const store::Store& store, const std::string& id,
                        records::Count participants, const Date& on, const Date& today) {
    Loaded before = load_for(store, id, projects::Action::complete);
    records::Project p = before.record;
    projects::Deadlines d = projects::deadlines_of(settings_file(store));
    Date end = p.period ? p.period->to : on;
    p.status = ProjectStatus::completed;
    p.participants = participants;
    if (!p.proof_of_use) {
        p.proof_of_use.emplace();
    }
    if (!p.proof_of_use->due) {
        p.proof_of_use->due = add_days(end, d.proof_of_use_days);
    }
    if (!p.evaluation) {
        p.evaluation.emplace();
    }
    if (!p.evaluation->due) {
        p.evaluation->due = add_days(end, d.evaluation_days);
    }
    return change_plan(
        store, before, p,
        what(projects::Action::complete, id, "status, participants, proof_of_use, evaluation"),
        today);
}

WritePlan plan_evaluate(const store::Store& store, const std::string& id, const Date& received,
                        std::optional<std::string> summary, const Date& today) {
    Loaded before = load_for(store, id, projects::Action::evaluate);
    records::Project p = before.record;
    if (today < received) {
        refuse(fmt::format("--received {} lies after today ({})", format_date(received),
                           format_date(today)));
    }
    p.status = ProjectStatus::evaluated;
    if (!p.evaluation) {
        p.evaluation.emplace();
    }
    p.evaluation->done = received;
    if (summary) {
        p.evaluation->summary = summary;
    }
    if (!p.proof_of_use) {
        p.proof_of_use.emplace();
    }
    if (!p.proof_of_use->received) {
        p.proof_of_use->received = received;
    }
    return change_plan(store, before, p,
                       what(projects::Action::evaluate, id, "status, evaluation, proof_of_use"),
                       today);
}

WritePlan plan_withdraw(const store::Store& store, const std::string& id, std::string reason,
                        const Date& on, const Date& today) {
    Loaded before = load_for(store, id, projects::Action::withdraw);
    records::Project p = before.record;
    if (today < on) {
        refuse(fmt::format("--on {} lies after today ({})", format_date(on), format_date(today)));
    }
    p.status = ProjectStatus::withdrawn;
    p.withdrawal = records::Withdrawal{on, std::move(reason)};
    return change_plan(store, before, p, what(projects::Action::withdraw, id, "status, withdrawal"),
                       today);
}

ProjectReport show_project(const store::Store& store, const std::string& id) {
    ProjectReport r;
    r.project = store::load_typed<records::Project>(store, id).record;
    const records::Project& p = r.project;
    // Only the deciding meeting is read: it dates the decision and the budget year.
    std::vector<records::Meeting> meetings;
    if (p.decision) {
        meetings.push_back(store::load_typed<records::Meeting>(store, *p.decision).record);
        for (const records::Decision& d :
             meetings.front().decisions.value_or(std::vector<records::Decision>{})) {
            if (d.project == p.id) {
                r.decision = d;
                r.decided = meetings.front().date;
            }
        }
    }
    projects::Deadlines d = projects::deadlines_of(settings_file(store));
    r.budget_year = projects::budget_year(p, projects::meeting_dates(meetings));
    r.paid = projects::paid(p);
    r.unpaid = projects::unpaid(p);
    if (p.status != ProjectStatus::submitted && p.status != ProjectStatus::rejected &&
        p.status != ProjectStatus::withdrawn) {
        r.proof_due = projects::proof_due(p, d);
        r.evaluation_due = projects::evaluation_due(p, d);
    }
    return r;
}

bool is_share(const projects::BudgetLine& line) {
    return !line.ag.empty() && !projects::per_ag(line.funding);
}

BudgetReport project_budget(const store::Store& store, int year) {
    BudgetReport r;
    r.year = year;
    std::vector<std::string> ags;
    for (const store::RecordFile& f : store.list(kind("ags"))) {
        ags.push_back(f.id);
    }
    auto projects = store::load_all<records::Project>(store, kind("projects"));
    auto meetings = store::load_all<records::Meeting>(store, kind("meetings"));
    r.lines = projects::budget_lines(settings_file(store), projects,
                                     projects::meeting_dates(meetings), ags, year);
    for (const projects::BudgetLine& l : r.lines) {
        if (is_share(l)) {
            continue;
        }
        r.budget.cents += l.budget.value_or(Money{0}).cents;
        r.approved.cents += l.approved.cents;
        r.paid.cents += l.paid.cents;
        r.remaining.cents += l.remaining.value_or(Money{0}).cents;
    }
    return r;
}

namespace {

Json money_or_null(const std::optional<Money>& m) {
    return m ? money_json(*m) : Json(nullptr);
}

Json date_or_null(const std::optional<Date>& d) {
    return d ? Json(format_date(*d)) : Json(nullptr);
}

}  // namespace

Json project_report_json(const ProjectReport& r) {
    Json decision = nullptr;
    if (r.decision) {
        const records::Decision& d = *r.decision;
        decision = {{"number", d.number},
                    {"meeting", r.project.decision.value_or("")},
                    {"date", date_or_null(r.decided)},
                    {"yes", d.yes},
                    {"no", d.no},
                    {"abstain", d.abstain},
                    {"result", records::word(d.result)},
                    {"amount", money_or_null(d.amount)},
                    {"over_budget", d.over_budget ? Json(*d.over_budget) : Json(nullptr)}};
    }
    return {{"project", records::record_json(records::encode(r.project), *kind("projects").spec)},
            {"decision", std::move(decision)},
            {"budget_year", r.budget_year},
            {"paid", money_json(r.paid)},
            {"unpaid", money_json(r.unpaid)},
            {"proof_due", date_or_null(r.proof_due)},
            {"evaluation_due", date_or_null(r.evaluation_due)}};
}

Json budget_json(const BudgetReport& r) {
    Json lines = Json::array();
    for (const projects::BudgetLine& l : r.lines) {
        lines.push_back({{"ag", l.ag.empty() ? Json(nullptr) : Json(l.ag)},
                         {"funding", records::word(l.funding)},
                         {"budget", money_or_null(l.budget)},
                         {"approved", money_json(l.approved)},
                         {"paid", money_json(l.paid)},
                         {"remaining", money_or_null(l.remaining)},
                         {"share", is_share(l)}});
    }
    return {{"year", r.year},
            {"lines", std::move(lines)},
            {"totals",
             {{"budget", money_json(r.budget)},
              {"approved", money_json(r.approved)},
              {"paid", money_json(r.paid)},
              {"remaining", money_json(r.remaining)}}}};
}

}  // namespace integra::ops
