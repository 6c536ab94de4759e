#pragma once
// Work spread over the machine's cores: reading and parsing thousands of record files is
// independent per file, and a district's 100,000 files take seconds on one core.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace integra::sys {

/// How many threads parallel_for uses: the cores this process may run on, at least 1; the
/// environment variable INTEGRA_THREADS (1 to 256) overrides it.
unsigned worker_count();

/// Calls `fn(i)` for every i in [0, n), on up to worker_count() threads, each taking the next
/// index in turn, and returns when all calls have returned. `fn` must be safe to call from
/// several threads at once on different indexes. If calls throw, the exception of the lowest
/// index is rethrown after every thread has ended (the others are dropped), so which error
/// the user sees does not depend on scheduling.
template <class F>
void parallel_for(std::size_t n, F&& fn) {
    // Few items are not worth a thread: starting one costs tens of microseconds.
    constexpr std::size_t k_per_thread = 32;
    const std::size_t threads =
        std::min<std::size_t>(worker_count(), (n + k_per_thread - 1) / k_per_thread);
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i) {
            fn(i);
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::mutex failure_mutex;
    std::size_t failed_at = n;
    std::exception_ptr failure;
    auto work = [&] {
        for (std::size_t i = next++; i < n; i = next++) {
            try {
                fn(i);
            } catch (...) {
                std::lock_guard lock(failure_mutex);
                if (i < failed_at) {
                    failed_at = i;
                    failure = std::current_exception();
                }
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        pool.reserve(threads - 1);
        for (std::size_t t = 1; t < threads; ++t) {
            try {
                pool.emplace_back(work);
            } catch (const std::system_error&) {
                break;  // no more threads to be had: this one does the rest
            }
        }
        work();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

}  // namespace integra::sys
