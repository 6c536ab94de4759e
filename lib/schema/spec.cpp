#include "schema/spec.hpp"

namespace integra::schema {

const Field* find_field(const Spec& map, std::string_view key) {
    for (const Field& f : map.fields) {
        if (f.key == key) {
            return &f;
        }
    }
    return nullptr;
}

namespace {
Spec of(Type t) {
    Spec s;
    s.type = t;
    return s;
}
}  // namespace

Spec text() {
    return of(Type::text);
}
Spec self_id() {
    return of(Type::self_id);
}
Spec ref(std::string_view kind, std::vector<std::string_view> also) {
    Spec s = of(Type::ref);
    s.ref = kind;
    s.choices = std::move(also);
    return s;
}
Spec date() {
    return of(Type::date);
}
Spec past_date() {
    Spec s = of(Type::date);
    s.past = true;
    return s;
}
Spec month() {
    return of(Type::month);
}
Spec time_of_day() {
    return of(Type::time);
}
Spec count() {
    return of(Type::count);
}
Spec decimal() {
    return of(Type::decimal);
}
Spec money() {
    return of(Type::money);
}
Spec boolean() {
    return of(Type::boolean);
}
Spec choice(std::vector<std::string_view> values) {
    Spec s = of(Type::choice);
    s.choices = std::move(values);
    return s;
}
Spec language() {
    return of(Type::language);
}
Spec country() {
    return of(Type::country);
}
Spec staff() {
    return of(Type::staff);
}
Spec step() {
    return of(Type::step);
}
Spec year() {
    return of(Type::year);
}
Spec map(std::vector<Field> fields, std::vector<std::string_view> one_of) {
    Spec s = of(Type::map);
    s.fields = std::move(fields);
    s.one_of = std::move(one_of);
    return s;
}
Spec list(Spec item) {
    Spec s = of(Type::list);
    s.item = std::make_shared<const Spec>(std::move(item));
    return s;
}
Spec dict(Spec key, Spec value) {
    Spec s = of(Type::dict);
    s.key = std::make_shared<const Spec>(std::move(key));
    s.item = std::make_shared<const Spec>(std::move(value));
    return s;
}
Field required(std::string_view key, Spec spec) {
    return Field{key, std::move(spec), true};
}
Field optional(std::string_view key, Spec spec) {
    return Field{key, std::move(spec), false};
}

}  // namespace integra::schema
