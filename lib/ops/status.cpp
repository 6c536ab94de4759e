#include "ops/status.hpp"

#include "git/git.hpp"
#include "ops/pilot.hpp"
#include "ops/record.hpp"

namespace integra::ops {

Status status(const store::Store& store, const Date& today) {
    Status s;
    s.settings = load_settings(store);
    for (const records::Kind& kind : records::all_kinds()) {
        s.counts.emplace_back(&kind, store.list(kind).size());
    }
    s.check = check::run(store, today);
    if (s.check.errors() == 0) {
        s.attention = pilot_attention(store, today);  // on records check accepts
    }
    git::Repository repo(store.root());
    s.git = repo.exists();
    if (s.git) {
        auto r = repo.run({"status", "--porcelain", "--untracked-files=all", "--", "."});
        std::size_t start = 0;
        while (start < r.out.size()) {
            auto end = r.out.find('\n', start);
            s.uncommitted.push_back(r.out.substr(start, end - start));
            start = end == std::string::npos ? r.out.size() : end + 1;
        }
    }
    return s;
}

}  // namespace integra::ops
