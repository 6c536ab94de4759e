#include "ops/status.hpp"

#include <algorithm>
#include <filesystem>
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

/// The entries at the top of the data directory other than `.git` and the kinds' folders:
/// what `git status` must still look at when the folders are known to be clean.
std::vector<std::string> outside_kinds(const std::filesystem::path& root) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(root, ec)) {
        std::string name = entry.path().filename().string();
        bool kind = std::any_of(records::all_kinds().begin(), records::all_kinds().end(),
                                [&](const records::Kind& k) { return k.plural == name; });
        if (!kind && name != ".git") {
            out.push_back(std::move(name));
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool under_a_kind(std::string_view line) {
    std::string_view path = line.size() > 3 ? line.substr(3) : line;
    if (path.starts_with('"')) {
        path.remove_prefix(1);
    }
    return std::any_of(records::all_kinds().begin(), records::all_kinds().end(),
                       [&](const records::Kind& k) {
                           return path.starts_with(k.plural) && path.size() > k.plural.size() &&
                                  path[k.plural.size()] == '/';
                       }) ||
           line.find(" -> ") != std::string_view::npos;
}

}  // namespace

Status status(const store::Store& store, const Date& today) {
    Status s;
    // Taken before anything is read: a change while status runs makes its result unusable.
    store::ResultCache cache(store);
    // `git status` looks at every file too (0.15 s at 100,000 records). When the kinds'
    // folders were clean at a fingerprint that still holds, and nothing else git reads has
    // changed, they are clean now: git need only look at the rest.
    git::Repository repo(store.root());
    std::optional<git::StatusInputs> inputs = cache.enabled() ? repo.status_inputs() : std::nullopt;
    const bool kinds_clean = inputs && cache.get("git", inputs->bytes) == "clean";
    auto git_status = std::async(std::launch::async, [&repo, &store, kinds_clean] {
        if (!repo.exists()) {
            return sys::ProcessResult{};
        }
        std::vector<std::string> args{"--literal-pathspecs", "status", "--porcelain",
                                      "--untracked-files=all", "--"};
        if (!kinds_clean) {
            args.emplace_back(".");
        } else if (auto rest = outside_kinds(store.root()); !rest.empty()) {
            args.insert(args.end(), rest.begin(), rest.end());
        } else {
            return sys::ProcessResult{};
        }
        return repo.run(args);
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
        // Saved only if git's inputs were the same before and after: git may have rewritten
        // its index meanwhile (it does after a commit), or someone else may have.
        if (!kinds_clean && inputs && r.status == 0 && !store.fingerprint().deep &&
            std::none_of(s.uncommitted.begin(), s.uncommitted.end(), under_a_kind)) {
            if (auto after = repo.status_inputs(); after && after->bytes == inputs->bytes) {
                cache.put("git", inputs->bytes, "clean", inputs->newest);
            }
        }
    }
    return s;
}

}  // namespace integra::ops
