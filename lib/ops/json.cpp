#include "ops/json.hpp"

#include "records/json.hpp"

namespace integra::ops {

namespace {

Json name_fields(Json j, const records::Pilot& p) {
    j["given"] = p.name.given;
    j["family"] = p.name.family;
    return j;
}

Json languages_json(const std::vector<records::LanguageSkill>& skills) {
    Json out = Json::array();
    for (const records::LanguageSkill& s : skills) {
        out.push_back({{"code", s.code}, {"level", s.level}});
    }
    return out;
}

}  // namespace

Json status_json(const Status& s) {
    Json records = Json::object();
    for (const auto& [kind, n] : s.counts) {
        records[std::string(kind->plural)] = n;
    }
    return {{"office", s.settings.office},    {"municipality", s.settings.municipality},
            {"records", std::move(records)},  {"errors", s.check.errors()},
            {"warnings", s.check.warnings()}, {"git", s.git},
            {"uncommitted", s.uncommitted},   {"attention", s.attention}};
}

Json history_json(const std::vector<HistoryEntry>& entries) {
    Json out = Json::array();
    for (const HistoryEntry& e : entries) {
        Json changes = Json::array();
        for (const FileChange& f : e.files) {
            for (const records::FieldChange& c : f.fields) {
                changes.push_back({{"file", f.rel.string()},
                                   {"field", c.path},
                                   {"old", optional_json(c.before)},
                                   {"new", optional_json(c.after)}});
            }
        }
        out.push_back({{"commit", e.commit},
                       {"author", e.author},
                       {"date", e.date},
                       {"subject", e.subject},
                       {"changes", std::move(changes)}});
    }
    return out;
}

Json pilot_list_json(const std::vector<PilotRow>& rows) {
    Json out = Json::array();
    for (const PilotRow& r : rows) {
        Json j = name_fields({{"id", r.pilot.id}}, r.pilot);
        j["gender"] = r.pilot.gender;
        j["languages"] = languages_json(r.pilot.languages);
        j["status"] = r.pilot.status;
        j["hours_month"] = records::hours_json(r.hours_month);
        j["hours_year"] = records::hours_json(r.hours_year);
        out.push_back(std::move(j));
    }
    return out;
}

Json assignments_json(const std::vector<records::Assignment>& assignments) {
    Json out = Json::array();
    for (const records::Assignment& a : assignments) {
        out.push_back(records::assignment_row_json(a));
    }
    return out;
}

}  // namespace integra::ops
