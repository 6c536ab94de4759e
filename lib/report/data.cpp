#include "report/data.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "ops/record.hpp"
#include "store/typed.hpp"

namespace integra::report {

Data load_data(const store::Store& store) {
    using namespace records;
    Data d;
    d.settings = ops::settings_file(store);
    d.pilots = store::load_all<Pilot>(store, store::kind_of<Pilot>());
    d.assignments = store::load_all<Assignment>(store, store::kind_of<Assignment>());
    d.households = store::load_all<Household>(store, store::kind_of<Household>());
    d.refugees = store::load_all<Refugee>(store, store::kind_of<Refugee>());
    d.units = store::load_all<HousingUnit>(store, store::kind_of<HousingUnit>());
    d.projects = store::load_all<Project>(store, store::kind_of<Project>());
    d.ags = store::load_all<Ag>(store, store::kind_of<Ag>());
    d.meetings = store::load_all<Meeting>(store, store::kind_of<Meeting>());
    auto restricted = [](const Refugee& r) { return r.restricted.has_value(); };
    // A household's allocation counts its persons: the restricted ones come off it, and a
    // household of none but restricted persons leaves the figures altogether (its allocation,
    // its size, its beds). Otherwise the difference between two tables would count them.
    std::map<std::string, Count> left_out;
    for (const Refugee& r : d.refugees) {
        if (restricted(r)) {
            ++left_out[r.household];
            ++d.restricted;
        }
    }
    std::erase_if(d.refugees, restricted);
    for (Household& h : d.households) {
        if (auto found = left_out.find(h.id); found != left_out.end()) {
            h.allocation.persons =
                h.allocation.persons > found->second ? h.allocation.persons - found->second : 0;
        }
    }
    std::erase_if(d.households, [&](const Household& h) {
        return left_out.contains(h.id) && h.allocation.persons == 0;
    });
    for (std::size_t i = 0; i < d.households.size(); ++i) {
        d.household_index.emplace(d.households[i].id, i);
    }
    return d;
}

const records::Household* Data::household(std::string_view id) const {
    if (household_index.empty()) {
        auto it = std::ranges::find(households, id, &records::Household::id);
        return it == households.end() ? nullptr : &*it;
    }
    auto found = household_index.find(id);
    return found == household_index.end() ? nullptr : &households[found->second];
}

}  // namespace integra::report
