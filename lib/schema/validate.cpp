#include "schema/validate.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "iso/codes.hpp"
#include "util/values.hpp"
#include "yaml/writer.hpp"

namespace integra::schema {

bool Findings::has_errors() const {
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Severity::error; });
}

namespace {

using yaml::Node;

class Validator {
  public:
    Validator(const Context& ctx, Findings& out) : m_ctx(ctx), m_out(out) {}

    void node(const Node& n, const Spec& spec, const std::string& path) {
        switch (spec.type) {
            case Type::map:
                return map(n, spec, path);
            case Type::list:
                return list(n, spec, path);
            case Type::dict:
                return dict(n, spec, path);
            default:
                return scalar(n, spec, path);
        }
    }

  private:
    void error(const yaml::Pos& pos, std::string msg, std::string_view check = "schema") {
        m_out.problems.push_back(Problem{pos, Severity::error, std::move(msg), check});
    }
    void warning(const yaml::Pos& pos, std::string msg, std::string_view check) {
        m_out.problems.push_back(Problem{pos, Severity::warning, std::move(msg), check});
    }

    static std::string join(const std::string& path, std::string_view key) {
        return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
    }

    void map(const Node& n, const Spec& spec, const std::string& path) {
        if (!n.is_map()) {
            error(n.pos, fmt::format("`{}` must be a mapping of `key: value` lines", path));
            return;
        }
        for (const yaml::Entry& e : n.entries) {
            const Field* f = find_field(spec, e.key);
            if (!f) {
                warning(e.key_pos,
                        fmt::format("unknown field `{}`; is it misspelt?", join(path, e.key)),
                        "unknown-field");
                continue;
            }
            if (e.value.is_null()) {
                if (f->required) {
                    error(e.key_pos, fmt::format("`{}` is required but empty", join(path, e.key)));
                }
                continue;
            }
            node(e.value, f->spec, join(path, e.key));
        }
        for (const Field& f : spec.fields) {
            if (f.required && !n.find(f.key)) {
                error(n.pos, fmt::format("`{}` is missing; it is required", join(path, f.key)));
            }
        }
        if (!spec.one_of.empty()) {
            auto present = std::count_if(spec.one_of.begin(), spec.one_of.end(), [&](auto k) {
                const Node* v = n.find(k);
                return v && !v->is_null();
            });
            if (present != 1) {
                error(n.pos, fmt::format("`{}` needs exactly one of `{}`", path,
                                         fmt::join(spec.one_of, "`, `")));
            }
        }
    }

    void list(const Node& n, const Spec& spec, const std::string& path) {
        if (!n.is_seq()) {
            error(n.pos, fmt::format("`{}` must be a list (lines starting with `- `)", path));
            return;
        }
        for (std::size_t i = 0; i < n.items.size(); ++i) {
            node(n.items[i], *spec.item, fmt::format("{}[{}]", path, i));
        }
    }

    void dict(const Node& n, const Spec& spec, const std::string& path) {
        if (!n.is_map()) {
            error(n.pos, fmt::format("`{}` must be a mapping of `key: value` lines", path));
            return;
        }
        for (const yaml::Entry& e : n.entries) {
            Node key = Node::scalar(e.key, yaml::Style::plain);
            key.pos = e.key_pos;
            scalar(key, *spec.key, fmt::format("{} key", path));
            if (!e.value.is_null()) {
                node(e.value, *spec.item, join(path, e.key));
            }
        }
    }

    void scalar(const Node& n, const Spec& spec, const std::string& path) {
        if (!n.is_scalar()) {
            error(n.pos, fmt::format("`{}` must be a single value, not a {}", path,
                                     n.is_map()   ? "mapping"
                                     : n.is_seq() ? "list"
                                                  : "empty value"));
            return;
        }
        const std::string& t = n.text;
        // A file holds only UTF-8 (yaml::read), but values from the command line or a terminal
        // reach here unread; written, such a value would leave a file integra cannot read.
        if (!is_valid_utf8(t)) {
            error(n.pos,
                  fmt::format("`{}` is not valid UTF-8; is the terminal set to UTF-8?", path));
            return;
        }
        switch (spec.type) {
            case Type::text:
                if (t.empty()) {
                    error(n.pos, fmt::format("`{}` is empty; remove the line or fill it in", path));
                } else if (t.find_first_not_of(" \t\n") == std::string::npos) {
                    error(n.pos,
                          fmt::format("`{}` is only blanks; remove the line or fill it in", path));
                } else if (auto control = find_control_character(t)) {
                    error(n.pos, fmt::format("`{}` contains the control character U+{:04X} (an "
                                             "escape such as \\a or \\e); remove it",
                                             path, control->code));
                }
                break;
            case Type::self_id:
                m_out.id = t;
                m_out.id_pos = n.pos;
                break;
            case Type::ref:
                if (std::find(spec.choices.begin(), spec.choices.end(), t) == spec.choices.end()) {
                    m_out.references.push_back(Reference{spec.ref, t, n.pos, path});
                }
                break;
            case Type::date:
                date(n, spec, path);
                break;
            case Type::month:
                expect(parse_month(t).has_value(), n, path, "a month as YYYY-MM, e.g. 2025-03");
                break;
            case Type::time:
                expect(parse_time(t).has_value(), n, path, "a time as HH:MM, e.g. \"09:30\"");
                break;
            case Type::count:
                expect(parse_count(t).has_value(), n, path, "a whole number such as 4");
                break;
            case Type::year:
                expect(t.size() == 4 && parse_count(t).has_value(), n, path, "a year such as 2025");
                break;
            case Type::decimal:
            case Type::money:
                expect(parse_money(t).has_value(), n, path,
                       "a non-negative number with at most two decimal places, e.g. 1200.50");
                break;
            case Type::boolean:
                expect(t == "true" || t == "false", n, path, "true or false");
                break;
            case Type::choice:
                if (std::find(spec.choices.begin(), spec.choices.end(), t) == spec.choices.end()) {
                    error(n.pos, fmt::format("`{}` is `{}`; expected one of: {}", path, t,
                                             fmt::join(spec.choices, ", ")));
                }
                break;
            case Type::language:
                language(n, path);
                break;
            case Type::country:
                expect(iso::find_country(t).has_value(), n, path,
                       "an ISO 3166-1 alpha-2 country code in capitals such as SY, or XX "
                       "(stateless) or ZZ (unknown)");
                break;
            case Type::staff:
                member_of(m_ctx.staff, n, path,
                          "a staff handle listed under `staff` in integra.yaml");
                break;
            case Type::step:
                member_of(m_ctx.steps, n, path,
                          "an onboarding step key listed under `onboarding` in integra.yaml");
                break;
            default:
                break;
        }
    }

    void expect(bool ok, const Node& n, const std::string& path, std::string_view what) {
        if (!ok) {
            error(n.pos, fmt::format("`{}` is `{}`; expected {}", path, n.text, what));
        }
    }

    void date(const Node& n, const Spec& spec, const std::string& path) {
        auto d = parse_date(n.text);
        if (!d) {
            error(n.pos, fmt::format("`{}` is `{}`; expected a real calendar date as YYYY-MM-DD",
                                     path, n.text));
            return;
        }
        if (spec.past && m_ctx.today && *d > *m_ctx.today) {
            error(n.pos,
                  fmt::format("`{}` is {}, which lies after today ({})", path, n.text,
                              format_date(*m_ctx.today)),
                  "future-date");
        }
    }

    void language(const Node& n, const std::string& path) {
        auto entry = iso::find_language(n.text);
        if (!entry) {
            error(n.pos, fmt::format("`{}` is `{}`, which is not an ISO 639 language code "
                                     "(lower case, such as fa, tr or prs)",
                                     path, n.text));
        } else if (entry->preferred != n.text) {
            warning(n.pos,
                    fmt::format("`{}`: write `{}` ({}, ISO 639-1) instead of `{}`", path,
                                entry->preferred, entry->name, n.text),
                    "language-code");
        }
    }

    void member_of(const std::vector<std::string>* allowed, const Node& n, const std::string& path,
                   std::string_view what) {
        if (allowed && std::find(allowed->begin(), allowed->end(), n.text) == allowed->end()) {
            error(n.pos, fmt::format("`{}` is `{}`; expected {}", path, n.text, what));
        }
    }

    const Context& m_ctx;
    Findings& m_out;
};

yaml::Style style_of(Type t) {
    switch (t) {
        case Type::date:
        case Type::month:
        case Type::count:
        case Type::year:
        case Type::decimal:
        case Type::money:
        case Type::boolean:
            return yaml::Style::plain;
        case Type::time:
            return yaml::Style::quoted;
        default:
            return yaml::Style::any;
    }
}

/// The canonical spelling of a typed scalar, or the text unchanged when it does not parse.
std::string canonical_text(const std::string& t, Type type) {
    if (type == Type::money) {
        if (auto m = parse_money(t)) {
            return format_money(*m);
        }
    } else if (type == Type::decimal) {
        if (auto m = parse_money(t)) {
            return format_decimal(*m);
        }
    }
    return t;
}

Node normalise_node(const Node& n, const Spec& spec);

Node normalise_map(const Node& n, const Spec& spec) {
    Node out = Node::map();
    for (const Field& f : spec.fields) {
        const Node* v = n.find(f.key);
        if (v && (!v->is_null() || f.required)) {
            out.entries.push_back(yaml::Entry{std::string(f.key), {}, normalise_node(*v, f.spec)});
        }
    }
    return out;
}

Node normalise_node(const Node& n, const Spec& spec) {
    if (spec.type == Type::map && n.is_map()) {
        return normalise_map(n, spec);
    }
    if (spec.type == Type::list && n.is_seq()) {
        Node out = Node::seq();
        for (const Node& item : n.items) {
            out.items.push_back(normalise_node(item, *spec.item));
        }
        return out;
    }
    if (spec.type == Type::dict && n.is_map()) {
        Node out = Node::map();
        for (const yaml::Entry& e : n.entries) {
            if (!e.value.is_null()) {
                out.entries.push_back(yaml::Entry{
                    e.key, {}, normalise_node(e.value, *spec.item), style_of(spec.key->type)});
            }
        }
        return out;
    }
    if (n.is_scalar() && spec.type != Type::map && spec.type != Type::list &&
        spec.type != Type::dict) {
        return Node::scalar(canonical_text(n.text, spec.type), style_of(spec.type));
    }
    // A value of the wrong shape is kept as it is: check reports it, fmt does not lose it.
    Node copy = n;
    copy.style =
        n.is_scalar() && n.style == yaml::Style::quoted ? yaml::Style::quoted : yaml::Style::any;
    return copy;
}

}  // namespace

void validate(const yaml::Node& doc, const Spec& spec, const Context& ctx, Findings& out) {
    Validator(ctx, out).node(doc, spec, "");
}

yaml::Node normalise(const yaml::Node& doc, const Spec& spec) {
    return normalise_node(doc, spec);
}

const Spec* spec_at(const Spec& root, std::string_view path) {
    const Spec* spec = &root;
    while (!path.empty()) {
        auto dot = path.find('.');
        auto part = path.substr(0, dot);
        path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
        if (spec->type == Type::map) {
            const Field* f = find_field(*spec, part);
            if (!f) {
                return nullptr;
            }
            spec = &f->spec;
        } else if (spec->type == Type::list) {
            if (part.empty() || part.find_first_not_of("0123456789") != std::string_view::npos) {
                return nullptr;
            }
            spec = spec->item.get();
        } else if (spec->type == Type::dict) {
            spec = spec->item.get();
        } else {
            return nullptr;
        }
    }
    return spec;
}

}  // namespace integra::schema
