#pragma once
// `integra refugee add|intake|list|show`: the persons of the refugee casework.

#include <optional>
#include <string>
#include <vector>

#include "ops/draft.hpp"
#include "ops/plan.hpp"
#include "records/types.hpp"
#include "refugees/onboarding.hpp"
#include "store/store.hpp"
#include "util/json.hpp"
#include "yaml/node.hpp"

namespace integra::ops {

/// A plan that creates or fills in persons, with hints to print after it was applied (a
/// language no active guide speaks).
struct PersonsPlan {
    WritePlan plan;
    std::vector<std::string> ids;  ///< of the persons added or filled in
    std::vector<std::string> hints;
};

/// Why a possible duplicate is recorded all the same (`--force REASON`), and by whom (a
/// staff handle, or empty for the git identity, see author_handle).
struct Force {
    std::string reason;  ///< empty: duplicates are refused
    std::string by;
};

/// `refugee add`: `person` in their household with the next free R-YEAR- ID of today's year
/// (the year the person is recorded, as with every other kind), status active, `allocated`
/// the household's allocation date. Throws Failure(invalid), writing nothing, when the
/// household does not exist, when someone already recorded is refugees::same_person (naming
/// their ID; with a Force reason the person is added with a note saying so), or when the
/// record would be invalid (naming the `unknown` words).
PersonsPlan plan_add_person(const store::Store& store, records::Refugee person,
                            const UnknownWords& unknown, const Force& force, const Date& today);

/// `refugee intake`: the questionnaire's answers as a YAML tree (read from `--from FILE`, or
/// asked on a terminal), `source` naming it in messages. Without `id`: new persons, the tree
/// being {household, intake? (shared by all: date, interpreter), persons: [person …]}, each
/// person with the record's questionnaire fields (name, birth_date, gender, nationality,
/// languages, german, arrived_de, residence, caseworker, sponsor, intake); they are added as
/// plan_add_person adds one, all in one commit. With `id`: the tree is one such person,
/// whose fields replace the record's (intake fields one by one). An intake without a date is
/// dated today. Throws Failure(invalid), writing nothing, with every problem of the tree as
/// `SOURCE:LINE:COL: message [check]` lines: unknown fields, invalid values, references that
/// do not resolve, duplicates (unless forced).
PersonsPlan plan_intake(const store::Store& store, const yaml::Node& answers,
                        const std::string& source, const std::string& id, const Force& force,
                        const Date& today);

/// The questionnaire file at `path` (outside the data directory), parsed; Failure(invalid)
/// with its line and column when it is not YAML with a mapping at the top, Failure(usage)
/// when it cannot be read.
yaml::Node read_answers(const std::string& path);

/// What `refugee list` selects; empty strings select everything.
struct PersonFilter {
    std::optional<records::RefugeeStatus> status;
    std::string household;
    std::string unit;  ///< the household's stay on today
    std::string caseworker;
    bool no_shared_language = false;  ///< active, and no active guide speaks any of their
                                      ///< languages other than German
};

/// One person in `refugee list`.
struct PersonRow {
    records::Refugee person;
    int age = 0;                         ///< today
    std::optional<std::string> unit;     ///< the household's unit today
    std::string onboarding;              ///< refugees::summary
    std::vector<std::string> unmatched;  ///< their languages no active guide speaks
};

/// The persons `filter` selects, in ID order. Throws Failure(invalid) when the household,
/// unit or caseworker named does not exist.
std::vector<PersonRow> list_persons(const store::Store& store, const PersonFilter& filter,
                                    const Date& today);

/// One onboarding step of `refugee show`.
struct StepLine {
    std::string key;
    std::string label;  ///< in `lang` (German when the checklist has no English label)
    refugees::StepProgress progress;  ///< its `step` pointer is cleared: it would dangle
    bool overdue = false;
};

/// One assignment for the person, with their guide.
struct ClientAssignment {
    records::Assignment assignment;
    std::optional<records::PersonName> guide;  ///< nullopt: the guide's record is missing
};

/// `refugee show`: the record, where they live, the onboarding steps, the interpreter of the
/// intake and the assignments whose client they are (by date).
struct PersonReport {
    records::Refugee person;
    int age = 0;
    std::optional<records::Household> household;
    std::optional<records::HousingUnit> unit;
    std::optional<Date> allocated;  ///< refugees::allocation_date
    std::vector<StepLine> onboarding;
    std::string summary;
    std::optional<records::Pilot> interpreter;  ///< when the intake names a guide
    std::vector<ClientAssignment> assignments;
};

/// Throws Failure(invalid) when there is no such person.
PersonReport show_person(const store::Store& store, const std::string& id, std::string_view lang,
                         const Date& today);

/// `refugee list --format json`: [{id, given, family, birth_date, age, gender, nationality,
/// household, unit, status, caseworker, onboarding, restricted, unmatched_languages}].
Json person_list_json(const std::vector<PersonRow>& rows);

/// `refugee show --format json`: {refugee: the record, age, household: the record or null,
/// unit: {id, name} or null, allocated, onboarding: [{key, label, applies, due, state, done,
/// skipped, overdue}], summary, interpreter: {id, given, family} or "external" or null,
/// assignments: [{id, date, pilot, given, family, kind, language, hours, status}]}.
Json person_report_json(const PersonReport& report);

}  // namespace integra::ops
