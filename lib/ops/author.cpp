#include "ops/author.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "git/git.hpp"
#include "util/text.hpp"

namespace integra::ops {

namespace {

std::string git_config(const store::Store& store, const char* key) {
    auto r = git::Repository(store.root()).run({"config", "--get", key});
    return r.status == 0 ? trim(r.out) : std::string();
}

/// The handles for a message: `kaya, brandt`, or that there are none.
std::string handle_list(const records::SettingsFile& settings) {
    auto handles = staff_handles(settings);
    return handles.empty() ? std::string("none is listed")
                           : fmt::format("{}", fmt::join(handles, ", "));
}

}  // namespace

std::vector<std::string> staff_handles(const records::SettingsFile& settings) {
    std::vector<std::string> out;
    for (const auto& s : settings.staff.value_or(std::vector<records::Staff>{})) {
        out.push_back(s.handle);
    }
    return out;
}

bool is_staff_handle(const records::SettingsFile& settings, std::string_view handle) {
    auto handles = staff_handles(settings);
    return std::find(handles.begin(), handles.end(), handle) != handles.end();
}

void require_staff_handle(const records::SettingsFile& settings, std::string_view handle,
                          std::string_view option) {
    if (!is_staff_handle(settings, handle)) {
        throw Failure(Exit::usage, fmt::format("{} {} is not a staff handle in integra.yaml ({})",
                                               option, handle, handle_list(settings)));
    }
}

std::string author_handle(const store::Store& store, const records::SettingsFile& settings,
                          const std::string& by) {
    const std::vector<records::Staff> none;
    const auto& staff = settings.staff ? *settings.staff : none;
    if (!by.empty()) {
        require_staff_handle(settings, by, "--by");
        return by;
    }
    std::string name = git_config(store, "user.name");
    std::string email = git_config(store, "user.email");
    std::string local = email.substr(0, email.find('@'));
    for (const records::Staff& s : staff) {
        if ((!name.empty() && (s.handle == name || s.name == name)) ||
            (!local.empty() && s.handle == local)) {
            return s.handle;
        }
    }
    throw Failure(
        Exit::invalid,
        fmt::format("git's identity ({}{}) is not a staff member in integra.yaml; "
                    "give --by HANDLE ({}), or set git's user.name to your name or "
                    "handle there",
                    name.empty() ? "no user.name" : name,
                    email.empty() ? "" : fmt::format(" <{}>", email), handle_list(settings)));
}

}  // namespace integra::ops
