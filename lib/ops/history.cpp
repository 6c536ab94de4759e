#include "ops/history.hpp"

#include <fmt/format.h>

#include "git/git.hpp"
#include "yaml/reader.hpp"

namespace integra::ops {

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        auto end = s.find(sep, start);
        out.push_back(s.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos) {
            return out;
        }
        start = end + 1;
    }
}

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
    std::vector<std::string> args{"log",
                                  fmt::format("--max-count={}", limit),
                                  "--format=%x1e%h%x1f%an%x1f%ad%x1f%s",
                                  "--date=format:%Y-%m-%d %H:%M",
                                  "--name-status",
                                  "--no-renames",
                                  "--relative",
                                  "--",
                                  rel.empty() ? "." : rel.string()};
    auto r = repo.run(args);
    if (r.status != 0) {
        // A repository without commits has no history yet.
        return {};
    }
    std::vector<HistoryEntry> out;
    for (const std::string& block : split(r.out, '\x1e')) {
        auto lines = split(block, '\n');
        auto head = split(lines[0], '\x1f');
        if (head.size() < 4) {
            continue;
        }
        HistoryEntry e{head[0], head[1], head[2], head[3], {}};
        for (std::size_t i = 1; i < lines.size(); ++i) {
            auto cols = split(lines[i], '\t');
            if (cols.size() < 2 || cols[1].empty() || !cols[1].ends_with(".yaml")) {
                continue;
            }
            FileChange fc{cols[1], cols[0].empty() ? 'M' : cols[0][0], {}};
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
