#include "pilots/hours.hpp"

namespace integra::pilots {

using namespace std::chrono;

bool took_place(const records::Assignment& a) {
    return a.status == records::AssignmentStatus::done ||
           a.status == records::AssignmentStatus::billed;
}

records::Hours hours_between(const std::vector<records::Assignment>& assignments,
                             std::string_view pilot, const Date& from, const Date& to) {
    records::Hours sum;
    for (const records::Assignment& a : assignments) {
        if (a.pilot == pilot && took_place(a) && a.date >= from && a.date <= to) {
            sum.hundredths += a.hours.hundredths;
        }
    }
    return sum;
}

Date first_of_month(const Date& day) {
    return day.year() / day.month() / 1;
}

Date last_of_month(const Date& day) {
    return Date{day.year() / day.month() / last};
}

Date first_of_year(const Date& day) {
    return day.year() / January / 1;
}

Date last_of_year(const Date& day) {
    return day.year() / December / 31;
}

}  // namespace integra::pilots
