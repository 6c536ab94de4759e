// `integra import KIND FILE.csv` and `integra export KIND`: records from and to spreadsheets.

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "app.hpp"
#include "ops/export.hpp"
#include "ops/import.hpp"
#include "util/text.hpp"

namespace integra::cli {

namespace {

std::string separator_name(char c) {
    return c == '\t' ? "tab" : fmt::format("`{}`", c);
}

void print_dry_run(const ops::ImportPlan& plan) {
    for (const ops::ImportedFile& f : plan.files) {
        fmt::print("# {}: {}, separated by {}; each row a new {}\n", f.file, f.encoding,
                   separator_name(f.separator), f.kind->name);
        for (const ops::ImportColumn& c : f.columns) {
            if (c.path.empty()) {
                fmt::print("# column \"{}\": left out ({})\n", printable(c.header), c.why);
            } else {
                fmt::print("# column \"{}\" → {}\n", printable(c.header), c.path);
            }
        }
    }
    for (const ops::ImportedRecord& r : plan.records) {
        fmt::print("\n# {} line {} → {}\n{}", plan.files[r.file].file, r.line, r.rel.string(),
                   r.bytes);
    }
}

/// `pilots`, or `3 pilots and 2 meetings`-style counts of the records of each file.
std::string counted(const ops::ImportPlan& plan) {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < plan.files.size(); ++i) {
        auto n = std::count_if(plan.records.begin(), plan.records.end(),
                               [&](const ops::ImportedRecord& r) { return r.file == i; });
        const records::Kind& k = *plan.files[i].kind;
        parts.push_back(fmt::format("{} {}", n, n == 1 ? k.name : k.plural));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

void setup_import(CLI::App& app, Globals& g) {
    struct Options {
        std::vector<std::string> sources;
        std::vector<std::string> maps;
        bool dry_run = false;
    };
    auto o = std::make_shared<Options>();
    auto* sub = app.add_subcommand(
        "import",
        "New records from a spreadsheet's CSV (`;` or `,`, UTF-8 or Windows-1252), all in one "
        "commit or none: integra import pilots lotsen.csv");
    sub->add_option("KIND FILE", o->sources,
                    fmt::format("The kind ({}) and the CSV file whose rows become its records; "
                                "more pairs for records that refer to each other, in the same "
                                "commit",
                                ops::exchange_kind_names()))
        ->required();
    sub->add_option("--map", o->maps,
                    "COLUMN=key.path: the field a column fills (COLUMN= leaves it out); "
                    "repeatable")
        ->allow_extra_args(false);
    sub->add_flag("--dry-run", o->dry_run,
                  "Show the records that would be created, and write nothing");
    sub->callback([o, &g] {
        if (o->sources.size() % 2 != 0) {
            throw Failure(Exit::usage,
                          fmt::format("name a kind and a CSV file for each import, such as "
                                      "`integra import pilots lotsen.csv`; `{}` has no file",
                                      printable(o->sources.back())));
        }
        ops::ImportOptions options;
        for (std::size_t i = 0; i < o->sources.size(); i += 2) {
            options.sources.push_back({o->sources[i], o->sources[i + 1]});
        }
        options.maps = o->maps;
        auto& store = open_store(g, Access::change);
        auto plan = ops::plan_import(store, options, today(g));
        for (const std::string& w : plan.warnings) {
            say(w);
        }
        if (o->dry_run) {
            print_dry_run(plan);
            std::fflush(stdout);  // the summary after what it sums up, also through a pipe
            if (!g.quiet) {
                say(fmt::format("{} would be created; nothing was written (--dry-run)",
                                counted(plan)));
            }
            return;
        }
        if (plan.records.empty()) {
            if (!g.quiet) {
                say("no rows below the header; nothing was imported");
            }
            return;
        }
        store.apply(plan.plan.changes, plan.plan.message, commit_mode(g));
        for (const ops::ImportedRecord& r : plan.records) {
            fmt::print("{}\n", r.id);
        }
        std::fflush(stdout);
        if (!g.quiet) {
            say(fmt::format(
                "imported {} {}", counted(plan),
                g.no_commit ? "(written, not committed: --no-commit)" : "in one commit"));
        }
    });
}

void setup_export(CLI::App& app, Globals& g) {
    struct Options {
        std::string kind;
    };
    auto o = std::make_shared<Options>();
    auto* sub = app.add_subcommand(
        "export",
        "Every record of a kind as CSV (one row a record; --excel for German Excel) or JSON; "
        "restricted persons are left out");
    sub->add_option("KIND", o->kind, ops::exchange_kind_names())->required();
    sub->callback([o, &g] {
        std::string f = format(g, {"csv", "json"});
        const records::Kind& kind = ops::exchange_kind(o->kind);
        auto& store = open_store(g);
        ops::Withheld withheld;
        if (f == "json") {
            auto out = ops::export_json(store, kind);
            print_json(out.records);
            withheld = out.withheld;
        } else {
            auto table = ops::export_table(store, kind);
            fmt::print("{}", csv_line({table.columns.begin(), table.columns.end()}));
            for (const auto& row : table.rows) {
                fmt::print("{}", csv_line(row));
            }
            withheld = table.withheld;
        }
        std::fflush(stdout);
        if (withheld.persons > 0 && !g.quiet) {
            say(fmt::format("{} {} left out: their processing is restricted (GDPR Art. 18)",
                            withheld.persons, withheld.persons == 1 ? "person" : "persons"));
        }
        if (withheld.references > 0 && !g.quiet) {
            say(fmt::format(
                "{} {} to persons whose processing is restricted left empty (GDPR "
                "Art. 18)",
                withheld.references, withheld.references == 1 ? "reference" : "references"));
        }
    });
}

}  // namespace integra::cli
