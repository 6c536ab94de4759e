// The intake questionnaire asked on a terminal (`integra refugee intake`, ops::ask_intake): the
// input is what the user types, one answer a line, read from a stream as from std::cin. It is
// asked twice, for a new person and for a person already recorded (R-2023-0024), on a private
// copy of the example data directory, and its answers go to ops::plan_intake as the command
// gives them (with a --force reason, so that a namesake is no refusal).
//
// Properties: ask_intake ends only with answers or with Failure(invalid) "the intake was
// aborted …"; its answers, each checked when given, make a plan: plan_intake refuses them only
// when the household has no room left for another person; the plan's changes are valid
// records from the files as they are; and nothing in the data directory is written.

#include <fmt/format.h>

#include <sstream>

#include "ops/casework.hpp"
#include "ops/intake.hpp"
#include "world.hpp"

using namespace integra;

namespace {

fuzz::Sandbox* g_box = nullptr;
const records::Refugee* g_existing = nullptr;
const std::string k_existing_id = "R-2023-0024";

void ask(std::string_view text, const records::Refugee* existing) {
    const store::Store& store = g_box->store;
    std::istringstream in{std::string(text)};
    std::ostringstream out;
    yaml::Node answers;
    try {
        answers = ops::ask_intake(store, in, out, existing, fuzz::today());
    } catch (const Failure& f) {
        fuzz::require_failure(f, {Exit::invalid}, text, "ask_intake");
        fuzz::require(std::string_view(f.what()).starts_with("the intake was aborted"),
                      fmt::format("ask_intake ended with `{}`", f.what()));
        return;
    }
    const ops::Force force{"a namesake", "kaya"};
    try {
        auto plan = ops::plan_intake(store, answers, "the answers", existing ? k_existing_id : "",
                                     force, fuzz::today());
        fuzz::require(!plan.ids.empty() && plan.plan.changes.size() == plan.ids.size(),
                      "plan_intake: one change per person");
        fuzz::require_plan(store, plan.plan.changes, "plan_intake");
    } catch (const Failure& f) {
        fuzz::require_failure(f, {Exit::invalid}, text, "plan_intake");
        fuzz::require(std::string_view(f.what()).find("would be too many") != std::string::npos,
                      fmt::format("plan_intake refused what ask_intake accepted: {}", f.what()));
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static fuzz::Sandbox box;
    static const records::Refugee existing =
        store::load_typed<records::Refugee>(box.store, k_existing_id).record;
    g_box = &box;
    g_existing = &existing;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    ask(text, nullptr);
    ask(text, g_existing);
    g_box->require_untouched("the intake");
    return 0;
}
