#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/set.hpp"

namespace integra::cli {

namespace {
struct SetOptions {
    std::string id;
    std::vector<std::string> assignments;
};
}  // namespace

void setup_set(CLI::App& app, Globals& g) {
    auto o = std::make_shared<SetOptions>();
    auto* sub = app.add_subcommand("set",
                                   "Change fields of one record in one commit: "
                                   "integra set P-0004 phone=\"06074 99\"");
    sub->add_option("ID", o->id, "The record's ID")->required();
    sub->add_option("ASSIGNMENT", o->assignments,
                    "key.path=value (an empty value removes an optional field; list items by "
                    "number: languages.0.level=C1)")
        ->required();
    sub->callback([o, &g] {
        auto& store = open_store(g, Access::change);
        auto plan = ops::plan_set(store, o->id, o->assignments, today(g));
        if (plan.change.before == plan.change.after) {
            if (!g.quiet) {
                fmt::print("{}: nothing to change\n", o->id);
            }
            return;
        }
        store.apply({plan.change}, plan.message, commit_mode(g));
        if (!g.quiet) {
            fmt::print("{}\n", plan.message);
        }
    });
}

}  // namespace integra::cli
