// `integra pilot fees --month YYYY-MM [--mark-billed]`: monthly statements and payroll CSV.

#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/json.hpp"
#include "ops/pilot.hpp"

namespace integra::cli {

namespace {

void print_statements(const ops::FeesReport& r) {
    if (r.statements.empty()) {
        fmt::print("Nothing to pay for {}.\n", format_month(r.month));
        return;
    }
    for (std::size_t i = 0; i < r.statements.size(); ++i) {
        const pilots::Statement& s = r.statements[i];
        const records::Pilot& p = r.pilots[i];
        fmt::print("{}{}  {} {}  {}\n", i ? "\n" : "", p.id, p.name.given, p.name.family,
                   format_month(r.month));
        for (const pilots::FeeLine& l : s.lines) {
            const records::Assignment& a = l.assignment;
            fmt::print("  {}  {}  {:<14}{:>5} h × {} = {:>7}  flat {:>6}  travel {:>6}  {:>8}{}\n",
                       a.id, format_date(a.date), a.kind, records::format_hours(a.hours),
                       format_money(r.rates.hourly), format_money(l.for_hours),
                       format_money(l.flat), format_money(l.travel), format_money(l.total),
                       a.status == records::AssignmentStatus::billed ? "  billed" : "");
        }
        fmt::print("  total: {} assignment{}, {} h, {}\n", s.lines.size(),
                   s.lines.size() == 1 ? "" : "s", records::format_hours(s.hours),
                   format_money(s.total));
    }
}

void print_payroll(const ops::FeesReport& r) {
    fmt::print("{}", csv_line({"pilot", "given", "family", "month", "assignments", "hours",
                               "for_hours", "flat", "travel", "total"}));
    for (std::size_t i = 0; i < r.statements.size(); ++i) {
        const pilots::Statement& s = r.statements[i];
        fmt::print(
            "{}",
            csv_line({s.pilot, r.pilots[i].name.given, r.pilots[i].name.family,
                      format_month(r.month), std::to_string(s.lines.size()),
                      csv_number(records::format_hours(s.hours)),
                      csv_number(format_money(s.for_hours)), csv_number(format_money(s.flat)),
                      csv_number(format_money(s.travel)), csv_number(format_money(s.total))}));
    }
}

}  // namespace

void setup_pilot_fees(CLI::App& pilot, Globals& g) {
    struct Options {
        std::string month;
        bool mark_billed = false;
    };
    auto o = std::make_shared<Options>();
    auto* sub = pilot.add_subcommand(
        "fees", "Fee statements of a month per guide; --format csv gives the payroll rows");
    sub->add_option("--month", o->month, "The month, YYYY-MM")->required();
    sub->add_flag("--mark-billed", o->mark_billed,
                  "Set the month's done assignments to billed, in one commit");
    sub->callback([o, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto month = parse_month(o->month);
        if (!month) {
            throw Failure(Exit::usage,
                          fmt::format("--month {} is not a month; write YYYY-MM", o->month));
        }
        auto& store = open_store(g, o->mark_billed ? Access::change : Access::read);
        if (o->mark_billed) {
            auto plan = ops::plan_mark_billed(store, *month, today(g));
            if (plan.changes.empty()) {
                fmt::print(stderr, "Nothing to bill for {}.\n", format_month(*month));
                return;
            }
            store.apply(plan.changes, plan.message, commit_mode(g));
            if (!g.quiet) {
                fmt::print(stderr, "{}\n", plan.message);
            }
        }
        auto report = ops::fees(store, *month);
        if (f == "json") {
            print_json(ops::fees_json(report));
        } else if (f == "csv") {
            print_payroll(report);
        } else {
            print_statements(report);
        }
    });
}

}  // namespace integra::cli
