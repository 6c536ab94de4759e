#pragma once
// Operations on one record that several commands share: validating it on its own and the
// rewrite rule of SPEC §2.2.

#include <string>
#include <vector>

#include "records/settings.hpp"
#include "records/types.hpp"
#include "schema/validate.hpp"
#include "store/store.hpp"

namespace integra::ops {

/// integra.yaml's settings; empty settings when it cannot be read (check reports why).
records::Settings load_settings(const store::Store& store);

/// integra.yaml's settings; Failure(invalid) when it cannot be read, since records cannot be
/// validated without it (staff handles, onboarding steps).
records::Settings require_settings(const store::Store& store);

/// integra.yaml as a typed struct; Failure(invalid) when it cannot be read or decoded.
records::SettingsFile settings_file(const store::Store& store);

/// The problems of one record on its own: schema, `id` against `id`, and references to records
/// that do not exist (tested by file, without reading the whole directory). Throws as
/// require_settings does.
std::vector<schema::Problem> validate_record(const store::Store& store, const records::Kind& kind,
                                             const std::string& id, const yaml::Node& root,
                                             const Date& today);

/// The canonical bytes of `root` as record `id` of `kind`, after validating it on its own
/// (validate_record). Throws Failure(invalid) "SUBJECT would be invalid, so nothing was
/// changed" with the errors otherwise; the subject is the ID unless given (`the new guide`).
std::string checked_bytes(const store::Store& store, const records::Kind& kind,
                          const std::string& id, const yaml::Node& root, const Date& today,
                          std::string_view subject = {});

/// Only the errors among `problems`, as `line:col: message` lines, lines counted from
/// `line_offset` + 1 (for a file shown with other lines above it).
std::string describe_errors(const std::vector<schema::Problem>& problems, int line_offset = 0);

/// True when any of `problems` is an error.
bool has_errors(const std::vector<schema::Problem>& problems);

/// What every command that changes a record checks first; throws Failure(invalid) naming the
/// reason and what to do:
/// - the rewrite rule: `doc`'s bytes must be exactly its canonical form (else `integra fmt`);
/// - a billed assignment has been paid and can no longer change.
void require_changeable(const store::Document& doc);

}  // namespace integra::ops
