#include "app.hpp"

namespace integra::cli {

// TODO(issue 8)
void setup_refugee_onboarding(CLI::App&, Globals&) {}

}  // namespace integra::cli
