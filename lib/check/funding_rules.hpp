#pragma once
// The checks of project funding and the AGs (SPEC §5), over every valid project, AG and
// meeting, by the rules in lib/projects/ that `ag decide` and `project ...` also apply:
//   quorum            a meeting that decided without a quorum
//   vote-count        more votes than members represented at the meeting (no proxy votes)
//   majority          a decision's result that its votes do not give
//   decision-number   a number not `YYYY/NN`, of another year than the meeting, or given twice
//   decision-project  a decision and its project that disagree (AG, meeting, result, amount),
//                     or a project past `submitted` without the decision or amount it needs
//   budget            an approval beyond its budget without a recorded `over_budget` reason
//   payment           payments beyond the approved amount, or to a project never approved
//   attendance        a meeting's `present` names no member of the AG, or one not in office
//   member-term       a member whose term ends before it begins, or a key given twice
//   project-deadline  a proof of use past due, or money paid long before the project began
//                     (warning)
//   evaluation-due    a completed project whose evaluation is past due (warning)
//   ag-meetings       an AG that met fewer times in a past year than integra.yaml asks (warning)

#include <vector>

#include "check/check.hpp"
#include "check/pilot_rules.hpp"
#include "records/types.hpp"

namespace integra::check {

struct FundingRecords {
    std::vector<Checked<records::Project>> projects;
    std::vector<Checked<records::Ag>> ags;
    std::vector<Checked<records::Meeting>> meetings;
    const records::SettingsFile* settings = nullptr;  ///< nullptr when integra.yaml is broken
};

/// Appends a diagnostic for every rule broken.
void check_funding(const FundingRecords& records, const Date& today, std::vector<Diagnostic>& out);

}  // namespace integra::check
