// The person's rights: `refugee export|erase|restrict|unrestrict` (GDPR Art. 15, 17, 18), and
// the top-level `integra retention` (storage limitation).

#include <unistd.h>

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
#include "ops/author.hpp"
#include "ops/edit.hpp"
#include "ops/record.hpp"
#include "ops/rights.hpp"

namespace integra::cli {

namespace {

/// On a terminal the user types the ID; elsewhere --yes must say it (SPEC §2.4: no prompts
/// when stdin is not a terminal).
void confirm_erase(const std::string& id, bool yes, bool purge) {
    if (yes) {
        return;
    }
    if (!::isatty(STDIN_FILENO)) {
        throw Failure(Exit::usage,
                      fmt::format("erasing {} cannot be undone; not on a terminal, so give --yes "
                                  "to confirm",
                                  id));
    }
    fmt::print(stderr, "This erases {} and every reference to it{}; it cannot be undone.\n", id,
               purge ? ", and rewrites the whole git history" : "");
    fmt::print(stderr, "Type the ID to confirm: ");
    std::string answer;
    if (!std::getline(std::cin, answer) || answer != id) {
        throw Failure(Exit::invalid, fmt::format("not confirmed; {} was not erased", id));
    }
}

void setup_person_export(CLI::App& refugee, Globals& g) {
    auto id = std::make_shared<std::string>();
    auto* sub = refugee.add_subcommand(
        "export", "Everything held on a person, with the history of each file (GDPR Art. 15)");
    sub->add_option("ID", *id, "The person's ID")->required();
    sub->callback([id, &g] {
        std::string f = format(g, {"json", "md"});
        auto& store = open_store(g);
        auto e = ops::export_person(store, *id, today(g));
        if (f == "md") {
            fmt::print("{}\n", ops::export_markdown(e, g.lang));
        } else {
            print_json(ops::export_json(e));
        }
    });
}

void setup_erase(CLI::App& refugee, Globals& g) {
    struct Options {
        std::string id, by;
        bool purge = false;
        bool yes = false;
        std::vector<std::string> replace;
    };
    auto o = std::make_shared<Options>();
    auto* sub = refugee.add_subcommand(
        "erase", "Erase a person and every reference, leaving a tombstone (GDPR Art. 17)");
    sub->add_option("ID", o->id, "The person's ID")->required();
    sub->add_flag("--purge-history", o->purge,
                  "Also remove the person from the whole git history (git filter-repo)");
    sub->add_option("--replace", o->replace,
                    "With --purge-history: further text to remove from the history (repeatable)");
    sub->add_option("--by", o->by, "Who erases (a staff handle; default: git's identity)");
    sub->add_flag("--yes", o->yes, "Confirm without asking (needed when not on a terminal)");
    sub->callback([o, &g] {
        if (!o->replace.empty() && !o->purge) {
            throw Failure(Exit::usage, "--replace goes with --purge-history");
        }
        for (const auto& text : o->replace) {
            if (text.empty() || text.find('\n') != std::string::npos ||
                text.find("==>") != std::string::npos) {
                throw Failure(Exit::usage, "--replace needs one line of text without `==>`");
            }
        }
        if (o->purge && g.no_commit) {
            throw Failure(Exit::usage,
                          "--purge-history rewrites commits; it cannot go with "
                          "--no-commit");
        }
        // Asked on a terminal, the lock is taken once the answer is given: nobody waits for
        // someone reading the question. The erasure is then planned again under it.
        auto& store = open_store(g, o->yes ? Access::change : Access::read);
        Date day = today(g);
        if (o->purge) {
            ops::require_purge_possible(store);
        }
        std::string by = ops::author_handle(store, ops::settings_file(store), o->by);
        auto erase = ops::plan_erase(store, o->id, by, o->purge, day);
        confirm_erase(o->id, o->yes, o->purge);
        if (!o->yes) {
            store.hold_for_change();
            erase = ops::plan_erase(store, o->id, by, o->purge, day);
        }
        if (!erase.plan.changes.empty()) {
            apply_plan(store, erase.plan, g);
            // An edit copy kept after a refused `integra edit` is the whole record again.
            std::error_code ignored;
            std::filesystem::remove(ops::edit_copy_path(store, o->id), ignored);
        } else if (!g.quiet) {
            fmt::print("{} was erased on {} already; purging the history\n", o->id,
                       format_date(*erase.erased_before));
        }
        if (!erase.name_elsewhere.empty() && !o->purge) {
            fmt::print(stderr,
                       "The person's full name is also written in {} (by hand): remove it there; "
                       "--purge-history replaces it in the files and their history.\n",
                       fmt::join(erase.name_elsewhere, ", "));
        }
        if (!o->purge) {
            return;
        }
        auto report = ops::purge_history(store, o->id, erase.name, o->replace);
        if (!g.quiet) {
            for (const auto& line : report.lines) {
                fmt::print("{}\n", line);
            }
        }
        auto mark = ops::plan_mark_purged(store, o->id, day);
        if (!mark.changes.empty()) {
            apply_plan(store, mark, g);
        }
        if (!g.quiet) {
            for (const auto& line : ops::after_purge_advice(report)) {
                fmt::print("{}\n", line);
            }
        }
    });
}

void setup_restrict(CLI::App& refugee, Globals& g) {
    struct Options {
        std::string id, on;
    };
    auto o = std::make_shared<Options>();
    auto* sub = refugee.add_subcommand(
        "restrict", "Restrict processing (GDPR Art. 18): left out of exports and statistics");
    sub->add_option("ID", o->id, "The person's ID")->required();
    sub->add_option("--on", o->on, "Restricted since (default today)");
    sub->callback([o, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store, ops::plan_restrict(store, o->id, date_option("--on", o->on), today(g)),
                   g);
    });

    auto id = std::make_shared<std::string>();
    sub = refugee.add_subcommand("unrestrict", "Lift the restriction of processing");
    sub->add_option("ID", *id, "The person's ID")->required();
    sub->callback([id, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(store, ops::plan_unrestrict(store, *id, today(g)), g);
    });
}

void print_retention(const std::vector<ops::RetentionRow>& rows, const std::string& f) {
    if (f == "json") {
        print_json(ops::retention_json(rows));
        return;
    }
    if (f == "csv") {
        fmt::print("{}", csv_line({"kind", "id", "status", "since", "end", "command"}));
        for (const auto& r : rows) {
            fmt::print("{}", csv_line({r.kind, r.id, r.status, format_date(r.since),
                                       format_date(r.end), r.command.value_or("")}));
        }
        return;
    }
    if (rows.empty()) {
        fmt::print("No record is past its retention period.\n");
        return;
    }
    fmt::print("{:<13}{:<12}{:<11}{:<11}  {}\n", "ID", "Status", "Since", "Ended", "What to do");
    for (const auto& r : rows) {
        fmt::print("{:<13}{:<12}{:<11}{:<11}  {}\n", r.id, r.status, format_date(r.since),
                   format_date(r.end),
                   r.command ? *r.command
                             : std::string("guide: remove what is no longer needed by hand "
                                           "(no erase command for guides yet)"));
    }
}

}  // namespace

void setup_refugee_rights(CLI::App& refugee, Globals& g) {
    setup_person_export(refugee, g);
    setup_erase(refugee, g);
    setup_restrict(refugee, g);
}

void setup_retention(CLI::App& app, Globals& g) {
    auto* sub = app.add_subcommand(
        "retention", "Records past their retention period (integra.yaml), and what to do");
    sub->callback([&g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        print_retention(ops::retention(store, today(g)), f);
    });
}

}  // namespace integra::cli
