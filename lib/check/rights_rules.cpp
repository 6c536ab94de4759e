#include "check/casework_rules.hpp"

namespace integra::check {

// TODO(issue 8): the rights checks.
void check_rights(const CaseRecords&, const Date&, std::vector<Diagnostic>&) {}

}  // namespace integra::check
