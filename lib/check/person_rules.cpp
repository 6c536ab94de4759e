#include "check/casework_rules.hpp"

namespace integra::check {

// TODO(issue 8): the person checks.
void check_persons(const CaseRecords&, std::vector<Diagnostic>&) {}

}  // namespace integra::check
