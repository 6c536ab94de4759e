#include "check/check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "check/casework_rules.hpp"
#include "check/funding_rules.hpp"
#include "check/pilot_rules.hpp"
#include "records/settings.hpp"
#include "records/typed.hpp"
#include "store/cache.hpp"
#include "store/typed.hpp"
#include "sys/parallel.hpp"
#include "yaml/reader.hpp"

namespace integra::check {

std::size_t Report::errors() const {
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t Report::warnings() const {
    return diagnostics.size() - errors();
}

namespace {

/// A reference to resolve once every file is known; `file` points into the checker's list
/// of files (a path per reference would cost a district a hundred megabytes).
struct PendingReference {
    const std::filesystem::path* file;
    schema::Reference ref;
};

const std::filesystem::path k_settings_rel = "integra.yaml";

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string id_shape(const records::Kind& kind) {
    std::string n(static_cast<std::size_t>(kind.digits), 'N');
    return kind.yearly ? fmt::format("{}YYYY-{}", kind.prefix, n)
                       : fmt::format("{}{}", kind.prefix, n);
}

class Checker {
  public:
    Checker(const store::Store& store, const Date& today) : m_store(store) { m_ctx.today = today; }

    Report run() {
        read_settings();
        const std::vector<store::RecordFile> files = m_store.list_all();
        for (const records::Kind& kind : records::all_kinds()) {
            const std::size_t n = m_store.count(kind);
            m_ids[kind.name].reserve(n);
            m_lower_ids[&kind].reserve(n);
        }
        for (const store::RecordFile& file : files) {
            m_ids[file.kind->name].insert(file.id);
        }
        for (const store::Stray& stray : m_store.strays()) {
            add(stray.rel, {}, Severity::error, stray.reason, "stray-file");
        }
        // Reading, parsing, the schema and decoding are per file and run on every core;
        // what spans files is then done in file order, so the result does not depend on the
        // number of threads.
        for_each_bucket([&]<class T>(std::vector<Checked<T>>& checked) {
            checked.reserve(count_of<T>(files));
        });
        std::vector<FileResult> results(files.size());
        sys::parallel_for(files.size(), [&](std::size_t i) { results[i] = examine(files[i]); });
        std::size_t references = 0;
        for (const FileResult& r : results) {
            references += r.findings.references.size();
        }
        m_references.reserve(references);
        for (std::size_t i = 0; i < files.size(); ++i) {
            take(files[i], std::move(results[i]));
        }
        results.clear();
        resolve_references();
        check_guides(m_guides, m_report.diagnostics);
        m_cases.assignments = &m_guides.assignments;
        m_cases.pilots = &m_guides.pilots;
        m_cases.settings = m_guides.settings ? &*m_guides.settings : nullptr;
        check_casework(m_cases, *m_ctx.today, m_report.diagnostics);
        m_funding.settings = m_cases.settings;
        check_funding(m_funding, *m_ctx.today, m_report.diagnostics);
        std::stable_sort(m_report.diagnostics.begin(), m_report.diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return std::tie(a.file, a.pos.line, a.pos.column) <
                                    std::tie(b.file, b.pos.line, b.pos.column);
                         });
        if (m_report.errors() == 0) {
            hand_over(files);
        }
        return std::move(m_report);
    }

  private:
    void add(const std::filesystem::path& file, yaml::Pos pos, Severity sev, std::string msg,
             std::string_view check) {
        m_report.diagnostics.push_back(Diagnostic{file, pos, sev, std::move(msg), check});
    }

    void read_settings() {
        const std::filesystem::path rel = "integra.yaml";
        ++m_report.files;
        auto bytes = m_store.read(rel);
        if (!bytes) {
            add(rel, {}, Severity::error, fmt::format("the file {}", bytes.error().message),
                "file");
            return;
        }
        auto root = yaml::read(*bytes);
        if (!root) {
            add(rel, {root.error().line, root.error().column}, Severity::error,
                root.error().message, "yaml-syntax");
            return;
        }
        schema::Findings findings;
        schema::validate(*root, records::settings_spec(), m_ctx, findings);
        for (auto& p : findings.problems) {
            add(rel, p.pos, p.severity, std::move(p.message), p.check);
        }
        for (auto& r : findings.references) {
            m_references.push_back(PendingReference{&k_settings_rel, std::move(r)});
        }
        m_settings = records::settings_from(*root);
        if (!findings.has_errors()) {
            if (auto typed = records::decode<records::SettingsFile>(*root)) {
                m_guides.settings = std::move(*typed);
            }
        }
        m_ctx.staff = &m_settings.staff_handles;
        m_ctx.steps = &m_settings.step_keys;
    }

    /// A record as a struct of its kind, when it passed the schema.
    using Typed = std::variant<std::monostate, records::Pilot, records::Assignment,
                               records::Household, records::Refugee, records::HousingUnit,
                               records::Erasure, records::Project, records::Ag, records::Meeting>;

    /// What one file gives on its own: read on any thread, touching nothing shared.
    struct FileResult {
        std::optional<Error> unreadable;
        std::string bytes;
        schema::Findings findings;
        std::unique_ptr<Typed> typed;  ///< on the heap: the largest kind is 600 bytes
    };

    FileResult examine(const store::RecordFile& file) const {
        FileResult out;
        auto doc = m_store.load(file);
        if (!doc) {
            out.unreadable = doc.error();
            return out;
        }
        schema::validate(doc->root, *file.kind->spec, m_ctx, out.findings);
        if (!out.findings.has_errors()) {
            out.typed = std::make_unique<Typed>(decode(*file.kind, doc->root));
        }
        out.bytes = std::move(doc->bytes);
        return out;
    }

    static Typed decode(const records::Kind& kind, const yaml::Node& root) {
        auto as = [&]<class T>() -> Typed {
            auto r = records::decode<T>(root);
            return r ? Typed(std::move(*r)) : Typed();
        };
        const std::string_view k = kind.plural;
        return k == "pilots"        ? as.template operator()<records::Pilot>()
               : k == "assignments" ? as.template operator()<records::Assignment>()
               : k == "households"  ? as.template operator()<records::Household>()
               : k == "refugees"    ? as.template operator()<records::Refugee>()
               : k == "housing"     ? as.template operator()<records::HousingUnit>()
               : k == "erased"      ? as.template operator()<records::Erasure>()
               : k == "projects"    ? as.template operator()<records::Project>()
               : k == "ags"         ? as.template operator()<records::Ag>()
               : k == "meetings"    ? as.template operator()<records::Meeting>()
                                    : Typed();
    }

    /// Adds what `result` found about `file` to the report and keeps its record for the rules.
    void take(const store::RecordFile& file, FileResult result) {
        ++m_report.files;
        check_file_name(file);
        if (result.unreadable) {
            const Error& e = *result.unreadable;
            bool syntax = e.line > 0 || e.message.starts_with("the file is empty");
            add(file.rel, {e.line, e.column}, Severity::error,
                syntax ? e.message : fmt::format("the file {}", e.message),
                syntax ? "yaml-syntax" : "file");
            return;
        }
        schema::Findings& findings = result.findings;
        for (auto& p : findings.problems) {
            if (p.check == "unknown-field") {
                p.message += " `integra fmt` would drop it";
            }
            add(file.rel, p.pos, p.severity, std::move(p.message), p.check);
        }
        if (!findings.id.empty() && findings.id != file.id && has_valid_name(file)) {
            add(file.rel, findings.id_pos, Severity::error,
                fmt::format("`id` is {} but the file is named {}.yaml; they must be the same",
                            findings.id, file.id),
                "id-filename");
        }
        for (auto& r : findings.references) {
            m_references.push_back(PendingReference{&file.rel, std::move(r)});
        }
        if (result.typed) {
            std::visit(
                [&]<class T>(T& record) {
                    if constexpr (!std::is_same_v<T, std::monostate>) {
                        keep(file, Tree(std::move(result.bytes)), std::move(record));
                    }
                },
                *result.typed);
        }
    }

    /// Valid records, typed, for the rules that span records.
    template <class T>
    void keep(const store::RecordFile& file, Tree root, T record) {
        bucket<T>().push_back(Checked<T>{file.rel, std::move(root), std::move(record)});
    }

    /// Where the rules find the valid records of type T.
    template <class T>
    std::vector<Checked<T>>& bucket() {
        if constexpr (std::is_same_v<T, records::Pilot>) {
            return m_guides.pilots;
        } else if constexpr (std::is_same_v<T, records::Assignment>) {
            return m_guides.assignments;
        } else if constexpr (std::is_same_v<T, records::Household>) {
            return m_cases.households;
        } else if constexpr (std::is_same_v<T, records::Refugee>) {
            return m_cases.refugees;
        } else if constexpr (std::is_same_v<T, records::HousingUnit>) {
            return m_cases.housing;
        } else if constexpr (std::is_same_v<T, records::Erasure>) {
            return m_cases.erased;
        } else if constexpr (std::is_same_v<T, records::Project>) {
            return m_funding.projects;
        } else if constexpr (std::is_same_v<T, records::Ag>) {
            return m_funding.ags;
        } else {
            static_assert(std::is_same_v<T, records::Meeting>);
            return m_funding.meetings;
        }
    }

    /// Calls `f` with every bucket.
    template <class F>
    void for_each_bucket(F&& f) {
        f(bucket<records::Pilot>());
        f(bucket<records::Assignment>());
        f(bucket<records::Household>());
        f(bucket<records::Refugee>());
        f(bucket<records::HousingUnit>());
        f(bucket<records::Erasure>());
        f(bucket<records::Project>());
        f(bucket<records::Ag>());
        f(bucket<records::Meeting>());
    }

    /// How many of `files` are of the kind whose records are T.
    template <class T>
    static std::size_t count_of(const std::vector<store::RecordFile>& files) {
        const records::Kind& kind = store::kind_of<T>();
        return static_cast<std::size_t>(
            std::count_if(files.begin(), files.end(),
                          [&](const store::RecordFile& f) { return f.kind == &kind; }));
    }

    /// Leaves the decoded records in the store for the rest of the command (status and
    /// report compute from them next), for each kind whose every file was decoded.
    void hand_over(const std::vector<store::RecordFile>& files) {
        for_each_bucket([&]<class T>(std::vector<Checked<T>>& checked) {
            if (count_of<T>(files) != checked.size()) {
                return;
            }
            auto records = std::make_shared<std::vector<T>>();
            records->reserve(checked.size());
            for (Checked<T>& c : checked) {
                records->push_back(std::move(c.record));
            }
            checked.clear();
            m_store.keep(store::kind_of<T>(), typeid(T), std::move(records));
        });
    }

    static bool has_valid_name(const store::RecordFile& file) {
        return records::is_safe_id(file.id) && records::has_id_format(*file.kind, file.id);
    }

    void check_file_name(const store::RecordFile& file) {
        if (!has_valid_name(file)) {
            add(file.rel, {}, Severity::error,
                fmt::format("the file name `{}.yaml` is not a {} ID of the form {}", file.id,
                            file.kind->name, id_shape(*file.kind)),
                "id-filename");
        }
        // Per folder: a tombstone in erased/ has its person's ID by design.
        auto [it, inserted] = m_lower_ids[file.kind].emplace(lower(file.id), &file.rel);
        if (!inserted) {
            add(file.rel, {}, Severity::error,
                fmt::format("{} has the same ID as {} (IDs differ only in case); merge or "
                            "renumber one of them",
                            file.rel.string(), it->second->string()),
                "duplicate-id");
        }
    }

    void resolve_references() {
        for (const PendingReference& p : m_references) {
            const auto& ids = m_ids[p.ref.kind];
            if (ids.count(p.ref.id) == 0) {
                add(*p.file, p.ref.pos, Severity::error,
                    fmt::format("`{}` refers to {} {}, which does not exist", p.ref.field,
                                p.ref.kind, p.ref.id),
                    "reference");
            }
        }
    }

    const store::Store& m_store;
    schema::Context m_ctx;
    records::Settings m_settings;
    Report m_report;
    /// The IDs of every file listed, by kind (views of the list, which outlives them).
    std::unordered_map<std::string_view, std::unordered_set<std::string_view>> m_ids;
    /// The IDs in lower case, by kind, with the file that has each first.
    std::unordered_map<const records::Kind*,
                       std::unordered_map<std::string, const std::filesystem::path*>>
        m_lower_ids;
    std::vector<PendingReference> m_references;
    GuideRecords m_guides;
    CaseRecords m_cases;
    FundingRecords m_funding;
};

bool selected(const Diagnostic& d, const Selection& s) {
    if (s.empty()) {
        return true;
    }
    if (d.file == "integra.yaml") {
        return s.settings;
    }
    std::string id = d.file.stem().string();
    std::string dir = d.file.parent_path().string();
    return std::find(s.ids.begin(), s.ids.end(), id) != s.ids.end() ||
           std::any_of(s.kinds.begin(), s.kinds.end(),
                       [&](const records::Kind* k) { return k->plural == dir; });
}

/// Check names as they came from a cache file, kept for the rest of the process, since a
/// Diagnostic refers to its check's name.
std::string_view interned(std::string_view name) {
    static std::mutex mutex;
    static std::set<std::string, std::less<>> names;
    std::lock_guard lock(mutex);
    auto it = names.find(name);
    if (it == names.end()) {
        it = names.emplace(name).first;
    }
    return *it;
}

std::string encode(const Report& r) {
    store::BinaryWriter w;
    w.u64(r.files);
    w.u64(r.diagnostics.size());
    for (const Diagnostic& d : r.diagnostics) {
        w.str(d.file.string());
        w.u64(static_cast<std::uint64_t>(d.pos.line));
        w.u64(static_cast<std::uint64_t>(d.pos.column));
        w.u64(d.severity == Severity::error ? 1 : 0);
        w.str(d.message);
        w.str(d.check);
    }
    return w.take();
}

std::optional<Report> decode(std::string_view bytes) {
    try {
        store::BinaryReader r(bytes);
        Report out;
        out.files = r.u64();
        const std::uint64_t n = r.u64();
        for (std::uint64_t i = 0; i < n; ++i) {
            Diagnostic d;
            d.file = r.str();
            d.pos.line = static_cast<int>(r.u64());
            d.pos.column = static_cast<int>(r.u64());
            d.severity = r.u64() == 1 ? Severity::error : Severity::warning;
            d.message = r.str();
            d.check = interned(r.str());
            out.diagnostics.push_back(std::move(d));
        }
        if (!r.done()) {
            return std::nullopt;
        }
        return out;
    } catch (const Failure&) {
        return std::nullopt;
    }
}

}  // namespace

Report run(const store::Store& store, const Date& today, const Selection& selection) {
    // Taken before any record is read: a change during the check makes its result unusable.
    store::ResultCache cache(store);
    const std::string key = format_date(today);
    std::optional<Report> saved;
    if (auto bytes = cache.get("check", key)) {
        saved = decode(*bytes);
    }
    Report report = saved ? std::move(*saved) : Checker(store, today).run();
    if (!saved && cache.enabled()) {
        cache.put("check", key, encode(report));
    }
    std::erase_if(report.diagnostics, [&](const Diagnostic& d) { return !selected(d, selection); });
    return report;
}

Selection select(const std::vector<std::string>& args) {
    Selection s;
    for (const std::string& a : args) {
        if (a == "settings" || a == "integra.yaml") {
            s.settings = true;
        } else if (const records::Kind* k = records::find_kind(a)) {
            s.kinds.push_back(k);
        } else if (const records::Kind* kind = records::kind_of_id(a);
                   kind && records::is_safe_id(a) && records::has_id_format(*kind, a)) {
            s.ids.push_back(a);
        } else {
            throw Failure(Exit::usage,
                          fmt::format("`{}` is neither a record ID nor a kind (pilots, "
                                      "assignments, households, refugees, housing, projects, "
                                      "ags, meetings, erased, settings)",
                                      a));
        }
    }
    return s;
}

}  // namespace integra::check
