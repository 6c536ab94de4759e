#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/init.hpp"
#include "ops/share.hpp"

namespace integra::cli {

void setup_init(CLI::App& app, Globals& g) {
    auto o = std::make_shared<ops::InitOptions>();
    auto* sub = app.add_subcommand("init",
                                   "Create a new data directory: settings from a preset, "
                                   "the five AGs, a git repository with a first commit");
    sub->add_option("DIR", o->dir, "The directory to create (must not exist or be empty)")
        ->required();
    sub->add_option("--municipality", o->municipality, "The municipality's name in integra.yaml");
    sub->add_option("--preset", o->preset, "The preset to start from")->capture_default_str();
    sub->callback([o, &g] {
        o->share = ops::share_dir();
        ops::init_data_dir(*o);
        if (!g.quiet) {
            fmt::print(
                "Created the data directory {} (git repository, first commit).\n"
                "Next: adapt {}/integra.yaml, then `integra --data {} status`.\n",
                o->dir.string(), o->dir.string(), o->dir.string());
        }
    });
}

}  // namespace integra::cli
