#include <doctest/doctest.h>

#include "ops/draft.hpp"
#include "ops/pilot.hpp"
#include "records/typed.hpp"

using namespace integra;
using namespace integra::records;

TEST_CASE("UnknownWords keeps a word that is none of the field's, and puts it back as typed") {
    ops::UnknownWords unknown;
    Pilot p;
    p.gender = unknown.read<Gender>("gender", "q");
    p.languages = ops::parse_skills("fa:native,de:expert", unknown);
    CHECK(p.languages[0].level == Level::native);
    CHECK(p.languages[1].code == "de");

    yaml::Node tree = encode(p);
    unknown.put_into(tree);
    CHECK(tree.find("gender")->text == "q");
    CHECK(tree.find("languages")->items[0].find("level")->text == "native");
    CHECK(tree.find("languages")->items[1].find("level")->text == "expert");
}

TEST_CASE("UnknownWords leaves known words to the struct") {
    ops::UnknownWords unknown;
    RequestedBy r = ops::parse_requested_by("school:GS Mitte", unknown);
    CHECK(r.type == Requester::school);
    CHECK(r.name == "GS Mitte");
    Assignment a;
    a.requested_by = r;
    yaml::Node tree = encode(a);
    unknown.put_into(tree);
    CHECK(tree.find("requested_by")->find("type")->text == "school");
}
