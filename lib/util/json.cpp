#include "util/json.hpp"

namespace integra {

std::string dump_json(const Json& value) {
    return value.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

Json money_json(Money money) {
    return format_money(money);
}

Json decimal_json(Money hundredths) {
    if (hundredths.cents % 100 == 0) {
        return hundredths.cents / 100;
    }
    // n / 100 is the double nearest to the decimal n/100, and its shortest round-trip form,
    // which nlohmann-json prints, is that decimal (tests/unit/util/test_json.cpp checks it).
    return static_cast<double>(hundredths.cents) / 100.0;
}

Json optional_json(const std::optional<std::string>& text) {
    return text ? Json(*text) : Json(nullptr);
}

}  // namespace integra
