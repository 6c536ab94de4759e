// The intake questionnaire as a file (`integra refugee intake --from FILE`): ops::read_answers
// on the input written to a file outside the data directory, then ops::plan_intake on the
// answers, for new persons and for a person already recorded (R-2023-0024, whose answers are
// one person's), on a private copy of the example data directory, with and without a --force
// reason.
//
// Properties: read_answers accepts what yaml::read accepts (up to 1 MB) and refuses the rest
// with Failure(invalid) naming the file; plan_intake refuses only with Failure(invalid) and a
// readable message; a plan's changes are valid records from the files as they are, one per
// person named; and nothing in the data directory is written.

#include <fmt/format.h>

#include <fstream>

#include "ops/casework.hpp"
#include "world.hpp"
#include "yaml/reader.hpp"

using namespace integra;

namespace {

fuzz::Sandbox* g_box = nullptr;
std::string g_answers_path;

void plan(const yaml::Node& answers, std::string_view text, const std::string& id,
          const ops::Force& force) {
    const store::Store& store = g_box->store;
    try {
        auto plan = ops::plan_intake(store, answers, g_answers_path, id, force, fuzz::today());
        fuzz::require(!plan.ids.empty() && plan.plan.changes.size() == plan.ids.size(),
                      "plan_intake: one change per person");
        fuzz::require_plan(store, plan.plan.changes, "plan_intake");
    } catch (const Failure& f) {
        fuzz::require_failure(f, {Exit::invalid}, text, "plan_intake");
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static fuzz::Sandbox box;
    g_box = &box;
    g_answers_path = (box.dir.root().parent_path() / "answers.yaml").string();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    std::ofstream(g_answers_path, std::ios::binary | std::ios::trunc)
        .write(text.data(), static_cast<std::streamsize>(text.size()));
    const bool reads = yaml::read(text, yaml::Limits{1024 * 1024, 16}).ok();
    yaml::Node answers;
    try {
        answers = ops::read_answers(g_answers_path);
        fuzz::require(reads, "read_answers accepted what yaml::read refuses");
    } catch (const Failure& f) {
        fuzz::require_failure(f, {Exit::invalid}, text, "read_answers");
        fuzz::require(!reads,
                      fmt::format("read_answers refused what yaml::read accepts: {}", f.what()));
        fuzz::require(std::string_view(f.what()).starts_with(g_answers_path),
                      "read_answers does not name the file");
        return 0;
    }
    for (const std::string& id : {std::string(), std::string("R-2023-0024")}) {
        plan(answers, text, id, {});
        plan(answers, text, id, ops::Force{"a namesake", "kaya"});
    }
    g_box->require_untouched("the intake");
    return 0;
}
