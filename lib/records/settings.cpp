#include "records/settings.hpp"

namespace integra::records {

namespace {
std::string text_of(const yaml::Node* n) {
    return n && n->is_scalar() ? n->text : std::string();
}

std::vector<std::string> keys_of_list(const yaml::Node* list, std::string_view key) {
    std::vector<std::string> out;
    if (list && list->is_seq()) {
        for (const yaml::Node& item : list->items) {
            if (const yaml::Node* k = item.find(key); k && k->is_scalar()) {
                out.push_back(k->text);
            }
        }
    }
    return out;
}
}  // namespace

Settings settings_from(const yaml::Node& root) {
    Settings s;
    s.office = text_of(root.find("office"));
    s.municipality = text_of(root.find("municipality"));
    s.staff_handles = keys_of_list(root.find("staff"), "handle");
    s.step_keys = keys_of_list(root.find("onboarding"), "key");
    return s;
}

}  // namespace integra::records
