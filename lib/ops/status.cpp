#include "ops/status.hpp"

#include <algorithm>
#include <filesystem>
#include <future>

#include <fmt/format.h>

#include "git/git.hpp"
#include "ops/funding.hpp"
#include "ops/housing.hpp"
#include "ops/onboarding.hpp"
#include "ops/pilot.hpp"
#include "ops/record.hpp"
#include "ops/rights.hpp"
#include "store/cache.hpp"
#include "util/text.hpp"

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

/// One entry of `git status --porcelain -z`, its paths raw and relative to the data directory.
struct GitEntry {
    std::string xy;    ///< the two status letters
    std::string path;  ///< a rename's or copy's new path
    std::string from;  ///< a rename's or copy's old path; empty otherwise
};

/// The entries of `git status --porcelain -z` (`prefix`: the data directory's place in the
/// repository, from `git rev-parse --show-prefix`). A rename or copy, in the index or in the
/// work tree (R or C in either column), is followed by its old path.
std::vector<GitEntry> git_entries(std::string_view out, std::string_view prefix) {
    auto pieces = split(out, '\0');
    auto relative = [&](std::string path) {
        return path.starts_with(prefix) ? path.substr(prefix.size()) : path;
    };
    std::vector<GitEntry> entries;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const std::string& piece = pieces[i];
        if (piece.size() < 4) {
            continue;  // the empty piece after the last NUL
        }
        GitEntry e{piece.substr(0, 2), relative(piece.substr(3)), {}};
        if (e.xy.find_first_of("RC") != std::string::npos && i + 1 < pieces.size()) {
            e.from = relative(pieces[++i]);
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

/// An entry as `git status --short` shows it from the data directory, never quoted, control
/// characters escaped: "XY PATH", a rename "XY OLD -> NEW".
std::string shown(const GitEntry& e) {
    return e.from.empty() ? fmt::format("{} {}", e.xy, printable(e.path))
                          : fmt::format("{} {} -> {}", e.xy, printable(e.from), printable(e.path));
}

/// The entries at the top that git's answer names, as they are on disk, when none of it
/// concerns a kind's folder (a submodule in a kind's place is named without a slash); nullopt
/// when one does, or when there is a rename or copy, which is then not looked into.
std::optional<std::vector<std::string>> clean_kinds(const std::vector<GitEntry>& entries) {
    std::vector<std::string> named;
    for (const GitEntry& e : entries) {
        if (!e.from.empty()) {
            return std::nullopt;
        }
        std::string top = e.path.substr(0, e.path.find('/'));
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
        std::vector<std::string> args{"--literal-pathspecs",   "status", "--porcelain", "-z",
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
        std::string prefix;
        if (!r.out.empty() && !std::filesystem::exists(store.root() / ".git")) {
            // a data directory in a folder of a larger repository
            auto p = repo.run({"rev-parse", "--show-prefix"});
            prefix = p.status == 0 ? p.out.substr(0, p.out.find('\n')) : "";
        }
        auto entries = git_entries(r.out, prefix);
        for (const GitEntry& e : entries) {
            s.uncommitted.push_back(shown(e));
        }
        // Saved only if git's inputs were the same before and after: git may have rewritten
        // its index meanwhile (it does after a commit), or someone else may have.
        if (!named && inputs && r.status == 0 && !store.fingerprint().deep) {
            auto after = repo.status_inputs();
            auto clean = clean_kinds(entries);
            if (clean && after && after->bytes == inputs->bytes) {
                cache.put("git", inputs->bytes, encode(*clean), inputs->newest);
            }
        }
    }
    return s;
}

}  // namespace integra::ops
