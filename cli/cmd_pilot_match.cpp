// `integra pilot match --lang CODE [--date D] [--time HH:MM] [--hours H] [--kind K]`.

#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "iso/codes.hpp"
#include "ops/json.hpp"
#include "ops/pilot.hpp"

namespace integra::cli {

namespace {

void print_match(const pilots::MatchRequest& q, const pilots::MatchResult& r) {
    std::string when =
        q.date ? fmt::format(" on {}{}", format_date(*q.date),
                             q.time ? fmt::format(" at {} for {} h", format_time(*q.time),
                                                  records::format_hours(q.hours))
                                    : " (all day)")
               : "";
    if (r.ranked.empty()) {
        fmt::print("No active guide speaks {}{}.\n", q.language,
                   q.date ? fmt::format(" and is free{}", when) : "");
    } else {
        fmt::print("Guides for {}{}, best first:\n", q.language, when);
        int n = 0;
        for (const auto& c : r.ranked) {
            fmt::print("  {}. {}  {} {}: {}\n", ++n, c.pilot.id, c.pilot.name.given,
                       c.pilot.name.family, c.reason);
        }
    }
    if (!r.unavailable.empty()) {
        fmt::print("Not available:\n");
        for (const auto& u : r.unavailable) {
            fmt::print("  {}  {} {}: {}\n", u.pilot.id, u.pilot.name.given, u.pilot.name.family,
                       u.why);
        }
    }
    if (!r.nearby.empty()) {
        fmt::print("Nearby languages to ask about:\n");
        for (const auto& [code, who] : r.nearby) {
            fmt::print("  {}: {}\n", code, fmt::join(who, ", "));
        }
    }
}

/// The ranked guides as rows; who is unavailable and nearby languages are in the other formats.
void print_csv(const pilots::MatchResult& r) {
    fmt::print("{}", csv_line({"rank", "id", "given", "family", "level", "hours_month", "reason"}));
    int n = 0;
    for (const auto& c : r.ranked) {
        fmt::print("{}", csv_line({std::to_string(++n), c.pilot.id, c.pilot.name.given,
                                   c.pilot.name.family, std::string(records::word(c.level)),
                                   csv_number(records::format_hours(c.hours_month)), c.reason}));
    }
}

}  // namespace

void setup_pilot_match(CLI::App& pilot, Globals& g) {
    struct Options {
        std::string lang, date, time, hours, kind;
    };
    auto o = std::make_shared<Options>();
    auto* sub = pilot.add_subcommand(
        "match", "Who can take an assignment: active guides free then, best first, with why");
    sub->add_option("--lang", o->lang, "The language needed (ISO 639 code)")->required();
    sub->add_option("--date", o->date, "The day; without it, availability is not checked");
    sub->add_option("--time", o->time, "The start, HH:MM (without it, the whole day)");
    sub->add_option("--hours", o->hours, "How long (default 1)");
    sub->add_option("--kind", o->kind, "The kind of assignment, to show who has done it before")
        ->check(one_of_words<records::AssignmentKind>());
    sub->callback([o, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        if (!iso::find_language(o->lang)) {
            throw Failure(Exit::usage,
                          fmt::format("--lang {} is not an ISO 639 language code", o->lang));
        }
        pilots::MatchRequest q;
        q.language = o->lang;
        q.date = date_option("--date", o->date);
        q.time = time_option("--time", o->time);
        q.hours = hours_option("--hours", o->hours).value_or(records::Hours{100});
        q.kind = records::parse_word<records::AssignmentKind>(o->kind);
        auto& store = open_store(g);
        auto result = ops::match_pilots(store, q, today(g));
        if (f == "json") {
            print_json(ops::match_json(q, result));
        } else if (f == "csv") {
            print_csv(result);
        } else {
            print_match(q, result);
        }
        if (result.ranked.empty()) {
            throw Failure(Exit::invalid, "");
        }
    });
}

}  // namespace integra::cli
