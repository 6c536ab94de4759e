#include "sys/fault.hpp"

#include <csignal>
#include <cstdlib>
#include <string>

namespace integra::sys {

void fault_point(std::string_view point, int n) {
    const char* env = std::getenv("INTEGRA_FAULT");
    if (!env || !*env) {
        return;
    }
    std::string_view wanted(env);
    int wanted_n = 1;
    if (auto colon = wanted.find(':'); colon != std::string_view::npos) {
        wanted_n = std::atoi(std::string(wanted.substr(colon + 1)).c_str());
        wanted = wanted.substr(0, colon);
    }
    if (wanted == point && wanted_n == n) {
        std::raise(SIGKILL);
    }
}

}  // namespace integra::sys
