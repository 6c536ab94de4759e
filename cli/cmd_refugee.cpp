// `integra refugee ...`: the refugee casework. Housing and households are in
// cmd_refugee_housing.cpp, persons and intake in cmd_refugee_persons.cpp, onboarding, notes
// and closing in cmd_refugee_onboarding.cpp, the person's rights in cmd_refugee_rights.cpp.

#include "app.hpp"

namespace integra::cli {

void setup_refugee(CLI::App& app, Globals& g) {
    auto* refugee = app.add_subcommand(
        "refugee", "Refugee casework: housing, households, intake, onboarding, rights");
    refugee->require_subcommand(1);
    setup_refugee_housing(*refugee, g);
    setup_refugee_persons(*refugee, g);
    setup_refugee_onboarding(*refugee, g);
    setup_refugee_rights(*refugee, g);
}

}  // namespace integra::cli
