#include "records/json.hpp"

#include <fmt/format.h>

#include "util/json.hpp"
#include "util/values.hpp"

namespace integra::records {

namespace {

using schema::Type;

void write(std::string& out, const yaml::Node& n, const schema::Spec* spec, int indent);

void write_scalar(std::string& out, const yaml::Node& n, const schema::Spec* spec) {
    Type t = spec ? spec->type : Type::text;
    if ((t == Type::count || t == Type::year) && parse_count(n.text)) {
        out += n.text;
    } else if (t == Type::money && parse_money(n.text)) {
        out += format_money(*parse_money(n.text));
    } else if (t == Type::decimal && parse_money(n.text)) {
        out += format_decimal(*parse_money(n.text));
    } else if (t == Type::boolean && (n.text == "true" || n.text == "false")) {
        out += n.text;
    } else {
        out += json_string(n.text);
    }
}

void write(std::string& out, const yaml::Node& n, const schema::Spec* spec, int indent) {
    std::string pad(static_cast<std::size_t>(indent + 2), ' ');
    std::string close_pad(static_cast<std::size_t>(indent), ' ');
    switch (n.kind) {
        case yaml::Node::Kind::null:
            out += "null";
            return;
        case yaml::Node::Kind::scalar:
            write_scalar(out, n, spec);
            return;
        case yaml::Node::Kind::seq: {
            const schema::Spec* item =
                spec && spec->type == Type::list ? spec->item.get() : nullptr;
            out += n.items.empty() ? "[" : "[\n";
            for (std::size_t i = 0; i < n.items.size(); ++i) {
                out += pad;
                write(out, n.items[i], item, indent + 2);
                out += i + 1 < n.items.size() ? ",\n" : "\n" + close_pad;
            }
            out += "]";
            return;
        }
        case yaml::Node::Kind::map: {
            out += n.entries.empty() ? "{" : "{\n";
            for (std::size_t i = 0; i < n.entries.size(); ++i) {
                const yaml::Entry& e = n.entries[i];
                const schema::Spec* child = nullptr;
                if (spec && spec->type == Type::map) {
                    const schema::Field* f = schema::find_field(*spec, e.key);
                    child = f ? &f->spec : nullptr;
                } else if (spec && spec->type == Type::dict) {
                    child = spec->item.get();
                }
                out += fmt::format("{}{}: ", pad, json_string(e.key));
                write(out, e.value, child, indent + 2);
                out += i + 1 < n.entries.size() ? ",\n" : "\n" + close_pad;
            }
            out += "}";
            return;
        }
    }
}

}  // namespace

std::string to_json(const yaml::Node& root, const schema::Spec& spec) {
    std::string out;
    write(out, root, &spec, 0);
    out += '\n';
    return out;
}

}  // namespace integra::records
