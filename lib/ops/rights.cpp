#include "ops/rights.hpp"

namespace integra::ops {

// TODO(issue 8)
std::vector<std::string> retention_attention(const store::Store&, const Date&) {
    return {};
}

}  // namespace integra::ops
