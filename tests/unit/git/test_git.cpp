#include <doctest/doctest.h>

#include "git/git.hpp"
#include "support.hpp"
#include "sys/process.hpp"
#include "util/error.hpp"

using namespace integra;
namespace fs = std::filesystem;

TEST_CASE("Repository::log lists commits with their changes") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    d.git("add pilots");
    d.git("commit --quiet -m add-pilot");
    git::Repository repo(d.root());
    auto commits = repo.log({{"pilots/P-0001.yaml"}});
    REQUIRE(commits.size() == 1);
    CHECK(commits[0].subject == "add-pilot");
    CHECK(commits[0].author == "Unit Test");
    CHECK(commits[0].hash == d.git("rev-parse HEAD"));
    CHECK(commits[0].hash.starts_with(commits[0].short_hash));
    REQUIRE(commits[0].changes.size() == 1);
    CHECK(commits[0].changes[0].status == 'A');
    CHECK(commits[0].changes[0].path == "pilots/P-0001.yaml");
    CHECK(repo.log({}).size() == 2);
    CHECK(repo.log({{}, git::Renames::ignored, 1}).size() == 1);
}

TEST_CASE("Repository::log, error handling") {
    SUBCASE("a repository without commits has no history") {
        test::DataDir d;
        test::TempDir empty;
        REQUIRE(sys::run({"git", "init", "--quiet"}, empty.path()).status == 0);
        CHECK(git::Repository(empty.path()).log({}).empty());
    }
    SUBCASE("any other failure is an error, not an empty history") {
        test::DataDir d;
        for (const auto& e : fs::recursive_directory_iterator(d.root() / ".git" / "objects")) {
            if (e.is_regular_file() && e.path().parent_path().filename().string().size() == 2) {
                fs::remove(e.path());  // HEAD names a commit that is gone
            }
        }
        try {
            git::Repository(d.root()).log({});
            FAIL("no exception");
        } catch (const Failure& f) {
            CHECK(f.code() == Exit::environment);
            CHECK(std::string(f.what()).find("git log failed: fatal: bad object HEAD") !=
                  std::string::npos);
        }
    }
}
