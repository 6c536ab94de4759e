// `integra ag ...`: the five working groups (AGs), their members, meetings and decisions
// under the rules of procedure (SPEC §4).

#include "app.hpp"

namespace integra::cli {

void setup_ag(CLI::App& app, Globals& g) {
    auto* ag = app.add_subcommand("ag", "Working groups: members, meetings, decisions, topics");
    ag->require_subcommand(1);
    (void)g;
}

}  // namespace integra::cli
