#pragma once
// The checks of the guides' work (SPEC §5), over every valid pilot and assignment:
//   assignment-language  the assignment's language is not one its guide speaks (an error
//                        for a planned one, a warning for one that took place)
//   double-booking       two assignments of one guide overlap in time
//   retired-guide        an assignment after its guide's retirement
//   billing              billed without its month, or a billing month on an assignment that
//                        is not billed
//   allowance            a guide's fees in a calendar year at 80 % or more of the tax-free
//                        allowance (warning)
//   certificate          a training certificate with fewer hours than the course has

#include <filesystem>
#include <optional>
#include <vector>

#include "check/check.hpp"
#include "records/types.hpp"
#include "yaml/node.hpp"

namespace integra::check {

/// A record that passed the schema, as a struct, with its file and tree (for positions).
template <class T>
struct Checked {
    std::filesystem::path file;
    yaml::Node root;
    T record;
};

struct GuideRecords {
    std::vector<Checked<records::Pilot>> pilots;
    std::vector<Checked<records::Assignment>> assignments;
    std::optional<records::SettingsFile> settings;  ///< nullopt when integra.yaml is broken
};

/// Appends a diagnostic for every rule broken.
void check_guides(const GuideRecords& records, std::vector<Diagnostic>& out);

}  // namespace integra::check
