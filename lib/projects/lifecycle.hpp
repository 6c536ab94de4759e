#pragma once
// A project's lifecycle and its deadlines.
//
//   submitted ──ag decide──▶ approved ──project start──▶ running ──project complete──▶ completed
//       │            └─────▶ rejected                                                   │
//       └──project withdraw──▶ withdrawn ◀── (also from approved)        project evaluate ▼
//                                                                                   evaluated
//
// Payments (`project pay`) are made while a project is approved, running or completed. The
// deadlines come from integra.yaml's `deadlines:` (defaults from the federal programme's
// practice): paid money is spent within `spend_within_days` (42) of its payment, the proof of
// use (Verwendungsnachweis) is due `proof_of_use_days` (42) after the project period ends, the
// evaluation `evaluation_days` (90) after it. A date written in the project (`proof_of_use.due`,
// `evaluation.due`) overrides the computed one.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "records/settings_file.hpp"
#include "records/types.hpp"

namespace integra::projects {

/// What a command does to a project.
enum class Action { decide, start, pay, complete, evaluate, withdraw };

/// The command that performs `action`: `ag decide`, `project start`, ...
std::string_view command_of(Action action);

/// The statuses in which `action` is allowed.
std::vector<records::ProjectStatus> allowed_in(Action action);

/// Whether `action` is allowed on a project in `status`.
bool allows(records::ProjectStatus status, Action action);

/// The actions possible in `status`, in lifecycle order.
std::vector<Action> actions_in(records::ProjectStatus status);

/// The refusal of `action` on `project`, naming what its status allows:
/// "PR-2025-014 is running: `project start` needs an approved project; possible now:
/// `project pay`, `project complete`."; nullopt when the action is allowed.
std::optional<std::string> refusal(const records::Project& project, Action action);

/// integra.yaml's deadlines with the defaults filled in.
struct Deadlines {
    records::Count spend_within_days = 42;
    records::Count proof_of_use_days = 42;
    records::Count evaluation_days = 90;
};
Deadlines deadlines_of(const records::SettingsFile& settings);

/// When the proof of use is due: `proof_of_use.due`, else the end of the period plus
/// proof_of_use_days; nullopt for a project without either.
std::optional<Date> proof_due(const records::Project& project, const Deadlines& d);

/// When the evaluation is due: `evaluation.due`, else the end of the period plus
/// evaluation_days; nullopt for a project without either.
std::optional<Date> evaluation_due(const records::Project& project, const Deadlines& d);

/// Approved minus paid (0 for a project without approval).
Money unpaid(const records::Project& project);

}  // namespace integra::projects
