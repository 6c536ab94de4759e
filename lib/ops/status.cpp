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

bool is_kind(std::string_view name) {
    return std::any_of(records::all_kinds().begin(), records::all_kinds().end(),
                       [&](const records::Kind& k) { return k.plural == name; });
}

/// What git must still be asked about when the kinds' folders are known to be clean: the
/// entries at the top of the data directory other than `.git` and the kinds' folders, and
/// those that git named when it was last asked about everything (`named`: a file or folder
/// deleted there is in no listing).
std::vector<std::string> outside_kinds(const std::filesystem::path& root,
                                       const std::vector<std::string>& named) {
    std::vector<std::string> out = named;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(root, ec)) {
        std::string name = entry.path().filename().string();
        if (!is_kind(name) && name != ".git") {
            out.push_back(std::move(name));
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// The entries at the top that git's answer names, when none of its lines concerns a kind's
/// folder (a submodule in a kind's place is named without a slash); nullopt when one does,
/// or when a line renames or has a quoted path, which is then not looked into.
std::optional<std::vector<std::string>> clean_kinds(const std::vector<std::string>& lines) {
    std::vector<std::string> named;
    for (const std::string& line : lines) {
        if (line.size() < 4 || line[3] == '"' || line.find(" -> ") != std::string::npos) {
            return std::nullopt;
        }
        std::string top = line.substr(3, line.find('/', 3) - 3);
        if (is_kind(top)) {
            return std::nullopt;
        }
        named.push_back(std::move(top));
    }
    return named;
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
    std::optional<std::vector<std::string>> named;  // set when the kinds' folders are clean
    if (inputs) {
        if (auto bytes = cache.get("git", inputs->bytes)) {
            named = decode(*bytes);
        }
    }
    auto git_status = std::async(std::launch::async, [&repo, &store, &named] {
        if (!repo.exists()) {
            return sys::ProcessResult{};
        }
        std::vector<std::string> args{"--literal-pathspecs", "status", "--porcelain",
                                      "--untracked-files=all", "--"};
        if (!named) {
            args.emplace_back(".");
        } else if (auto rest = outside_kinds(store.root(), *named); !rest.empty()) {
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
        if (!named && inputs && r.status == 0 && !store.fingerprint().deep) {
            auto after = repo.status_inputs();
            auto clean = clean_kinds(s.uncommitted);
            if (clean && after && after->bytes == inputs->bytes) {
                cache.put("git", inputs->bytes, encode(*clean), inputs->newest);
            }
        }
    }
    return s;
}

}  // namespace integra::ops
