#include <doctest/doctest.h>

#include <fmt/format.h>

#include <string>

#include "records/derive.hpp"
#include "records/kinds.hpp"

using namespace integra;
using namespace integra::records;

namespace {

// The Specs as kinds.cpp wrote them by hand before they were derived from `describe`, kept once
// here as a snapshot: the derived ones must say exactly the same.
namespace snapshot {

using namespace integra::schema;

const std::vector<std::string_view> k_levels = {"native", "C2", "C1", "B2", "B1", "A2", "A1"};
const std::vector<std::string_view> k_genders = {"f", "m", "d", "x"};
const std::vector<std::string_view> k_assignment_kinds = {
    "accompaniment", "translation", "parent_talk", "info_event", "mediation", "project"};

Spec person_name() {
    return map({required("given", text()), required("family", text())});
}

Spec languages() {
    return list(map({required("code", language()), required("level", choice(k_levels))}));
}

Spec pilot_spec() {
    return map({
        required("id", self_id()),
        required("name", person_name()),
        required("gender", choice(k_genders)),
        required("languages", languages()),
        optional("phone", text()),
        optional("email", text()),
        optional("since", past_date()),
        optional("training", map({optional("cohort", text()), optional("hours", count()),
                                  optional("certified", past_date())})),
        required("status", choice({"active", "paused", "retired"})),
        optional("retired", date()),
        optional("notes", text()),
    });
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
        required("gender", choice(k_genders)),
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
                                    optional("years", count())}))),
                 optional("needs", list(text()))})),
        optional("onboarding",
                 dict(step(), map({optional("done", past_date()), optional("skipped", text())},
                                  {"done", "skipped"}))),
        optional("sponsor", text()),
        required("status", choice({"active", "independent", "moved_away", "closed"})),
        optional("closed", past_date()),
        optional("closed_reason", text()),
        optional("restricted", past_date()),
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
        optional("participants", count()),
        optional("withdrawal", map({required("date", past_date()), required("reason", text())})),
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
                           optional("amount", money()), optional("over_budget", text())}))),
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

}  // namespace snapshot

/// The first difference between two Specs, as `path: what`, or "" when they are the same.
std::string difference(const schema::Spec& a, const schema::Spec& b, const std::string& path);

std::string fields_difference(const schema::Spec& a, const schema::Spec& b,
                              const std::string& path) {
    if (a.fields.size() != b.fields.size()) {
        return fmt::format("{}: {} fields, expected {}", path, a.fields.size(), b.fields.size());
    }
    for (std::size_t i = 0; i < a.fields.size(); ++i) {
        const schema::Field& fa = a.fields[i];
        const schema::Field& fb = b.fields[i];
        std::string at = fmt::format("{}.{}", path, fb.key);
        if (fa.key != fb.key) {
            return fmt::format("{}: field `{}` in its place", at, fa.key);
        }
        if (fa.required != fb.required) {
            return fmt::format("{}: required is {}", at, fa.required);
        }
        if (std::string d = difference(fa.spec, fb.spec, at); !d.empty()) {
            return d;
        }
    }
    return "";
}

std::string difference(const schema::Spec& a, const schema::Spec& b, const std::string& path) {
    if (a.type != b.type) {
        return fmt::format("{}: type {}, expected {}", path, static_cast<int>(a.type),
                           static_cast<int>(b.type));
    }
    if (a.choices != b.choices) {
        return fmt::format("{}: choices {}, expected {}", path, fmt::join(a.choices, ","),
                           fmt::join(b.choices, ","));
    }
    if (a.ref != b.ref || a.past != b.past || a.one_of != b.one_of) {
        return fmt::format("{}: ref, past or one_of differ", path);
    }
    if ((a.item == nullptr) != (b.item == nullptr) || (a.key == nullptr) != (b.key == nullptr)) {
        return fmt::format("{}: item or key differ", path);
    }
    if (a.item) {
        if (std::string d = difference(*a.item, *b.item, path + "[]"); !d.empty()) {
            return d;
        }
    }
    if (a.key) {
        if (std::string d = difference(*a.key, *b.key, path + " key"); !d.empty()) {
            return d;
        }
    }
    return fields_difference(a, b, path);
}

const schema::Spec& spec_of_kind(std::string_view name) {
    return *find_kind(name)->spec;
}

}  // namespace

TEST_CASE("the Spec derived from describe is the one kinds.cpp wrote by hand") {
    CHECK(difference(spec_of_kind("pilot"), snapshot::pilot_spec(), "pilot") == "");
    CHECK(difference(spec_of_kind("assignment"), snapshot::assignment_spec(), "assignment") == "");
    CHECK(difference(spec_of_kind("household"), snapshot::household_spec(), "household") == "");
    CHECK(difference(spec_of_kind("refugee"), snapshot::refugee_spec(), "refugee") == "");
    CHECK(difference(spec_of_kind("housing"), snapshot::housing_spec(), "housing") == "");
    CHECK(difference(spec_of_kind("project"), snapshot::project_spec(), "project") == "");
    CHECK(difference(spec_of_kind("ag"), snapshot::ag_spec(), "ag") == "");
    CHECK(difference(spec_of_kind("meeting"), snapshot::meeting_spec(), "meeting") == "");
    CHECK(difference(settings_spec(), snapshot::build_settings_spec(), "integra.yaml") == "");
}

TEST_CASE("the comparison of Specs notices a changed choice, requiredness or type") {
    schema::Spec pilot = snapshot::pilot_spec();
    schema::Spec changed = pilot;
    changed.fields[2].spec.choices.pop_back();
    CHECK(difference(changed, pilot, "pilot") == "pilot.gender: choices f,m,d, expected f,m,d,x");
    changed = pilot;
    changed.fields[4].required = true;
    CHECK(difference(changed, pilot, "pilot") == "pilot.phone: required is true");
    changed = pilot;
    changed.fields[6].spec.past = false;
    CHECK(difference(changed, pilot, "pilot") == "pilot.since: ref, past or one_of differ");
}

// --- a small struct of its own: what describe says reaches the Spec -----------------------

namespace integra::records {

enum class Colour { red, blue };
constexpr std::array<Word<Colour>, 2> words(Colour) {
    return {{{Colour::red, "red"}, {Colour::blue, "blue"}}};
}

struct Sample {
    std::string id;
    std::optional<Date> seen;
    std::vector<Colour> tags;
    std::optional<Dict<std::string, Count>> per_step;
};
template <class V>
void describe(V& v, Sample& x) {
    v("id", x.id, is::self_id);
    v("seen", x.seen, is::past);
    v("tags", x.tags);
    v("per_step", x.per_step, is::keys(is::step));
}

struct SampleGrown : Sample {
    std::optional<std::string> owner;
};
template <class V>
void describe(V& v, SampleGrown& x) {
    describe(v, static_cast<Sample&>(x));
    v("owner", x.owner, is::ref("pilot", "external"));
}

struct Shouting {
    std::string word;
};
template <class V>
void describe(V& v, Shouting& x) {
    v("word", x.word, is::past);
}

}  // namespace integra::records

TEST_CASE("a field named in describe appears in the derived Spec with its facts") {
    schema::Spec s = derive_spec<Sample>();
    schema::Spec expected = schema::map({
        schema::required("id", schema::self_id()),
        schema::optional("seen", schema::past_date()),
        schema::required("tags", schema::list(schema::choice({"red", "blue"}))),
        schema::optional("per_step", schema::dict(schema::step(), schema::count())),
    });
    CHECK(difference(s, expected, "sample") == "");

    schema::Spec grown = derive_spec<SampleGrown>();
    REQUIRE(grown.fields.size() == 5);
    const schema::Field* owner = schema::find_field(grown, "owner");
    REQUIRE(owner != nullptr);
    CHECK_FALSE(owner->required);
    CHECK(owner->spec.type == schema::Type::ref);
    CHECK(owner->spec.ref == "pilot");
    CHECK(owner->spec.choices == std::vector<std::string_view>{"external"});
}

TEST_CASE("a fact that does not fit its field's type is refused when the Spec is derived") {
    CHECK_THROWS_AS(derive_spec<Shouting>(), std::logic_error);
}
