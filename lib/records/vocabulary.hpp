#pragma once
// The closed vocabularies of the file format (SPEC §3) as enums. Each enum's spelling in the
// files is written once, in its `words` table (found by argument-dependent lookup): decoding,
// encoding, the Spec's choices and the messages that list them all read that table, in its
// order.

#include <fmt/format.h>

#include <array>
#include <concepts>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace integra::records {

/// One enumerator and how the files spell it.
template <class E>
struct Word {
    E value;
    std::string_view text;
};

/// Genders of guides and refugees; x is "not stated".
enum class Gender { f, m, d, x };
constexpr std::array<Word<Gender>, 4> words(Gender) {
    using enum Gender;
    return {{{f, "f"}, {m, "m"}, {d, "d"}, {x, "x"}}};
}

/// How well someone speaks a language.
enum class Level { native, C2, C1, B2, B1, A2, A1 };
constexpr std::array<Word<Level>, 7> words(Level) {
    using enum Level;
    return {{{native, "native"},
             {C2, "C2"},
             {C1, "C1"},
             {B2, "B2"},
             {B1, "B1"},
             {A2, "A2"},
             {A1, "A1"}}};
}

/// A guide's status.
enum class PilotStatus { active, paused, retired };
constexpr std::array<Word<PilotStatus>, 3> words(PilotStatus) {
    using enum PilotStatus;
    return {{{active, "active"}, {paused, "paused"}, {retired, "retired"}}};
}

/// What a guide does on an assignment.
enum class AssignmentKind {
    accompaniment,
    translation,
    parent_talk,
    info_event,
    mediation,
    project
};
constexpr std::array<Word<AssignmentKind>, 6> words(AssignmentKind) {
    using enum AssignmentKind;
    return {{{accompaniment, "accompaniment"},
             {translation, "translation"},
             {parent_talk, "parent_talk"},
             {info_event, "info_event"},
             {mediation, "mediation"},
             {project, "project"}}};
}

/// Who asked for an assignment.
enum class Requester { school, authority, migrant, organisation, refugee_unit, ag };
constexpr std::array<Word<Requester>, 6> words(Requester) {
    using enum Requester;
    return {{{school, "school"},
             {authority, "authority"},
             {migrant, "migrant"},
             {organisation, "organisation"},
             {refugee_unit, "refugee_unit"},
             {ag, "ag"}}};
}

/// Where an assignment stands.
enum class AssignmentStatus { planned, done, cancelled, billed };
constexpr std::array<Word<AssignmentStatus>, 4> words(AssignmentStatus) {
    using enum AssignmentStatus;
    return {{{planned, "planned"}, {done, "done"}, {cancelled, "cancelled"}, {billed, "billed"}}};
}

/// A refugee's German (A0: none).
enum class GermanLevel { A0, A1, A2, B1, B2, C1, C2 };
constexpr std::array<Word<GermanLevel>, 7> words(GermanLevel) {
    using enum GermanLevel;
    return {{{A0, "A0"}, {A1, "A1"}, {A2, "A2"}, {B1, "B1"}, {B2, "B2"}, {C1, "C1"}, {C2, "C2"}}};
}

/// A refugee's residence status.
enum class Residence {
    gestattung,
    duldung,
    aufenthaltserlaubnis,
    niederlassungserlaubnis,
    eingebuergert,
    other
};
constexpr std::array<Word<Residence>, 6> words(Residence) {
    using enum Residence;
    return {{{gestattung, "gestattung"},
             {duldung, "duldung"},
             {aufenthaltserlaubnis, "aufenthaltserlaubnis"},
             {niederlassungserlaubnis, "niederlassungserlaubnis"},
             {eingebuergert, "eingebuergert"},
             {other, "other"}}};
}

/// Where a refugee's casework stands.
enum class RefugeeStatus { active, independent, moved_away, closed };
constexpr std::array<Word<RefugeeStatus>, 4> words(RefugeeStatus) {
    using enum RefugeeStatus;
    return {{{active, "active"},
             {independent, "independent"},
             {moved_away, "moved_away"},
             {closed, "closed"}}};
}

/// An accommodation unit's kind.
enum class HousingKind { shared, flat };
constexpr std::array<Word<HousingKind>, 2> words(HousingKind) {
    using enum HousingKind;
    return {{{shared, "shared"}, {flat, "flat"}}};
}

/// Where a project's money comes from.
enum class Funding { city, demokratie_leben, other };
constexpr std::array<Word<Funding>, 3> words(Funding) {
    using enum Funding;
    return {{{city, "city"}, {demokratie_leben, "demokratie_leben"}, {other, "other"}}};
}

/// Whom a project is for.
enum class TargetGroup { women, men, all, children, youth, seniors };
constexpr std::array<Word<TargetGroup>, 6> words(TargetGroup) {
    using enum TargetGroup;
    return {{{women, "women"},
             {men, "men"},
             {all, "all"},
             {children, "children"},
             {youth, "youth"},
             {seniors, "seniors"}}};
}

/// Where a project stands.
enum class ProjectStatus {
    submitted,
    approved,
    rejected,
    running,
    completed,
    evaluated,
    withdrawn
};
constexpr std::array<Word<ProjectStatus>, 7> words(ProjectStatus) {
    using enum ProjectStatus;
    return {{{submitted, "submitted"},
             {approved, "approved"},
             {rejected, "rejected"},
             {running, "running"},
             {completed, "completed"},
             {evaluated, "evaluated"},
             {withdrawn, "withdrawn"}}};
}

/// An AG member's role.
enum class Role { chair, deputy, member, advisory };
constexpr std::array<Word<Role>, 4> words(Role) {
    using enum Role;
    return {{{chair, "chair"}, {deputy, "deputy"}, {member, "member"}, {advisory, "advisory"}}};
}

/// What an AG decided.
enum class DecisionResult { approved, rejected, deferred };
constexpr std::array<Word<DecisionResult>, 3> words(DecisionResult) {
    using enum DecisionResult;
    return {{{approved, "approved"}, {rejected, "rejected"}, {deferred, "deferred"}}};
}

/// The unit a staff member works in.
enum class StaffUnit { refugees, pilots, projects, lead };
constexpr std::array<Word<StaffUnit>, 4> words(StaffUnit) {
    using enum StaffUnit;
    return {{{refugees, "refugees"}, {pilots, "pilots"}, {projects, "projects"}, {lead, "lead"}}};
}

/// The rules of procedure's quorum.
enum class Quorum { more_than_half_of_voting_members };
constexpr std::array<Word<Quorum>, 1> words(Quorum) {
    using enum Quorum;
    return {{{more_than_half_of_voting_members, "more_than_half_of_voting_members"}}};
}

/// The rules of procedure's majority.
enum class Majority { more_yes_than_no };
constexpr std::array<Word<Majority>, 1> words(Majority) {
    using enum Majority;
    return {{{more_yes_than_no, "more_yes_than_no"}}};
}

/// The language of reports.
enum class ReportLang { de, en };
constexpr std::array<Word<ReportLang>, 2> words(ReportLang) {
    using enum ReportLang;
    return {{{de, "de"}, {en, "en"}}};
}

/// An enum with a `words` table.
template <class E>
concept Vocabulary = std::is_enum_v<E> && requires(E e) {
    { words(e).size() } -> std::convertible_to<std::size_t>;
};

/// How the files spell `value`.
template <Vocabulary E>
constexpr std::string_view word(E value) {
    for (const Word<E>& w : words(E{})) {
        if (w.value == value) {
            return w.text;
        }
    }
    return {};
}

/// The enumerator spelt `text`, or nullopt when `text` is none of E's words.
template <Vocabulary E>
constexpr std::optional<E> parse_word(std::string_view text) {
    for (const Word<E>& w : words(E{})) {
        if (w.text == text) {
            return w.value;
        }
    }
    return std::nullopt;
}

/// The place of `value` in E's table, from 0: the order the format lists the words in (for
/// language levels, best first).
template <Vocabulary E>
constexpr std::size_t rank(E value) {
    std::size_t i = 0;
    for (const Word<E>& w : words(E{})) {
        if (w.value == value) {
            return i;
        }
        ++i;
    }
    return i;
}

/// Every word of E, in the table's order (for a Spec's choices and for messages).
template <Vocabulary E>
std::vector<std::string_view> all_words() {
    std::vector<std::string_view> out;
    for (const Word<E>& w : words(E{})) {
        out.push_back(w.text);
    }
    return out;
}

/// nlohmann::json would write an enum as its number (`"status": 1`), silently. Deleted, this
/// makes `json = a.status` fail to compile instead (found by argument-dependent lookup, it
/// leaves no overload of nlohmann's to choose); write `records::word(a.status)`.
template <class Json, Vocabulary E>
void to_json(Json&, E) = delete;

}  // namespace integra::records

/// An enum of the format prints as its word: fmt::format("{}", Gender::f) is "f".
template <integra::records::Vocabulary E>
struct fmt::formatter<E> : fmt::formatter<std::string_view> {
    auto format(E value, fmt::format_context& ctx) const {
        return fmt::formatter<std::string_view>::format(integra::records::word(value), ctx);
    }
};
