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
#include <string>
#include <string_view>
#include <vector>

#include "check/check.hpp"
#include "records/types.hpp"
#include "yaml/node.hpp"

namespace integra::check {

/// A record's tree, for the positions of what the rules find. Only its bytes are kept; the tree
/// is read again when a rule first asks (for a finding, which is rare): a district's hundred
/// thousand trees would take most of a gigabyte.
class Tree {
  public:
    Tree() = default;
    explicit Tree(std::string bytes) : m_bytes(std::move(bytes)) {}

    /// The tree, read on first use; an empty map if the bytes no longer read (they did once).
    const yaml::Node& node() const;
    operator const yaml::Node&() const { return node(); }
    const yaml::Node* find(std::string_view key) const { return node().find(key); }

  private:
    std::string m_bytes;
    mutable std::optional<yaml::Node> m_node;
};

/// A record that passed the schema, as a struct, with its file and tree (for positions).
template <class T>
struct Checked {
    std::filesystem::path file;
    Tree root;
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
