#include "ops/onboarding.hpp"

namespace integra::ops {

// TODO(issue 8)
std::vector<std::string> casework_attention(const store::Store&, const Date&) {
    return {};
}

}  // namespace integra::ops
