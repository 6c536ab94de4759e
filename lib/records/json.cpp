#include "records/json.hpp"

#include <fmt/format.h>

#include "records/kinds.hpp"
#include "records/typed.hpp"
#include "util/values.hpp"

namespace integra::records {

namespace {

using schema::Type;

Json scalar_json(const yaml::Node& n, const schema::Spec* spec) {
    Type t = spec ? spec->type : Type::text;
    if (t == Type::count || t == Type::year) {
        if (auto c = parse_count(n.text)) {
            return *c;
        }
    } else if (t == Type::money) {
        if (auto m = parse_money(n.text)) {
            return money_json(*m);
        }
    } else if (t == Type::decimal) {
        if (auto d = parse_money(n.text)) {
            return decimal_json(*d);
        }
    } else if (t == Type::boolean && (n.text == "true" || n.text == "false")) {
        return n.text == "true";
    }
    return n.text;
}

const schema::Spec* child_spec(const schema::Spec* spec, const std::string& key) {
    if (spec && spec->type == Type::map) {
        const schema::Field* f = schema::find_field(*spec, key);
        return f ? &f->spec : nullptr;
    }
    if (spec && spec->type == Type::dict) {
        return spec->item.get();
    }
    return nullptr;
}

Json node_json(const yaml::Node& n, const schema::Spec* spec) {
    switch (n.kind) {
        case yaml::Node::Kind::null:
            return nullptr;
        case yaml::Node::Kind::scalar:
            return scalar_json(n, spec);
        case yaml::Node::Kind::seq: {
            const schema::Spec* item =
                spec && spec->type == Type::list ? spec->item.get() : nullptr;
            Json out = Json::array();
            for (const yaml::Node& i : n.items) {
                out.push_back(node_json(i, item));
            }
            return out;
        }
        case yaml::Node::Kind::map: {
            Json out = Json::object();
            for (const yaml::Entry& e : n.entries) {
                out[e.key] = node_json(e.value, child_spec(spec, e.key));
            }
            return out;
        }
    }
    return nullptr;
}

}  // namespace

Json record_json(const yaml::Node& root, const schema::Spec& spec) {
    return node_json(root, &spec);
}

Json record_json(const Pilot& pilot) {
    return record_json(encode(pilot), *find_kind("pilot")->spec);
}

Json hours_json(Hours hours) {
    return decimal_json(Money{hours.hundredths});
}

std::string requester(const Assignment& a) {
    return a.requested_by.name ? fmt::format("{}:{}", a.requested_by.type, *a.requested_by.name)
                               : std::string(word(a.requested_by.type));
}

Json assignment_row_json(const Assignment& a) {
    Json j = Json::object();
    j["id"] = a.id;
    j["pilot"] = a.pilot;
    j["date"] = format_date(a.date);
    j["time"] = a.time ? Json(format_time(*a.time)) : Json(nullptr);
    j["hours"] = hours_json(a.hours);
    j["kind"] = a.kind;
    j["language"] = a.language;
    j["requested_by"] = requester(a);
    j["client"] = optional_json(a.client);
    j["status"] = a.status;
    j["billed"] = a.billed ? Json(format_month(*a.billed)) : Json(nullptr);
    return j;
}

}  // namespace integra::records
