#pragma once
// Validation of a record's tree against its Spec, and normalisation to the canonical form.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/spec.hpp"
#include "util/values.hpp"
#include "yaml/node.hpp"

namespace integra::schema {

enum class Severity { error, warning };

/// One finding, at a position in the record's file; `check` is the stable check name.
struct Problem {
    yaml::Pos pos;
    Severity severity = Severity::error;
    std::string message;
    std::string_view check;
};

/// A reference to another record, to be resolved once all records are known.
struct Reference {
    std::string_view kind;
    std::string id;
    yaml::Pos pos;
    std::string field;  ///< `intake.interpreter`
};

/// What validation needs from outside the record.
struct Context {
    std::optional<Date> today;                        ///< for dates that cannot lie ahead
    const std::vector<std::string>* staff = nullptr;  ///< handles; nullptr: not checked
    const std::vector<std::string>* steps = nullptr;  ///< onboarding step keys
};

struct Findings {
    std::vector<Problem> problems;
    std::vector<Reference> references;
    std::string id;  ///< the value of the `self_id` field, if any
    yaml::Pos id_pos;

    bool has_errors() const;
};

/// Checks `doc` against `spec` and appends every problem and reference to `out`.
void validate(const yaml::Node& doc, const Spec& spec, const Context& ctx, Findings& out);

/// The canonical form of `doc`: known keys in the spec's order, unknown keys and empty optional
/// values dropped, typed values in their canonical spelling (`1500` → `1500.00`) and style.
/// Values that do not fit their type are kept as they are, so nothing valid is lost.
yaml::Node normalise(const yaml::Node& doc, const Spec& spec);

/// The spec at a dotted path (`name.given`, `languages.0.level`), or nullptr.
const Spec* spec_at(const Spec& root, std::string_view path);

}  // namespace integra::schema
