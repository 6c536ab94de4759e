#pragma once
// Who is making a change, as a staff handle of integra.yaml (a note's `by`, a tombstone's
// `by`): SPEC §7 attributes changes through git, so the default is the git identity.

#include <string>
#include <string_view>
#include <vector>

#include "records/types.hpp"
#include "store/store.hpp"

namespace integra::ops {

/// `by` when given (it must be a staff handle); else the staff member whose handle or name is
/// git's `user.name`, or whose handle is the part of git's `user.email` before the `@`.
/// Throws Failure(invalid) naming the handles when there is none, or Failure(usage) when `by`
/// is not one of them.
/// The staff handles of integra.yaml, in its order.
std::vector<std::string> staff_handles(const records::SettingsFile& settings);

/// True when `handle` is one of staff_handles().
bool is_staff_handle(const records::SettingsFile& settings, std::string_view handle);

/// Returns when `handle`, given with the command-line option `option` (`--by`, `--caseworker`),
/// is a staff handle; else throws Failure(usage) naming the handles.
void require_staff_handle(const records::SettingsFile& settings, std::string_view handle,
                          std::string_view option);

std::string author_handle(const store::Store& store, const records::SettingsFile& settings,
                          const std::string& by);

}  // namespace integra::ops
