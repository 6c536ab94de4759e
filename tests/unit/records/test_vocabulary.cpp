#include <doctest/doctest.h>

#include <set>

#include "records/kinds.hpp"
#include "records/typed.hpp"
#include "records/vocabulary.hpp"
#include "yaml/reader.hpp"

using namespace integra;
using namespace integra::records;

namespace {

/// Every word of E reads back as its enumerator, and no two enumerators share a word.
template <class E>
void check_table() {
    std::set<std::string_view> seen;
    for (const Word<E>& w : words(E{})) {
        CAPTURE(w.text);
        CHECK(parse_word<E>(w.text) == w.value);
        CHECK(word(w.value) == w.text);
        CHECK(seen.insert(w.text).second);
    }
    CHECK(all_words<E>().size() == words(E{}).size());
    CHECK_FALSE(parse_word<E>("").has_value());
}

}  // namespace

TEST_CASE("every vocabulary spells each enumerator once and reads it back") {
    check_table<Gender>();
    check_table<Level>();
    check_table<PilotStatus>();
    check_table<AssignmentKind>();
    check_table<Requester>();
    check_table<AssignmentStatus>();
    check_table<GermanLevel>();
    check_table<Residence>();
    check_table<RefugeeStatus>();
    check_table<HousingKind>();
    check_table<Funding>();
    check_table<TargetGroup>();
    check_table<ProjectStatus>();
    check_table<Role>();
    check_table<DecisionResult>();
    check_table<StaffUnit>();
    check_table<Quorum>();
    check_table<Majority>();
    check_table<ReportLang>();
}

TEST_CASE("a vocabulary's words are the Spec's choices, in the table's order") {
    const schema::Spec& pilot = *find_kind("pilot")->spec;
    CHECK(schema::find_field(pilot, "status")->spec.choices == all_words<PilotStatus>());
    CHECK(all_words<Level>() ==
          std::vector<std::string_view>{"native", "C2", "C1", "B2", "B1", "A2", "A1"});
    CHECK(rank(Level::native) == 0);
    CHECK(rank(Level::A1) == 6);
    CHECK(fmt::format("{:<4}|", Gender::f) == "f   |");
}

TEST_CASE("decode refuses a word that is not in the field's vocabulary") {
    auto root = yaml::read(
        "id: P-0001\nname:\n  given: A\n  family: B\ngender: q\nlanguages: []\nstatus: active\n");
    REQUIRE(root.ok());
    auto p = decode<Pilot>(*root);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().message == "`gender` is not one of: f, m, d, x");
    CHECK(p.error().line == 5);
}
