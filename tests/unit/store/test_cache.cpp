#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "store/cache.hpp"
#include "support.hpp"

using namespace integra;
using namespace integra::store;
namespace fs = std::filesystem;

TEST_CASE("a saved result: only for young-free, unchanged directories, never after a change") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    const fs::path saved = d.root() / ".integra/cache/answer";
    {
        Store s(d.root());
        ResultCache cache(s);
        cache.put("answer", "k", "42");  // everything was written just now: not saved
        CHECK_FALSE(fs::exists(saved));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    {
        Store s(d.root());
        ResultCache cache(s);
        CHECK_FALSE(cache.get("answer", "k"));
        cache.put("answer", "k", "42");
        CHECK(cache.get("answer", "k") == "42");
        CHECK_FALSE(cache.get("answer", "another key"));
        CHECK_FALSE(cache.get("question", "k"));
    }
    {
        Store s(d.root());
        Options off;
        off.cache = false;
        Store without(d.root(), off);
        CHECK(ResultCache(s).get("answer", "k") == "42");
        CHECK_FALSE(ResultCache(without).get("answer", "k"));
    }
    SUBCASE("a change while a command runs: its result is not saved") {
        Store reader(d.root());
        ResultCache cache(reader);
        Store(d.root()).apply(
            {Change{"pilots/P-0002.yaml", std::nullopt, test::pilot_yaml("P-0002")}},
            "pilot: add P-0002", CommitMode::commit);
        CHECK_FALSE(fs::exists(saved));  // the change removed what was saved
        cache.put("answer", "k", "from before the change");
        CHECK_FALSE(fs::exists(saved));
    }
    SUBCASE("a command that begins while a change is under way saves nothing after it") {
        // What Store::apply does under its lock, step by step, with a reader in between.
        Store writer(d.root());
        clear_results(writer);  // the change begins
        CHECK_FALSE(fs::exists(saved));
        Store reader(d.root());
        ResultCache cache(reader);  // reads the files as they were
        d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001") + "notes: changed\n");
        renew_generation(writer);  // the change's files are final
        cache.put("answer", "k", "from before the change");
        CHECK_FALSE(fs::exists(saved));
    }
    SUBCASE("a new file in a kind's folder, even one integra does not read as a record") {
        d.write("pilots/notes.txt", "x");
        Store s(d.root());
        CHECK_FALSE(ResultCache(s).get("answer", "k"));
    }
    SUBCASE("every byte of the cache file counts") {
        const std::string good = d.read(".integra/cache/answer");
        for (std::size_t i = 0; i < good.size(); i += 7) {
            std::string bad = good;
            bad[i] = static_cast<char>(bad[i] ^ 0x20);
            d.write(".integra/cache/answer", bad);
            Store s(d.root());
            CAPTURE(i);
            CHECK_FALSE(ResultCache(s).get("answer", "k"));
        }
        for (std::size_t n : {std::size_t{0}, std::size_t{10}, good.size() - 1}) {
            d.write(".integra/cache/answer", good.substr(0, n));
            Store s(d.root());
            CHECK_FALSE(ResultCache(s).get("answer", "k"));
        }
    }
}
