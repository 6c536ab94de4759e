#include "ops/status.hpp"

#include <future>

#include "git/git.hpp"
#include "ops/funding.hpp"
#include "ops/housing.hpp"
#include "ops/onboarding.hpp"
#include "ops/pilot.hpp"
#include "ops/record.hpp"
#include "ops/rights.hpp"
#include "store/cache.hpp"

namespace integra::ops {

namespace {

std::string encode(const std::vector<std::string>& lines) {
    store::BinaryWriter w;
    w.u64(lines.size());
    for (const std::string& line : lines) {
        w.str(line);
    }
    return w.take();
}

std::optional<std::vector<std::string>> decode(std::string_view bytes) {
    try {
        store::BinaryReader r(bytes);
        std::vector<std::string> out;
        for (std::uint64_t i = 0, n = r.u64(); i < n; ++i) {
            out.emplace_back(r.str());
        }
        return r.done() ? std::optional(std::move(out)) : std::nullopt;
    } catch (const Failure&) {
        return std::nullopt;
    }
}

}  // namespace

Status status(const store::Store& store, const Date& today) {
    Status s;
    // Taken before anything is read: a change while status runs makes its result unusable.
    store::ResultCache cache(store);
    // git looks at every file too (0.15 s at 100,000 records): let it do so meanwhile.
    git::Repository repo(store.root());
    auto git_status = std::async(std::launch::async, [&repo] {
        return repo.exists()
                   ? repo.run({"status", "--porcelain", "--untracked-files=all", "--", "."})
                   : sys::ProcessResult{};
    });
    s.settings = load_settings(store);
    for (const records::Kind& kind : records::all_kinds()) {
        s.counts.emplace_back(&kind, store.count(kind));
    }
    s.check = check::run(store, today);
    const std::string key = format_date(today);
    if (s.check.errors() == 0) {
        // on records check accepts; saved, since they take reading every record
        std::optional<std::vector<std::string>> saved;
        if (auto bytes = cache.get("status", key)) {
            saved = decode(*bytes);
        }
        if (saved) {
            s.attention = std::move(*saved);
        } else {
            for (auto* part : {pilot_attention, housing_attention, casework_attention,
                               retention_attention, funding_attention}) {
                auto lines = part(store, today);
                s.attention.insert(s.attention.end(), lines.begin(), lines.end());
            }
            cache.put("status", key, encode(s.attention));
        }
    }
    s.git = repo.exists();
    if (s.git) {
        auto r = git_status.get();
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
