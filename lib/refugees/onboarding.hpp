#pragma once
// The onboarding checklist (integra.yaml `onboarding:`) applied to one person: which steps
// apply to them, when each is due, and where each stands.

#include <optional>
#include <string>
#include <vector>

#include "records/types.hpp"
#include "util/values.hpp"

namespace integra::refugees {

/// Whole years of age on `day`. Someone born on 29 February has their birthday on 1 March in
/// a year without one (as BGB §188(3) counts the year to the end of 28 February).
int age_on(const Date& birth, const Date& day);

/// The day a person's onboarding counts from: their own `allocated`, else their household's
/// allocation date (nullopt when neither is known).
std::optional<Date> allocation_date(const records::Refugee& person,
                                    const records::Household* household);

/// Whether `step` applies to `person`, allocated on `allocated`: their age that day lies in
/// the step's range (bounds included; no age without a birth date before `allocated`), and,
/// when the step names residence statuses, theirs is one of them (an unknown status is none).
bool applies(const records::OnboardingStep& step, const records::Refugee& person,
             const Date& allocated);

enum class StepState { open, done, skipped };

/// One step of a person's checklist.
struct StepProgress {
    const records::OnboardingStep* step = nullptr;  ///< nullptr: a key the checklist lacks
    std::string key;
    bool applies = true;      ///< false for a step recorded though it does not apply
    std::optional<Date> due;  ///< allocation + due_days; nullopt without either
    StepState state = StepState::open;
    std::optional<Date> done;
    std::optional<std::string> skipped;  ///< the reason
};

/// The person's checklist in the checklist's order: every step that applies, and every step
/// recorded in their file though it does not apply (or is not in the checklist any more).
std::vector<StepProgress> progress(const std::vector<records::OnboardingStep>& checklist,
                                   const records::Refugee& person, std::optional<Date> allocated);

/// True when an open step's due date lies before `today`.
bool overdue(const StepProgress& step, const Date& today);

/// `3 of 7 done, 1 skipped`: the summary of a progress list.
std::string summary(const std::vector<StepProgress>& steps);

/// Whether the person's case is staff work now: active, and processing not restricted
/// (GDPR Art. 18 allows little more than storing a restricted record, so its open steps and
/// silence are not tasks).
bool in_casework(const records::Refugee& person);

/// The latest day a note was written on the case or a step done; nullopt when neither.
std::optional<Date> last_activity(const records::Refugee& person);

/// integra.yaml's `casework.stale_after_days`, 90 when it is not set.
long stale_after_days(const records::SettingsFile* settings);

/// The day a case has been quiet since, when that is more than `after_days` before `today`:
/// its last note or done step, else its allocation (nullopt when it is not stale, or when
/// there is nothing to count from).
std::optional<Date> quiet_since(const records::Refugee& person, std::optional<Date> allocated,
                                long after_days, const Date& today);

}  // namespace integra::refugees
