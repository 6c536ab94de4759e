#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "records/kinds.hpp"
#include "records/typed.hpp"
#include "schema/validate.hpp"
#include "store/store.hpp"
#include "support.hpp"
#include "yaml/reader.hpp"

using namespace integra;
using namespace integra::records;
namespace fs = std::filesystem;

namespace {

const fs::path k_examples = fs::path(INTEGRA_SOURCE_SHARE).parent_path() / "examples/dietzenbach";

/// Every example file of the kind decodes, and encoding it gives the file byte for byte: the
/// struct holds every field there is. Returns how many files were compared.
template <class T>
int round_trip(std::string_view plural, const schema::Spec& spec) {
    int n = 0;
    for (const auto& entry : fs::directory_iterator(k_examples / plural)) {
        const std::string bytes = test::read_file(entry.path());
        CAPTURE(entry.path().string());
        auto root = yaml::read(bytes);
        REQUIRE(root.ok());
        auto typed = decode<T>(*root);
        if (!typed.ok()) {
            FAIL(typed.error().message);
        }
        CHECK(store::canonical_bytes(encode(*typed), spec) == bytes);
        ++n;
    }
    return n;
}

template <class T>
int round_trip(std::string_view plural) {
    return round_trip<T>(plural, *find_kind(plural)->spec);
}

}  // namespace

TEST_CASE("every example record decodes to its struct and encodes back to the same bytes") {
    CHECK(round_trip<Pilot>("pilots") == 24);
    CHECK(round_trip<Assignment>("assignments") > 1000);
    CHECK(round_trip<Household>("households") > 100);
    CHECK(round_trip<Refugee>("refugees") > 300);
    CHECK(round_trip<HousingUnit>("housing") == 8);
    CHECK(round_trip<Project>("projects") > 50);
    CHECK(round_trip<Ag>("ags") == 5);
    CHECK(round_trip<Meeting>("meetings") > 50);
}

TEST_CASE("integra.yaml decodes to SettingsFile and encodes back to the same bytes") {
    const std::string bytes = test::read_file(k_examples / "integra.yaml");
    auto root = yaml::read(bytes);
    REQUIRE(root.ok());
    auto s = decode<SettingsFile>(*root);
    if (!s.ok()) {
        FAIL(s.error().message);
    }
    CHECK(s->municipality == "Kreisstadt Dietzenbach");
    CHECK(s->fees->hourly == Money{1500});
    REQUIRE(s->budgets.has_value());
    CHECK(s->budgets->front().first == 2023);
    CHECK(store::canonical_bytes(encode(*s), settings_spec()) == bytes);
}

TEST_CASE("decode gives typed values") {
    auto root = yaml::read(
        "id: E-2025-0001\npilot: P-0007\ndate: 2025-03-04\ntime: \"09:30\"\nhours: 1.5\n"
        "kind: accompaniment\nlanguage: \"no\"\nrequested_by:\n  type: school\n  name: GS Mitte\n"
        "status: billed\nbilled: 2025-03\n");
    REQUIRE(root.ok());
    auto a = decode<Assignment>(*root);
    REQUIRE(a.ok());
    CHECK(a->date == Date{std::chrono::year{2025}, std::chrono::month{3}, std::chrono::day{4}});
    CHECK(a->time == TimeOfDay{9, 30});
    CHECK(a->hours == Hours{150});
    CHECK(a->language == "no");
    CHECK(a->requested_by.name == "GS Mitte");
    CHECK(a->billed == Month{2025, 3});
    CHECK_FALSE(a->client.has_value());
}

TEST_CASE("decode refuses a tree check would refuse, naming the field and its position") {
    auto missing = decode<Pilot>(*yaml::read("id: P-0001\nname:\n  given: A\n"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == "`name.family` is missing");
    CHECK(missing.error().line == 3);

    auto wrong = decode<Pilot>(
        *yaml::read("id: P-0001\nname:\n  given: A\n  family: B\ngender: f\nlanguages: []\n"
                    "since: 2025-02-30\nstatus: active\n"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message == "`since` is not a date");
    CHECK(wrong.error().line == 7);

    auto list = decode<Pilot>(*yaml::read("id: P-0001\nname: [A, B]\n"));
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().message == "`name` is not a mapping");
}

TEST_CASE("decode passes over a dictionary entry without a value, as check and fmt do") {
    // Found by fuzzing (tests/fuzz/regressions/record): check accepted the file and fmt drops
    // the empty entry, but decode refused it, so every command but check failed on it.
    const std::string text =
        "id: R-2023-0024\nhousehold: H-2023-0008\nname:\n  given: Jawad\n  family: Haidari\n"
        "birth_date: 1969-04-28\ngender: m\nnationality: AF\nonboarding:\n  registration:\n"
        "  doctor:\n    done: 2023-04-01\nstatus: active\n";
    auto root = yaml::read(text);
    REQUIRE(root.ok());
    schema::Findings findings;
    schema::validate(*root, *find_kind("refugees")->spec, {}, findings);
    CHECK_FALSE(findings.has_errors());
    auto r = decode<Refugee>(*root);
    REQUIRE(r.ok());
    REQUIRE(r->onboarding.has_value());
    REQUIRE(r->onboarding->size() == 1);
    CHECK(r->onboarding->front().first == "doctor");
    const schema::Spec& spec = *find_kind("refugees")->spec;
    CHECK(store::canonical_bytes(encode(*r), spec) == store::canonical_bytes(*root, spec));
}

using yaml::Node;

TEST_CASE("an absent optional list and an empty one stay different") {
    Refugee r;
    r.intake = Intake{};
    r.intake->work = std::vector<Work>{};
    Node tree = encode(r);
    const Node* intake = tree.find("intake");
    REQUIRE(intake);
    REQUIRE(intake->find("work"));
    CHECK(intake->find("work")->items.empty());
    CHECK(intake->find("schooling") == nullptr);
}
