#include "ops/housing.hpp"

namespace integra::ops {

// TODO(issue 8)
std::vector<std::string> housing_attention(const store::Store&, const Date&) {
    return {};
}

}  // namespace integra::ops
