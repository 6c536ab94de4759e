// The `--lang` list of `pilot add` and `refugee add` (`tr:native,de:C1`, ops::parse_skills) and,
// on the same input, the `--requested-by` of `pilot assign` (`school:GS Mitte`,
// ops::parse_requested_by); then the guide's new record as plan_add_pilot builds it
// (encode, the unknown words put in, validate).
//
// Properties: parse_skills refuses with Failure(usage), and only when an item between commas
// is not CODE:LEVEL with both parts non-empty; otherwise it gives one skill per item, and the
// codes with the levels (the unknown ones as typed) give the input back; parse_requested_by
// never throws, and its type (or the unknown word) and name give the input back; the new
// record's problems are readable.

#include <fmt/format.h>

#include <algorithm>

#include "fuzz.hpp"
#include "ops/pilot.hpp"
#include "records/kinds.hpp"
#include "records/typed.hpp"
#include "schema/validate.hpp"

using namespace integra;

namespace {

std::vector<std::string_view> items_of(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t start = 0;;) {
        const std::size_t comma = text.find(',', start);
        out.push_back(text.substr(start, comma == std::string_view::npos ? comma : comma - start));
        if (comma == std::string_view::npos) {
            return out;
        }
        start = comma + 1;
    }
}

bool is_skill(std::string_view item) {
    const std::size_t colon = item.find(':');
    return colon != std::string_view::npos && colon > 0 && colon + 1 < item.size();
}

/// The pilot's tree as plan_add_pilot validates it, with the unknown words in it.
yaml::Node pilot_tree(std::vector<records::LanguageSkill> skills,
                      const ops::UnknownWords& unknown) {
    records::Pilot p;
    p.id = "P-0001";
    p.name = {"Ana", "Costa"};
    p.languages = std::move(skills);
    yaml::Node tree = records::encode(p);
    unknown.put_into(tree);
    return tree;
}

void skills(std::string_view text) {
    const auto items = items_of(text);
    const bool valid = std::all_of(items.begin(), items.end(), is_skill);
    ops::UnknownWords unknown;
    std::vector<records::LanguageSkill> parsed;
    try {
        parsed = ops::parse_skills(text, unknown);
    } catch (const Failure& f) {
        fuzz::require_failure(f, {Exit::usage}, text, "parse_skills");
        fuzz::require(!valid, fmt::format("parse_skills refused {:?}", text));
        return;
    }
    fuzz::require(valid, fmt::format("parse_skills accepted {:?}", text));
    fuzz::require(parsed.size() == items.size(), "parse_skills: one skill per item");
    const yaml::Node tree = pilot_tree(parsed, unknown);
    const yaml::Node* languages = tree.find("languages");
    fuzz::require(languages && languages->items.size() == items.size(), "the pilot's languages");
    std::vector<std::string> back;
    for (const yaml::Node& skill : languages->items) {
        back.push_back(skill.find("code")->text + ":" + skill.find("level")->text);
    }
    fuzz::require(fmt::format("{}", fmt::join(back, ",")) == text,
                  fmt::format("parse_skills({:?}) gave {}", text, fmt::join(back, ",")));
    schema::Context ctx;
    ctx.today = fuzz::today();
    schema::Findings findings;
    schema::validate(tree, *records::find_kind("pilots")->spec, ctx, findings);
    for (const schema::Problem& p : findings.problems) {
        fuzz::require_readable(p.message, text, "the new guide's record");
    }
}

void requested_by(std::string_view text) {
    ops::UnknownWords unknown;
    const records::RequestedBy r = ops::parse_requested_by(text, unknown);
    records::Assignment a;
    a.requested_by = r;
    yaml::Node tree = records::encode(a);
    unknown.put_into(tree);
    const yaml::Node* by = tree.find("requested_by");
    fuzz::require(by && by->find("type"), "the assignment's requested_by");
    std::string back = by->find("type")->text;
    if (const yaml::Node* name = by->find("name")) {
        back += ":" + name->text;
    }
    const std::string_view expected = text.ends_with(':') && text.find(':') == text.size() - 1
                                          ? text.substr(0, text.size() - 1)
                                          : text;
    fuzz::require(back == expected, fmt::format("parse_requested_by({:?}) gave {:?}", text, back));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    skills(text);
    requested_by(text);
    return 0;
}
