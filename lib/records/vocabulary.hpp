#pragma once
// The closed vocabularies of the file format (SPEC §3): each word list is written here once,
// and both `describe` (records/types.hpp) and the derived Spec use it.

#include <array>
#include <string_view>

namespace integra::records {

inline constexpr std::array<std::string_view, 4> k_genders = {"f", "m", "d", "x"};
inline constexpr std::array<std::string_view, 7> k_levels = {"native", "C2", "C1", "B2",
                                                             "B1",     "A2", "A1"};
inline constexpr std::array<std::string_view, 3> k_pilot_statuses = {"active", "paused", "retired"};
inline constexpr std::array<std::string_view, 6> k_assignment_kinds = {
    "accompaniment", "translation", "parent_talk", "info_event", "mediation", "project"};
inline constexpr std::array<std::string_view, 6> k_requesters = {
    "school", "authority", "migrant", "organisation", "refugee_unit", "ag"};
inline constexpr std::array<std::string_view, 4> k_assignment_statuses = {"planned", "done",
                                                                          "cancelled", "billed"};
inline constexpr std::array<std::string_view, 7> k_german_levels = {"A0", "A1", "A2", "B1",
                                                                    "B2", "C1", "C2"};
inline constexpr std::array<std::string_view, 6> k_residences = {
    "gestattung",    "duldung", "aufenthaltserlaubnis", "niederlassungserlaubnis",
    "eingebuergert", "other"};
inline constexpr std::array<std::string_view, 4> k_refugee_statuses = {"active", "independent",
                                                                       "moved_away", "closed"};
inline constexpr std::array<std::string_view, 2> k_housing_kinds = {"shared", "flat"};
inline constexpr std::array<std::string_view, 3> k_funding_sources = {"city", "demokratie_leben",
                                                                      "other"};
inline constexpr std::array<std::string_view, 6> k_target_groups = {"women",    "men",   "all",
                                                                    "children", "youth", "seniors"};
inline constexpr std::array<std::string_view, 7> k_project_statuses = {
    "submitted", "approved", "rejected", "running", "completed", "evaluated", "withdrawn"};
inline constexpr std::array<std::string_view, 4> k_member_roles = {"chair", "deputy", "member",
                                                                   "advisory"};
inline constexpr std::array<std::string_view, 3> k_decision_results = {"approved", "rejected",
                                                                       "deferred"};
inline constexpr std::array<std::string_view, 4> k_staff_units = {"refugees", "pilots", "projects",
                                                                  "lead"};
inline constexpr std::array<std::string_view, 1> k_quorums = {"more_than_half_of_voting_members"};
inline constexpr std::array<std::string_view, 1> k_majorities = {"more_yes_than_no"};
inline constexpr std::array<std::string_view, 2> k_report_langs = {"de", "en"};

}  // namespace integra::records
