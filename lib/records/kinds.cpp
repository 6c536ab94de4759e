#include "records/kinds.hpp"

#include <fmt/format.h>

#include "records/derive.hpp"

namespace integra::records {

using schema::Spec;

namespace {

template <class T>
const Spec* spec_of() {
    static const Spec s = derive_spec<T>();
    return &s;
}

bool digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

const std::vector<Kind>& all_kinds() {
    static const std::vector<Kind> kinds = {
        {"pilot", "pilots", "P-", false, 4, spec_of<Pilot>()},
        {"assignment", "assignments", "E-", true, 4, spec_of<Assignment>()},
        {"household", "households", "H-", true, 4, spec_of<Household>()},
        {"refugee", "refugees", "R-", true, 4, spec_of<Refugee>()},
        {"housing", "housing", "U-", false, 2, spec_of<HousingUnit>()},
        {"project", "projects", "PR-", true, 3, spec_of<Project>()},
        {"ag", "ags", "ag", false, 1, spec_of<Ag>()},
        {"meeting", "meetings", "M-", true, 4, spec_of<Meeting>()},
        // Tombstones share the refugees' IDs; kind_of_id() gives refugee for them (the first
        // kind listed wins), so `integra show R-…` never opens a tombstone by accident.
        {"erasure", "erased", "R-", true, 4, spec_of<Erasure>()},
    };
    return kinds;
}

const Kind* find_kind(std::string_view name) {
    for (const Kind& k : all_kinds()) {
        if (k.name == name || k.plural == name) {
            return &k;
        }
    }
    return nullptr;
}

const Kind* kind_of_id(std::string_view id) {
    const Kind* best = nullptr;
    for (const Kind& k : all_kinds()) {
        if (id.starts_with(k.prefix) && (!best || k.prefix.size() > best->prefix.size())) {
            best = &k;
        }
    }
    return best;
}

std::optional<std::pair<int, int>> id_year_and_number(const Kind& kind, std::string_view id) {
    if (!id.starts_with(kind.prefix)) {
        return std::nullopt;
    }
    id.remove_prefix(kind.prefix.size());
    int year = 0;
    if (kind.yearly) {
        if (id.size() < 5 || !digits(id.substr(0, 4)) || id[4] != '-') {
            return std::nullopt;
        }
        year = std::stoi(std::string(id.substr(0, 4)));
        id.remove_prefix(5);
    }
    if (!digits(id) || static_cast<int>(id.size()) < kind.digits || id.size() > 6) {
        return std::nullopt;
    }
    return std::pair{year, std::stoi(std::string(id))};
}

bool has_id_format(const Kind& kind, std::string_view id) {
    auto parsed = id_year_and_number(kind, id);
    return parsed && make_id(kind, parsed->first, parsed->second) == id;
}

std::string make_id(const Kind& kind, int year, int n) {
    if (kind.yearly) {
        return fmt::format("{}{:04}-{:0{}}", kind.prefix, year, n, kind.digits);
    }
    return fmt::format("{}{:0{}}", kind.prefix, n, kind.digits);
}

bool is_safe_id(std::string_view id) {
    if (id.empty() || id.size() > 64) {
        return false;
    }
    for (char c : id) {
        bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

const Spec& settings_spec() {
    return *spec_of<SettingsFile>();
}

}  // namespace integra::records
