#include "app.hpp"

namespace integra::cli {

// TODO(issue 8)
void setup_refugee_rights(CLI::App&, Globals&) {}

}  // namespace integra::cli

namespace integra::cli {

// TODO(issue 8)
void setup_retention(CLI::App&, Globals&) {}

}  // namespace integra::cli
