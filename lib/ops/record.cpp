#include "ops/record.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "records/typed.hpp"
#include "yaml/reader.hpp"
#include "yaml/writer.hpp"

namespace integra::ops {

records::Settings load_settings(const store::Store& store) {
    auto bytes = store.read("integra.yaml");
    if (!bytes) {
        return {};
    }
    auto root = yaml::read(*bytes);
    return root ? records::settings_from(*root) : records::Settings{};
}

records::Settings require_settings(const store::Store& store) {
    auto bytes = store.read("integra.yaml");
    if (!bytes) {
        throw Failure(Exit::invalid, fmt::format("integra.yaml {}.\nRecords are checked against "
                                                 "it, so fix it first (`integra check "
                                                 "settings`).",
                                                 bytes.error().message));
    }
    auto root = yaml::read(*bytes);
    if (!root) {
        throw Failure(Exit::invalid,
                      fmt::format("integra.yaml:{}:{}: {}\nRecords are checked "
                                  "against it, so fix it first (`integra "
                                  "check settings`).",
                                  root.error().line, root.error().column, root.error().message));
    }
    return records::settings_from(*root);
}

records::SettingsFile settings_file(const store::Store& store) {
    require_settings(store);  // the same refusals, with the same words
    auto root = yaml::read(*store.read("integra.yaml"));
    auto typed = records::decode<records::SettingsFile>(*root);
    if (!typed) {
        throw Failure(Exit::invalid,
                      fmt::format("integra.yaml:{}:{}: {}\nFix it first (`integra check "
                                  "settings`).",
                                  typed.error().line, typed.error().column, typed.error().message));
    }
    return std::move(*typed);
}

std::vector<schema::Problem> validate_record(const store::Store& store, const records::Kind& kind,
                                             const std::string& id, const yaml::Node& root,
                                             const Date& today) {
    records::Settings settings = require_settings(store);
    schema::Context ctx;
    ctx.today = today;
    ctx.staff = &settings.staff_handles;
    ctx.steps = &settings.step_keys;
    schema::Findings f;
    schema::validate(root, *kind.spec, ctx, f);
    if (!f.id.empty() && f.id != id) {
        f.problems.push_back(schema::Problem{
            f.id_pos, schema::Severity::error,
            fmt::format("`id` must stay {} (the file name); it cannot be changed", id),
            "id-filename"});
    }
    for (const schema::Reference& r : f.references) {
        const records::Kind* target = records::find_kind(r.kind);
        if (target && !store.exists(*target, r.id)) {
            f.problems.push_back(schema::Problem{
                r.pos, schema::Severity::error,
                fmt::format("`{}` refers to {} {}, which does not exist", r.field, r.kind, r.id),
                "reference"});
        }
    }
    return std::move(f.problems);
}

std::string checked_bytes(const store::Store& store, const records::Kind& kind,
                          const std::string& id, const yaml::Node& root, const Date& today,
                          std::string_view subject) {
    yaml::Node normal = schema::normalise(root, *kind.spec);
    auto problems = validate_record(store, kind, id, normal, today);
    if (has_errors(problems)) {
        throw Failure(Exit::invalid,
                      fmt::format("{} would be invalid, so nothing was changed:\n{}",
                                  subject.empty() ? id : subject, describe_errors(problems)));
    }
    return yaml::write(normal);
}

bool has_errors(const std::vector<schema::Problem>& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const auto& p) { return p.severity == schema::Severity::error; });
}

std::string describe_errors(const std::vector<schema::Problem>& problems, int line_offset) {
    std::string out;
    for (const schema::Problem& p : problems) {
        if (p.severity != schema::Severity::error) {
            continue;
        }
        out += out.empty() ? "" : "\n";
        if (p.pos.line > 0) {
            out += fmt::format("{}:{}: ", p.pos.line + line_offset, p.pos.column);
        }
        out += fmt::format("{} [{}]", p.message, p.check);
    }
    return out;
}

void require_changeable(const store::Document& doc) {
    if (store::canonical_bytes(doc.root, *doc.file.kind->spec) != doc.bytes) {
        throw Failure(Exit::invalid,
                      fmt::format("{} was edited by hand (comments, quoting, key order or unknown "
                                  "fields differ from the form integra writes), so integra will "
                                  "not rewrite it.\nSee what normalising would change with "
                                  "`integra fmt {}`, apply it with `integra fmt --write {}`, then "
                                  "try again.",
                                  doc.file.rel.string(), doc.file.id, doc.file.id));
    }
    // Fees have been paid on it: a change would make the statement and the record disagree.
    const yaml::Node* status = doc.root.find("status");
    if (doc.file.kind->name == "assignment" && status &&
        records::parse_word<records::AssignmentStatus>(status->text) ==
            records::AssignmentStatus::billed) {
        const yaml::Node* month = doc.root.find("billed");
        throw Failure(
            Exit::invalid,
            fmt::format("{} is billed{} and can no longer change: it has been paid", doc.file.id,
                        month && month->is_scalar() ? fmt::format(" ({})", month->text) : ""));
    }
}

}  // namespace integra::ops
