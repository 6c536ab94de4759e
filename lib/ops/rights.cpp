// Access (Art. 15), restriction (Art. 18) and storage limitation. Erasure (Art. 17) is in
// erase.cpp.

#include "ops/rights.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "git/git.hpp"
#include "ops/record.hpp"
#include "records/json.hpp"
#include "refugees/retention.hpp"
#include "store/typed.hpp"
#include "util/text.hpp"

namespace integra::ops {

namespace {

/// Every commit that touched `rel` (following renames), newest first, with the file's bytes
/// in each. Empty outside a git repository and before the first commit; throws
/// Failure(environment) when git fails otherwise, so that an export never lacks history
/// silently.
std::vector<FileVersion> file_history(const store::Store& store, const std::filesystem::path& rel) {
    git::Repository repo(store.root());
    if (!repo.exists()) {
        return {};
    }
    std::vector<FileVersion> out;
    std::vector<std::string> names;  // the object to read for each version; empty: deleted
    for (const git::Commit& c : repo.log({{rel}, git::Renames::followed})) {
        // A commit that lists no change (a merge) is read at the current path.
        git::Change change = c.changes.empty() ? git::Change{'M', rel} : c.changes.front();
        out.push_back(FileVersion{c.hash, c.date, c.author, c.subject, std::nullopt});
        names.push_back(change.status == 'D'
                            ? std::string()
                            : fmt::format("{}:./{}", c.hash, change.path.generic_string()));
    }
    std::vector<std::string> asked;
    for (const auto& n : names) {
        if (!n.empty()) {
            asked.push_back(n);
        }
    }
    auto bytes = repo.contents(asked);
    for (std::size_t i = 0, j = 0; i < out.size(); ++i) {
        if (!names[i].empty()) {
            out[i].content = bytes[j++];
        }
    }
    return out;
}

HeldFile held(const store::Store& store, const store::Document& doc) {
    return HeldFile{doc.file.rel, records::record_json(doc.root, *doc.file.kind->spec),
                    file_history(store, doc.file.rel)};
}

store::Document load_doc(const store::Store& store, const records::Kind& k, const std::string& id) {
    store::RecordFile file{&k, id, std::filesystem::path(k.plural) / fmt::format("{}.yaml", id)};
    auto doc = store.load(file);
    if (!doc) {
        throw Failure(Exit::invalid, fmt::format("{}:{}:{}: {}\nFix it first (`integra check`).",
                                                 file.rel.string(), doc.error().line,
                                                 doc.error().column, doc.error().message));
    }
    return std::move(*doc);
}

Json file_json(const HeldFile& f) {
    Json history = Json::array();
    for (const auto& v : f.history) {
        history.push_back(Json{{"commit", v.commit},
                               {"date", v.date},
                               {"author", v.author},
                               {"message", v.message},
                               {"content", optional_json(v.content)}});
    }
    return Json{{"file", f.rel.generic_string()}, {"record", f.record}, {"history", history}};
}

Json optional_file_json(const std::optional<HeldFile>& f) {
    return f ? file_json(*f) : Json(nullptr);
}

void require_refugee_id(const std::string& id) {
    store::require_id_of<records::Refugee>(id);
}

}  // namespace

PersonExport export_person(const store::Store& store, const std::string& id, const Date& today) {
    require_refugee_id(id);
    const auto& refugees = kind("refugees");
    const auto& erased = kind("erased");
    bool present = store.exists(refugees, id);
    if (!present && !store.exists(erased, id)) {
        throw Failure(Exit::invalid,
                      fmt::format("there is no refugee {} (no file refugees/{}.yaml) "
                                  "and no tombstone erased/{}.yaml",
                                  id, id, id));
    }
    PersonExport e;
    e.id = id;
    e.exported = today;
    auto rel = std::filesystem::path("refugees") / fmt::format("{}.yaml", id);
    if (present) {
        auto person = store::load_typed<records::Refugee>(store, id);
        e.restricted = person.record.restricted;
        e.person = held(store, person.doc);
        if (store.exists(kind("households"), person.record.household)) {
            e.household = held(store, load_doc(store, kind("households"), person.record.household));
        }
        if (person.record.intake && person.record.intake->interpreter) {
            e.interpreter = person.record.intake->interpreter;
            if (store.exists(kind("pilots"), *e.interpreter)) {
                e.interpreter_name =
                    store::load_typed<records::Pilot>(store, *e.interpreter).record.name;
            }
        }
    } else {
        // Erased, but the history may still hold the record (until --purge-history).
        e.person = HeldFile{rel, Json(nullptr), file_history(store, rel)};
    }
    for (const store::RecordFile& f : store.list(kind("assignments"))) {
        auto bytes = store.read(f.rel);
        if (!bytes || bytes->find(id) == std::string::npos) {
            continue;  // cheap: most assignments never mention the person
        }
        auto a = store::load_typed<records::Assignment>(store, f.id);
        if (a.record.client == id) {
            e.assignments.push_back(held(store, a.doc));
        }
    }
    if (store.exists(erased, id)) {
        e.tombstone = held(store, load_doc(store, erased, id));
    }
    return e;
}

Json export_json(const PersonExport& e) {
    Json assignments = Json::array();
    for (const auto& a : e.assignments) {
        assignments.push_back(file_json(a));
    }
    Json interpreter = nullptr;
    if (e.interpreter) {
        interpreter =
            Json{{"id", *e.interpreter},
                 {"given", e.interpreter_name ? Json(e.interpreter_name->given) : Json()},
                 {"family", e.interpreter_name ? Json(e.interpreter_name->family) : Json()}};
    }
    return Json{{"id", e.id},
                {"exported", format_date(e.exported)},
                {"basis", "GDPR Art. 15"},
                {"restricted", e.restricted ? Json(format_date(*e.restricted)) : Json()},
                {"person", optional_file_json(e.person)},
                {"household", optional_file_json(e.household)},
                {"assignments", assignments},
                {"interpreter", interpreter},
                {"tombstone", optional_file_json(e.tombstone)}};
}

namespace {

struct Labels {
    const char* title;
    const char* as_of;
    const char* restricted;
    const char* person;
    const char* erased_person;
    const char* household;
    const char* assignments;
    const char* interpreter;
    const char* external;
    const char* tombstone;
    const char* history;
    const char* deleted;
    const char* none;
    const char* others;
};

const Labels k_de{
    "Auskunft nach Art. 15 DSGVO",
    "Stand",
    "Die Verarbeitung dieser Daten ist seit {} eingeschränkt (Art. 18 DSGVO). Diese "
    "Auskunft ist für die betroffene Person selbst bestimmt.",
    "Personendaten",
    "Die Personendaten sind gelöscht; der Verlauf enthält sie noch.",
    "Haushalt",
    "Einsätze der Integrationslots/innen",
    "Dolmetschung beim Erstgespräch",
    "extern",
    "Löschvermerk",
    "Verlauf",
    "(in diesem Stand gelöscht)",
    "keine",
    "Daten anderer Personen (weitere Mitglieder des Haushalts) sind nicht enthalten."};
const Labels k_en{"Access to personal data (GDPR Art. 15)",
                  "As of",
                  "Processing of this data has been restricted since {} (GDPR Art. 18). This "
                  "export is for the person themselves.",
                  "The person's record",
                  "The person's record is erased; the history still holds it.",
                  "Household",
                  "Assignments of the integration guides",
                  "Interpreter at the intake",
                  "external",
                  "Erasure record",
                  "History",
                  "(deleted in this version)",
                  "none",
                  "Data of other persons (further members of the household) is not included."};

void markdown_file(std::string& out, const Labels& l, const HeldFile& f) {
    out += fmt::format("`{}`\n\n", f.rel.generic_string());
    if (!f.history.empty() && f.history.front().content) {
        out += fmt::format("````yaml\n{}````\n\n", *f.history.front().content);
    }
    out += fmt::format("{}:\n\n", l.history);
    for (const auto& v : f.history) {
        out +=
            fmt::format("- {} {} ({}): {}\n", v.date, v.commit.substr(0, 12), v.author, v.message);
        if (v.content) {
            out += fmt::format("\n  ````yaml\n");
            for (const auto& line : split(*v.content, '\n')) {
                out += line.empty() ? "\n" : fmt::format("  {}\n", line);
            }
            out += "  ````\n\n";
        } else {
            out += fmt::format("  {}\n\n", l.deleted);
        }
    }
    if (f.history.empty()) {
        out += fmt::format("- {}\n\n", l.none);
    }
}

}  // namespace

std::string export_markdown(const PersonExport& e, const std::string& lang) {
    const Labels& l = lang == "en" ? k_en : k_de;
    std::string out =
        fmt::format("# {}: {}\n\n{}: {}\n\n", l.title, e.id, l.as_of, format_date(e.exported));
    if (e.restricted) {
        out += fmt::format(fmt::runtime(l.restricted), format_date(*e.restricted)) + "\n\n";
    }
    out += fmt::format("{}\n\n## {}\n\n", l.others, l.person);
    if (e.person) {
        if (e.person->record.is_null()) {
            out += fmt::format("{}\n\n", l.erased_person);
        }
        markdown_file(out, l, *e.person);
    }
    out += fmt::format("## {}\n\n", l.household);
    if (e.household) {
        markdown_file(out, l, *e.household);
    } else {
        out += fmt::format("{}\n\n", l.none);
    }
    out += fmt::format("## {}\n\n", l.interpreter);
    if (e.interpreter) {
        out += e.interpreter_name ? fmt::format("{} {} ({})\n\n", e.interpreter_name->given,
                                                e.interpreter_name->family, *e.interpreter)
               : *e.interpreter == "external" ? fmt::format("{}\n\n", l.external)
                                              : fmt::format("{}\n\n", *e.interpreter);
    } else {
        out += fmt::format("{}\n\n", l.none);
    }
    out += fmt::format("## {}\n\n", l.assignments);
    for (const auto& a : e.assignments) {
        out += fmt::format("### {}\n\n", a.rel.stem().string());
        markdown_file(out, l, a);
    }
    if (e.assignments.empty()) {
        out += fmt::format("{}\n\n", l.none);
    }
    if (e.tombstone) {
        out += fmt::format("## {}\n\n", l.tombstone);
        markdown_file(out, l, *e.tombstone);
    }
    while (out.ends_with("\n\n")) {
        out.pop_back();
    }
    return out;
}

// --- Art. 18 --------------------------------------------------------------------------------

WritePlan plan_restrict(const store::Store& store, const std::string& id, std::optional<Date> on,
                        const Date& today) {
    auto e = load_for_change<records::Refugee>(store, id);
    if (e.record.restricted) {
        throw Failure(Exit::invalid,
                      fmt::format("{}'s processing is restricted already, since {}; nothing was "
                                  "changed",
                                  id, format_date(*e.record.restricted)));
    }
    records::Refugee r = e.record;
    r.restricted = on.value_or(today);
    return change_plan(store, e, r, fmt::format("refugee: restrict {}", id), today);
}

WritePlan plan_unrestrict(const store::Store& store, const std::string& id, const Date& today) {
    auto e = load_for_change<records::Refugee>(store, id);
    if (!e.record.restricted) {
        throw Failure(Exit::invalid,
                      fmt::format("{}'s processing is not restricted; nothing was changed", id));
    }
    records::Refugee r = e.record;
    r.restricted.reset();
    return change_plan(store, e, r, fmt::format("refugee: unrestrict {}", id), today);
}

// --- Storage limitation ---------------------------------------------------------------------

std::vector<RetentionRow> retention(const store::Store& store, const Date& today) {
    records::SettingsFile settings = settings_file(store);
    std::optional<records::Count> refugee_years, pilot_years;
    if (settings.retention) {
        refugee_years = settings.retention->refugee_closed_years;
        pilot_years = settings.retention->pilot_retired_years;
    }
    std::vector<RetentionRow> rows;
    if (refugee_years) {
        int years = static_cast<int>(*refugee_years);
        for (const auto& r : store::load_all<records::Refugee>(store, kind("refugees"))) {
            if (r.status == records::RefugeeStatus::active || !r.closed ||
                !refugees::past_retention(*r.closed, years, today)) {
                continue;
            }
            rows.push_back(
                RetentionRow{"refugee", r.id, std::string(records::word(r.status)), *r.closed,
                             refugees::retention_end(*r.closed, years),
                             fmt::format("integra refugee erase {} --purge-history", r.id)});
        }
    }
    if (pilot_years) {
        int years = static_cast<int>(*pilot_years);
        for (const auto& p : store::load_all<records::Pilot>(store, kind("pilots"))) {
            if (p.status != records::PilotStatus::retired || !p.retired ||
                !refugees::past_retention(*p.retired, years, today)) {
                continue;
            }
            rows.push_back(RetentionRow{"pilot", p.id, "retired", *p.retired,
                                        refugees::retention_end(*p.retired, years), std::nullopt});
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.end < b.end; });
    return rows;
}

Json retention_json(const std::vector<RetentionRow>& rows) {
    Json out = Json::array();
    for (const auto& r : rows) {
        out.push_back(Json{{"kind", r.kind},
                           {"id", r.id},
                           {"status", r.status},
                           {"since", format_date(r.since)},
                           {"end", format_date(r.end)},
                           {"command", optional_json(r.command)}});
    }
    return out;
}

std::vector<std::string> retention_attention(const store::Store& store, const Date& today) {
    std::vector<std::string> ids;
    for (const auto& r : retention(store, today)) {
        if (r.kind == "refugee") {
            ids.push_back(r.id);
        }
    }
    if (ids.empty()) {
        return {};
    }
    return {
        fmt::format("{} closed case{} past the retention period, to be erased: {} "
                    "(`integra retention`)",
                    ids.size(), ids.size() == 1 ? " is" : "s are", some_of(ids))};
}

}  // namespace integra::ops
