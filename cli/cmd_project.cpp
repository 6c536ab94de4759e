// `integra project ...`: project applications and funded projects (SPEC §4). The AG's
// decision on an application is `integra ag decide` (cmd_ag.cpp).

#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/plan.hpp"
#include "projects/ledger.hpp"
#include "util/csv.hpp"

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
    store::Store store = open_store(g);
    auto meetings = store::load_all<records::Meeting>(store, ops::kind("meetings"));
    auto dates = projects::meeting_dates(meetings);
    Json out = Json::array();
    if (f == "csv") {
        fmt::print("{}", csv_row({"id", "ag", "funding", "status", "requested", "approved", "paid",
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
            fmt::print("{}", csv_row({p.id, p.ag, funding, status, format_money(p.requested),
                                      money_or(p.approved), format_money(paid), p.title}));
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
}

}  // namespace integra::cli
