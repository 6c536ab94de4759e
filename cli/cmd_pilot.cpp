// `integra pilot ...`: the pool of guides (add, list, show, retire, pause, resume). Bookings
// are in cmd_pilot_assign.cpp.

#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/json.hpp"
#include "ops/pilot.hpp"
#include "pilots/bookings.hpp"

namespace integra::cli {

namespace {

std::string full_name(const records::Pilot& p) {
    return fmt::format("{} {}", p.name.given, p.name.family);
}

void print_pilot_list(const std::vector<ops::PilotRow>& rows, const std::string& f) {
    if (f == "csv") {
        fmt::print("{}", csv_line({"id", "given", "family", "gender", "languages", "status",
                                   "hours_month", "hours_year"}));
        for (const auto& r : rows) {
            fmt::print("{}", csv_line({r.pilot.id, r.pilot.name.given, r.pilot.name.family,
                                       std::string(records::word(r.pilot.gender)),
                                       pilots::languages_of(r.pilot),
                                       std::string(records::word(r.pilot.status)),
                                       csv_number(records::format_hours(r.hours_month)),
                                       csv_number(records::format_hours(r.hours_year))}));
        }
    } else if (f == "json") {
        print_json(ops::pilot_list_json(rows));
    } else {
        fmt::print("{:<8}{:<26}{:<3}{:<9}{:>7}{:>7}  {}\n", "ID", "Name", "", "Status", "Month",
                   "Year", "Languages");
        for (const auto& r : rows) {
            fmt::print("{:<8}{:<26}{:<3}{:<9}{:>7}{:>7}  {}\n", r.pilot.id, full_name(r.pilot),
                       r.pilot.gender, r.pilot.status, records::format_hours(r.hours_month),
                       records::format_hours(r.hours_year), pilots::languages_of(r.pilot));
        }
    }
}

void print_pilot_report(const ops::PilotReport& r, const Date& today) {
    const records::Pilot& p = r.pilot;
    fmt::print("{}  {}  ({})\n", p.id, full_name(p), p.status);
    fmt::print("  languages: {}\n", pilots::languages_of(p));
    if (p.phone) {
        fmt::print("  phone:     {}\n", *p.phone);
    }
    if (p.email) {
        fmt::print("  email:     {}\n", *p.email);
    }
    if (p.since) {
        fmt::print("  since:     {}\n", format_date(*p.since));
    }
    if (p.retired) {
        fmt::print("  retired:   {}\n", format_date(*p.retired));
    }
    if (p.training) {
        fmt::print("  training:  {}{}{}\n", p.training->cohort.value_or("-"),
                   p.training->hours ? fmt::format(", {} hours", *p.training->hours) : "",
                   p.training->certified
                       ? fmt::format(", certified {}", format_date(*p.training->certified))
                       : "");
    }
    fmt::print("\n{}: {} assignment{}, {} hours done\n", static_cast<int>(today.year()),
               r.this_year.size(), r.this_year.size() == 1 ? "" : "s",
               records::format_hours(r.hours_year));
    for (const auto& a : r.this_year) {
        fmt::print("  {}  {}  {:<11} {:>5} h  {:<14} {:<4} {}\n", a.id, format_date(a.date),
                   pilots::describe_span(a), records::format_hours(a.hours), a.kind, a.language,
                   a.status);
    }
}

void setup_status_change(CLI::App& pilot, Globals& g, const char* name, const char* help,
                         ops::PilotChange change) {
    struct Options {
        std::string id;
        std::string on;
    };
    auto o = std::make_shared<Options>();
    auto* sub = pilot.add_subcommand(name, help);
    sub->add_option("ID", o->id, "The guide's ID")->required();
    if (change == ops::PilotChange::retire) {
        sub->add_option("--on", o->on, "The last day (default today)");
    }
    sub->callback([o, &g, change] {
        auto& store = open_store(g, Access::change);
        auto plan =
            ops::plan_pilot_status(store, o->id, change, date_option("--on", o->on), today(g));
        apply_plan(store, plan, g);
    });
}

}  // namespace

void setup_pilot(CLI::App& app, Globals& g) {
    auto* pilot = app.add_subcommand("pilot", "Integration guides: the pool, bookings, fees");
    pilot->require_subcommand(1);

    struct AddOptions {
        std::string given, family, gender, lang, phone, email, since;
    };
    auto add = std::make_shared<AddOptions>();
    auto* sub = pilot->add_subcommand("add", "Add a guide; prints the new ID");
    sub->add_option("--given", add->given, "Given name")->required();
    sub->add_option("--family", add->family, "Family name")->required();
    sub->add_option("--gender", add->gender, "f, m, d or x")->required();
    sub->add_option("--lang", add->lang, "Languages with levels: tr:native,de:C1")->required();
    sub->add_option("--phone", add->phone, "Phone number");
    sub->add_option("--email", add->email, "E-mail address");
    sub->add_option("--since", add->since, "Active since (default today)");
    sub->callback([add, &g] {
        auto& store = open_store(g, Access::change);
        records::Pilot p;
        ops::UnknownWords unknown;
        p.name = {add->given, add->family};
        p.gender = unknown.read<records::Gender>("gender", add->gender);
        p.languages = ops::parse_skills(add->lang, unknown);
        p.phone = optional_text(add->phone);
        p.email = optional_text(add->email);
        p.since = date_option("--since", add->since);
        apply_new(store, ops::plan_add_pilot(store, std::move(p), unknown, today(g)), g);
    });

    struct ListOptions {
        std::string lang, status;
    };
    auto list = std::make_shared<ListOptions>();
    sub = pilot->add_subcommand("list", "The guides, with hours this month and year");
    sub->add_option("--lang", list->lang, "Only those who speak this language (ISO 639 code)");
    sub->add_option("--status", list->status, "Only those with this status")
        ->check(one_of_words<records::PilotStatus>());
    sub->callback([list, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        print_pilot_list(
            ops::list_pilots(store, list->lang,
                             records::parse_word<records::PilotStatus>(list->status), today(g)),
            f);
    });

    auto show_id = std::make_shared<std::string>();
    sub = pilot->add_subcommand("show", "One guide with this year's assignments and hours");
    sub->add_option("ID", *show_id, "The guide's ID")->required();
    sub->callback([show_id, &g] {
        std::string f = format(g, {"table", "json"});
        auto& store = open_store(g);
        Date day = today(g);
        auto report = ops::show_pilot(store, *show_id, day);
        if (f == "json") {
            print_json(ops::pilot_report_json(report, static_cast<int>(day.year())));
        } else {
            print_pilot_report(report, day);
        }
    });

    struct TrainOptions {
        std::string id, cohort, certified;
        records::Count hours = 0;
    };
    auto train = std::make_shared<TrainOptions>();
    sub = pilot->add_subcommand("train", "Record a guide's training course and certificate");
    sub->add_option("ID", train->id, "The guide's ID")->required();
    sub->add_option("--cohort", train->cohort, "The course, such as 2026/2027")->required();
    sub->add_option("--hours", train->hours, "Course hours attended")
        ->required()
        ->check(CLI::Range(0, 10000));
    sub->add_option("--certified", train->certified, "The certificate's date");
    sub->callback([train, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store,
                   ops::plan_train(store, train->id, train->cohort, train->hours,
                                   date_option("--certified", train->certified), today(g)),
                   g);
    });

    setup_status_change(*pilot, g, "retire", "Retire a guide (planned assignments must go first)",
                        ops::PilotChange::retire);
    setup_status_change(*pilot, g, "pause", "Pause a guide: not booked until resumed",
                        ops::PilotChange::pause);
    setup_status_change(*pilot, g, "resume", "Make a paused guide active again",
                        ops::PilotChange::resume);
    setup_pilot_assign(*pilot, g);
    setup_pilot_fees(*pilot, g);
    setup_pilot_match(*pilot, g);
    setup_pilot_coverage(*pilot, g);
}

}  // namespace integra::cli
