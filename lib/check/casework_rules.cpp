#include "check/casework_rules.hpp"

namespace integra::check {

void check_casework(const CaseRecords& records, const Date& today, std::vector<Diagnostic>& out) {
    check_housing(records, out);
    check_persons(records, out);
    check_onboarding(records, today, out);
    check_rights(records, today, out);
}

}  // namespace integra::check
