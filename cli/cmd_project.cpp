// `integra project ...`: project applications and funded projects (SPEC §4). The AG's
// decision on an application is `integra ag decide` (cmd_ag.cpp).

#include "app.hpp"

namespace integra::cli {

void setup_project(CLI::App& app, Globals& g) {
    auto* project = app.add_subcommand(
        "project", "Project funding: applications, payments, completion, evaluation, budgets");
    project->require_subcommand(1);
    (void)g;
}

}  // namespace integra::cli
