#include "records/typed.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <type_traits>

namespace integra::records {

using yaml::Node;
using yaml::Style;

namespace {

std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
}

// --- decoding ---------------------------------------------------------------------------
//
// Every read returns false after recording the first problem in `Errors`; the callers stop
// there, so the struct is never used half-filled.

struct Errors {
    std::optional<Error> first;

    bool fail(const Node& n, std::string message) {
        if (!first) {
            first = Error{std::move(message), n.pos.line, n.pos.column};
        }
        return false;
    }
};

template <class T>
bool read(const Node& n, T& out, const std::string& path, Errors& errors);

template <class T>
bool parsed(const Node& n, const std::string& path, std::optional<T> value, std::string_view what,
            T& out, Errors& errors) {
    if (!n.is_scalar() || !value) {
        return errors.fail(n, fmt::format("`{}` is not {}", path, what));
    }
    out = *value;
    return true;
}

/// Reads the fields `describe` names out of a mapping.
class Decoder {
  public:
    Decoder(const Node& map, std::string path, Errors& errors)
        : m_map(map), m_path(std::move(path)), m_errors(errors) {}

    template <class T>
    void operator()(std::string_view key, T& field, const Facts& = {}) {
        if (m_errors.first) {
            return;
        }
        const Node* n = m_map.find(key);
        std::string path = join(m_path, key);
        if constexpr (is_optional<T>::value) {
            if (!n || n->is_null()) {
                field.reset();
                return;
            }
            typename T::value_type value{};
            if (read(*n, value, path, m_errors)) {
                field = std::move(value);
            }
        } else if (!n || n->is_null()) {
            m_errors.fail(m_map, fmt::format("`{}` is missing", path));
        } else {
            read(*n, field, path, m_errors);
        }
    }

  private:
    const Node& m_map;
    std::string m_path;
    Errors& m_errors;
};

template <class K>
bool read_key(const Node& map, const std::string& key, const std::string& path, K& out,
              Errors& errors) {
    if constexpr (std::is_same_v<K, std::string>) {
        out = key;
        return true;
    } else if constexpr (Vocabulary<K>) {
        auto value = parse_word<K>(key);
        if (!value) {
            return errors.fail(map, fmt::format("`{}` has the key `{}`; expected one of: {}", path,
                                                key, fmt::join(all_words<K>(), ", ")));
        }
        out = *value;
        return true;
    } else {
        static_assert(std::is_same_v<K, Count>);
        auto number = parse_count(key);
        if (!number) {
            return errors.fail(
                map, fmt::format("`{}` has the key `{}`; expected a whole number", path, key));
        }
        out = *number;
        return true;
    }
}

template <class T>
bool read_dict(const Node& n, T& out, const std::string& path, Errors& errors) {
    if (!n.is_map()) {
        return errors.fail(n, fmt::format("`{}` is not a mapping", path));
    }
    out.clear();
    for (const yaml::Entry& e : n.entries) {
        if (e.value.is_null()) {
            continue;  // an entry without a value is absent, as for check and fmt
        }
        typename T::value_type item{};
        if (!read_key(n, e.key, path, item.first, errors) ||
            !read(e.value, item.second, join(path, e.key), errors)) {
            return false;
        }
        out.push_back(std::move(item));
    }
    return true;
}

template <class T>
bool read_list(const Node& n, T& out, const std::string& path, Errors& errors) {
    if (!n.is_seq()) {
        return errors.fail(n, fmt::format("`{}` is not a list", path));
    }
    out.clear();
    for (std::size_t i = 0; i < n.items.size(); ++i) {
        typename T::value_type item{};
        if (!read(n.items[i], item, fmt::format("{}[{}]", path, i), errors)) {
            return false;
        }
        out.push_back(std::move(item));
    }
    return true;
}

template <class T>
bool read(const Node& n, T& out, const std::string& path, Errors& errors) {
    if constexpr (std::is_same_v<T, std::string>) {
        if (!n.is_scalar()) {
            return errors.fail(n, fmt::format("`{}` is not a single value", path));
        }
        out = n.text;
        return true;
    } else if constexpr (Vocabulary<T>) {
        auto value = n.is_scalar() ? parse_word<T>(n.text) : std::nullopt;
        if (!value) {
            return errors.fail(
                n, fmt::format("`{}` is not one of: {}", path, fmt::join(all_words<T>(), ", ")));
        }
        out = *value;
        return true;
    } else if constexpr (std::is_same_v<T, Date>) {
        return parsed(n, path, parse_date(n.text), "a date", out, errors);
    } else if constexpr (std::is_same_v<T, Month>) {
        return parsed(n, path, parse_month(n.text), "a month", out, errors);
    } else if constexpr (std::is_same_v<T, TimeOfDay>) {
        return parsed(n, path, parse_time(n.text), "a time of day", out, errors);
    } else if constexpr (std::is_same_v<T, Money>) {
        return parsed(n, path, parse_money(n.text), "an amount of money", out, errors);
    } else if constexpr (std::is_same_v<T, Hours>) {
        Money m;
        bool ok = parsed(n, path, parse_money(n.text), "a number of hours", m, errors);
        out = Hours{m.cents};
        return ok;
    } else if constexpr (std::is_same_v<T, Count>) {
        return parsed(n, path, parse_count(n.text), "a whole number", out, errors);
    } else if constexpr (std::is_same_v<T, bool>) {
        std::optional<bool> value = n.text == "true"    ? std::optional<bool>(true)
                                    : n.text == "false" ? std::optional<bool>(false)
                                                        : std::nullopt;
        return parsed(n, path, value, "true or false", out, errors);
    } else if constexpr (is_dict<T>::value) {
        return read_dict(n, out, path, errors);
    } else if constexpr (is_vector<T>::value) {
        return read_list(n, out, path, errors);
    } else {
        static_assert(Described<T>, "a field type decode does not know");
        if (!n.is_map()) {
            return errors.fail(
                n, fmt::format("`{}` is not a mapping", path.empty() ? "the record" : path));
        }
        Decoder d(n, path, errors);
        describe(d, out);
        return !errors.first;
    }
}

// --- encoding ---------------------------------------------------------------------------

template <class T>
Node write(const T& value);

/// Appends the fields `describe` names to a mapping, leaving out absent optional ones.
class Encoder {
  public:
    explicit Encoder(Node& map) : m_map(map) {}

    template <class T>
    void operator()(std::string_view key, T& field, const Facts& = {}) {
        if constexpr (is_optional<T>::value) {
            if (field) {
                add(key, write(*field));
            }
        } else {
            add(key, write(field));
        }
    }

  private:
    void add(std::string_view key, Node value) {
        m_map.entries.push_back(yaml::Entry{std::string(key), {}, std::move(value)});
    }

    Node& m_map;
};

Node plain(std::string text) {
    return Node::scalar(std::move(text), Style::plain);
}

template <class T>
Node write(const T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
        return Node::scalar(value, Style::any);
    } else if constexpr (Vocabulary<T>) {
        return Node::scalar(std::string(word(value)), Style::any);
    } else if constexpr (std::is_same_v<T, Date>) {
        return plain(format_date(value));
    } else if constexpr (std::is_same_v<T, Month>) {
        return plain(format_month(value));
    } else if constexpr (std::is_same_v<T, TimeOfDay>) {
        return Node::scalar(format_time(value), Style::quoted);
    } else if constexpr (std::is_same_v<T, Money>) {
        return plain(format_money(value));
    } else if constexpr (std::is_same_v<T, Hours>) {
        return plain(format_hours(value));
    } else if constexpr (std::is_same_v<T, Count>) {
        return plain(std::to_string(value));
    } else if constexpr (std::is_same_v<T, bool>) {
        return plain(value ? "true" : "false");
    } else if constexpr (is_dict<T>::value) {
        Node map = Node::map();
        for (const auto& [key, item] : value) {
            yaml::Entry e;
            using Key = std::decay_t<decltype(key)>;
            if constexpr (std::is_same_v<Key, std::string>) {
                e.key = key;
            } else if constexpr (Vocabulary<Key>) {
                e.key = word(key);
            } else {
                e.key = std::to_string(key);
                e.key_style = Style::plain;
            }
            e.value = write(item);
            map.entries.push_back(std::move(e));
        }
        return map;
    } else if constexpr (is_vector<T>::value) {
        Node seq = Node::seq();
        for (const auto& item : value) {
            seq.items.push_back(write(item));
        }
        return seq;
    } else {
        static_assert(Described<T>, "a field type encode does not know");
        Node map = Node::map();
        Encoder e(map);
        T copy = value;  // describe() takes its struct by reference for both directions
        describe(e, copy);
        return map;
    }
}

}  // namespace

template <class T>
Result<T> decode(const Node& root) {
    T out{};
    Errors errors;
    if (!read(root, out, "", errors)) {
        return *errors.first;
    }
    return out;
}

template <class T>
Node encode(const T& record) {
    return write(record);
}

#define INTEGRA_TYPED_RECORD(T)                      \
    template Result<T> decode<T>(const yaml::Node&); \
    template yaml::Node encode<T>(const T&);
INTEGRA_TYPED_RECORD(Pilot)
INTEGRA_TYPED_RECORD(Assignment)
INTEGRA_TYPED_RECORD(Household)
INTEGRA_TYPED_RECORD(Refugee)
INTEGRA_TYPED_RECORD(HousingUnit)
INTEGRA_TYPED_RECORD(Project)
INTEGRA_TYPED_RECORD(Ag)
INTEGRA_TYPED_RECORD(Meeting)
INTEGRA_TYPED_RECORD(Erasure)
INTEGRA_TYPED_RECORD(SettingsFile)
#undef INTEGRA_TYPED_RECORD

}  // namespace integra::records
