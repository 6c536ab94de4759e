#pragma once
// The typed view of integra.yaml that the rest of the library reads.

#include <string>
#include <vector>

#include "yaml/node.hpp"

namespace integra::records {

struct Settings {
    std::string office;
    std::string municipality;
    std::vector<std::string> staff_handles;
    std::vector<std::string> step_keys;  ///< onboarding checklist, in order
};

/// The settings in a parsed integra.yaml; missing or malformed parts are left empty (check
/// reports them).
Settings settings_from(const yaml::Node& root);

}  // namespace integra::records
