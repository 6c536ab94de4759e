#include "ops/casework.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <tuple>

#include "iso/codes.hpp"
#include "ops/author.hpp"
#include "ops/record.hpp"
#include "pilots/bookings.hpp"
#include "pilots/coverage.hpp"
#include "records/json.hpp"
#include "records/typed.hpp"
#include "refugees/names.hpp"
#include "refugees/occupancy.hpp"
#include "schema/validate.hpp"
#include "store/typed.hpp"
#include "sys/files.hpp"
#include "yaml/reader.hpp"

namespace integra::ops {

namespace {

using Problems = std::vector<schema::Problem>;

/// The questionnaire's fields of a person: what an intake may set. The rest of a record
/// (ID, household, allocation, onboarding, status, notes) is the office's, not the person's.
constexpr std::string_view k_person_keys[] = {
    "name",       "birth_date", "gender",     "nationality", "languages", "german",
    "arrived_de", "residence",  "caseworker", "sponsor",     "intake"};
constexpr std::string_view k_batch_keys[] = {"household", "intake", "persons"};

bool allowed(std::span<const std::string_view> keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

void problem(Problems& out, yaml::Pos pos, std::string message, std::string_view check) {
    out.push_back(schema::Problem{pos, schema::Severity::error, std::move(message), check});
}

void check_keys(const yaml::Node& map, std::span<const std::string_view> keys,
                std::string_view what, Problems& out) {
    for (const yaml::Entry& e : map.entries) {
        if (!allowed(keys, e.key)) {
            problem(out, e.key_pos,
                    fmt::format("`{}` is not a field of {}; expected: {}", e.key, what,
                                fmt::join(keys, ", ")),
                    "intake");
        }
    }
}

/// Throws the problems of an intake as `SOURCE:LINE:COL: message [check]` lines.
/// In the order of the file; a problem found twice (a shared intake field is part of every
/// person's intake) once.
[[noreturn]] void refuse(const std::string& source, Problems problems) {
    std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) {
        return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
    });
    auto same = [](const auto& a, const auto& b) {
        return a.pos.line > 0 && a.pos.line == b.pos.line && a.pos.column == b.pos.column &&
               a.message == b.message;
    };
    problems.erase(std::unique(problems.begin(), problems.end(), same), problems.end());
    std::string lines;
    for (const schema::Problem& p : problems) {
        lines += p.pos.line > 0 ? fmt::format("\n{}:{}:{}: ", source, p.pos.line, p.pos.column)
                                : fmt::format("\n{}: ", source);
        lines += fmt::format("{} [{}]", p.message, p.check);
    }
    throw Failure(Exit::invalid,
                  fmt::format("{} has {} problem{}, so nothing was written:{}", source,
                              problems.size(), problems.size() == 1 ? "" : "s", lines));
}

std::string duplicate_advice(const std::string& other) {
    return fmt::format(
        "has the birth date of {} and the same name once spelling, transliteration and order "
        "are set aside; if it is the same person, see `integra refugee show {}`; if not, "
        "record them with --force \"REASON\"",
        other, other);
}

/// `n` IDs for new persons, from the next free one on.
std::vector<std::string> next_person_ids(const store::Store& store, std::size_t n, int year) {
    const records::Kind& k = kind("refugees");
    std::string first = store.next_id(k, year);
    int number = records::id_year_and_number(k, first)->second;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) {
        ids.push_back(records::make_id(k, year, number + static_cast<int>(i)));
    }
    return ids;
}

/// The note on a person recorded although they look like `other`: the reason, no names.
void add_force_note(const store::Store& store, records::Refugee& person, const std::string& other,
                    const Force& force, const Date& today) {
    records::Note note{today, author_handle(store, settings_file(store), force.by),
                       fmt::format("Recorded although {} has the same birth date and a matching "
                                   "name: {}",
                                   other, force.reason)};
    if (!person.notes) {
        person.notes.emplace();
    }
    person.notes->push_back(std::move(note));
}

std::vector<records::Pilot> active_guides(const store::Store& store) {
    auto all = store::load_all<records::Pilot>(store, kind("pilots"));
    std::erase_if(all, [](const auto& p) { return p.status != records::PilotStatus::active; });
    return all;
}

/// The person's languages (other than German, which the office speaks) that no guide in
/// `guides` speaks.
std::vector<std::string> unmatched_languages(const records::Refugee& person,
                                             const std::vector<records::Pilot>& guides) {
    std::vector<std::string> out;
    for (const records::LanguageSkill& s :
         person.languages.value_or(std::vector<records::LanguageSkill>{})) {
        bool spoken = std::any_of(guides.begin(), guides.end(),
                                  [&](const auto& p) { return pilots::skill_in(p, s.code); });
        if (s.code != "de" && !spoken) {
            out.push_back(s.code);
        }
    }
    return out;
}

/// One hint per language of `people` that no active guide speaks: staff languages are not
/// recorded, so the guides are who can interpret.
std::vector<std::string> language_hints(const store::Store& store,
                                        const std::vector<records::Refugee>& people) {
    auto guides = active_guides(store);
    std::map<std::string, std::vector<std::string>> speakers;
    for (const records::Refugee& p : people) {
        for (const std::string& code : unmatched_languages(p, guides)) {
            speakers[code].push_back(p.id);
        }
    }
    std::vector<std::string> out;
    for (const auto& [code, ids] : speakers) {
        out.push_back(
            fmt::format("{} speak{} {} ({}), which no active guide speaks; `integra "
                        "pilot match --lang {}` shows who comes closest",
                        fmt::join(ids, ", "), ids.size() == 1 ? "s" : "", code,
                        iso::language_name(code), code));
    }
    return out;
}

/// The intake of one person: their own answers, then the shared ones, dated today if no date
/// was given.
yaml::Node merged_intake(const yaml::Node* own, const yaml::Node* shared, const Date& today) {
    yaml::Node m = own ? *own : yaml::Node::map();
    if (!m.is_map()) {
        return m;  // validation says what is wrong with it
    }
    if (shared && shared->is_map()) {
        for (const yaml::Entry& e : shared->entries) {
            if (!m.find(e.key)) {
                m.entries.push_back(e);
            }
        }
    }
    if (!m.find("date")) {
        m.at_or_insert("date") = yaml::Node::scalar(format_date(today));
    }
    return m;
}

/// The record tree of a new person of a batch: positions stay those of the file, so that
/// validation points into it.
yaml::Node new_person_tree(const std::string& id, const yaml::Node& household,
                           const yaml::Node& answers, const yaml::Node* shared_intake,
                           const Date& allocated, const Date& today) {
    yaml::Node t = yaml::Node::map();
    t.at_or_insert("id") = yaml::Node::scalar(id);
    t.at_or_insert("household") = household;
    for (const yaml::Entry& e : answers.entries) {
        if (allowed(k_person_keys, e.key) && e.key != "intake") {
            t.entries.push_back(e);
        }
    }
    t.at_or_insert("allocated") = yaml::Node::scalar(format_date(allocated));
    t.at_or_insert("intake") = merged_intake(answers.find("intake"), shared_intake, today);
    t.at_or_insert("status") = yaml::Node::scalar("active");
    return t;
}

/// Errors of a record tree, and the unknown fields inside a known one (`intake.school`),
/// which a questionnaire must not drop silently.
void validate_into(const store::Store& store, const std::string& id, const yaml::Node& tree,
                   const Date& today, Problems& out) {
    for (schema::Problem& p : validate_record(store, kind("refugees"), id, tree, today)) {
        if (p.severity == schema::Severity::error || p.check == "unknown-field") {
            p.severity = schema::Severity::error;
            out.push_back(std::move(p));
        }
    }
}

yaml::Pos name_pos(const yaml::Node& answers) {
    const yaml::Node* n = answers.find("name");
    return n ? n->pos : answers.pos;
}

/// Throws Failure(invalid) when recording `adding` more persons for `hh` would record more
/// than were allocated: occupancy counts the allocated persons, so a unit could fill beyond
/// its capacity unseen.
void require_room(const records::Household& hh, const std::vector<records::Refugee>& known,
                  std::size_t adding) {
    auto recorded = static_cast<std::size_t>(
        std::count_if(known.begin(), known.end(),
                      [&](const records::Refugee& r) { return r.household == hh.id; }));
    auto allocated = static_cast<std::size_t>(hh.allocation.persons);
    if (recorded + adding > allocated) {
        throw Failure(Exit::invalid,
                      fmt::format("{} was allocated with {} person{} and {} {} recorded; {} more "
                                  "would be too many. If the household has grown, change its size "
                                  "first (`integra set {} allocation.persons={}`; `integra "
                                  "check` then shows whether its unit still has room)",
                                  hh.id, allocated, allocated == 1 ? "" : "s", recorded,
                                  recorded == 1 ? "is" : "are", adding, hh.id, recorded + adding));
    }
}

PersonsPlan plan_new_persons(const store::Store& store, const yaml::Node& answers,
                             const std::string& source, const Force& force, const Date& today) {
    Problems problems;
    check_keys(answers, k_batch_keys, "a new household's intake (persons go under `persons:`)",
               problems);
    const yaml::Node* household = answers.find("household");
    const yaml::Node* shared = answers.find("intake");
    const yaml::Node* persons = answers.find("persons");
    if (!household || !household->is_scalar()) {
        problem(problems, household ? household->pos : answers.pos,
                "`household` is missing: the ID of the household the persons belong to "
                "(H-YYYY-NNNN; `integra refugee household list`)",
                "intake");
    } else if (!store.exists(kind("households"), household->text)) {
        problem(problems, household->pos,
                fmt::format("there is no household {}; `integra refugee household add` records "
                            "it first",
                            household->text),
                "reference");
    }
    if (!persons || !persons->is_seq() || persons->items.empty()) {
        problem(problems, persons ? persons->pos : answers.pos,
                "`persons` is missing: a list with one entry (`- name: …`) per person", "intake");
    }
    if (!problems.empty()) {
        refuse(source, problems);
    }
    auto hh = store::load_typed<records::Household>(store, household->text).record;
    auto ids = next_person_ids(store, persons->items.size(), year_of(today));
    auto known = store::load_all<records::Refugee>(store, kind("refugees"));
    require_room(hh, known, persons->items.size());
    std::vector<records::Refugee> added;
    std::vector<int> added_lines;  ///< where each of `added` is in the file
    for (std::size_t i = 0; i < persons->items.size(); ++i) {
        const yaml::Node& item = persons->items[i];
        if (!item.is_map()) {
            problem(problems, item.pos,
                    "a person is a mapping of fields (`name:`, `birth_date:` …)", "intake");
            continue;
        }
        check_keys(item, k_person_keys, "a person's intake", problems);
        yaml::Node tree =
            new_person_tree(ids[i], *household, item, shared, hh.allocation.date, today);
        std::size_t before = problems.size();
        validate_into(store, ids[i], tree, today, problems);
        if (problems.size() != before) {
            continue;
        }
        auto person =
            records::decode<records::Refugee>(schema::normalise(tree, *kind("refugees").spec));
        if (!person) {
            problem(problems, item.pos, person.error().message, "schema");
            continue;
        }
        const records::Refugee* other = refugees::find_same_person(known, *person);
        if (!other) {
            if (const records::Refugee* twin = refugees::find_same_person(added, *person)) {
                // Not yet an ID anyone could look up: name the line in the file instead.
                auto at = static_cast<std::size_t>(twin - added.data());
                problem(problems, name_pos(item),
                        fmt::format("this person is the one at line {} again (the same birth "
                                    "date, and the same name once spelling, transliteration and "
                                    "order are set aside); remove one of them",
                                    added_lines[at]),
                        "duplicate-person");
                continue;
            }
        }
        if (other && force.reason.empty()) {
            problem(problems, name_pos(item),
                    fmt::format("this person {}", duplicate_advice(other->id)), "duplicate-person");
            continue;
        }
        if (other) {
            add_force_note(store, *person, other->id, force, today);
        }
        added.push_back(std::move(*person));
        added_lines.push_back(item.pos.line);
    }
    if (!problems.empty()) {
        refuse(source, problems);
    }
    std::vector<std::string> new_ids;
    for (const records::Refugee& p : added) {
        new_ids.push_back(p.id);
    }
    PersonsPlan out;
    out.plan.message = fmt::format("refugee: intake {} into {}", fmt::join(new_ids, ", "), hh.id);
    out.plan.id = new_ids.front();
    out.ids = new_ids;
    for (const records::Refugee& p : added) {
        merge_into(out.plan,
                   new_record_plan(store, kind("refugees"), p, UnknownWords{}, "", today));
    }
    out.hints = language_hints(store, added);
    return out;
}

PersonsPlan plan_person_intake(const store::Store& store, const yaml::Node& answers,
                               const std::string& source, const std::string& id, const Force& force,
                               const Date& today) {
    auto loaded = load_for_change<records::Refugee>(store, id);
    Problems problems;
    check_keys(answers, k_person_keys, fmt::format("{}'s intake (one person's answers)", id),
               problems);
    yaml::Node tree = records::encode(loaded.record);
    for (const yaml::Entry& e : answers.entries) {
        if (!allowed(k_person_keys, e.key)) {
            continue;
        }
        if (e.key == "intake" && e.value.is_map()) {
            const yaml::Node* had = tree.find("intake");
            yaml::Node merged = e.value;
            tree.at_or_insert("intake") = merged_intake(&merged, had, today);
        } else {
            tree.at_or_insert(e.key) = e.value;
        }
    }
    if (!tree.find("intake")) {
        tree.at_or_insert("intake") = merged_intake(nullptr, nullptr, today);
    }
    validate_into(store, id, tree, today, problems);
    if (!problems.empty()) {
        refuse(source, problems);
    }
    auto person =
        records::decode<records::Refugee>(schema::normalise(tree, *kind("refugees").spec));
    if (!person) {
        refuse(source,
               {schema::Problem{{}, schema::Severity::error, person.error().message, "schema"}});
    }
    std::string message = fmt::format("refugee: intake {}", id);
    auto known = store::load_all<records::Refugee>(store, kind("refugees"));
    std::erase_if(known, [&](const records::Refugee& r) { return r.id == id; });
    if (const records::Refugee* other = refugees::find_same_person(known, *person)) {
        if (force.reason.empty()) {
            throw Failure(Exit::invalid,
                          fmt::format("with these answers {} {}", id, duplicate_advice(other->id)));
        }
        add_force_note(store, *person, other->id, force, today);
        message += fmt::format(" (not {}, see the note)", other->id);
    }
    PersonsPlan out;
    out.plan = change_plan(store, loaded, *person, std::move(message), today);
    out.ids = {id};
    out.hints = language_hints(store, {*person});
    return out;
}

const records::Household* find_household(const std::vector<records::Household>& all,
                                         const std::string& id) {
    auto it = std::lower_bound(all.begin(), all.end(), id,
                               [](const auto& h, const std::string& k) { return h.id < k; });
    return it != all.end() && it->id == id ? &*it : nullptr;
}

std::string label_in(const records::OnboardingStep& step, std::string_view lang) {
    return lang == "en" && step.label.en ? *step.label.en : step.label.de;
}

}  // namespace

PersonsPlan plan_add_person(const store::Store& store, records::Refugee person,
                            const UnknownWords& unknown, const Force& force, const Date& today) {
    if (!store.exists(kind("households"), person.household)) {
        throw Failure(Exit::invalid,
                      fmt::format("there is no household {}; `integra refugee household list` "
                                  "shows them, `integra refugee household add` records one",
                                  person.household));
    }
    auto household = store::load_typed<records::Household>(store, person.household).record;
    person.id = store.next_id(kind("refugees"), year_of(today));
    person.status = records::RefugeeStatus::active;
    person.allocated = household.allocation.date;
    auto known = store::load_all<records::Refugee>(store, kind("refugees"));
    require_room(household, known, 1);
    std::string message = fmt::format("refugee: add {} to {}", person.id, household.id);
    if (const records::Refugee* other = refugees::find_same_person(known, person)) {
        if (force.reason.empty()) {
            throw Failure(Exit::invalid,
                          fmt::format("the new person {}", duplicate_advice(other->id)));
        }
        add_force_note(store, person, other->id, force, today);
        message += fmt::format(" (not {}, see the note)", other->id);
    }
    PersonsPlan out;
    out.plan = new_record_plan(store, kind("refugees"), person, unknown, std::move(message), today);
    out.ids = {person.id};
    out.hints = language_hints(store, {person});
    return out;
}

PersonsPlan plan_intake(const store::Store& store, const yaml::Node& answers,
                        const std::string& source, const std::string& id, const Force& force,
                        const Date& today) {
    if (id.empty()) {
        return plan_new_persons(store, answers, source, force, today);
    }
    return plan_person_intake(store, answers, source, id, force, today);
}

yaml::Node read_answers(const std::string& path) {
    constexpr std::size_t k_max_bytes = 1024 * 1024;
    auto bytes = sys::read_regular_file(path, k_max_bytes);
    if (!bytes) {
        throw Failure(Exit::usage, fmt::format("cannot read {}: {}", path, bytes.error().message));
    }
    auto root = yaml::read(*bytes, yaml::Limits{k_max_bytes, 16});
    if (!root) {
        throw Failure(Exit::invalid,
                      fmt::format("{}:{}:{}: {}; nothing was written", path, root.error().line,
                                  root.error().column, root.error().message));
    }
    return std::move(*root);
}

std::vector<PersonRow> list_persons(const store::Store& store, const PersonFilter& filter,
                                    const Date& today) {
    if (!filter.household.empty() && !store.exists(kind("households"), filter.household)) {
        throw Failure(Exit::invalid, fmt::format("there is no household {}", filter.household));
    }
    if (!filter.unit.empty() && !store.exists(kind("housing"), filter.unit)) {
        throw Failure(Exit::invalid, fmt::format("there is no housing unit {}; `integra refugee "
                                                 "housing list` shows them",
                                                 filter.unit));
    }
    records::SettingsFile settings = settings_file(store);
    if (!filter.caseworker.empty()) {
        require_staff_handle(settings, filter.caseworker, "--caseworker");
    }
    const auto checklist = settings.onboarding.value_or(std::vector<records::OnboardingStep>{});
    auto households = store::load_all<records::Household>(store, kind("households"));
    auto guides = active_guides(store);
    auto persons = store::load_all<records::Refugee>(store, kind("refugees"));
    // Whom no guide can interpret for: the rule of `pilot coverage` (active, not restricted).
    auto unreached = pilots::coverage(guides, persons, {}, year_of(today)).unreached;
    std::vector<PersonRow> rows;
    for (records::Refugee& p : persons) {
        const records::Household* hh = find_household(households, p.household);
        std::optional<std::string> unit = hh ? refugees::unit_on(*hh, today) : std::nullopt;
        auto unmatched = unmatched_languages(p, guides);
        bool keep = (!filter.status || p.status == *filter.status) &&
                    (filter.household.empty() || p.household == filter.household) &&
                    (filter.unit.empty() || unit == filter.unit) &&
                    (filter.caseworker.empty() || p.caseworker == filter.caseworker) &&
                    (!filter.no_shared_language ||
                     std::find(unreached.begin(), unreached.end(), p.id) != unreached.end());
        if (!keep) {
            continue;
        }
        std::string onboarding =
            refugees::summary(refugees::progress(checklist, p, refugees::allocation_date(p, hh)));
        int age = refugees::age_on(p.birth_date, today);
        rows.push_back(PersonRow{std::move(p), age, std::move(unit), std::move(onboarding),
                                 std::move(unmatched)});
    }
    return rows;
}

PersonReport show_person(const store::Store& store, const std::string& id, std::string_view lang,
                         const Date& today) {
    PersonReport r;
    r.person = store::load_typed<records::Refugee>(store, id).record;
    r.age = refugees::age_on(r.person.birth_date, today);
    if (store.exists(kind("households"), r.person.household)) {
        r.household = store::load_typed<records::Household>(store, r.person.household).record;
        if (auto unit = refugees::unit_on(*r.household, today);
            unit && store.exists(kind("housing"), *unit)) {
            r.unit = store::load_typed<records::HousingUnit>(store, *unit).record;
        }
    }
    r.allocated = refugees::allocation_date(r.person, r.household ? &*r.household : nullptr);
    records::SettingsFile settings = settings_file(store);
    const auto checklist = settings.onboarding.value_or(std::vector<records::OnboardingStep>{});
    auto steps = refugees::progress(checklist, r.person, r.allocated);
    r.summary = refugees::summary(steps);
    for (refugees::StepProgress& s : steps) {
        StepLine line{s.key, s.step ? label_in(*s.step, lang) : "", s, refugees::overdue(s, today)};
        line.progress.step = nullptr;
        r.onboarding.push_back(std::move(line));
    }
    if (r.person.intake && r.person.intake->interpreter &&
        store.exists(kind("pilots"), *r.person.intake->interpreter)) {
        r.interpreter =
            store::load_typed<records::Pilot>(store, *r.person.intake->interpreter).record;
    }
    std::map<std::string, records::PersonName> guides;
    for (const auto& p : store::load_all<records::Pilot>(store, kind("pilots"))) {
        guides.emplace(p.id, p.name);
    }
    for (auto& a : store::load_all<records::Assignment>(store, kind("assignments"))) {
        if (a.client == id) {
            auto g = guides.find(a.pilot);
            r.assignments.push_back(ClientAssignment{
                std::move(a),
                g == guides.end() ? std::nullopt : std::optional<records::PersonName>(g->second)});
        }
    }
    std::stable_sort(r.assignments.begin(), r.assignments.end(), [](const auto& a, const auto& b) {
        return std::tie(a.assignment.date, a.assignment.id) <
               std::tie(b.assignment.date, b.assignment.id);
    });
    return r;
}

Json person_list_json(const std::vector<PersonRow>& rows) {
    Json out = Json::array();
    for (const PersonRow& r : rows) {
        const records::Refugee& p = r.person;
        out.push_back({{"id", p.id},
                       {"given", p.name.given},
                       {"family", p.name.family},
                       {"birth_date", format_date(p.birth_date)},
                       {"age", r.age},
                       {"gender", p.gender},
                       {"nationality", p.nationality},
                       {"household", p.household},
                       {"unit", optional_json(r.unit)},
                       {"status", p.status},
                       {"caseworker", optional_json(p.caseworker)},
                       {"onboarding", r.onboarding},
                       {"restricted", p.restricted ? Json(format_date(*p.restricted)) : Json()},
                       {"unmatched_languages", r.unmatched}});
    }
    return out;
}

namespace {

Json date_or_null(const std::optional<Date>& d) {
    return d ? Json(format_date(*d)) : Json();
}

std::string_view state_word(refugees::StepState s) {
    switch (s) {
        case refugees::StepState::done:
            return "done";
        case refugees::StepState::skipped:
            return "skipped";
        case refugees::StepState::open:
            break;
    }
    return "open";
}

Json interpreter_json(const PersonReport& r) {
    if (r.interpreter) {
        return {{"id", r.interpreter->id},
                {"given", r.interpreter->name.given},
                {"family", r.interpreter->name.family}};
    }
    if (r.person.intake && r.person.intake->interpreter) {
        return *r.person.intake->interpreter;  // `external`, or a guide who is gone
    }
    return nullptr;
}

}  // namespace

Json person_report_json(const PersonReport& r) {
    Json steps = Json::array();
    for (const StepLine& s : r.onboarding) {
        steps.push_back({{"key", s.key},
                         {"label", s.label},
                         {"applies", s.progress.applies},
                         {"due", date_or_null(s.progress.due)},
                         {"state", state_word(s.progress.state)},
                         {"done", date_or_null(s.progress.done)},
                         {"skipped", optional_json(s.progress.skipped)},
                         {"overdue", s.overdue}});
    }
    Json assignments = Json::array();
    for (const ClientAssignment& c : r.assignments) {
        const records::Assignment& a = c.assignment;
        assignments.push_back({{"id", a.id},
                               {"date", format_date(a.date)},
                               {"pilot", a.pilot},
                               {"given", c.guide ? Json(c.guide->given) : Json()},
                               {"family", c.guide ? Json(c.guide->family) : Json()},
                               {"kind", a.kind},
                               {"language", a.language},
                               {"hours", records::hours_json(a.hours)},
                               {"status", a.status}});
    }
    Json unit;
    if (r.unit) {
        unit = {{"id", r.unit->id}, {"name", r.unit->name}};
    }
    return {{"refugee", records::record_json(records::encode(r.person), *kind("refugees").spec)},
            {"age", r.age},
            {"household", r.household ? records::record_json(records::encode(*r.household),
                                                             *kind("households").spec)
                                      : Json()},
            {"unit", std::move(unit)},
            {"allocated", date_or_null(r.allocated)},
            {"onboarding", std::move(steps)},
            {"summary", r.summary},
            {"interpreter", interpreter_json(r)},
            {"assignments", std::move(assignments)}};
}

}  // namespace integra::ops
