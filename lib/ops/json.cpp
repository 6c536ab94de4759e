#include "ops/json.hpp"

#include "iso/codes.hpp"
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

Json fee_line_json(const pilots::FeeLine& l) {
    const records::Assignment& a = l.assignment;
    return {{"id", a.id},
            {"date", format_date(a.date)},
            {"kind", a.kind},
            {"hours", records::hours_json(a.hours)},
            {"for_hours", money_json(l.for_hours)},
            {"flat", money_json(l.flat)},
            {"travel", money_json(l.travel)},
            {"total", money_json(l.total)},
            {"status", a.status}};
}

Json statement_json(const pilots::Statement& s, const records::Pilot& p) {
    Json j = name_fields({{"pilot", s.pilot}}, p);
    Json lines = Json::array();
    for (const pilots::FeeLine& l : s.lines) {
        lines.push_back(fee_line_json(l));
    }
    j["assignments"] = std::move(lines);
    j["hours"] = records::hours_json(s.hours);
    j["for_hours"] = money_json(s.for_hours);
    j["flat"] = money_json(s.flat);
    j["travel"] = money_json(s.travel);
    j["total"] = money_json(s.total);
    return j;
}

Json rates_json(const pilots::FeeRates& rates) {
    Json flat = Json::object();
    for (const auto& [kind, amount] : rates.flat) {
        flat[std::string(records::word(kind))] = money_json(amount);
    }
    return {{"hourly", money_json(rates.hourly)},
            {"flat", std::move(flat)},
            {"travel", money_json(rates.travel)}};
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

Json pilot_report_json(const PilotReport& r, int year) {
    return {{"pilot", records::record_json(r.pilot)},
            {"year", year},
            {"assignments", assignments_json(r.this_year)},
            {"hours_year", records::hours_json(r.hours_year)}};
}

Json assignments_json(const std::vector<records::Assignment>& assignments) {
    Json out = Json::array();
    for (const records::Assignment& a : assignments) {
        out.push_back(records::assignment_row_json(a));
    }
    return out;
}

Json match_json(const pilots::MatchRequest& q, const pilots::MatchResult& r) {
    Json ranked = Json::array();
    for (const pilots::Candidate& c : r.ranked) {
        Json j = name_fields({{"rank", ranked.size() + 1}, {"id", c.pilot.id}}, c.pilot);
        j["level"] = c.level;
        j["hours_month"] = records::hours_json(c.hours_month);
        j["reason"] = c.reason;
        ranked.push_back(std::move(j));
    }
    Json unavailable = Json::array();
    for (const pilots::Unavailable& u : r.unavailable) {
        Json j = name_fields({{"id", u.pilot.id}}, u.pilot);
        j["why"] = u.why;
        unavailable.push_back(std::move(j));
    }
    Json nearby = Json::array();
    for (const auto& [code, who] : r.nearby) {
        nearby.push_back({{"language", code}, {"pilots", who}});
    }
    return {{"language", q.language},
            {"date", q.date ? Json(format_date(*q.date)) : Json(nullptr)},
            {"time", q.time ? Json(format_time(*q.time)) : Json(nullptr)},
            {"hours", records::hours_json(q.hours)},
            {"kind", q.kind ? Json(*q.kind) : Json(nullptr)},
            {"month", format_month(r.month)},
            {"ranked", std::move(ranked)},
            {"unavailable", std::move(unavailable)},
            {"nearby", std::move(nearby)}};
}

Json fees_json(const FeesReport& r) {
    Json statements = Json::array();
    Money total;
    for (std::size_t i = 0; i < r.statements.size(); ++i) {
        statements.push_back(statement_json(r.statements[i], r.pilots[i]));
        total.cents += r.statements[i].total.cents;
    }
    return {{"month", format_month(r.month)},
            {"rates", rates_json(r.rates)},
            {"statements", std::move(statements)},
            {"total", money_json(total)}};
}

Json coverage_json(const pilots::Coverage& c) {
    Json languages = Json::array();
    for (const pilots::LanguageNeed& n : c.languages) {
        languages.push_back({{"code", n.code},
                             {"language", iso::language_name(n.code)},
                             {"people", n.people},
                             {"requests", n.requests},
                             {"guides", n.guides},
                             {"gap", n.gap()}});
    }
    return {{"year", c.year}, {"languages", std::move(languages)}, {"unreached", c.unreached}};
}

}  // namespace integra::ops
