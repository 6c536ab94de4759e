#pragma once
// The kinds of record (SPEC §3): where their files live, what their IDs look like, and their
// schema. The settings file integra.yaml has a schema here too.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/spec.hpp"

namespace integra::records {

struct Kind {
    std::string_view name;    ///< `pilot`
    std::string_view plural;  ///< `pilots`, also the directory
    std::string_view prefix;  ///< `P-`
    bool yearly = false;      ///< IDs carry the year: `E-2025-0123`
    int digits = 4;           ///< width of the sequence number
    const schema::Spec* spec = nullptr;
};

/// Every kind, in the order reports and `status` list them.
const std::vector<Kind>& all_kinds();

/// The kind named `name` (`pilot` or `pilots`), or nullptr.
const Kind* find_kind(std::string_view name);

/// The kind whose ID format `id` has (`PR-2025-014` → project), or nullptr.
const Kind* kind_of_id(std::string_view id);

/// True when `id` is exactly the kind's format (prefix, year if yearly, the digits).
bool has_id_format(const Kind& kind, std::string_view id);

/// The ID with sequence number `n` (in `year` for yearly kinds): `E-2025-0007`.
std::string make_id(const Kind& kind, int year, int n);

/// The sequence number of a well-formed ID, and its year (0 when not yearly).
std::optional<std::pair<int, int>> id_year_and_number(const Kind& kind, std::string_view id);

/// True when `id` may become a file name: `^[A-Za-z0-9-]+$`, 1 to 64 characters.
bool is_safe_id(std::string_view id);

/// The schema of integra.yaml.
const schema::Spec& settings_spec();

}  // namespace integra::records
