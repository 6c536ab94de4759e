#include "check/pilot_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "check/positions.hpp"
#include "pilots/bookings.hpp"
#include "pilots/fees.hpp"
#include "store/store.hpp"
#include "yaml/reader.hpp"

namespace integra::check {

const yaml::Node& Tree::node() const {
    if (!m_node) {
        auto root = yaml::read(m_bytes, yaml::Limits{store::k_max_record_bytes, 16});
        m_node = root ? std::move(*root) : yaml::Node::map();
    }
    return *m_node;
}

namespace {

void error(std::vector<Diagnostic>& out, const std::filesystem::path& file, yaml::Pos pos,
           std::string message, std::string_view check) {
    out.push_back(Diagnostic{file, pos, Severity::error, std::move(message), check});
}

using PilotIndex = std::map<std::string, const Checked<records::Pilot>*, std::less<>>;

void check_assignment(const Checked<records::Assignment>& c, const PilotIndex& pilots,
                      std::vector<Diagnostic>& out) {
    const records::Assignment& a = c.record;
    if (a.status == records::AssignmentStatus::billed && !a.billed) {
        error(out, c.file, pos_of(c.root, "status"),
              fmt::format("{} is billed but has no `billed` month; add the month it was paid in",
                          a.id),
              "billing");
    }
    if (a.billed && a.status != records::AssignmentStatus::billed) {
        error(out, c.file, pos_of(c.root, "billed"),
              fmt::format("{} has a `billed` month but its status is {}; a billed assignment "
                          "has status billed",
                          a.id, a.status),
              "billing");
    }
    auto it = pilots.find(a.pilot);
    if (it == pilots.end() || a.status == records::AssignmentStatus::cancelled) {
        return;  // a missing guide is a reference error already
    }
    const records::Pilot& p = it->second->record;
    if (!pilots::skill_in(p, a.language)) {
        // A planned booking must be fixed; one that took place may predate a change to the
        // guide's languages, so it is only pointed out.
        bool planned = a.status == records::AssignmentStatus::planned;
        out.push_back(Diagnostic{
            c.file, pos_of(c.root, "language"), planned ? Severity::error : Severity::warning,
            fmt::format(
                "{} does not speak {}; their languages: {}{}", p.id, a.language,
                pilots::languages_of(p),
                planned ? "" : " (the assignment has taken place; was a language removed?)"),
            "assignment-language"});
    }
    if (p.retired && a.date > *p.retired) {
        error(out, c.file, pos_of(c.root, "date"),
              fmt::format("{} retired on {}, before this assignment on {}", p.id,
                          format_date(*p.retired), format_date(a.date)),
              "retired-guide");
    }
}

void check_double_bookings(const GuideRecords& r, std::vector<Diagnostic>& out) {
    std::map<std::tuple<std::string, Date>, std::vector<const Checked<records::Assignment>*>>
        by_day;
    for (const auto& c : r.assignments) {
        by_day[{c.record.pilot, c.record.date}].push_back(&c);
    }
    for (const auto& [key, list] : by_day) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                const auto& a = list[i]->record;
                const auto& b = list[j]->record;
                if (pilots::overlaps(a, b)) {
                    error(out, list[i]->file, pos_of(list[i]->root, "time"),
                          fmt::format("{} is booked twice: {} ({}) overlaps {} ({})", a.pilot, a.id,
                                      pilots::describe_span(a), b.id, pilots::describe_span(b)),
                          "double-booking");
                }
            }
        }
    }
}

void check_allowance(const GuideRecords& r, std::vector<Diagnostic>& out) {
    auto rates = pilots::rates_of(*r.settings);
    pilots::FeesByGuideYear fees;
    for (const auto& c : r.assignments) {
        pilots::add_fee(fees, c.record, rates);
    }
    for (const auto& c : r.pilots) {
        const std::string_view id = c.record.id;
        for (auto it = fees.lower_bound({id, 0}); it != fees.end() && it->first.first == id; ++it) {
            if (auto use = pilots::allowance_use(id, it->first.second, it->second, rates)) {
                out.push_back(Diagnostic{c.file, pos_of(c.root, "id"), Severity::warning,
                                         pilots::describe(*use), "allowance"});
            }
        }
    }
}

void check_certificates(const GuideRecords& r, std::vector<Diagnostic>& out) {
    records::Count course = pilots::course_hours(r.settings ? &*r.settings : nullptr);
    for (const auto& c : r.pilots) {
        const auto& t = c.record.training;
        if (t && t->certified && t->hours.value_or(0) < course) {
            const yaml::Node* training = c.root.find("training");
            error(out, c.file, training ? pos_of(*training, "certified") : yaml::Pos{1, 1},
                  fmt::format("{} is certified with {} training hours; the course has {} (set "
                              "in integra.yaml)",
                              c.record.id, t->hours.value_or(0), course),
                  "certificate");
        }
    }
}

}  // namespace

void check_guides(const GuideRecords& r, std::vector<Diagnostic>& out) {
    PilotIndex pilots;
    for (const auto& c : r.pilots) {
        pilots.emplace(c.record.id, &c);
    }
    for (const auto& c : r.assignments) {
        check_assignment(c, pilots, out);
    }
    check_double_bookings(r, out);
    if (r.settings) {
        check_allowance(r, out);
    }
    check_certificates(r, out);
}

}  // namespace integra::check
