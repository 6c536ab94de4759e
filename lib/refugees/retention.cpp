#include "refugees/retention.hpp"

namespace integra::refugees {

Date retention_end(const Date& from, int years) {
    Date end = from + std::chrono::years{years};
    if (!end.ok()) {
        end = end.year() / end.month() / std::chrono::last;  // 29 February in a common year
    }
    return end;
}

bool past_retention(const Date& from, int years, const Date& today) {
    return today > retention_end(from, years);
}

}  // namespace integra::refugees
