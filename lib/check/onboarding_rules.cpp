#include "check/casework_rules.hpp"

namespace integra::check {

// TODO(issue 8): the onboarding checks.
void check_onboarding(const CaseRecords&, const Date&, std::vector<Diagnostic>&) {}

}  // namespace integra::check
