// `integra refugee done|skip|tasks|note|close`: the course of a case.

#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/onboarding.hpp"
#include "refugees/onboarding.hpp"

namespace integra::cli {

namespace {

/// `8 overdue`, `today`, `in 5`: how a due date stands, for the table.
std::string days_text(const std::optional<Date>& due, const Date& today) {
    if (!due) {
        return "-";
    }
    long days = days_between(today, *due);
    if (days < 0) {
        return fmt::format("{} overdue", -days);
    }
    return days == 0 ? std::string("today") : fmt::format("in {}", days);
}

std::string place(const ops::Task& t) {
    return t.unit ? fmt::format("{} {}", t.household, *t.unit) : t.household;
}

void print_tasks(const ops::TaskList& list, const Date& today, ops::LabelLang lang,
                 const std::string& f) {
    if (f == "json") {
        print_json(ops::tasks_json(list, today, lang));
        return;
    }
    if (f == "csv") {
        fmt::print("{}", csv_line({"due", "days", "id", "given", "family", "caseworker", "step",
                                   "label", "household", "unit"}));
        for (const ops::Task& t : list.tasks) {
            fmt::print("{}",
                       csv_line({t.due ? format_date(*t.due) : "",
                                 t.due ? std::to_string(days_between(today, *t.due)) : "", t.person,
                                 t.name.given, t.name.family, t.caseworker.value_or(""), t.step,
                                 ops::label_in(t.label, lang), t.household, t.unit.value_or("")}));
        }
    } else if (list.tasks.empty()) {
        fmt::print("No open onboarding steps.\n");
    } else {
        fmt::print("{:<12}{:<12}{:<13}{:<26}{:<11}{:<18}{}\n", "Due", "", "ID", "Name",
                   "Caseworker", "Household", "Step");
        for (const ops::Task& t : list.tasks) {
            fmt::print("{:<12}{:<12}{:<13}{:<26}{:<11}{:<18}{}\n",
                       t.due ? format_date(*t.due) : "-", days_text(t.due, today), t.person,
                       fmt::format("{} {}", t.name.given, t.name.family),
                       t.caseworker.value_or("-"), place(t), ops::label_in(t.label, lang));
        }
    }
    if (list.restricted > 0) {
        // On stderr for CSV, so that the file stays a table.
        fmt::print(f == "csv" ? stderr : stdout,
                   "{} whose processing is restricted (GDPR Art. 18) left out.\n",
                   list.restricted == 1 ? std::string("1 person")
                                        : fmt::format("{} persons", list.restricted));
    }
}

void setup_step(CLI::App& refugee, Globals& g) {
    struct DoneOptions {
        std::string id, step, on;
    };
    auto o = std::make_shared<DoneOptions>();
    auto* sub = refugee.add_subcommand("done", "Record an onboarding step as done");
    sub->add_option("ID", o->id, "The person's ID")->required();
    sub->add_option("STEP", o->step, "The step's key in integra.yaml's checklist")->required();
    sub->add_option("--on", o->on, "The day it was done (default today)");
    sub->callback([o, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store,
                   ops::plan_step_done(store, o->id, o->step, date_option("--on", o->on), today(g)),
                   g);
    });

    struct SkipOptions {
        std::string id, step, reason;
    };
    auto s = std::make_shared<SkipOptions>();
    sub = refugee.add_subcommand("skip", "Record an onboarding step as skipped, with why");
    sub->add_option("ID", s->id, "The person's ID")->required();
    sub->add_option("STEP", s->step, "The step's key in integra.yaml's checklist")->required();
    sub->add_option("--reason", s->reason, "Why the step is skipped")->required();
    sub->callback([s, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store, ops::plan_step_skip(store, s->id, s->step, s->reason, today(g)), g);
    });
}

void setup_tasks(CLI::App& refugee, Globals& g) {
    struct TaskOptions {
        bool overdue = false;
        std::string caseworker;
        long due_within = -1;
    };
    auto o = std::make_shared<TaskOptions>();
    auto* sub = refugee.add_subcommand(
        "tasks", "The open onboarding steps of all active cases, by due date");
    sub->add_flag("--overdue", o->overdue, "Only steps past their due date");
    sub->add_option("--caseworker", o->caseworker, "Only the cases of this staff handle");
    sub->add_option("--due-within", o->due_within,
                    "Only steps due within so many days (overdue ones included)")
        ->check(CLI::Range(0L, 100000L));
    sub->callback([o, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        Date day = today(g);
        ops::TaskFilter filter{
            o->overdue, o->caseworker,
            o->due_within >= 0 ? std::optional<long>(o->due_within) : std::nullopt};
        print_tasks(ops::list_tasks(store, filter, day), day,
                    g.lang == "en" ? ops::LabelLang::en : ops::LabelLang::de, f);
    });
}

void setup_note_close(CLI::App& refugee, Globals& g) {
    struct NoteOptions {
        std::string id, text, on, by;
    };
    auto n = std::make_shared<NoteOptions>();
    auto* sub = refugee.add_subcommand("note", "Add a dated note to a case");
    sub->add_option("ID", n->id, "The person's ID")->required();
    sub->add_option("TEXT", n->text, "The note")->required();
    sub->add_option("--on", n->on, "Its date (default today)");
    sub->add_option("--by", n->by, "The author's staff handle (default: from git's identity)");
    sub->callback([n, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(
            store,
            ops::plan_note(store, n->id, n->text, date_option("--on", n->on), n->by, today(g)), g);
    });

    struct CloseOptions {
        std::string id, reason, on, note;
    };
    auto c = std::make_shared<CloseOptions>();
    sub = refugee.add_subcommand("close", "Close a case: independent, moved away, or other");
    sub->add_option("ID", c->id, "The person's ID")->required();
    sub->add_option("--reason", c->reason, "independent, moved_away or other")
        ->required()
        ->check(CLI::IsMember({"independent", "moved_away", "other"}));
    sub->add_option("--on", c->on, "The closing day (default today)");
    sub->add_option("--note", c->note, "Why, in words (needed with --reason other)");
    sub->callback([c, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store,
                   ops::plan_close(store, c->id, *ops::parse_close_reason(c->reason),
                                   date_option("--on", c->on), optional_text(c->note), today(g)),
                   g);
    });
}

}  // namespace

void setup_refugee_onboarding(CLI::App& refugee, Globals& g) {
    setup_step(refugee, g);
    setup_tasks(refugee, g);
    setup_note_close(refugee, g);
}

}  // namespace integra::cli
