#pragma once
// Records and their values as JSON (util/json.hpp), for `show --format json` and the listings
// that print records.

#include "records/types.hpp"
#include "schema/spec.hpp"
#include "util/json.hpp"
#include "yaml/node.hpp"

namespace integra::records {

/// A closed vocabulary goes into JSON as its word (`"status": "planned"`), as in the files.
/// More specialised than nlohmann's own overload for enums (which writes the number) and than
/// the deleted one in vocabulary.hpp (which makes forgetting this header a compile error).
template <Vocabulary E>
void to_json(Json& j, E value) {
    j = std::string(word(value));
}

/// The record as JSON, typed by its spec: counts, years and hours as numbers, money as a
/// decimal string with two places ("1500.00"), booleans as true/false, everything else
/// (dates included) as strings. A value that does not fit its type, and an unknown key's
/// value, stays a string, so nothing the file holds is hidden.
Json record_json(const yaml::Node& root, const schema::Spec& spec);

/// A typed record as `record_json` gives it for its file: the same keys, order and types.
Json record_json(const Pilot& pilot);

/// Hours as a JSON number: `2`, `1.5`.
Json hours_json(Hours hours);

/// One assignment as a row of `pilot assignments --format json`: its file's fields except
/// reason and notes, time, client and billed null when absent, requested_by as `TYPE[:NAME]`.
Json assignment_row_json(const Assignment& a);

/// `school:GS Mitte`, or `migrant` without a name.
std::string requester(const Assignment& a);

}  // namespace integra::records
