#pragma once
// Everything a report reads, decoded once: every record of every kind and integra.yaml.
// Persons whose processing is restricted (GDPR Art. 18) are left out here, so that no figure
// can count them (SPEC §7: a restricted record stays out of statistics): their records, and
// their number from their household's `allocation.persons` (a household of restricted persons
// only is left out as well).

#include <map>
#include <string_view>
#include <vector>

#include "records/types.hpp"
#include "store/store.hpp"

namespace integra::report {

struct Data {
    records::SettingsFile settings;
    std::vector<records::Pilot> pilots;
    std::vector<records::Assignment> assignments;
    std::vector<records::Household> households;
    std::vector<records::Refugee> refugees;  ///< without restricted persons
    std::vector<records::HousingUnit> units;
    std::vector<records::Project> projects;
    std::vector<records::Ag> ags;
    std::vector<records::Meeting> meetings;
    std::size_t restricted = 0;  ///< persons left out because their processing is restricted

    /// The household with this ID, or nullptr.
    const records::Household* household(std::string_view id) const;
    /// Positions in `households` by ID (load_data builds it; without it, household() searches).
    std::map<std::string, std::size_t, std::less<>> household_index;
};

/// Reads the data directory. Throws Failure(invalid) naming the first file that cannot be
/// decoded (the report must not be made from part of the records).
Data load_data(const store::Store& store);

}  // namespace integra::report
