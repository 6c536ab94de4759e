#pragma once
// For the targets that follow `integra check` (record, settings): some of the example's records
// as check holds them for its rules, the rules run over them as check runs them, and the
// properties of what `integra fmt` writes.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "check/casework_rules.hpp"
#include "check/funding_rules.hpp"
#include "check/pilot_rules.hpp"
#include "fuzz.hpp"
#include "records/kinds.hpp"
#include "records/settings.hpp"
#include "schema/validate.hpp"
#include "store/journal.hpp"
#include "store/typed.hpp"

namespace integra::fuzz {

/// Calls f.template operator()<T>() with the struct T of `kind`.
template <class F>
void with_type(const records::Kind& kind, F&& f) {
    auto one = [&]<class T>() {
        if (&store::kind_of<T>() == &kind) {
            f.template operator()<T>();
        }
    };
    using namespace records;
    one.template operator()<Pilot>();
    one.template operator()<Assignment>();
    one.template operator()<Household>();
    one.template operator()<Refugee>();
    one.template operator()<HousingUnit>();
    one.template operator()<Project>();
    one.template operator()<Ag>();
    one.template operator()<Meeting>();
    one.template operator()<Erasure>();
}

/// The example's settings and the first few records of each kind, decoded, as check holds the
/// valid ones for its rules: enough for every rule to have partners (a guide's bookings, a
/// household's persons, an AG's meetings), few enough to keep an input under a millisecond.
struct World {
    records::Settings settings;
    std::optional<records::SettingsFile> settings_file;
    schema::Context ctx;  ///< today, and the settings' staff and steps
    check::GuideRecords guides;
    check::CaseRecords cases;
    check::FundingRecords funding;

    /// Where the rules find the records of type T.
    template <class T>
    std::vector<check::Checked<T>>& bucket() {
        using namespace records;
        if constexpr (std::is_same_v<T, Pilot>) {
            return guides.pilots;
        } else if constexpr (std::is_same_v<T, Assignment>) {
            return guides.assignments;
        } else if constexpr (std::is_same_v<T, Household>) {
            return cases.households;
        } else if constexpr (std::is_same_v<T, Refugee>) {
            return cases.refugees;
        } else if constexpr (std::is_same_v<T, HousingUnit>) {
            return cases.housing;
        } else if constexpr (std::is_same_v<T, Erasure>) {
            return cases.erased;
        } else if constexpr (std::is_same_v<T, Project>) {
            return funding.projects;
        } else if constexpr (std::is_same_v<T, Ag>) {
            return funding.ags;
        } else {
            static_assert(std::is_same_v<T, Meeting>);
            return funding.meetings;
        }
    }
};

/// The world of the example data directory.
World example_world(std::size_t per_kind = 12);

/// Runs the rules over `w` as check runs them (with `w.settings_file` as integra.yaml's
/// struct) and requires every diagnostic to have a check name and a readable message, and one
/// about `file`, whose bytes are `bytes`, a position inside them.
void run_rules(World& w, const std::filesystem::path& file, std::string_view bytes);

/// The errors among `f`'s problems.
std::size_t errors_of(const schema::Findings& f);

/// Every problem has a check name, a readable message and a position inside `text`.
void require_problems(const schema::Findings& f, std::string_view text, std::string_view what);

/// What `integra fmt` writes for `root` (store::canonical_bytes with `spec`) reads back, is its
/// own canonical form and validates with no more errors than `root` did (`errors`): fmt never
/// makes a problem. Nothing is required when fmt would refuse the file (no field it knows).
void require_fmt_keeps(const yaml::Node& root, const schema::Spec& spec, const schema::Context& ctx,
                       std::size_t errors, std::string_view what);

/// A Store on a private copy of the example data directory (no cache), for the targets that
/// plan changes, which must write nothing.
struct Sandbox {
    Sandbox();

    /// No `.integra/` appeared; every 256th call, and on every replayed input, nothing in the
    /// directory changed at all.
    void require_untouched(std::string_view what);

    DataCopy dir;
    store::Store store;
    std::string snapshot;
    std::size_t runs = 0;
};

/// `bytes`, the new content of a record of `kind`, are canonical, read back, validate without
/// an error against the settings of `store` and decode.
void require_valid_record(const store::Store& store, const records::Kind& kind,
                          const std::string& bytes, std::string_view what);

/// Each change's `before` is its file as it is (nullopt: there is none), and its `after` a valid
/// record of the kind its folder holds.
void require_plan(const store::Store& store, const std::vector<store::Change>& changes,
                  std::string_view what);

}  // namespace integra::fuzz
