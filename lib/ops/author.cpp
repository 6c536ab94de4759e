#include "ops/author.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "git/git.hpp"

namespace integra::ops {

namespace {

std::string git_config(const store::Store& store, const char* key) {
    auto r = git::Repository(store.root()).run({"config", "--get", key});
    std::string value = r.status == 0 ? r.out : std::string();
    while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) {
        value.pop_back();
    }
    return value;
}

std::string handles(const std::vector<records::Staff>& staff) {
    std::vector<std::string> out;
    for (const auto& s : staff) {
        out.push_back(s.handle);
    }
    return out.empty() ? std::string("none is listed") : fmt::format("{}", fmt::join(out, ", "));
}

}  // namespace

std::string author_handle(const store::Store& store, const records::SettingsFile& settings,
                          const std::string& by) {
    const std::vector<records::Staff> none;
    const auto& staff = settings.staff ? *settings.staff : none;
    if (!by.empty()) {
        bool known = std::any_of(staff.begin(), staff.end(),
                                 [&](const records::Staff& s) { return s.handle == by; });
        if (!known) {
            throw Failure(Exit::usage,
                          fmt::format("--by {} is not a staff handle in integra.yaml ({})", by,
                                      handles(staff)));
        }
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
    throw Failure(Exit::invalid,
                  fmt::format("git's identity ({}{}) is not a staff member in integra.yaml; "
                              "give --by HANDLE ({}), or set git's user.name to your name or "
                              "handle there",
                              name.empty() ? "no user.name" : name,
                              email.empty() ? "" : fmt::format(" <{}>", email), handles(staff)));
}

}  // namespace integra::ops
