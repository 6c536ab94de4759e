// `integra pilot assign|done|cancel|assignments`: booking guides.

#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/json.hpp"
#include "ops/pilot.hpp"
#include "pilots/bookings.hpp"
#include "records/json.hpp"

namespace integra::cli {

namespace {

void print_assignments(const std::vector<records::Assignment>& list, const std::string& f) {
    if (f == "csv") {
        fmt::print("{}", csv_line({"id", "pilot", "date", "time", "hours", "kind", "language",
                                   "requested_by", "client", "status", "billed"}));
        for (const auto& a : list) {
            fmt::print(
                "{}",
                csv_line({a.id, a.pilot, format_date(a.date), a.time ? format_time(*a.time) : "",
                          csv_number(records::format_hours(a.hours)),
                          std::string(records::word(a.kind)), a.language, records::requester(a),
                          a.client.value_or(""), std::string(records::word(a.status)),
                          a.billed ? format_month(*a.billed) : ""}));
        }
    } else if (f == "json") {
        print_json(ops::assignments_json(list));
    } else {
        fmt::print("{:<13}{:<8}{:<12}{:<12}{:>6}  {:<14}{:<5}{:<10}{}\n", "ID", "Pilot", "Date",
                   "Time", "Hours", "Kind", "Lang", "Status", "Requested by");
        for (const auto& a : list) {
            fmt::print("{:<13}{:<8}{:<12}{:<12}{:>6}  {:<14}{:<5}{:<10}{}\n", a.id, a.pilot,
                       format_date(a.date), pilots::describe_span(a),
                       records::format_hours(a.hours), a.kind, a.language, a.status,
                       records::requester(a));
        }
    }
}

}  // namespace

void setup_pilot_assign(CLI::App& pilot, Globals& g) {
    struct AssignOptions {
        std::string pilot, date, time, hours, kind, lang, requested_by, client;
    };
    auto o = std::make_shared<AssignOptions>();
    auto* sub = pilot.add_subcommand("assign", "Book a guide; prints the new assignment's ID");
    sub->add_option("--pilot", o->pilot, "The guide's ID")->required();
    sub->add_option("--date", o->date, "The day, YYYY-MM-DD")->required();
    sub->add_option("--time", o->time, "The start, HH:MM (without it the whole day is booked)");
    sub->add_option("--hours", o->hours, "How long, such as 1.5")->required();
    sub->add_option("--kind", o->kind,
                    "accompaniment, translation, parent_talk, info_event, mediation or project")
        ->required();
    sub->add_option("--lang", o->lang, "The language needed (ISO 639 code)")->required();
    sub->add_option("--requested-by", o->requested_by,
                    "TYPE[:NAME]: school, authority, migrant, organisation, refugee_unit or ag")
        ->required();
    sub->add_option("--client", o->client, "The refugee's ID, if the assignment is for one");
    sub->callback([o, &g] {
        auto& store = open_store(g, Access::change);
        records::Assignment a;
        a.pilot = o->pilot;
        a.date = *date_option("--date", o->date);
        a.time = time_option("--time", o->time);
        a.hours = *hours_option("--hours", o->hours);
        ops::UnknownWords unknown;
        a.kind = unknown.read<records::AssignmentKind>("kind", o->kind);
        a.language = o->lang;
        a.requested_by = ops::parse_requested_by(o->requested_by, unknown);
        a.client = optional_text(o->client);
        apply_new(store, ops::plan_assign(store, std::move(a), unknown, today(g)), g);
    });

    struct DoneOptions {
        std::string id, hours;
    };
    auto done = std::make_shared<DoneOptions>();
    sub = pilot.add_subcommand("done", "Mark a planned assignment done");
    sub->add_option("ID", done->id, "The assignment's ID")->required();
    sub->add_option("--hours", done->hours, "The hours it really took");
    sub->callback([done, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store,
                   ops::plan_done(store, done->id, hours_option("--hours", done->hours), today(g)),
                   g);
    });

    struct CancelOptions {
        std::string id, reason;
    };
    auto cancel = std::make_shared<CancelOptions>();
    sub = pilot.add_subcommand("cancel", "Cancel a planned assignment");
    sub->add_option("ID", cancel->id, "The assignment's ID")->required();
    sub->add_option("--reason", cancel->reason, "Why")->required();
    sub->callback([cancel, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store, ops::plan_cancel(store, cancel->id, cancel->reason, today(g)), g);
    });

    struct ListOptions {
        std::string month, pilot, status;
    };
    auto list = std::make_shared<ListOptions>();
    sub = pilot.add_subcommand("assignments", "Assignments by date");
    sub->add_option("--month", list->month, "Only this month, YYYY-MM");
    sub->add_option("--pilot", list->pilot, "Only this guide's");
    sub->add_option("--status", list->status, "Only with this status")
        ->check(one_of_words<records::AssignmentStatus>());
    sub->callback([list, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        std::optional<Month> month;
        if (!list->month.empty()) {
            month = parse_month(list->month);
            if (!month) {
                throw Failure(Exit::usage,
                              fmt::format("--month {} is not a month; write YYYY-MM", list->month));
            }
        }
        auto& store = open_store(g);
        print_assignments(
            ops::list_assignments(store, month, list->pilot,
                                  records::parse_word<records::AssignmentStatus>(list->status)),
            f);
    });
}

}  // namespace integra::cli
