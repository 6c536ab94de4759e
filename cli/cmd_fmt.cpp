#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/fmt.hpp"

namespace integra::cli {

namespace {
struct FmtOptions {
    bool write = false;
    std::vector<std::string> targets;
};
}  // namespace

void setup_fmt(CLI::App& app, Globals& g) {
    auto o = std::make_shared<FmtOptions>();
    auto* sub = app.add_subcommand("fmt",
                                   "Show what normalising records to integra's canonical "
                                   "form would change (exit 1 if anything); --write "
                                   "applies it in one commit");
    sub->add_flag("--write", o->write, "Apply the changes (comments and unknown fields are lost)");
    sub->add_option("TARGET", o->targets,
                    "Record IDs or kinds; default all, integra.yaml "
                    "included");
    sub->callback([o, &g] {
        auto& store = open_store(g, o->write ? Access::change : Access::read);
        auto plan = ops::plan_fmt(store, check::select(o->targets));
        for (const auto& failure : plan.failures) {
            fmt::print(stderr, "{}\n  (cannot be normalised; fix it by hand first)\n", failure);
        }
        if (!o->write) {
            for (const auto& item : plan.changes) {
                fmt::print("{}", ops::unified_diff(item.rel, item.after, store.root()));
            }
            if (!plan.changes.empty() && !g.quiet) {
                fmt::print(stderr,
                           "{} file{} not in canonical form; `integra fmt --write` "
                           "normalises {}\n",
                           plan.changes.size(), plan.changes.size() == 1 ? " is" : "s are",
                           plan.changes.size() == 1 ? "it" : "them");
            }
            if (!plan.changes.empty() || !plan.failures.empty()) {
                throw Failure(Exit::invalid, "");
            }
            return;
        }
        if (!plan.failures.empty()) {
            throw Failure(Exit::invalid, "nothing was written, since some files cannot be read");
        }
        if (plan.changes.empty()) {
            return;
        }
        std::vector<store::Change> changes;
        for (const auto& item : plan.changes) {
            changes.push_back(store::Change{item.rel, item.before, item.after});
        }
        std::string message = ops::fmt_message(plan.changes);
        store.apply(changes, message, commit_mode(g));
        if (!g.quiet) {
            fmt::print("{}\n", message);
        }
    });
}

}  // namespace integra::cli
