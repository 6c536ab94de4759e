#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "app.hpp"
#include "check/check.hpp"
#include "check/render.hpp"

namespace integra::cli {

namespace {
struct CheckOptions {
    bool strict = false;
    std::vector<std::string> targets;
};
}  // namespace

void setup_check(CLI::App& app, Globals& g) {
    auto o = std::make_shared<CheckOptions>();
    auto* sub = app.add_subcommand("check",
                                   "Check every record: syntax, schema, IDs, references "
                                   "(exit 1 on errors)");
    sub->add_flag("--strict", o->strict, "Exit 1 on warnings too");
    sub->add_option("TARGET", o->targets,
                    "Record IDs or kinds (pilots, refugees, settings, ...) "
                    "to report on; default all");
    sub->callback([o, &g] {
        std::string f = format(g, {"table", "json"});
        auto& store = open_store(g);
        auto selection = check::select(o->targets);
        for (const std::string& id : selection.ids) {
            if (auto file = store.locate(id); !file) {
                throw Failure(Exit::invalid, file.error().message);
            }
        }
        auto report = check::run(store, today(g), selection);
        check::RenderOptions render{display_prefix(store), use_color(g)};
        if (f == "json") {
            print_json(check::report_json(report, render));
        } else {
            fmt::print("{}", check::render_text(report, store, render));
            if (!g.quiet) {
                std::fflush(stdout);  // the summary comes last, also when both go to one pipe
                fmt::print(stderr, "{}\n", check::summary(report));
            }
        }
        if (report.errors() > 0 || (o->strict && report.warnings() > 0)) {
            throw Failure(Exit::invalid, "");
        }
    });
}

}  // namespace integra::cli
