#pragma once
// `pilot match`: who can take an assignment, best first.
//
// Candidates are active guides who speak the language and, when a date is given, have no
// overlapping booking then. They are ranked by how well they speak it — fluent (native, C2,
// C1), then working (B2, B1), then basic (A2, A1) — and within that by the fewest hours this
// month, so that work is shared fairly; then by level, then by ID.

#include <optional>
#include <string>
#include <vector>

#include "records/types.hpp"

namespace integra::pilots {

struct MatchRequest {
    std::string language;
    std::optional<Date> date;
    std::optional<TimeOfDay> time;
    records::Hours hours{100};
    /// When given, each reason says how often the guide did this kind.
    std::optional<records::AssignmentKind> kind;
};

struct Candidate {
    records::Pilot pilot;
    records::Level level = records::Level::native;
    records::Hours hours_month;
    std::string reason;  ///< `fluent (native); 2.5 h in 2026-11; 4 parent_talk before`
};

struct Unavailable {
    records::Pilot pilot;
    std::string why;  ///< `paused`, `booked 09:30–11:30 (E-2026-0123)`
};

struct MatchResult {
    Month month;                           ///< the month whose hours count
    std::vector<Candidate> ranked;         ///< best first
    std::vector<Unavailable> unavailable;  ///< speak the language but cannot take it
    /// Languages close enough to be worth asking about, with the active guides speaking them;
    /// only filled when nobody is available.
    std::vector<std::pair<std::string, std::vector<std::string>>> nearby;
};

MatchResult match(const std::vector<records::Pilot>& pilots,
                  const std::vector<records::Assignment>& assignments, const MatchRequest& request,
                  const Date& today);

/// Languages whose speakers usually understand `code` well enough to help (Dari and Farsi,
/// the languages of Serbo-Croatian, Kurdish varieties, ...), without `code` itself.
std::vector<std::string> nearby_languages(std::string_view code);

}  // namespace integra::pilots
