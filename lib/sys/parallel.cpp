#include "sys/parallel.hpp"

#include <sched.h>

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace integra::sys {

unsigned worker_count() {
    if (const char* env = std::getenv("INTEGRA_THREADS"); env && *env) {
        std::string_view text(env);
        unsigned n = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
        if (ec == std::errc() && end == text.data() + text.size() && n >= 1 && n <= 256) {
            return n;
        }
    }
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        return std::max(1, CPU_COUNT(&set));
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace integra::sys
