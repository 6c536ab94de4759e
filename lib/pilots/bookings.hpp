#pragma once
// The rules of booking a guide, shared by `pilot assign`, `pilot match` and `check`.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "records/types.hpp"

namespace integra::pilots {

/// The guide's level in `code`, or nullptr when the guide does not speak it.
const records::LanguageSkill* skill_in(const records::Pilot& pilot, std::string_view code);

/// The languages a guide speaks, as `tr (native), de (B2)`.
std::string languages_of(const records::Pilot& pilot);

/// When a booking starts and ends, in minutes from midnight of its date. A booking without a
/// time takes the whole day: a volunteer booked twice cannot be un-booked at the door.
struct Span {
    int start = 0;
    int end = 0;
};
Span span_of(const records::Assignment& a);

/// True when `a` and `b` are on the same date and their spans intersect (touching ends, 9–11
/// and 11–12, do not). Cancelled assignments never overlap anything.
bool overlaps(const records::Assignment& a, const records::Assignment& b);

/// The first assignment of the same guide among `others` that `a` overlaps (not `a` itself,
/// matched by ID), or nullptr.
const records::Assignment* first_overlap(const records::Assignment& a,
                                         const std::vector<records::Assignment>& others);

/// `09:30–11:00` for a timed booking, `all day` otherwise.
std::string describe_span(const records::Assignment& a);

}  // namespace integra::pilots
