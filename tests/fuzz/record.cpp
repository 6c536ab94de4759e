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
//   and validates with no error the original did not have.

#include <fmt/format.h>

#include "fuzz.hpp"
#include "records/typed.hpp"
#include "world.hpp"
#include "yaml/reader.hpp"

using namespace integra;
namespace fs = std::filesystem;

namespace {

fuzz::World* g_world = nullptr;

/// The input as a record of `kind`.
template <class T>
void as_kind(fuzz::World& w, const records::Kind& kind, const yaml::Node& root,
             std::string_view bytes) {
    const schema::Spec& spec = *kind.spec;
    schema::Findings findings;
    schema::validate(root, spec, w.ctx, findings);
    fuzz::require_problems(findings, bytes, kind.name);
    const std::size_t errors = fuzz::errors_of(findings);
    if (errors == 0) {
        auto typed = records::decode<T>(root);
        if (!typed) {
            fuzz::fail(fmt::format("{}: validate found no error, decode says {}:{}: {}", kind.name,
                                   typed.error().line, typed.error().column,
                                   typed.error().message));
        }
        const std::string canonical = store::canonical_bytes(root, spec);
        const std::string encoded = store::canonical_bytes(records::encode(*typed), spec);
        fuzz::require(encoded == canonical,
                      fmt::format("{}: decode and encode lost something:\n{}\nbecame\n{}",
                                  kind.name, canonical, encoded));
        // A name no example file has, so that a diagnostic's file tells whose position it is.
        const fs::path file = fs::path(kind.plural) / "fuzzed.yaml";
        auto& bucket = w.bucket<T>();
        bucket.push_back({file, check::Tree(std::string(bytes)), std::move(*typed)});
        fuzz::run_rules(w, file, bytes);
        bucket.pop_back();
    }
    fuzz::require_fmt_keeps(root, spec, w.ctx, errors, kind.name);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static fuzz::World world = fuzz::example_world();
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
        fuzz::with_type(kind, [&]<class T>() { as_kind<T>(*g_world, kind, *root, bytes); });
    }
    return 0;
}
