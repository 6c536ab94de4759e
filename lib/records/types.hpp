#pragma once
// Typed records: one struct per kind of SPEC §3 and for integra.yaml, with the key names of the
// file format. Dates are std::chrono::year_month_day, money integer cents, hours hundredths.
//
// Each struct's `describe` is the one description of its fields (records/describe.hpp): their
// keys in the format's order, and what the C++ types do not say (a reference, a date that may
// not lie ahead …). records/typed.hpp decodes and encodes with it, records/derive.hpp derives
// the kind's schema::Spec from it, and the test over every example file proves that nothing is
// lost on the way. Shared parts are in basics.hpp, integra.yaml's struct in settings_file.hpp.
//
// Optional fields are std::optional; an optional list is std::optional<std::vector<T>> so that
// an absent list and an empty one (`work: []`) stay different. Dictionaries keep the file's
// order.

#include <optional>
#include <string>
#include <vector>

#include "records/basics.hpp"
#include "records/settings_file.hpp"

namespace integra::records {

// --- pilots/P-0004.yaml -------------------------------------------------------------------

struct Training {
    std::optional<std::string> cohort;
    std::optional<Count> hours;
    std::optional<Date> certified;
};
template <class V>
void describe(V& v, Training& x) {
    v("cohort", x.cohort);
    v("hours", x.hours);
    v("certified", x.certified, is::past);
}

struct Pilot {
    std::string id;
    PersonName name;
    Gender gender = Gender::x;
    std::vector<LanguageSkill> languages;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    std::optional<Date> since;
    std::optional<Training> training;
    PilotStatus status = PilotStatus::active;
    std::optional<Date> retired;
    std::optional<std::string> notes;
};
template <class V>
void describe(V& v, Pilot& x) {
    v("id", x.id, is::self_id);
    v("name", x.name);
    v("gender", x.gender);
    v("languages", x.languages);
    v("phone", x.phone);
    v("email", x.email);
    v("since", x.since, is::past);
    v("training", x.training);
    v("status", x.status);
    v("retired", x.retired);
    v("notes", x.notes);
}

// --- assignments/E-2025-0123.yaml ---------------------------------------------------------

struct RequestedBy {
    Requester type = Requester::migrant;
    std::optional<std::string> name;
};
template <class V>
void describe(V& v, RequestedBy& x) {
    v("type", x.type);
    v("name", x.name);
}

struct Assignment {
    std::string id;
    std::string pilot;
    Date date;
    std::optional<TimeOfDay> time;
    Hours hours;
    AssignmentKind kind = AssignmentKind::accompaniment;
    std::string language;
    RequestedBy requested_by;
    std::optional<std::string> client;
    AssignmentStatus status = AssignmentStatus::planned;
    std::optional<Month> billed;
    std::optional<std::string> reason;
    std::optional<std::string> notes;
};
template <class V>
void describe(V& v, Assignment& x) {
    v("id", x.id, is::self_id);
    v("pilot", x.pilot, is::ref("pilot"));
    v("date", x.date);
    v("time", x.time);
    v("hours", x.hours);
    v("kind", x.kind);
    v("language", x.language, is::language);
    v("requested_by", x.requested_by);
    v("client", x.client, is::ref("refugee"));
    v("status", x.status);
    v("billed", x.billed);
    v("reason", x.reason);
    v("notes", x.notes);
}

// --- households/H-2025-0031.yaml ----------------------------------------------------------

struct Allocation {
    Date date;
    std::optional<std::string> reference;
    Count persons = 0;
};
template <class V>
void describe(V& v, Allocation& x) {
    v("date", x.date, is::past);
    v("reference", x.reference);
    v("persons", x.persons);
}

struct Stay {
    std::string unit;
    Date from;
    std::optional<Date> to;
};
template <class V>
void describe(V& v, Stay& x) {
    v("unit", x.unit, is::ref("housing"));
    v("from", x.from);
    v("to", x.to);
}

struct Household {
    std::string id;
    Allocation allocation;
    std::optional<std::vector<Stay>> housing;
    std::optional<std::string> notes;
};
template <class V>
void describe(V& v, Household& x) {
    v("id", x.id, is::self_id);
    v("allocation", x.allocation);
    v("housing", x.housing);
    v("notes", x.notes);
}

// --- refugees/R-2025-0077.yaml ------------------------------------------------------------

struct Schooling {
    std::optional<Count> years;
    std::optional<std::string> last_school;
};
template <class V>
void describe(V& v, Schooling& x) {
    v("years", x.years);
    v("last_school", x.last_school);
}

struct Work {
    std::string occupation;
    std::optional<std::string> country;
    std::optional<Count> years;
};
template <class V>
void describe(V& v, Work& x) {
    v("occupation", x.occupation);
    v("country", x.country, is::country);
    v("years", x.years);
}

struct Intake {
    Date date;
    std::optional<std::string> interpreter;  ///< a pilot's ID or `external`
    std::optional<Schooling> schooling;
    std::optional<std::vector<Work>> work;
    std::optional<std::vector<std::string>> needs;  ///< what the person asked for help with
};
template <class V>
void describe(V& v, Intake& x) {
    v("date", x.date, is::past);
    v("interpreter", x.interpreter, is::ref("pilot", "external"));
    v("schooling", x.schooling);
    v("work", x.work);
    v("needs", x.needs);
}

struct StepState {
    std::optional<Date> done;
    std::optional<std::string> skipped;  ///< why
};
template <class V>
void describe(V& v, StepState& x) {
    v("done", x.done, is::past | is::one_of);
    v("skipped", x.skipped, is::one_of);
}

struct Note {
    Date date;
    std::string by;  ///< a staff handle
    std::string text;
};
template <class V>
void describe(V& v, Note& x) {
    v("date", x.date, is::past);
    v("by", x.by, is::staff);
    v("text", x.text);
}

struct Refugee {
    std::string id;
    std::string household;
    PersonName name;
    Date birth_date;
    Gender gender = Gender::x;
    std::string nationality;
    std::optional<std::vector<LanguageSkill>> languages;
    std::optional<GermanLevel> german;
    std::optional<Date> arrived_de;
    std::optional<Date> allocated;
    std::optional<Residence> residence;
    std::optional<std::string> caseworker;
    std::optional<Intake> intake;
    std::optional<Dict<std::string, StepState>> onboarding;
    std::optional<std::string> sponsor;
    RefugeeStatus status = RefugeeStatus::active;
    std::optional<Date> closed;
    std::optional<std::string> closed_reason;
    std::optional<Date> restricted;  ///< since when processing is restricted (GDPR Art. 18)
    std::optional<std::vector<Note>> notes;
};
template <class V>
void describe(V& v, Refugee& x) {
    v("id", x.id, is::self_id);
    v("household", x.household, is::ref("household"));
    v("name", x.name);
    v("birth_date", x.birth_date, is::past);
    v("gender", x.gender);
    v("nationality", x.nationality, is::country);
    v("languages", x.languages);
    v("german", x.german);
    v("arrived_de", x.arrived_de, is::past);
    v("allocated", x.allocated, is::past);
    v("residence", x.residence);
    v("caseworker", x.caseworker, is::staff);
    v("intake", x.intake);
    v("onboarding", x.onboarding, is::keys(is::step));
    v("sponsor", x.sponsor);
    v("status", x.status);
    v("closed", x.closed, is::past);
    v("closed_reason", x.closed_reason);
    v("restricted", x.restricted, is::past);
    v("notes", x.notes);
}

// --- erased/R-2025-0077.yaml: the tombstone of an erased person ---------------------------
// No personal data: the ID (never given again), when, on which legal basis, by whom. It lets
// an erasure be applied again after a backup is restored.

struct Erasure {
    std::string id;
    Date erased;
    std::string basis;  ///< `GDPR Art. 17`
    std::string by;     ///< a staff handle
    std::optional<bool> history_purged;
};
template <class V>
void describe(V& v, Erasure& x) {
    v("id", x.id, is::self_id);
    v("erased", x.erased, is::past);
    v("basis", x.basis);
    v("by", x.by, is::staff);
    v("history_purged", x.history_purged);
}

// --- housing/U-07.yaml --------------------------------------------------------------------

struct HousingUnit {
    std::string id;
    std::string name;
    std::optional<std::string> address;
    HousingKind kind = HousingKind::shared;
    Count capacity = 0;
    std::optional<std::string> notes;
};
template <class V>
void describe(V& v, HousingUnit& x) {
    v("id", x.id, is::self_id);
    v("name", x.name);
    v("address", x.address);
    v("kind", x.kind);
    v("capacity", x.capacity);
    v("notes", x.notes);
}

// --- projects/PR-2025-014.yaml ------------------------------------------------------------

struct Applicant {
    std::string organisation;
    std::optional<std::string> contact;
};
template <class V>
void describe(V& v, Applicant& x) {
    v("organisation", x.organisation);
    v("contact", x.contact);
}

struct Period {
    Date from;
    Date to;
};
template <class V>
void describe(V& v, Period& x) {
    v("from", x.from);
    v("to", x.to);
}

struct Payment {
    Date date;
    Money amount;
};
template <class V>
void describe(V& v, Payment& x) {
    v("date", x.date, is::past);
    v("amount", x.amount);
}

struct ProofOfUse {
    std::optional<Date> due;
    std::optional<Date> received;
};
template <class V>
void describe(V& v, ProofOfUse& x) {
    v("due", x.due);
    v("received", x.received, is::past);
}

struct Evaluation {
    std::optional<Date> due;
    std::optional<Date> done;
    std::optional<std::string> summary;
};
template <class V>
void describe(V& v, Evaluation& x) {
    v("due", x.due);
    v("done", x.done, is::past);
    v("summary", x.summary);
}

/// Why and when an application or a project was withdrawn (`project withdraw`).
struct Withdrawal {
    Date date;
    std::string reason;
};
template <class V>
void describe(V& v, Withdrawal& x) {
    v("date", x.date, is::past);
    v("reason", x.reason);
}

struct Project {
    std::string id;
    std::string title;
    Applicant applicant;
    std::string ag;
    Funding funding = Funding::city;
    std::optional<std::string> programme;
    Money requested;
    std::optional<Money> approved;
    std::optional<std::string> decision;  ///< the meeting's ID
    std::optional<std::vector<TargetGroup>> target_groups;
    std::optional<Period> period;
    ProjectStatus status = ProjectStatus::submitted;
    std::optional<std::vector<Payment>> payments;
    std::optional<ProofOfUse> proof_of_use;
    std::optional<Evaluation> evaluation;
    std::optional<Count> participants;  ///< reached, recorded by `project complete`
    std::optional<Withdrawal> withdrawal;
    std::optional<std::string> notes;
};
template <class V>
void describe(V& v, Project& x) {
    v("id", x.id, is::self_id);
    v("title", x.title);
    v("applicant", x.applicant);
    v("ag", x.ag, is::ref("ag"));
    v("funding", x.funding);
    v("programme", x.programme);
    v("requested", x.requested);
    v("approved", x.approved);
    v("decision", x.decision, is::ref("meeting"));
    v("target_groups", x.target_groups);
    v("period", x.period);
    v("status", x.status);
    v("payments", x.payments);
    v("proof_of_use", x.proof_of_use);
    v("evaluation", x.evaluation);
    v("participants", x.participants);
    v("withdrawal", x.withdrawal);
    v("notes", x.notes);
}

// --- ags/ag1.yaml -------------------------------------------------------------------------

struct Member {
    std::string key;
    std::string name;
    std::optional<std::string> organisation;
    Role role = Role::member;
    bool voting = false;
    Date from;
    std::optional<Date> to;
};
template <class V>
void describe(V& v, Member& x) {
    v("key", x.key);
    v("name", x.name);
    v("organisation", x.organisation);
    v("role", x.role);
    v("voting", x.voting);
    v("from", x.from);
    v("to", x.to);
}

struct Ag {
    std::string id;
    std::string name;
    std::optional<std::vector<Member>> members;
    std::optional<std::string> notes;
};
template <class V>
void describe(V& v, Ag& x) {
    v("id", x.id, is::self_id);
    v("name", x.name);
    v("members", x.members);
    v("notes", x.notes);
}

// --- meetings/M-2025-0009.yaml ------------------------------------------------------------

struct Decision {
    std::string number;  ///< `2025/03`
    std::optional<std::string> project;
    Count yes = 0;
    Count no = 0;
    Count abstain = 0;
    DecisionResult result = DecisionResult::deferred;
    std::optional<Money> amount;
    std::optional<std::string> over_budget;  ///< why an approval beyond the budget was made
};
template <class V>
void describe(V& v, Decision& x) {
    v("number", x.number);
    v("project", x.project, is::ref("project"));
    v("yes", x.yes);
    v("no", x.no);
    v("abstain", x.abstain);
    v("result", x.result);
    v("amount", x.amount);
    v("over_budget", x.over_budget);
}

struct Meeting {
    std::string id;
    std::string ag;
    Date date;
    std::optional<std::vector<std::string>> present;  ///< member keys
    std::optional<Count> guests;
    std::optional<std::vector<std::string>> topics;
    std::optional<std::vector<Decision>> decisions;
    std::optional<std::string> notes;
};
template <class V>
void describe(V& v, Meeting& x) {
    v("id", x.id, is::self_id);
    v("ag", x.ag, is::ref("ag"));
    v("date", x.date);
    v("present", x.present);
    v("guests", x.guests);
    v("topics", x.topics);
    v("decisions", x.decisions);
    v("notes", x.notes);
}

}  // namespace integra::records
