#include "ops/edit.hpp"

#include <sys/stat.h>

#include <fmt/format.h>

#include "ops/record.hpp"
#include "records/flatten.hpp"
#include "sys/files.hpp"
#include "yaml/reader.hpp"

namespace integra::ops {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_marker = "# integra:";

/// The copy without the error block integra put at its top.
std::string strip_error_block(const std::string& text) {
    std::size_t pos = 0;
    while (text.compare(pos, k_marker.size(), k_marker) == 0) {
        auto end = text.find('\n', pos);
        if (end == std::string::npos) {
            return {};
        }
        pos = end + 1;
    }
    return text.substr(pos);
}

constexpr int k_block_header_lines = 2;

/// The comment block put above the user's text: a header, then one line per error, with line
/// numbers as the user sees them below the block.
std::string error_block(const std::vector<schema::Problem>& errors) {
    std::string out = fmt::format(
        "{} the record is not valid yet; fix the lines below, save and "
        "quit.\n{} To give up, empty the file or quit with an error.\n",
        k_marker, k_marker);
    const int offset = k_block_header_lines + static_cast<int>(errors.size());
    for (const schema::Problem& p : errors) {
        out += fmt::format("{}   {}\n", k_marker, describe_errors({p}, offset));
    }
    return out;
}

/// A path as the user can type it: relative to the working directory when inside it.
std::string shown(const fs::path& path) {
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    fs::path rel = ec ? path : path.lexically_proximate(cwd);
    return (rel.empty() || rel.begin()->string() == "..") ? path.string() : rel.string();
}

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

/// The errors of the edited text, the block stripped: YAML errors, schema and reference errors,
/// and unknown fields (which would be lost on saving). `*parsed` is set when there are none.
std::vector<schema::Problem> errors_of(const store::Store& store, const store::RecordFile& file,
                                       const std::string& text, const Date& today,
                                       yaml::Node* parsed) {
    auto root = yaml::read(text);
    if (!root) {
        const Error& e = root.error();
        return {
            schema::Problem{{e.line, e.column}, schema::Severity::error, e.message, "yaml-syntax"}};
    }
    std::vector<schema::Problem> errors;
    for (auto& p : validate_record(store, *file.kind, file.id, *root, today)) {
        if (p.check == "unknown-field") {
            p.severity = schema::Severity::error;
            p.message += " Correct it or remove the line; saving would lose it.";
        }
        if (p.severity == schema::Severity::error) {
            errors.push_back(std::move(p));
        }
    }
    if (errors.empty()) {
        *parsed = std::move(*root);
    }
    return errors;
}

}  // namespace

fs::path edit_copy_path(const store::Store& store, const std::string& id) {
    return store.root() / store::k_own_dir / "edit" / fmt::format("{}.yaml", id);
}

EditOutcome edit_record(const store::Store& store, const std::string& id, const Date& today,
                        const Editor& editor, store::CommitMode mode) {
    auto file = store.locate(id);
    if (!file) {
        throw Failure(Exit::invalid, file.error().message);
    }
    auto doc = store.load(*file);
    if (!doc) {
        throw Failure(Exit::invalid,
                      fmt::format("{}:{}:{}: {}", file->rel.string(), doc.error().line,
                                  doc.error().column, doc.error().message));
    }
    require_changeable(*doc);
    fs::path copy = edit_copy_path(store, id);
    std::error_code ec;
    // Before integra kept its files in .integra/, edit copies lived in .integra-edit/.
    fs::path old_copy = store.root() / ".integra-edit" / fmt::format("{}.yaml", id);
    if (fs::exists(old_copy, ec)) {
        copy = old_copy;
    }
    if (fs::exists(copy, ec)) {
        throw Failure(Exit::invalid,
                      fmt::format("an earlier edit of {} was kept in {}; copy what you need from "
                                  "it, delete it, then try again",
                                  id, shown(copy)));
    }
    store.own_dir("edit");
    sys::write_atomic(copy, doc->bytes);
    std::string last_errors, last_text;
    while (true) {
        int status = editor(copy);
        if (status != 0) {
            fs::remove(copy, ec);
            throw Failure(Exit::invalid, fmt::format("the editor exited with status {}; {} was "
                                                     "not changed",
                                                     status, id));
        }
        auto edited = sys::read_regular_file(copy, store::k_max_record_bytes);
        std::string text = edited ? strip_error_block(*edited) : std::string();
        if (blank(text)) {
            fs::remove(copy, ec);
            throw Failure(Exit::invalid,
                          fmt::format("the file was emptied; {} was not changed", id));
        }
        if (text == doc->bytes) {
            fs::remove(copy, ec);
            return EditOutcome{EditResult::unchanged, {}};
        }
        yaml::Node root;
        auto errors = errors_of(store, *file, text, today, &root);
        if (errors.empty()) {
            auto now = store.read(file->rel);
            if (!now || *now != doc->bytes) {
                throw Failure(Exit::invalid,
                              fmt::format("{} changed on disk while you were editing; nothing "
                                          "was saved. Your version is kept in {}",
                                          file->rel.string(), shown(copy)));
            }
            std::string after = store::canonical_bytes(root, *file->kind->spec);
            if (after == doc->bytes) {
                fs::remove(copy, ec);
                return EditOutcome{EditResult::unchanged, {}};
            }
            auto keys = records::top_level_keys(
                records::diff(records::flatten(doc->root),
                              records::flatten(schema::normalise(root, *file->kind->spec))));
            std::string message =
                fmt::format("{}: edit {} {}", file->kind->name, id, fmt::join(keys, ", "));
            store.apply({store::Change{file->rel, doc->bytes, after}}, message, mode);
            fs::remove(copy, ec);
            return EditOutcome{EditResult::saved, message};
        }
        std::string described = describe_errors(errors);
        if (described == last_errors && text == last_text) {
            throw Failure(Exit::invalid,
                          fmt::format("{} is still not valid and was not changed:\n{}\nYour "
                                      "version is kept in {}",
                                      id, described, shown(copy)));
        }
        last_errors = described;
        last_text = text;
        sys::write_atomic(copy, error_block(errors) + text);
    }
}

}  // namespace integra::ops
