// `integra refugee add|intake|list|show`: the persons of the refugee casework.

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include "app.hpp"
#include "ops/casework.hpp"
#include "ops/intake.hpp"
#include "store/typed.hpp"

namespace integra::cli {

namespace {

std::string full_name(const records::PersonName& n) {
    return fmt::format("{} {}", n.given, n.family);
}

/// After a write: the new IDs on stdout (they are the answer), hints on stderr.
void print_hints(const ops::PersonsPlan& p, const Globals& g) {
    std::fflush(stdout);  // the IDs first, also when both go to one terminal or file
    if (g.quiet) {
        return;
    }
    for (const std::string& hint : p.hints) {
        fmt::print(stderr, "hint: {}\n", hint);
    }
}

void print_person_list(const std::vector<ops::PersonRow>& rows, const std::string& f) {
    if (f == "csv") {
        fmt::print("{}", csv_line({"id", "given", "family", "birth_date", "age", "gender",
                                   "nationality", "household", "unit", "status", "caseworker",
                                   "onboarding", "restricted"}));
        for (const auto& r : rows) {
            const records::Refugee& p = r.person;
            fmt::print("{}",
                       csv_line({p.id, p.name.given, p.name.family, format_date(p.birth_date),
                                 std::to_string(r.age), std::string(records::word(p.gender)),
                                 p.nationality, p.household, r.unit.value_or(""),
                                 std::string(records::word(p.status)), p.caseworker.value_or(""),
                                 r.onboarding, p.restricted ? format_date(*p.restricted) : ""}));
        }
        return;
    }
    if (f == "json") {
        print_json(ops::person_list_json(rows));
        return;
    }
    fmt::print("{:<13}{:<28}{:<12}{:>4}  {:<4}{:<13}{:<6}{:<12}{:<8}{}\n", "ID", "Name", "Born",
               "Age", "Nat", "Household", "Unit", "Status", "Worker", "Onboarding");
    for (const auto& r : rows) {
        const records::Refugee& p = r.person;
        fmt::print("{:<13}{:<28}{:<12}{:>4}  {:<4}{:<13}{:<6}{:<12}{:<8}{}{}\n", p.id,
                   full_name(p.name), format_date(p.birth_date), r.age, p.nationality, p.household,
                   r.unit.value_or("-"), p.status, p.caseworker.value_or("-"), r.onboarding,
                   p.restricted ? "  [restricted]" : "");
    }
    fmt::print("{} person{}\n", rows.size(), rows.size() == 1 ? "" : "s");
}

std::string step_state(const ops::StepLine& s) {
    const refugees::StepProgress& p = s.progress;
    switch (p.state) {
        case refugees::StepState::done:
            return fmt::format("done {}", format_date(*p.done));
        case refugees::StepState::skipped:
            return fmt::format("skipped: {}", *p.skipped);
        case refugees::StepState::open:
            break;
    }
    return s.overdue ? "OVERDUE" : "open";
}

void print_intake(const records::Intake& in, const ops::PersonReport& r) {
    std::string interpreter = "none";
    if (r.interpreter) {
        interpreter = fmt::format("{} {}", r.interpreter->id, full_name(r.interpreter->name));
    } else if (in.interpreter) {
        interpreter = *in.interpreter;
    }
    fmt::print("  intake:      {}, interpreter {}\n", format_date(in.date), interpreter);
    if (in.schooling) {
        fmt::print(
            "  schooling:   {}{}\n",
            in.schooling->years ? fmt::format("{} years", *in.schooling->years) : "-",
            in.schooling->last_school ? fmt::format(", {}", *in.schooling->last_school) : "");
    }
    for (const records::Work& w : in.work.value_or(std::vector<records::Work>{})) {
        fmt::print("  worked as:   {}{}{}\n", w.occupation,
                   w.country ? fmt::format(" in {}", *w.country) : "",
                   w.years ? fmt::format(", {} years", *w.years) : "");
    }
    for (const std::string& n : in.needs.value_or(std::vector<std::string>{})) {
        fmt::print("  needs:       {}\n", n);
    }
}

void print_person_report(const ops::PersonReport& r) {
    const records::Refugee& p = r.person;
    fmt::print("{}  {}  ({}{})\n", p.id, full_name(p.name), p.status,
               p.closed ? fmt::format(" {}", format_date(*p.closed)) : "");
    if (p.restricted) {
        fmt::print("  RESTRICTED since {} (GDPR Art. 18): kept out of exports and statistics\n",
                   format_date(*p.restricted));
    }
    fmt::print("  born:        {} (age {}), {}, {}\n", format_date(p.birth_date), r.age, p.gender,
               p.nationality);
    if (p.languages) {
        std::string langs;
        for (const auto& s : *p.languages) {
            langs += fmt::format("{}{} ({})", langs.empty() ? "" : ", ", s.code, s.level);
        }
        fmt::print("  languages:   {}{}\n", langs,
                   p.german ? fmt::format("; German {}", *p.german) : "");
    }
    fmt::print("  household:   {}{}\n", p.household,
               r.household
                   ? fmt::format(", allocated {}{}", format_date(r.household->allocation.date),
                                 r.household->allocation.reference
                                     ? fmt::format(" ({})", *r.household->allocation.reference)
                                     : "")
                   : " (missing)");
    fmt::print("  lives in:    {}\n",
               r.unit ? fmt::format("{} {}", r.unit->id, r.unit->name) : std::string("-"));
    if (p.residence) {
        fmt::print("  residence:   {}\n", *p.residence);
    }
    fmt::print("  caseworker:  {}\n", p.caseworker.value_or("-"));
    if (p.sponsor) {
        fmt::print("  sponsor:     {}\n", *p.sponsor);
    }
    if (p.intake) {
        print_intake(*p.intake, r);
    }
    fmt::print("\nOnboarding: {}\n", r.summary);
    for (const ops::StepLine& s : r.onboarding) {
        fmt::print("  {:<21}{:<12}{}{}\n", s.key,
                   s.progress.due ? format_date(*s.progress.due) : "-", step_state(s),
                   s.progress.applies ? "" : " (does not apply)");
    }
    if (p.notes && !p.notes->empty()) {
        fmt::print("\nNotes:\n");
        for (const records::Note& n : *p.notes) {
            fmt::print("  {}  {:<8} {}\n", format_date(n.date), n.by, n.text);
        }
    }
    fmt::print("\nAssignments: {}\n", r.assignments.size());
    for (const ops::ClientAssignment& c : r.assignments) {
        const records::Assignment& a = c.assignment;
        fmt::print("  {}  {}  {} {:<24}{:<14}{:<5}{}\n", a.id, format_date(a.date), a.pilot,
                   c.guide ? full_name(*c.guide) : "(missing)", a.kind, a.language, a.status);
    }
}

/// --force REASON and --by HANDLE: recording someone who looks like a person already recorded.
void add_force_options(CLI::App& sub, std::string& force, std::string& by) {
    sub.add_option("--force", force,
                   "Record although someone recorded looks like the same person; the reason "
                   "goes into a note");
    sub.add_option("--by", by, "Who writes that note (default: from git)");
}

void setup_person_add(CLI::App& refugee, Globals& g) {
    struct Options {
        std::string household, given, family, birth_date, gender, nationality, lang, german,
            arrived, residence, caseworker, force, by;
    };
    auto o = std::make_shared<Options>();
    auto* sub = refugee.add_subcommand("add", "Add a person to a household; prints the new ID");
    sub->add_option("--household", o->household, "The household's ID (H-YYYY-NNNN)")->required();
    sub->add_option("--given", o->given, "Given name")->required();
    sub->add_option("--family", o->family, "Family name")->required();
    sub->add_option("--birth-date", o->birth_date, "YYYY-MM-DD")->required();
    sub->add_option("--gender", o->gender, "f, m, d or x")->required();
    sub->add_option("--nationality", o->nationality, "ISO 3166 code (XX stateless, ZZ unknown)")
        ->required();
    sub->add_option("--lang", o->lang, "Languages with levels: fa:native,de:A1");
    sub->add_option("--german", o->german, "German level, A0 (none) to C2");
    sub->add_option("--arrived", o->arrived, "Arrival in Germany, YYYY-MM-DD");
    sub->add_option("--residence", o->residence,
                    "gestattung, duldung, aufenthaltserlaubnis, niederlassungserlaubnis, "
                    "eingebuergert or other");
    sub->add_option("--caseworker", o->caseworker, "A staff handle from integra.yaml");
    add_force_options(*sub, o->force, o->by);
    sub->callback([o, &g] {
        records::Refugee p;
        ops::UnknownWords unknown;
        p.household = o->household;
        p.name = {o->given, o->family};
        p.birth_date = *date_option("--birth-date", o->birth_date);
        p.gender = unknown.read<records::Gender>("gender", o->gender);
        p.nationality = o->nationality;
        if (!o->lang.empty()) {
            p.languages = ops::parse_skills(o->lang, unknown);
        }
        if (!o->german.empty()) {
            p.german = unknown.read<records::GermanLevel>("german", o->german);
        }
        p.arrived_de = date_option("--arrived", o->arrived);
        if (!o->residence.empty()) {
            p.residence = unknown.read<records::Residence>("residence", o->residence);
        }
        p.caseworker = optional_text(o->caseworker);
        auto& store = open_store(g, Access::change);
        auto plan = ops::plan_add_person(store, std::move(p), unknown, {o->force, o->by}, today(g));
        apply_new(store, plan.plan, g);
        print_hints(plan, g);
    });
}

void setup_person_intake(CLI::App& refugee, Globals& g) {
    struct Options {
        std::string id, from, force, by;
    };
    auto o = std::make_shared<Options>();
    auto* sub = refugee.add_subcommand(
        "intake",
        "The intake questionnaire: new persons, or the intake of person ID; asked on "
        "a terminal, or read from YAML with --from");
    sub->add_option("ID", o->id, "An existing person (R-YYYY-NNNN); without it, new persons");
    sub->add_option("--from", o->from, "The answers as YAML (see docs/COMMANDS.md)");
    add_force_options(*sub, o->force, o->by);
    sub->callback([o, &g] {
        if (o->from.empty() && !isatty(STDIN_FILENO)) {
            throw Failure(Exit::usage,
                          "refugee intake asks its questions on a terminal only; give the "
                          "answers as YAML with --from FILE");
        }
        // On a terminal, the lock is taken once the questions are answered: nobody waits for
        // someone typing.
        auto& store = open_store(g, o->from.empty() ? Access::read : Access::change);
        Date day = today(g);
        yaml::Node answers;
        std::string source = o->from;
        if (!o->from.empty()) {
            answers = ops::read_answers(o->from);
        } else {
            std::optional<records::Refugee> existing;
            if (!o->id.empty()) {
                existing = store::load_typed<records::Refugee>(store, o->id).record;
            }
            answers =
                ops::ask_intake(store, std::cin, std::cerr, existing ? &*existing : nullptr, day);
            source = "the answers";
            store.hold_for_change();
        }
        auto plan = ops::plan_intake(store, answers, source, o->id, {o->force, o->by}, day);
        if (o->id.empty()) {
            store.apply(plan.plan.changes, plan.plan.message, commit_mode(g));
            for (const std::string& id : plan.ids) {
                fmt::print("{}\n", id);
            }
        } else {
            apply_plan(store, plan.plan, g);
        }
        print_hints(plan, g);
    });
}

void setup_person_list(CLI::App& refugee, Globals& g) {
    struct Options {
        std::string status, household, unit, caseworker;
        bool no_shared_language = false;
    };
    auto o = std::make_shared<Options>();
    auto* sub = refugee.add_subcommand("list", "The persons, with their onboarding progress");
    sub->add_option("--status", o->status, "Only with this status")
        ->check(one_of_words<records::RefugeeStatus>());
    sub->add_option("--household", o->household, "Only this household's");
    sub->add_option("--unit", o->unit, "Only those whose household lives in this unit today");
    sub->add_option("--caseworker", o->caseworker, "Only this caseworker's");
    sub->add_flag("--no-shared-language", o->no_shared_language,
                  "Only active persons none of whose languages (German aside) an active guide "
                  "speaks");
    sub->callback([o, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        ops::PersonFilter filter{records::parse_word<records::RefugeeStatus>(o->status),
                                 o->household, o->unit, o->caseworker, o->no_shared_language};
        print_person_list(ops::list_persons(store, filter, today(g)), f);
    });
}

void setup_person_show(CLI::App& refugee, Globals& g) {
    auto id = std::make_shared<std::string>();
    auto* sub = refugee.add_subcommand(
        "show", "One person: record, housing, onboarding, intake interpreter, assignments");
    sub->add_option("ID", *id, "The person's ID")->required();
    sub->callback([id, &g] {
        std::string f = format(g, {"table", "json"});
        auto& store = open_store(g);
        auto report = ops::show_person(store, *id, g.lang, today(g));
        if (f == "json") {
            print_json(ops::person_report_json(report));
        } else {
            print_person_report(report);
        }
    });
}

}  // namespace

void setup_refugee_persons(CLI::App& refugee, Globals& g) {
    setup_person_add(refugee, g);
    setup_person_intake(refugee, g);
    setup_person_list(refugee, g);
    setup_person_show(refugee, g);
}

}  // namespace integra::cli
