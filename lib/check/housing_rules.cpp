#include "check/casework_rules.hpp"

namespace integra::check {

// TODO(issue 8): the housing checks.
void check_housing(const CaseRecords&, std::vector<Diagnostic>&) {}

}  // namespace integra::check
