#include "report/data.hpp"

#include <algorithm>

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
    d.restricted =
        static_cast<std::size_t>(std::count_if(d.refugees.begin(), d.refugees.end(), restricted));
    std::erase_if(d.refugees, restricted);
    return d;
}

}  // namespace integra::report
