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

std::string error_block(const std::string& errors) {
    std::string out = fmt::format(
        "{} the record is not valid yet; fix the lines below, save and "
        "quit.\n{} To give up, empty the file or quit with an error.\n",
        k_marker, k_marker);
    std::size_t start = 0;
    while (start < errors.size()) {
        auto end = errors.find('\n', start);
        out += fmt::format("{}   {}\n", k_marker, errors.substr(start, end - start));
        start = end == std::string::npos ? errors.size() : end + 1;
    }
    return out;
}

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

/// The errors of the edited text (a line offset accounts for nothing: the block is stripped).
std::string errors_of(const store::Store& store, const store::RecordFile& file,
                      const std::string& text, const Date& today, yaml::Node* parsed) {
    auto root = yaml::read(text);
    if (!root) {
        return fmt::format("line {}, column {}: {}", root.error().line, root.error().column,
                           root.error().message);
    }
    auto problems = validate_record(store, *file.kind, file.id, *root, today);
    for (const auto& p : problems) {
        if (p.check == "unknown-field") {
            return fmt::format("line {}: {} — remove it", p.pos.line, p.message);
        }
    }
    *parsed = std::move(*root);
    return describe_errors(problems);
}

}  // namespace

fs::path edit_copy_path(const store::Store& store, const std::string& id) {
    return store.root() / ".integra-edit" / fmt::format("{}.yaml", id);
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
    require_canonical(*doc);
    fs::path copy = edit_copy_path(store, id);
    std::error_code ec;
    if (fs::exists(copy, ec)) {
        throw Failure(Exit::invalid,
                      fmt::format("an earlier edit of {} was kept in {}; copy what you need from "
                                  "it, delete it, then try again",
                                  id, copy.string()));
    }
    fs::create_directories(copy.parent_path());
    ::chmod(copy.parent_path().c_str(), 0700);
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
        std::string errors = errors_of(store, *file, text, today, &root);
        if (errors.empty()) {
            auto now = store.read(file->rel);
            if (!now || *now != doc->bytes) {
                throw Failure(Exit::invalid,
                              fmt::format("{} changed on disk while you were editing; nothing "
                                          "was saved. Your version is kept in {}",
                                          file->rel.string(), copy.string()));
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
        if (errors == last_errors && text == last_text) {
            throw Failure(Exit::invalid,
                          fmt::format("{} is still not valid and was not changed:\n{}\nYour "
                                      "version is kept in {}",
                                      id, errors, copy.string()));
        }
        last_errors = errors;
        last_text = text;
        sys::write_atomic(copy, error_block(errors) + text);
    }
}

}  // namespace integra::ops
