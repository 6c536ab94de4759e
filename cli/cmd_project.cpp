// `integra project ...`: project applications and funded projects (SPEC §4). The AG's
// decision on an application is `integra ag decide` (cmd_ag.cpp).

#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/plan.hpp"
#include "ops/project.hpp"
#include "projects/ledger.hpp"
#include "util/text.hpp"

namespace integra::cli {

namespace {

struct ListOptions {
    std::string ag, status, funding;
    int year = 0;
};

std::string money_or(const std::optional<Money>& m) {
    return m ? format_money(*m) : "";
}

void list_projects(const ListOptions& o, const Globals& g) {
    std::string f = format(g, {"table", "csv", "json"});
    store::Store& store = open_store(g);
    auto meetings = store::load_all<records::Meeting>(store, ops::kind("meetings"));
    auto dates = projects::meeting_dates(meetings);
    Json out = Json::array();
    if (f == "csv") {
        fmt::print("{}", csv_line({"id", "ag", "funding", "status", "requested", "approved", "paid",
                                   "title"}));
    } else if (f == "table") {
        fmt::print("{:<13}{:<6}{:<18}{:<11}{:>12}{:>12}{:>12}  {}\n", "ID", "AG", "Funding",
                   "Status", "Requested", "Approved", "Paid", "Title");
    }
    for (const auto& p : store::load_all<records::Project>(store, ops::kind("projects"))) {
        std::string status(records::word(p.status)), funding(records::word(p.funding));
        if ((!o.ag.empty() && p.ag != o.ag) || (!o.status.empty() && status != o.status) ||
            (!o.funding.empty() && funding != o.funding) ||
            (o.year != 0 && projects::budget_year(p, dates) != o.year)) {
            continue;
        }
        Money paid = projects::paid(p);
        if (f == "csv") {
            fmt::print("{}",
                       csv_line({p.id, p.ag, funding, status, csv_number(format_money(p.requested)),
                                 csv_number(money_or(p.approved)), csv_number(format_money(paid)),
                                 p.title}));
        } else if (f == "json") {
            out.push_back({{"id", p.id},
                           {"ag", p.ag},
                           {"funding", funding},
                           {"status", status},
                           {"requested", money_json(p.requested)},
                           {"approved", p.approved ? money_json(*p.approved) : Json(nullptr)},
                           {"paid", money_json(paid)},
                           {"budget_year", projects::budget_year(p, dates)},
                           {"title", p.title}});
        } else {
            fmt::print("{:<13}{:<6}{:<18}{:<11}{:>12}{:>12}{:>12}  {}\n", p.id, p.ag, funding,
                       status, format_money(p.requested),
                       p.approved ? format_money(*p.approved) : "-", format_money(paid), p.title);
        }
    }
    if (f == "json") {
        print_json(out);
    }
}

/// --from and --to: both or neither.
std::optional<records::Period> period_options(const std::string& from, const std::string& to) {
    if (from.empty() != to.empty()) {
        throw Failure(Exit::usage, "give the project period with both --from and --to");
    }
    if (from.empty()) {
        return std::nullopt;
    }
    return records::Period{*date_option("--from", from), *date_option("--to", to)};
}

Date on_or_today(const std::string& on, const Globals& g) {
    auto d = date_option("--on", on);
    return d ? *d : today(g);
}

std::string money_or_dash(const std::optional<Money>& m) {
    return m ? format_money(*m) : "-";
}

std::string date_or_dash(const std::optional<Date>& d) {
    return d ? format_date(*d) : "-";
}

void print_report(const ops::ProjectReport& r) {
    const records::Project& p = r.project;
    fmt::print("{}  {}\n", p.id, p.title);
    fmt::print("  applicant:   {}{}\n", p.applicant.organisation,
               p.applicant.contact ? fmt::format(" ({})", *p.applicant.contact) : "");
    fmt::print("  AG:          {}\n", p.ag);
    fmt::print("  funding:     {}{}\n", p.funding,
               p.programme ? fmt::format(" ({})", *p.programme) : "");
    fmt::print("  status:      {}\n", p.status);
    if (p.period) {
        fmt::print("  period:      {} to {}\n", format_date(p.period->from),
                   format_date(p.period->to));
    }
    fmt::print("  requested:   {}\n", format_money(p.requested));
    fmt::print("  approved:    {}\n", money_or_dash(p.approved));
    if (r.decision) {
        fmt::print("  decision:    {} at {} on {} ({} yes, {} no, {} abstaining){}\n",
                   r.decision->number, p.decision.value_or(""), date_or_dash(r.decided),
                   r.decision->yes, r.decision->no, r.decision->abstain,
                   r.decision->over_budget
                       ? fmt::format("; over budget: {}", *r.decision->over_budget)
                       : "");
    }
    fmt::print("  budget year: {}\n", r.budget_year);
    fmt::print("  paid:        {} (unpaid {})\n", format_money(r.paid), format_money(r.unpaid));
    for (const records::Payment& pay : p.payments.value_or(std::vector<records::Payment>{})) {
        fmt::print("               {}  {:>10}\n", format_date(pay.date), format_money(pay.amount));
    }
    if (p.participants) {
        fmt::print("  participants: {}\n", *p.participants);
    }
    if (r.proof_due || (p.proof_of_use && p.proof_of_use->received)) {
        fmt::print("  proof of use: due {}, received {}\n", date_or_dash(r.proof_due),
                   date_or_dash(p.proof_of_use ? p.proof_of_use->received : std::nullopt));
    }
    if (r.evaluation_due || (p.evaluation && p.evaluation->done)) {
        fmt::print("  evaluation:  due {}, done {}\n", date_or_dash(r.evaluation_due),
                   date_or_dash(p.evaluation ? p.evaluation->done : std::nullopt));
        if (p.evaluation && p.evaluation->summary) {
            fmt::print("               {}\n", *p.evaluation->summary);
        }
    }
    if (p.withdrawal) {
        fmt::print("  withdrawn:   {}: {}\n", format_date(p.withdrawal->date),
                   p.withdrawal->reason);
    }
}

void print_budget(const ops::BudgetReport& r, const std::string& f) {
    if (f == "json") {
        print_json(ops::budget_json(r));
        return;
    }
    auto ag_of = [](const projects::BudgetLine& l) { return l.ag.empty() ? "all" : l.ag; };
    if (f == "csv") {
        fmt::print("{}",
                   csv_line({"ag", "funding", "budget", "approved", "paid", "remaining", "share"}));
        for (const auto& l : r.lines) {
            fmt::print("{}", csv_line({ag_of(l), std::string(records::word(l.funding)),
                                       l.budget ? csv_number(format_money(*l.budget)) : "",
                                       csv_number(format_money(l.approved)),
                                       csv_number(format_money(l.paid)),
                                       l.remaining ? csv_number(format_money(*l.remaining)) : "",
                                       ops::is_share(l) ? "true" : "false"}));
        }
        return;
    }
    constexpr auto row = "{:<6}{:<20}{:>12}{:>12}{:>12}{:>12}\n";
    fmt::print("Budget year {}\n", r.year);
    fmt::print(row, "AG", "Funding", "Budget", "Approved", "Paid", "Remaining");
    for (const auto& l : r.lines) {
        std::string funding(records::word(l.funding));
        fmt::print(row, ag_of(l), ops::is_share(l) ? fmt::format("  ({})", funding) : funding,
                   money_or_dash(l.budget), format_money(l.approved), format_money(l.paid),
                   money_or_dash(l.remaining));
    }
    fmt::print(row, "", "Total", format_money(r.budget), format_money(r.approved),
               format_money(r.paid), format_money(r.remaining));
    fmt::print(
        "(An AG's share of a pot for all AGs is in brackets and counted once, in the "
        "pot's line.)\n");
}

}  // namespace

void setup_project(CLI::App& app, Globals& g) {
    auto* project = app.add_subcommand(
        "project", "Project funding: applications, payments, completion, evaluation, budgets");
    project->require_subcommand(1);

    auto list = std::make_shared<ListOptions>();
    auto* sub = project->add_subcommand("list", "The projects, in ID order");
    sub->add_option("--ag", list->ag, "Only this AG's projects");
    sub->add_option("--status", list->status, "Only projects with this status")
        ->check(one_of_words<records::ProjectStatus>());
    sub->add_option("--funding", list->funding, "Only this funding source")
        ->check(one_of_words<records::Funding>());
    sub->add_option("--year", list->year,
                    "Only projects of this budget year (the year of the decision's meeting, "
                    "else of the application; projects::budget_year)");
    sub->callback([list, &g] { list_projects(*list, g); });

    auto add = std::make_shared<records::Project>();
    struct AddOptions {
        std::string contact, programme, requested, from, to, target, funding;
    };
    auto ao = std::make_shared<AddOptions>();
    sub = project->add_subcommand("add", "Record an application (status submitted); prints its ID");
    sub->add_option("--title", add->title, "The project's title")->required();
    sub->add_option("--organisation", add->applicant.organisation, "The applying organisation")
        ->required();
    sub->add_option("--contact", ao->contact, "The contact person");
    sub->add_option("--ag", add->ag, "The AG that decides (ag1..ag5)")->required();
    sub->add_option("--funding", ao->funding, "city, demokratie_leben or other")
        ->required()
        ->check(one_of_words<records::Funding>());
    sub->add_option("--programme", ao->programme, "The programme's name (funding other)");
    sub->add_option("--requested", ao->requested, "The amount applied for (1500 or 1500.50)")
        ->required();
    sub->add_option("--from", ao->from, "The project period's first day");
    sub->add_option("--to", ao->to, "The project period's last day");
    sub->add_option("--target", ao->target,
                    "Target groups, comma-separated: women, men, all, children, youth, seniors");
    sub->callback([add, ao, &g] {
        records::Project p = *add;
        p.funding = *records::parse_word<records::Funding>(ao->funding);
        p.applicant.contact = optional_text(ao->contact);
        p.programme = optional_text(ao->programme);
        p.requested = required_money("--requested", ao->requested);
        p.period = period_options(ao->from, ao->to);
        if (!ao->target.empty()) {
            p.target_groups.emplace();
            for (const std::string& word : split(ao->target, ',')) {
                auto t = records::parse_word<records::TargetGroup>(trim(word));
                if (!t) {
                    throw Failure(
                        Exit::usage,
                        fmt::format("--target {}: `{}` is none of {}", ao->target, trim(word),
                                    fmt::join(records::all_words<records::TargetGroup>(), ", ")));
                }
                p.target_groups->push_back(*t);
            }
        }
        auto& store = open_store(g, Access::change);
        apply_new(store, ops::plan_add_project(store, p, today(g)), g);
    });

    auto id = std::make_shared<std::string>();
    sub = project->add_subcommand("show", "One project with its decision, payments and deadlines");
    sub->add_option("ID", *id, "The project (PR-YYYY-NNN)")->required();
    sub->callback([id, &g] {
        std::string f = format(g, {"table", "json"});
        auto& store = open_store(g);
        auto r = ops::show_project(store, *id);
        if (f == "json") {
            print_json(ops::project_report_json(r));
        } else {
            print_report(r);
        }
    });

    struct Change {
        std::string id, on, from, to, amount, reason, summary, received;
        records::Count participants = 0;
    };
    auto c = std::make_shared<Change>();
    sub = project->add_subcommand("start", "An approved project begins (status running)");
    sub->add_option("ID", c->id, "The project")->required();
    sub->add_option("--on", c->on, "The day it begins (default today)");
    sub->add_option("--from", c->from, "The project period's first day (with --to)");
    sub->add_option("--to", c->to, "The project period's last day");
    sub->callback([c, &g] {
        auto& store = open_store(g, Access::change);
        auto period = period_options(c->from, c->to);
        Date on = c->on.empty() && period ? period->from : on_or_today(c->on, g);
        apply_plan(store, ops::plan_start(store, c->id, on, period, today(g)), g);
    });

    sub = project->add_subcommand("pay", "Record a payment, never beyond approved minus paid");
    sub->add_option("ID", c->id, "The project")->required();
    sub->add_option("--amount", c->amount, "The amount paid")->required();
    sub->add_option("--on", c->on, "The day of payment (default today)");
    sub->callback([c, &g] {
        Money amount = required_money("--amount", c->amount);
        auto& store = open_store(g, Access::change);
        apply_plan(store, ops::plan_pay(store, c->id, amount, on_or_today(c->on, g), today(g)), g);
    });

    sub = project->add_subcommand("complete", "A running project ended (status completed)");
    sub->add_option("ID", c->id, "The project")->required();
    sub->add_option("--participants", c->participants, "How many people it reached")
        ->required()
        ->check(CLI::Range(0, 999999));
    sub->add_option("--on", c->on,
                    "The day it ended, for a project without period (default today)");
    sub->callback([c, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(
            store,
            ops::plan_complete(store, c->id, c->participants, on_or_today(c->on, g), today(g)), g);
    });

    sub = project->add_subcommand(
        "evaluate", "The evaluation report and proof of use arrived (status evaluated)");
    sub->add_option("ID", c->id, "The project")->required();
    sub->add_option("--received", c->received, "The day they arrived")->required();
    sub->add_option("--summary", c->summary, "What the evaluation found, in a sentence");
    sub->callback([c, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store,
                   ops::plan_evaluate(store, c->id, *date_option("--received", c->received),
                                      optional_text(c->summary), today(g)),
                   g);
    });

    sub = project->add_subcommand("withdraw", "The applicant withdraws (status withdrawn)");
    sub->add_option("ID", c->id, "The project")->required();
    sub->add_option("--reason", c->reason, "Why (kept in the record, not in git's log)")
        ->required();
    sub->add_option("--on", c->on, "The day (default today)");
    sub->callback([c, &g] {
        auto reason = optional_text(c->reason);
        if (!reason) {
            throw Failure(Exit::usage, "--reason is empty; say why the project is withdrawn");
        }
        auto& store = open_store(g, Access::change);
        apply_plan(store,
                   ops::plan_withdraw(store, c->id, *reason, on_or_today(c->on, g), today(g)), g);
    });

    auto year = std::make_shared<int>(0);
    sub = project->add_subcommand(
        "budget", "Per AG and funding source: budget, approved, paid, remaining, and totals");
    sub->add_option("--year", *year, "The budget year (default this year)");
    sub->callback([year, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        int y = *year != 0 ? *year : static_cast<int>(today(g).year());
        print_budget(ops::project_budget(store, y), f);
    });
}

}  // namespace integra::cli
