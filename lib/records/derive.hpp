#pragma once
// The schema::Spec of a described struct, derived from its `describe` (records/describe.hpp):
// keys in the order `describe` names them, required unless std::optional, the type from the
// C++ type and the facts. kinds.cpp derives every kind's Spec this way.

#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "records/describe.hpp"
#include "records/types.hpp"
#include "schema/spec.hpp"

namespace integra::records {

/// The Spec of T, a struct with a `describe`. Throws std::logic_error when a fact does not fit
/// its field's type (`is::past` on text), so a wrong `describe` fails every test at once.
template <class T>
schema::Spec derive_spec();

namespace derived {

[[noreturn]] inline void misfit(std::string_view what) {
    throw std::logic_error(std::string(what) + " stated of a field whose type does not have it");
}

/// The Spec of a text field, by what it means.
inline schema::Spec text(Meaning meaning, std::string_view ref, std::string_view also) {
    switch (meaning) {
        case Meaning::plain:
            return schema::text();
        case Meaning::self_id:
            return schema::self_id();
        case Meaning::ref:
            return also.empty() ? schema::ref(ref) : schema::ref(ref, {also});
        case Meaning::language:
            return schema::language();
        case Meaning::country:
            return schema::country();
        case Meaning::staff:
            return schema::staff();
        case Meaning::step:
            return schema::step();
        default:
            misfit("a date's or a year's meaning");
    }
}

/// Only `allowed` (or nothing) may be said of a field of this type.
inline void only(const Facts& f, Meaning allowed = Meaning::plain) {
    if (f.meaning != Meaning::plain && f.meaning != allowed) {
        misfit("a meaning");
    }
}

/// Collects the fields `describe` names into a map Spec.
class Builder {
  public:
    template <class T>
    void operator()(std::string_view key, T&, const Facts& facts = {});

    schema::Spec spec() && { return schema::map(std::move(m_fields), std::move(m_one_of)); }

  private:
    std::vector<schema::Field> m_fields;
    std::vector<std::string_view> m_one_of;
};

template <class T>
schema::Spec of(const Facts& f);

/// The Spec of a Dict's keys of type K.
template <class K>
schema::Spec key_of(const Facts& f) {
    if constexpr (std::is_same_v<K, std::string>) {
        return text(f.key, f.key_ref, {});
    } else if constexpr (Vocabulary<K>) {
        if (f.key != Meaning::plain) {
            misfit("a meaning of a Dict's keys");
        }
        return schema::choice(all_words<K>());
    } else {
        static_assert(std::is_same_v<K, std::int64_t>, "a Dict key type derive does not know");
        return f.key == Meaning::year ? schema::year() : schema::count();
    }
}

template <class T>
schema::Spec of(const Facts& f) {
    if (!is_dict<T>::value && !is_optional<T>::value && !is_vector<T>::value &&
        f.key != Meaning::plain) {
        misfit("what a Dict's keys are");
    }
    if constexpr (is_optional<T>::value) {
        return of<typename T::value_type>(f);
    } else if constexpr (is_dict<T>::value) {
        using Pair = typename T::value_type;
        return schema::dict(key_of<typename Pair::first_type>(f),
                            of<typename Pair::second_type>(Facts{}));
    } else if constexpr (is_vector<T>::value) {
        return schema::list(of<typename T::value_type>(f));
    } else if constexpr (std::is_same_v<T, std::string>) {
        return text(f.meaning, f.ref, f.also);
    } else if constexpr (Vocabulary<T>) {
        only(f);
        return schema::choice(all_words<T>());
    } else if constexpr (std::is_same_v<T, Date>) {
        only(f, Meaning::past);
        return f.meaning == Meaning::past ? schema::past_date() : schema::date();
    } else if constexpr (std::is_same_v<T, Month>) {
        only(f);
        return schema::month();
    } else if constexpr (std::is_same_v<T, TimeOfDay>) {
        only(f);
        return schema::time_of_day();
    } else if constexpr (std::is_same_v<T, Money>) {
        only(f);
        return schema::money();
    } else if constexpr (std::is_same_v<T, Hours>) {
        only(f);
        return schema::decimal();
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
        only(f, Meaning::year);
        return f.meaning == Meaning::year ? schema::year() : schema::count();
    } else if constexpr (std::is_same_v<T, bool>) {
        only(f);
        return schema::boolean();
    } else {
        static_assert(Described<T>, "a field type derive does not know");
        only(f);
        T value{};
        Builder b;
        describe(b, value);
        return std::move(b).spec();
    }
}

template <class T>
void Builder::operator()(std::string_view key, T&, const Facts& facts) {
    m_fields.push_back(schema::Field{key, of<T>(facts), !is_optional<T>::value});
    if (facts.one_of) {
        m_one_of.push_back(key);
    }
}

}  // namespace derived

template <class T>
schema::Spec derive_spec() {
    static_assert(Described<T>, "derive_spec needs a struct with a describe");
    return derived::of<T>(Facts{});
}

}  // namespace integra::records
