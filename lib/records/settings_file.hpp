#pragma once
// integra.yaml as a typed struct, described like the records (records/types.hpp).

#include <optional>
#include <string>
#include <vector>

#include "records/basics.hpp"

namespace integra::records {

struct Staff {
    std::string handle;
    std::string name;
    StaffUnit unit = StaffUnit::lead;
};
template <class V>
void describe(V& v, Staff& x) {
    v("handle", x.handle);
    v("name", x.name);
    v("unit", x.unit);
}

struct Fees {
    std::optional<Money> hourly;
    std::optional<Dict<AssignmentKind, Money>> flat;  ///< by assignment kind
    std::optional<Money> travel;
    std::optional<Money> tax_free_allowance;
};
template <class V>
void describe(V& v, Fees& x) {
    v("hourly", x.hourly);
    v("flat", x.flat);
    v("travel", x.travel);
    v("tax_free_allowance", x.tax_free_allowance);
}

struct CourseSettings {
    std::optional<Count> course_hours;
};
template <class V>
void describe(V& v, CourseSettings& x) {
    v("course_hours", x.course_hours);
}

struct Label {
    std::string de;
    std::optional<std::string> en;
};
template <class V>
void describe(V& v, Label& x) {
    v("de", x.de);
    v("en", x.en);
}

struct AgeRange {
    std::optional<Count> from;
    std::optional<Count> to;
};
template <class V>
void describe(V& v, AgeRange& x) {
    v("from", x.from);
    v("to", x.to);
}

struct OnboardingStep {
    std::string key;
    Label label;
    std::optional<Count> due_days;
    std::optional<AgeRange> age;
    std::optional<std::vector<Residence>> residence;
};
template <class V>
void describe(V& v, OnboardingStep& x) {
    v("key", x.key);
    v("label", x.label);
    v("due_days", x.due_days);
    v("age", x.age);
    v("residence", x.residence);
}

struct Casework {
    std::optional<Count> stale_after_days;
};
template <class V>
void describe(V& v, Casework& x) {
    v("stale_after_days", x.stale_after_days);
}

struct Rules {
    std::optional<Quorum> quorum;
    std::optional<Majority> majority;
    std::optional<Count> meetings_per_year;
};
template <class V>
void describe(V& v, Rules& x) {
    v("quorum", x.quorum);
    v("majority", x.majority);
    v("meetings_per_year", x.meetings_per_year);
}

struct Budget {
    std::optional<Dict<std::string, Money>> city;  ///< by AG
    std::optional<Money> demokratie_leben;
    std::optional<Money> other;
};
template <class V>
void describe(V& v, Budget& x) {
    v("city", x.city, is::keys(is::ref("ag")));
    v("demokratie_leben", x.demokratie_leben);
    v("other", x.other);
}

struct Deadlines {
    std::optional<Count> spend_within_days;
    std::optional<Count> proof_of_use_days;
    std::optional<Count> evaluation_days;
};
template <class V>
void describe(V& v, Deadlines& x) {
    v("spend_within_days", x.spend_within_days);
    v("proof_of_use_days", x.proof_of_use_days);
    v("evaluation_days", x.evaluation_days);
}

struct ReportSettings {
    std::optional<Count> suppress_below;
    std::optional<ReportLang> lang;
};
template <class V>
void describe(V& v, ReportSettings& x) {
    v("suppress_below", x.suppress_below);
    v("lang", x.lang);
}

struct Retention {
    std::optional<Count> refugee_closed_years;
    std::optional<Count> pilot_retired_years;
};
template <class V>
void describe(V& v, Retention& x) {
    v("refugee_closed_years", x.refugee_closed_years);
    v("pilot_retired_years", x.pilot_retired_years);
}

/// integra.yaml, typed. (records::Settings in settings.hpp is the lenient view `check` uses
/// on a file that may be broken.)
struct SettingsFile {
    std::string office;
    std::string municipality;
    std::optional<std::string> district;
    std::optional<std::vector<Staff>> staff;
    std::optional<Fees> fees;
    std::optional<CourseSettings> training;
    std::optional<std::vector<OnboardingStep>> onboarding;
    std::optional<Casework> casework;
    std::optional<Rules> rules;
    std::optional<Dict<Count, Budget>> budgets;  ///< by year
    std::optional<Deadlines> deadlines;
    std::optional<ReportSettings> report;
    std::optional<Retention> retention;
};
template <class V>
void describe(V& v, SettingsFile& x) {
    v("office", x.office);
    v("municipality", x.municipality);
    v("district", x.district);
    v("staff", x.staff);
    v("fees", x.fees);
    v("training", x.training);
    v("onboarding", x.onboarding);
    v("casework", x.casework);
    v("rules", x.rules);
    v("budgets", x.budgets, is::keys(is::year));
    v("deadlines", x.deadlines);
    v("report", x.report);
    v("retention", x.retention);
}

}  // namespace integra::records
