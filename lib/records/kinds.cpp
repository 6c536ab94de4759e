#include "records/kinds.hpp"

#include <fmt/format.h>

#include "records/derive.hpp"

namespace integra::records {

using namespace schema;

namespace {

const std::vector<std::string_view> k_assignment_kinds = {
    "accompaniment", "translation", "parent_talk", "info_event", "mediation", "project"};

Spec person_name() {
    return map({required("given", text()), required("family", text())});
}

Spec languages() {
    return list(map({required("code", language()),
                     required("level", choice({k_levels.begin(), k_levels.end()}))}));
}

Spec pilot_spec() {
    return derive_spec<Pilot>();
}

Spec assignment_spec() {
    return map({
        required("id", self_id()),
        required("pilot", ref("pilot")),
        required("date", date()),
        optional("time", time_of_day()),
        required("hours", decimal()),
        required("kind", choice(k_assignment_kinds)),
        required("language", language()),
        required("requested_by",
                 map({required("type", choice({"school", "authority", "migrant", "organisation",
                                               "refugee_unit", "ag"})),
                      optional("name", text())})),
        optional("client", ref("refugee")),
        required("status", choice({"planned", "done", "cancelled", "billed"})),
        optional("billed", month()),
        optional("reason", text()),
        optional("notes", text()),
    });
}

Spec household_spec() {
    return map({
        required("id", self_id()),
        required("allocation", map({required("date", past_date()), optional("reference", text()),
                                    required("persons", count())})),
        optional("housing", list(map({required("unit", ref("housing")), required("from", date()),
                                      optional("to", date())}))),
        optional("notes", text()),
    });
}

Spec refugee_spec() {
    return map({
        required("id", self_id()),
        required("household", ref("household")),
        required("name", person_name()),
        required("birth_date", past_date()),
        required("gender", choice({k_genders.begin(), k_genders.end()})),
        required("nationality", country()),
        optional("languages", languages()),
        optional("german", choice({"A0", "A1", "A2", "B1", "B2", "C1", "C2"})),
        optional("arrived_de", past_date()),
        optional("allocated", past_date()),
        optional("residence", choice({"gestattung", "duldung", "aufenthaltserlaubnis",
                                      "niederlassungserlaubnis", "eingebuergert", "other"})),
        optional("caseworker", staff()),
        optional(
            "intake",
            map({required("date", past_date()), optional("interpreter", ref("pilot", {"external"})),
                 optional("schooling",
                          map({optional("years", count()), optional("last_school", text())})),
                 optional("work",
                          list(map({required("occupation", text()), optional("country", country()),
                                    optional("years", count())})))})),
        optional("onboarding",
                 dict(step(), map({optional("done", past_date()), optional("skipped", text())},
                                  {"done", "skipped"}))),
        optional("sponsor", text()),
        required("status", choice({"active", "independent", "moved_away", "closed"})),
        optional("closed", past_date()),
        optional("closed_reason", text()),
        optional("notes", list(map({required("date", past_date()), required("by", staff()),
                                    required("text", text())}))),
    });
}

Spec housing_spec() {
    return map({
        required("id", self_id()),
        required("name", text()),
        optional("address", text()),
        required("kind", choice({"shared", "flat"})),
        required("capacity", count()),
        optional("notes", text()),
    });
}

Spec project_spec() {
    return map({
        required("id", self_id()),
        required("title", text()),
        required("applicant", map({required("organisation", text()), optional("contact", text())})),
        required("ag", ref("ag")),
        required("funding", choice({"city", "demokratie_leben", "other"})),
        optional("programme", text()),
        required("requested", money()),
        optional("approved", money()),
        optional("decision", ref("meeting")),
        optional("target_groups",
                 list(choice({"women", "men", "all", "children", "youth", "seniors"}))),
        optional("period", map({required("from", date()), required("to", date())})),
        required("status", choice({"submitted", "approved", "rejected", "running", "completed",
                                   "evaluated", "withdrawn"})),
        optional("payments",
                 list(map({required("date", past_date()), required("amount", money())}))),
        optional("proof_of_use", map({optional("due", date()), optional("received", past_date())})),
        optional("evaluation", map({optional("due", date()), optional("done", past_date()),
                                    optional("summary", text())})),
        optional("notes", text()),
    });
}

Spec ag_spec() {
    return map({
        required("id", self_id()),
        required("name", text()),
        optional("members",
                 list(map({required("key", text()), required("name", text()),
                           optional("organisation", text()),
                           required("role", choice({"chair", "deputy", "member", "advisory"})),
                           required("voting", boolean()), required("from", date()),
                           optional("to", date())}))),
        optional("notes", text()),
    });
}

Spec meeting_spec() {
    return map({
        required("id", self_id()),
        required("ag", ref("ag")),
        required("date", date()),
        optional("present", list(text())),
        optional("guests", count()),
        optional("topics", list(text())),
        optional("decisions",
                 list(map({required("number", text()), optional("project", ref("project")),
                           required("yes", count()), required("no", count()),
                           required("abstain", count()),
                           required("result", choice({"approved", "rejected", "deferred"})),
                           optional("amount", money())}))),
        optional("notes", text()),
    });
}

Spec build_settings_spec() {
    auto label = map({required("de", text()), optional("en", text())});
    return map({
        required("office", text()),
        required("municipality", text()),
        optional("district", text()),
        optional("staff",
                 list(map({required("handle", text()), required("name", text()),
                           required("unit", choice({"refugees", "pilots", "projects", "lead"}))}))),
        optional("fees",
                 map({optional("hourly", money()),
                      optional("flat", dict(choice(k_assignment_kinds), money())),
                      optional("travel", money()), optional("tax_free_allowance", money())})),
        optional("training", map({optional("course_hours", count())})),
        optional(
            "onboarding",
            list(map(
                {required("key", text()), required("label", label), optional("due_days", count()),
                 optional("age", map({optional("from", count()), optional("to", count())})),
                 optional("residence",
                          list(choice({"gestattung", "duldung", "aufenthaltserlaubnis",
                                       "niederlassungserlaubnis", "eingebuergert", "other"})))}))),
        optional("casework", map({optional("stale_after_days", count())})),
        optional("rules", map({optional("quorum", choice({"more_than_half_of_voting_members"})),
                               optional("majority", choice({"more_yes_than_no"})),
                               optional("meetings_per_year", count())})),
        optional("budgets", dict(year(), map({optional("city", dict(ref("ag"), money())),
                                              optional("demokratie_leben", money()),
                                              optional("other", money())}))),
        optional("deadlines", map({optional("spend_within_days", count()),
                                   optional("proof_of_use_days", count()),
                                   optional("evaluation_days", count())})),
        optional("report", map({optional("suppress_below", count()),
                                optional("lang", choice({"de", "en"}))})),
        optional("retention", map({optional("refugee_closed_years", count()),
                                   optional("pilot_retired_years", count())})),
    });
}

template <Spec (*Make)()>
const Spec* spec_of() {
    static const Spec s = Make();
    return &s;
}

bool digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

const std::vector<Kind>& all_kinds() {
    static const std::vector<Kind> kinds = {
        {"pilot", "pilots", "P-", false, 4, spec_of<pilot_spec>()},
        {"assignment", "assignments", "E-", true, 4, spec_of<assignment_spec>()},
        {"household", "households", "H-", true, 4, spec_of<household_spec>()},
        {"refugee", "refugees", "R-", true, 4, spec_of<refugee_spec>()},
        {"housing", "housing", "U-", false, 2, spec_of<housing_spec>()},
        {"project", "projects", "PR-", true, 3, spec_of<project_spec>()},
        {"ag", "ags", "ag", false, 1, spec_of<ag_spec>()},
        {"meeting", "meetings", "M-", true, 4, spec_of<meeting_spec>()},
    };
    return kinds;
}

const Kind* find_kind(std::string_view name) {
    for (const Kind& k : all_kinds()) {
        if (k.name == name || k.plural == name) {
            return &k;
        }
    }
    return nullptr;
}

const Kind* kind_of_id(std::string_view id) {
    const Kind* best = nullptr;
    for (const Kind& k : all_kinds()) {
        if (id.starts_with(k.prefix) && (!best || k.prefix.size() > best->prefix.size())) {
            best = &k;
        }
    }
    return best;
}

std::optional<std::pair<int, int>> id_year_and_number(const Kind& kind, std::string_view id) {
    if (!id.starts_with(kind.prefix)) {
        return std::nullopt;
    }
    id.remove_prefix(kind.prefix.size());
    int year = 0;
    if (kind.yearly) {
        if (id.size() < 5 || !digits(id.substr(0, 4)) || id[4] != '-') {
            return std::nullopt;
        }
        year = std::stoi(std::string(id.substr(0, 4)));
        id.remove_prefix(5);
    }
    if (!digits(id) || static_cast<int>(id.size()) < kind.digits || id.size() > 6) {
        return std::nullopt;
    }
    return std::pair{year, std::stoi(std::string(id))};
}

bool has_id_format(const Kind& kind, std::string_view id) {
    auto parsed = id_year_and_number(kind, id);
    return parsed && make_id(kind, parsed->first, parsed->second) == id;
}

std::string make_id(const Kind& kind, int year, int n) {
    if (kind.yearly) {
        return fmt::format("{}{:04}-{:0{}}", kind.prefix, year, n, kind.digits);
    }
    return fmt::format("{}{:0{}}", kind.prefix, n, kind.digits);
}

bool is_safe_id(std::string_view id) {
    if (id.empty() || id.size() > 64) {
        return false;
    }
    for (char c : id) {
        bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

const Spec& settings_spec() {
    return *spec_of<build_settings_spec>();
}

}  // namespace integra::records
