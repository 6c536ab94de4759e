#include "ops/history.hpp"

#include <fmt/format.h>

#include "git/git.hpp"
#include "yaml/reader.hpp"

namespace integra::ops {

namespace {

/// The leaves of `rev:./rel`; empty when the file did not exist there or cannot be parsed.
std::vector<records::Leaf> leaves_at(const git::Repository& repo, const std::string& rev,
                                     const std::filesystem::path& rel) {
    auto r = repo.run({"show", fmt::format("{}:./{}", rev, rel.string())});
    if (r.status != 0) {
        return {};
    }
    auto root = yaml::read(r.out);
    return root ? records::flatten(*root) : std::vector<records::Leaf>{};
}

}  // namespace

std::vector<HistoryEntry> history(const store::Store& store, const std::filesystem::path& rel,
                                  std::size_t limit) {
    git::Repository repo(store.root());
    if (!repo.exists()) {
        throw Failure(Exit::environment,
                      fmt::format("{} is not in a git repository, so it has no history",
                                  store.root().string()));
    }
    git::LogQuery query{{}, git::Renames::ignored, limit};
    if (!rel.empty()) {
        query.paths.push_back(rel);
    }
    std::vector<HistoryEntry> out;
    for (const git::Commit& c : repo.log(query)) {
        // `2025-03-05T14:22:09+01:00` → `2025-03-05 14:22`, in the author's time zone as before
        HistoryEntry e{c.short_hash,
                       c.author,
                       c.date.substr(0, 10) + " " + c.date.substr(11, 5),
                       c.subject,
                       {}};
        for (const git::Change& change : c.changes) {
            if (!change.path.string().ends_with(".yaml")) {
                continue;
            }
            FileChange fc{change.path, change.status, {}};
            auto before = fc.status == 'A' ? std::vector<records::Leaf>{}
                                           : leaves_at(repo, e.commit + "^", fc.rel);
            auto after =
                fc.status == 'D' ? std::vector<records::Leaf>{} : leaves_at(repo, e.commit, fc.rel);
            fc.fields = records::diff(before, after);
            e.files.push_back(std::move(fc));
        }
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace integra::ops
