#pragma once
// The checks of the refugee casework (SPEC §5), over every valid household, person, housing
// unit and tombstone, with the guides' records for the links between the areas:
//   housing-capacity   a unit holds more persons than its capacity on some day
//   housing-overlap    a household's stays overlap, or one ends before it begins
//   duplicate-person   two persons with the same birth date and names that match after
//                      normalising case, diacritics, transliteration and order
//   after-closure      a note, onboarding step or assignment dated after the case was closed
//   stale-case         an active case without a note or a done step within the staleness
//                      period (warning)
//   overdue-step       an onboarding step past its due date (warning)
//   retention          a closed case past the retention period (warning)
//   erased-returned    a person whose tombstone says they were erased is back (a backup?)
//   closure            a case that ended without its closing date, or a date on an active case
//   household-size     more persons recorded for a household than were allocated

#include <vector>

#include "check/check.hpp"
#include "check/pilot_rules.hpp"
#include "records/types.hpp"

namespace integra::check {

struct CaseRecords {
    std::vector<Checked<records::Household>> households;
    std::vector<Checked<records::Refugee>> refugees;
    std::vector<Checked<records::HousingUnit>> housing;
    std::vector<Checked<records::Erasure>> erased;
    const std::vector<Checked<records::Assignment>>* assignments = nullptr;
    const std::vector<Checked<records::Pilot>>* pilots = nullptr;
    const records::SettingsFile* settings = nullptr;  ///< nullptr when integra.yaml is broken
};

/// Appends a diagnostic for every rule broken; calls the four below.
void check_casework(const CaseRecords& records, const Date& today, std::vector<Diagnostic>& out);

/// housing-capacity, housing-overlap (check/housing_rules.cpp).
void check_housing(const CaseRecords& records, std::vector<Diagnostic>& out);
/// duplicate-person, closure, household-size (check/person_rules.cpp).
void check_persons(const CaseRecords& records, std::vector<Diagnostic>& out);
/// after-closure, stale-case, overdue-step (check/onboarding_rules.cpp).
void check_onboarding(const CaseRecords& records, const Date& today, std::vector<Diagnostic>& out);
/// retention, erased-returned (check/rights_rules.cpp).
void check_rights(const CaseRecords& records, const Date& today, std::vector<Diagnostic>& out);

}  // namespace integra::check
