// The checks of the person's rights: `retention` (storage limitation) and `erased-returned`
// (an erasure undone by a restored backup or a merge).

#include <fmt/format.h>

#include <map>

#include "check/casework_rules.hpp"
#include "check/positions.hpp"
#include "refugees/retention.hpp"

namespace integra::check {

namespace {

using Tombstones = std::map<std::string, const records::Erasure*, std::less<>>;

void check_retention(const CaseRecords& records, const Date& today, std::vector<Diagnostic>& out) {
    if (!records.settings || !records.settings->retention ||
        !records.settings->retention->refugee_closed_years) {
        return;
    }
    int years = static_cast<int>(*records.settings->retention->refugee_closed_years);
    for (const auto& c : records.refugees) {
        const records::Refugee& r = c.record;
        if (r.status == records::RefugeeStatus::active || !r.closed ||
            !refugees::past_retention(*r.closed, years, today)) {
            continue;
        }
        out.push_back(Diagnostic{
            c.file, pos_of(c.root, "closed"), Severity::warning,
            fmt::format("{} was closed on {}; its retention period of {} years (integra.yaml) "
                        "ended on {}. Erase it: `integra refugee erase {} --purge-history`",
                        r.id, format_date(*r.closed), years,
                        format_date(refugees::retention_end(*r.closed, years)), r.id),
            "retention"});
    }
}

void check_returned(const CaseRecords& records, const Tombstones& erased,
                    std::vector<Diagnostic>& out) {
    for (const auto& c : records.refugees) {
        auto it = erased.find(c.record.id);
        if (it != erased.end()) {
            out.push_back(Diagnostic{
                c.file, pos_of(c.root, "id"), Severity::error,
                fmt::format("{} was erased on {} (erased/{}.yaml) but is here again; a restored "
                            "backup? Run `integra refugee erase {}` again",
                            c.record.id, format_date(it->second->erased), c.record.id, c.record.id),
                "erased-returned"});
        }
    }
    if (!records.assignments) {
        return;
    }
    for (const auto& c : *records.assignments) {
        const auto& client = c.record.client;
        auto it = client ? erased.find(*client) : erased.end();
        if (it != erased.end()) {
            out.push_back(Diagnostic{
                c.file, pos_of(c.root, "client"), Severity::error,
                fmt::format("{} names {} as its client, who was erased on {}; a restored "
                            "backup? Run `integra refugee erase {}` again",
                            c.record.id, *client, format_date(it->second->erased), *client),
                "erased-returned"});
        }
    }
}

}  // namespace

void check_rights(const CaseRecords& records, const Date& today, std::vector<Diagnostic>& out) {
    Tombstones erased;
    for (const auto& c : records.erased) {
        erased.emplace(c.record.id, &c.record);
    }
    check_retention(records, today, out);
    check_returned(records, erased, out);
}

}  // namespace integra::check
