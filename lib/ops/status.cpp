#include "ops/status.hpp"

#include "git/git.hpp"
#include "ops/funding.hpp"
#include "ops/housing.hpp"
#include "ops/onboarding.hpp"
#include "ops/pilot.hpp"
#include "ops/record.hpp"
#include "ops/rights.hpp"

namespace integra::ops {

Status status(const store::Store& store, const Date& today) {
    Status s;
    s.settings = load_settings(store);
    for (const records::Kind& kind : records::all_kinds()) {
        s.counts.emplace_back(&kind, store.list(kind).size());
    }
    s.check = check::run(store, today);
    if (s.check.errors() == 0) {
        // on records check accepts
        for (auto* part : {pilot_attention, housing_attention, casework_attention,
                           retention_attention, funding_attention}) {
            auto lines = part(store, today);
            s.attention.insert(s.attention.end(), lines.begin(), lines.end());
        }
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
