// Erasure (GDPR Art. 17): `refugee erase ID [--purge-history]`, declared in ops/rights.hpp.

#include <sys/stat.h>

#include <fmt/format.h>

#include <fstream>
#include <set>

#include "git/git.hpp"
#include "ops/record.hpp"
#include "ops/rights.hpp"
#include "records/typed.hpp"
#include "store/typed.hpp"
#include "sys/files.hpp"
#include "sys/process.hpp"
#include "util/text.hpp"
#include "yaml/reader.hpp"

namespace integra::ops {

namespace {

namespace fs = std::filesystem;

fs::path rel_of(const records::Kind& k, const std::string& id) {
    return fs::path(k.plural) / fmt::format("{}.yaml", id);
}

/// The name in a person's record tree, if it has one.
std::optional<records::PersonName> name_in(const yaml::Node& root) {
    const yaml::Node* name = root.find("name");
    const yaml::Node* given = name ? name->find("given") : nullptr;
    const yaml::Node* family = name ? name->find("family") : nullptr;
    if (!given || !family || !given->is_scalar() || !family->is_scalar()) {
        return std::nullopt;
    }
    return records::PersonName{given->text, family->text};
}

/// The name in the newest version of refugees/ID.yaml that git's history holds (any branch).
std::optional<records::PersonName> name_in_history(const store::Store& store, const fs::path& rel) {
    git::Repository repo(store.root());
    auto r = repo.run({"log", "--all", "--format=%H", "--", rel.string()});
    std::size_t start = 0;
    while (r.status == 0 && start < r.out.size()) {
        std::size_t end = r.out.find('\n', start);
        std::string commit = r.out.substr(start, end - start);
        start = end == std::string::npos ? r.out.size() : end + 1;
        for (const char* rev : {"", "^"}) {  // the deleting commit: its parent has the file
            auto shown = repo.run({"show", fmt::format("{}{}:./{}", commit, rev, rel.string())});
            auto root = shown.status == 0 ? yaml::read(shown.out) : Result<yaml::Node>(Error{""});
            if (root) {
                if (auto name = name_in(*root)) {
                    return name;
                }
            }
        }
    }
    return std::nullopt;
}

/// The tombstone of `id`, when there is one (tombstones share the refugees' IDs, so locate()
/// does not find them).
std::optional<store::Loaded<records::Erasure>> tombstone(const store::Store& store,
                                                         const std::string& id) {
    const auto& k = kind("erased");
    if (!store.exists(k, id)) {
        return std::nullopt;
    }
    store::RecordFile file{&k, id, rel_of(k, id)};
    auto doc = store.load(file);
    auto typed =
        doc ? records::decode<records::Erasure>(doc->root) : Result<records::Erasure>(doc.error());
    if (!typed) {
        throw Failure(Exit::invalid, fmt::format("{}:{}:{}: {}\nFix it first (`integra check`).",
                                                 file.rel.string(), typed.error().line,
                                                 typed.error().column, typed.error().message));
    }
    return store::Loaded<records::Erasure>{std::move(*doc), std::move(*typed)};
}

/// The change that takes `client: id` off the assignment `f`, or nullopt when it does not name
/// the person. Billed assignments too: the client is not part of what was paid.
std::optional<store::Change> without_client(const store::Store& store, const store::RecordFile& f,
                                            const std::string& id, const Date& today) {
    auto bytes = store.read(f.rel);
    if (!bytes || bytes->find(id) == std::string::npos) {
        return std::nullopt;  // cheap: most assignments never mention the person
    }
    auto a = store::load_typed<records::Assignment>(store, f.id);
    if (a.record.client != id) {
        return std::nullopt;
    }
    if (store::canonical_bytes(a.doc.root, *f.kind->spec) != a.doc.bytes) {
        throw Failure(Exit::invalid,
                      fmt::format("{} names {} as its client but was edited by hand, so integra "
                                  "will not rewrite it; nothing was erased. Normalise it with "
                                  "`integra fmt --write {}`, then erase again.",
                                  f.rel.string(), id, f.id));
    }
    records::Assignment after = a.record;
    after.client.reset();
    return store::Change{f.rel, a.doc.bytes,
                         checked_bytes(store, *f.kind, f.id, records::encode(after), today)};
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        out.push_back(text.substr(start, end - start));
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return out;
}

/// The files (from the top of the repository) and commits of the whole history, every branch,
/// whose content of `text` changed: where git's pickaxe finds it.
struct Found {
    std::set<std::string> files;
    std::set<std::string> commits;
};
Found find_in_history(const git::Repository& repo, const std::string& text) {
    auto r = repo.run({"log", "--all", "--format=%x01%h", "--name-only", "--no-renames",
                       "--fixed-strings", "-S", text});
    Found found;
    for (const std::string& line : lines_of(r.out)) {
        if (line.starts_with('\x01')) {
            found.commits.insert(line.substr(1));
        } else if (!line.empty()) {
            found.files.insert(line);
        }
    }
    return found;
}

std::string some_of(const std::set<std::string>& items) {
    return integra::some_of(std::vector<std::string>(items.begin(), items.end()));
}

/// What the name becomes in the history. Not filter-repo's default `***REMOVED***`: a YAML
/// value that begins with `*` is an alias, so a note that began with the name would no longer
/// load.
constexpr std::string_view k_removed = "(removed)";

/// The expressions file for --replace-text: removed again whatever happens, since it holds the
/// name.
class Expressions {
  public:
    Expressions(const fs::path& path, const std::vector<std::string>& texts) : m_path(path) {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        ::chmod(path.c_str(), 0600);
        for (const auto& t : texts) {
            out << "literal:" << t << "==>" << k_removed << "\n";
        }
        if (!out.flush()) {
            throw Failure(Exit::environment,
                          fmt::format("cannot write {}; nothing was purged", path.string()));
        }
    }
    ~Expressions() {
        std::error_code ec;
        fs::remove(m_path, ec);
    }
    Expressions(const Expressions&) = delete;
    Expressions& operator=(const Expressions&) = delete;
    const fs::path& path() const { return m_path; }

  private:
    fs::path m_path;
};

void run_git(const git::Repository& repo, const std::vector<std::string>& args,
             const std::string& id) {
    auto r = repo.run(args);
    if (r.status != 0) {
        throw Failure(Exit::environment,
                      fmt::format("`git {}` failed: {}\n{} is erased; its history is rewritten, "
                                  "but old objects may remain until git's garbage collection "
                                  "runs. Run `integra refugee erase {} --purge-history` again.",
                                  args.front(), trim(r.err), id, id));
    }
}

}  // namespace

std::vector<std::string> full_name_forms(const records::PersonName& name) {
    return {fmt::format("{} {}", name.given, name.family),
            fmt::format("{} {}", name.family, name.given),
            fmt::format("{}, {}", name.family, name.given)};
}

namespace {

std::vector<std::string> files_with_name(const store::Store& store, const fs::path& own,
                                         const records::PersonName& name) {
    std::vector<std::string> out;
    auto forms = full_name_forms(name);
    for (const store::RecordFile& f : store.list_all()) {
        auto bytes = f.rel == own ? Result<std::string>(Error{""}) : store.read(f.rel);
        for (const auto& form : forms) {
            if (bytes && bytes->find(form) != std::string::npos) {
                out.push_back(f.rel.string());
                break;
            }
        }
    }
    return out;
}

}  // namespace

ErasePlan plan_erase(const store::Store& store, const std::string& id, const std::string& by,
                     bool purge, const Date& today) {
    const auto& refugees = kind("refugees");
    store::require_id_of<records::Refugee>(id);
    ErasePlan out;
    out.plan.id = id;
    out.plan.message = fmt::format("refugee: erase {}", id);
    fs::path rel = rel_of(refugees, id);
    auto stone = tombstone(store, id);
    if (stone) {
        out.erased_before = stone->record.erased;
    }
    bool present = store.exists(refugees, id);
    if (!present && !stone) {
        throw Failure(Exit::invalid,
                      fmt::format("there is no refugee {} (no file {}) and no tombstone "
                                  "erased/{}.yaml; nothing was changed",
                                  id, rel.string(), id));
    }
    if (present) {
        // Removed whatever it holds: erasure must not depend on the file being valid.
        auto bytes = store.read(rel);
        if (!bytes) {
            throw Failure(Exit::invalid,
                          fmt::format("{}: {}", rel.string(), bytes.error().message));
        }
        auto root = yaml::read(*bytes);
        out.name = root ? name_in(*root) : std::nullopt;
        out.plan.changes.push_back(store::Change{rel, *bytes, std::nullopt});
    }
    if (!out.name && purge) {
        out.name = name_in_history(store, rel);
    }
    for (const store::RecordFile& f : store.list(kind("assignments"))) {
        if (auto change = without_client(store, f, id, today)) {
            out.assignments.push_back(f.id);
            out.plan.changes.push_back(std::move(*change));
        }
    }
    if (out.name) {
        out.name_elsewhere = files_with_name(store, rel, *out.name);
    }
    if (!stone) {
        records::Erasure e{id, today, "GDPR Art. 17", by, std::nullopt};
        merge_into(out.plan, new_record_plan(store, kind("erased"), e, UnknownWords{},
                                             out.plan.message, today));
    }
    if (out.plan.changes.empty() && !purge) {
        throw Failure(Exit::invalid,
                      fmt::format("{} was erased on {} already and nothing refers to it; nothing "
                                  "was changed. To remove it from the git history as well, add "
                                  "--purge-history.",
                                  id, format_date(*out.erased_before)));
    }
    return out;
}

namespace {

/// Refuses when the repository has uncommitted changes: rewriting the history ends with
/// `git reset --hard`, which would lose them.
void require_clean(const git::Repository& repo) {
    auto status = repo.run({"status", "--porcelain", "--untracked-files=no"});
    if (status.status != 0 || !trim(status.out).empty()) {
        throw Failure(Exit::invalid,
                      fmt::format("the repository has uncommitted changes:\n{}\nRewriting the "
                                  "history ends with `git reset --hard`, which would lose them; "
                                  "nothing was changed. Commit or undo them first.",
                                  trim(status.out)));
    }
}

}  // namespace

void require_purge_possible(const store::Store& store) {
    git::Repository repo(store.root());
    if (!repo.exists()) {
        throw Failure(Exit::invalid,
                      fmt::format("{} is not in a git repository, so it has no history to purge; "
                                  "leave out --purge-history",
                                  store.root().string()));
    }
    auto version = sys::run({"git", "filter-repo", "--version"}, store.root());
    if (version.status != 0) {
        throw Failure(Exit::environment,
                      "`git filter-repo` is not installed, so the history cannot be purged; "
                      "nothing was changed. Install git-filter-repo (`sudo apt-get install "
                      "git-filter-repo`) and run the command again.");
    }
    require_clean(repo);
}

PurgeReport purge_history(const store::Store& store, const std::string& id,
                          const std::optional<records::PersonName>& name,
                          const std::vector<std::string>& more) {
    git::Repository here(store.root());
    git::Repository top(trim(here.run({"rev-parse", "--show-toplevel"}).out));
    std::string path = trim(here.run({"rev-parse", "--show-prefix"}).out) +
                       rel_of(kind("refugees"), id).generic_string();
    PurgeReport report;
    auto origin = top.run({"remote", "get-url", "origin"});
    report.had_origin = origin.status == 0;
    report.origin_url = trim(origin.out);

    // What is replaced, and how the report calls it: the report never prints a name.
    std::vector<std::string> texts;
    std::vector<std::string> labels;
    if (name) {
        texts = full_name_forms(*name);
        labels = {"the full name (given, family)", "the full name (family, given)",
                  "the full name (family, comma, given)"};
    } else {
        report.lines.push_back(fmt::format(
            "the name of {} was not found in the history; only {} is removed", id, path));
    }
    for (std::size_t i = 0; i < more.size(); ++i) {
        texts.push_back(more[i]);
        labels.push_back(fmt::format("the text of --replace #{}", i + 1));
    }
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Found found = find_in_history(top, texts[i]);
        found.files.erase(path);
        if (!found.files.empty()) {
            report.lines.push_back(fmt::format(
                "{} was in {} ({} commit{}): replaced by {}", labels[i], some_of(found.files),
                found.commits.size(), found.commits.size() == 1 ? "" : "s", k_removed));
        }
    }

    // integra's lock: no integra command may write while the history is rewritten.
    auto lock = store.lock();
    require_clean(here);  // again under the lock: another integra may have written meanwhile
    Expressions expressions(store.own_dir("tmp") / fmt::format("purge-{}.txt", id), texts);
    std::vector<std::string> args{
        "git",           "filter-repo",    "--force", "--quiet", "--replace-refs",
        "delete-no-add", "--invert-paths", "--path",  path};
    if (!texts.empty()) {
        for (const char* option : {"--replace-text", "--replace-message"}) {
            args.push_back(option);
            args.push_back(expressions.path().string());
        }
    }
    auto r = sys::run(args, top.dir());
    if (r.status != 0) {
        throw Failure(Exit::environment,
                      fmt::format("git filter-repo failed: {}\n{} is erased, but the history "
                                  "still holds it. Run `integra refugee erase {} "
                                  "--purge-history` again once the cause is fixed.",
                                  trim(r.err.empty() ? r.out : r.err), id, id));
    }
    // filter-repo does this too; again, so that nothing of the old history is left whatever
    // its version did.
    run_git(top, {"reflog", "expire", "--expire=now", "--all"}, id);
    run_git(top, {"gc", "--prune=now", "--quiet"}, id);

    report.lines.push_back(fmt::format("removed {} from every commit of every branch", path));
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Found left = find_in_history(top, texts[i]);
        if (!left.commits.empty()) {
            report.lines.push_back(fmt::format("{} is still in the history of {}; check it by hand",
                                               labels[i], some_of(left.files)));
        }
    }
    if (name) {
        for (const auto& [part, label] : {std::pair{name->given, "the given name"},
                                          std::pair{name->family, "the family name"}}) {
            Found left = find_in_history(top, part);
            if (!left.files.empty()) {
                report.lines.push_back(fmt::format(
                    "{} alone is still in the history of {} — other people (such as the "
                    "household's other members) may have it too; if any of it is about {}, run "
                    "again with --replace TEXT",
                    label, some_of(left.files), id));
            }
        }
    }
    return report;
}

WritePlan plan_mark_purged(const store::Store& store, const std::string& id, const Date& today) {
    auto stone = tombstone(store, id);
    if (!stone) {
        throw Failure(Exit::invalid, fmt::format("there is no tombstone erased/{}.yaml", id));
    }
    require_changeable(stone->doc);
    records::Erasure e = stone->record;
    e.history_purged = true;
    WritePlan plan =
        change_plan(store, *stone, e, fmt::format("refugee: history of {} purged", id), today);
    if (plan.changes.front().before == plan.changes.front().after) {
        plan.changes.clear();
    }
    return plan;
}

std::vector<std::string> after_purge_advice(const PurgeReport& report) {
    std::vector<std::string> out{
        "This repository's history no longer holds the person. Every other copy still does:"};
    if (report.had_origin) {
        out.push_back(fmt::format(
            "- the git server: git filter-repo removed the remote `origin` ({0}) so that the old "
            "history is not pushed back by mistake. Add it again (`git remote add origin {0}`), "
            "push with `git push --force --all origin` and `git push --force --tags origin`, "
            "then have the server's administrators expire its reflogs and prune old objects "
            "(`git reflog expire --expire=now --all && git gc --prune=now` in the bare "
            "repository; hosting services keep caches and pull-request refs of their own)",
            report.origin_url));
    } else {
        out.push_back(
            "- a git server, if the data directory is kept on one: force-push every branch "
            "(`git push --force --all`), then have its administrators expire its reflogs and "
            "prune old objects");
    }
    out.push_back(
        "- every other clone (colleagues, other offices): delete it and clone again; `git pull` "
        "into an old clone would bring the old history back");
    out.push_back(
        "- backups made before today: they still hold the person. After restoring one, run "
        "`integra check` (erased-returned) and erase again");
    return out;
}

}  // namespace integra::ops
