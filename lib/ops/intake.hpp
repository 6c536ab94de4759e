#pragma once
// The intake questionnaire (Ersterhebungsfragebogen) asked question by question, for
// `integra refugee intake` on a terminal. It reads answers from a stream and writes its
// questions to another, so a test can drive it without a terminal; the answers become the
// same YAML tree that `--from FILE` gives, and ops::plan_intake validates them once more.

#include <iosfwd>

#include "records/types.hpp"
#include "store/store.hpp"
#include "yaml/node.hpp"

namespace integra::ops {

/// Asks the questionnaire: without `existing`, a new person's household and personal data
/// first; then languages, German, arrival, residence, caseworker, the intake's date and
/// interpreter (a guide's ID or `external`), schooling, work history and needs (the record's
/// values are the defaults for an existing person). Each answer is checked when given and the
/// question asked again while it is invalid. Returns the answers as plan_intake takes them.
/// Throws Failure(invalid) "the intake was aborted …" when the input ends (Ctrl-D) or a
/// required answer is left empty; nothing has been written then.
yaml::Node ask_intake(const store::Store& store, std::istream& in, std::ostream& out,
                      const records::Refugee* existing, const Date& today);

}  // namespace integra::ops
