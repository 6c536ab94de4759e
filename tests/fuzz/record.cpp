// A record file of every kind, along the path `integra check` takes with it (check/check.cpp,
// Checker::examine and take): yaml::read, schema::validate against the kind's Spec with the
// example's staff and onboarding steps, records::decode to the kind's struct, and the rules
// that span records (check_guides, check_casework, check_funding) with the record among some
// of the example's records. Every input is tried as each kind, so the example files, whatever
// their folder, are seeds for all of them.
//
// Properties, per kind:
// - every problem and diagnostic has a readable message and, in this file, a position in it;
// - validate finds no error ⇒ decode succeeds, and the struct encodes back to the canonical
//   bytes of the file (nothing the schema accepts is lost on the way to the struct);
// - what `integra fmt` writes (store::canonical_bytes) reads back, is its own canonical form,
//   and validates with exactly the errors of the original: fmt neither hides nor adds one.

#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "check/casework_rules.hpp"
#include "check/funding_rules.hpp"
#include "check/pilot_rules.hpp"
#include "fuzz.hpp"
#include "records/kinds.hpp"
#include "records/settings.hpp"
#include "records/typed.hpp"
#include "store/typed.hpp"
#include "yaml/reader.hpp"

using namespace integra;
namespace fs = std::filesystem;

namespace {

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

/// How many of each kind's example records stand beside the fuzzed one for the rules: enough
/// for every rule to have partners (a guide's bookings, a household's persons, an AG's
/// meetings), few enough to keep an input under a millisecond.
constexpr std::size_t k_neighbours = 12;

/// The example's settings and some of its records, as check would hold them.
struct World {
    records::Settings settings;
    schema::Context ctx;
    check::GuideRecords guides;
    check::CaseRecords cases;
    check::FundingRecords funding;

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
            return funding.meetings;
        }
    }
};

World* g_world = nullptr;

World make_world() {
    store::Options options;
    options.cache = false;
    const store::Store examples(fuzz::examples(), options);
    World w;
    auto root = yaml::read(*examples.read("integra.yaml"));
    fuzz::require(root.ok(), "the example's integra.yaml does not read");
    w.settings = records::settings_from(*root);
    w.guides.settings = *records::decode<records::SettingsFile>(*root);
    w.ctx.today = fuzz::today();
    w.ctx.staff = &w.settings.staff_handles;
    w.ctx.steps = &w.settings.step_keys;
    for (const records::Kind& kind : records::all_kinds()) {
        with_type(kind, [&]<class T>() {
            auto files = examples.list(kind);
            files.resize(std::min(files.size(), k_neighbours));
            for (const store::RecordFile& file : files) {
                auto loaded = store::load_file<T>(examples, file);
                w.bucket<T>().push_back(
                    {file.rel, check::Tree(std::move(loaded.doc.bytes)), std::move(loaded.record)});
            }
        });
    }
    return w;
}

std::size_t errors_of(const schema::Findings& f) {
    return static_cast<std::size_t>(std::count_if(
        f.problems.begin(), f.problems.end(),
        [](const schema::Problem& p) { return p.severity == schema::Severity::error; }));
}

void require_problems(const schema::Findings& f, std::string_view text, std::string_view kind) {
    for (const schema::Problem& p : f.problems) {
        fuzz::require_sound(Error{p.message, p.pos.line, p.pos.column}, text, kind);
        fuzz::require(!p.check.empty(), fmt::format("{}: a problem without a check name", kind));
    }
}

/// The rules over the example's records and `record`, as `check` runs them.
template <class T>
void run_rules(World& w, const fs::path& file, std::string_view bytes, T record) {
    auto& bucket = w.bucket<T>();
    bucket.push_back({file, check::Tree(std::string(bytes)), std::move(record)});
    std::vector<check::Diagnostic> out;
    check::check_guides(w.guides, out);
    w.cases.assignments = &w.guides.assignments;
    w.cases.pilots = &w.guides.pilots;
    w.cases.settings = &*w.guides.settings;
    check::check_casework(w.cases, fuzz::today(), out);
    w.funding.settings = w.cases.settings;
    check::check_funding(w.funding, fuzz::today(), out);
    bucket.pop_back();
    for (const check::Diagnostic& d : out) {
        const std::string where = fmt::format("rule {} on {}", d.check, d.file.string());
        fuzz::require(!d.check.empty(), where + ": no check name");
        if (d.file == file) {
            fuzz::require_sound(Error{d.message, d.pos.line, d.pos.column}, bytes, where);
        } else {
            fuzz::require_readable(d.message, bytes, where);
        }
    }
}

/// The input as a record of `kind`.
template <class T>
void as_kind(World& w, const records::Kind& kind, const yaml::Node& root, std::string_view bytes) {
    const schema::Spec& spec = *kind.spec;
    schema::Findings findings;
    schema::validate(root, spec, w.ctx, findings);
    require_problems(findings, bytes, kind.name);
    const std::string canonical = store::canonical_bytes(root, spec);
    if (errors_of(findings) == 0) {
        auto typed = records::decode<T>(root);
        if (!typed) {
            fuzz::fail(fmt::format("{}: validate found no error, decode says {}:{}: {}", kind.name,
                                   typed.error().line, typed.error().column,
                                   typed.error().message));
        }
        fuzz::require(
            store::canonical_bytes(records::encode(*typed), spec) == canonical,
            fmt::format("{}: decode and encode lost something:\n{}\nbecame\n{}", kind.name,
                        canonical, store::canonical_bytes(records::encode(*typed), spec)));
        const std::string id = findings.id.empty() ? "FUZZ" : findings.id;
        run_rules(w, fs::path(kind.plural) / (id + ".yaml"), bytes, std::move(*typed));
    }
    if (schema::normalise(root, spec).entries.empty()) {
        return;  // `integra fmt` refuses a file with no field it knows
    }
    auto again = yaml::read(canonical);
    if (!again) {
        fuzz::fail(fmt::format("{}: the canonical form does not read back ({}):\n{}", kind.name,
                               again.error().message, canonical));
    }
    fuzz::require(
        store::canonical_bytes(*again, spec) == canonical,
        fmt::format("{}: the canonical form is not canonical:\n{}", kind.name, canonical));
    schema::Findings after;
    schema::validate(*again, spec, w.ctx, after);
    fuzz::require(errors_of(after) == errors_of(findings),
                  fmt::format("{}: {} errors before `integra fmt`, {} after:\n{}", kind.name,
                              errors_of(findings), errors_of(after), canonical));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static World world = make_world();
    g_world = &world;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::text_of(data, size);
    auto root = yaml::read(bytes);
    if (!root) {
        fuzz::require_sound(root.error(), bytes, "yaml::read");
        return 0;
    }
    for (const records::Kind& kind : records::all_kinds()) {
        with_type(kind, [&]<class T>() { as_kind<T>(*g_world, kind, *root, bytes); });
    }
    return 0;
}
