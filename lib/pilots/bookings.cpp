#include "pilots/bookings.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace integra::pilots {

namespace {
constexpr int k_day_minutes = 24 * 60;

std::string clock(int minutes) {
    return fmt::format("{:02}:{:02}", minutes / 60 % 24, minutes % 60);
}
}  // namespace

const records::LanguageSkill* skill_in(const records::Pilot& pilot, std::string_view code) {
    for (const records::LanguageSkill& s : pilot.languages) {
        if (s.code == code) {
            return &s;
        }
    }
    return nullptr;
}

std::string languages_of(const records::Pilot& pilot) {
    std::string out;
    for (const records::LanguageSkill& s : pilot.languages) {
        out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", s.code, s.level);
    }
    return out;
}

Span span_of(const records::Assignment& a) {
    if (!a.time) {
        return {0, k_day_minutes};
    }
    int start = static_cast<int>(a.time->hour * 60 + a.time->minute);
    // Hours are hundredths; a booking lasts at least a minute so that it can collide.
    int length = static_cast<int>((a.hours.hundredths * 60 + 99) / 100);
    return {start, start + std::max(length, 1)};
}

bool overlaps(const records::Assignment& a, const records::Assignment& b) {
    if (a.status == records::AssignmentStatus::cancelled ||
        b.status == records::AssignmentStatus::cancelled || a.date != b.date) {
        return false;
    }
    Span x = span_of(a), y = span_of(b);
    return x.start < y.end && y.start < x.end;
}

const records::Assignment* first_overlap(const records::Assignment& a,
                                         const std::vector<records::Assignment>& others) {
    for (const records::Assignment& b : others) {
        if (b.id != a.id && b.pilot == a.pilot && overlaps(a, b)) {
            return &b;
        }
    }
    return nullptr;
}

std::string describe_span(const records::Assignment& a) {
    if (!a.time) {
        return "all day";
    }
    Span s = span_of(a);
    return fmt::format("{}–{}", clock(s.start), clock(s.end));
}

}  // namespace integra::pilots
