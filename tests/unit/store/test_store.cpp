#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "records/kinds.hpp"
#include "store/store.hpp"
#include "support.hpp"

using namespace integra;
using namespace integra::store;
namespace fs = std::filesystem;

namespace {
const records::Kind& pilots() {
    return *records::find_kind("pilots");
}
}  // namespace

TEST_CASE("list finds each kind's records sorted, skipping hidden files and other names") {
    test::DataDir d;
    d.write("pilots/P-0002.yaml", test::pilot_yaml("P-0002"));
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    d.write("pilots/.P-0003.yaml", "");
    d.write("pilots/README.txt", "");
    Store s(d.root());
    auto files = s.list(pilots());
    REQUIRE(files.size() == 2);
    CHECK(files[0].id == "P-0001");
    CHECK(files[1].rel == fs::path("pilots/P-0002.yaml"));
    CHECK(s.list_all().size() == 7);  // and the five AGs
}

TEST_CASE("strays: data files where no records live, .yml files, linked kind folders") {
    test::DataDir d;
    d.write("notes.yaml", "");
    d.write("pilots/P-0001.yml", "");
    d.write(".hidden.yaml", "");
    d.write("pilots/archive/P-0002.yaml", "");
    d.write("pilots/.git-like/x", "");
    fs::create_directory_symlink(d.path(), d.root() / "refugees");
    auto strays = Store(d.root()).strays();
    REQUIRE(strays.size() == 4);
    CHECK(strays[0].rel == fs::path("notes.yaml"));
    CHECK(strays[1].rel == fs::path("pilots/P-0001.yml"));
    CHECK(strays[2].rel == fs::path("pilots/archive"));
    CHECK(strays[3].rel == fs::path("refugees"));
    CHECK(strays[3].reason.starts_with("this folder is a symbolic link"));
}

TEST_CASE("locate names what is wrong: no ID, no record, not a plain file") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    Store s(d.root());
    CHECK(s.locate("P-0001")->rel == fs::path("pilots/P-0001.yaml"));
    CHECK(s.locate("P-0002").error().message ==
          "there is no pilot P-0002 (no file pilots/P-0002.yaml)");
    CHECK(s.locate("../P-0001").error().message.find("is not a record ID") != std::string::npos);
    CHECK(s.locate("P-01").error().message.find("is not a record ID") != std::string::npos);
    REQUIRE(::mkfifo((d.root() / "pilots/P-0003.yaml").c_str(), 0600) == 0);
    CHECK(s.locate("P-0003").error().message.find("not a regular file") != std::string::npos);
    CHECK_FALSE(s.exists(pilots(), "P-0003"));
}

TEST_CASE("load gives the YAML error with its position") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", "id: P-0001\nid: P-0001\n");
    Store s(d.root());
    auto doc = s.load(*s.locate("P-0001"));
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().line == 2);
}

TEST_CASE("next_id follows the highest number, per year for yearly kinds") {
    test::DataDir d;
    d.write("pilots/P-0007.yaml", "");
    d.write("pilots/P-0002.yaml", "");
    d.write("assignments/E-2025-0041.yaml", "");
    d.write("assignments/E-2024-0099.yaml", "");
    Store s(d.root());
    CHECK(s.next_id(pilots(), 2025) == "P-0008");
    CHECK(s.next_id(*records::find_kind("assignments"), 2025) == "E-2025-0042");
    CHECK(s.next_id(*records::find_kind("assignments"), 2026) == "E-2026-0001");
}

TEST_CASE("apply writes and commits the changed files in one commit, mode 0600") {
    test::DataDir d;
    Store s(d.root());
    s.apply({Change{"pilots/P-0001.yaml", std::nullopt, test::pilot_yaml("P-0001")},
             Change{"pilots/P-0002.yaml", std::nullopt, test::pilot_yaml("P-0002")}},
            "pilot: add P-0001, P-0002", CommitMode::commit);
    CHECK(d.read("pilots/P-0001.yaml") == test::pilot_yaml("P-0001"));
    CHECK(d.git("rev-list --count HEAD") == "2");
    CHECK(d.git("log -1 --format=%s") == "pilot: add P-0001, P-0002");
    CHECK(d.git("status --porcelain").empty());
    struct stat st {};
    REQUIRE(::stat((d.root() / "pilots/P-0001.yaml").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    s.apply({Change{"pilots/P-0002.yaml", test::pilot_yaml("P-0002"), std::nullopt}},
            "pilot: remove P-0002", CommitMode::commit);
    CHECK_FALSE(fs::exists(d.root() / "pilots/P-0002.yaml"));
    CHECK(d.git("rev-list --count HEAD") == "3");
}

TEST_CASE("apply refuses, writing nothing, when a file changed since it was read") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", "id: P-0001 # changed by someone else\n");
    Store s(d.root());
    CHECK_THROWS_AS(s.apply({Change{"pilots/P-0001.yaml", test::pilot_yaml("P-0001"), "x"}}, "m",
                            CommitMode::no_commit),
                    Failure);
    CHECK(d.read("pilots/P-0001.yaml") == "id: P-0001 # changed by someone else\n");
    // A file that was absent when read but is there now.
    CHECK_THROWS_AS(
        s.apply({Change{"pilots/P-0001.yaml", std::nullopt, "x"}}, "m", CommitMode::no_commit),
        Failure);
    CHECK(d.read("pilots/P-0001.yaml") == "id: P-0001 # changed by someone else\n");
}

TEST_CASE("apply restores every file when git fails, and leaves no journal") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    d.git("add pilots");
    d.git("commit -qm pilot");
    d.write(".git/hooks/pre-commit", "#!/bin/sh\necho 'refused by the hook' >&2\nexit 1\n");
    fs::permissions(d.root() / ".git/hooks/pre-commit", fs::perms::owner_all);
    Store s(d.root());
    try {
        s.apply({Change{"pilots/P-0001.yaml", test::pilot_yaml("P-0001"), "changed\n"},
                 Change{"pilots/P-0002.yaml", std::nullopt, "new\n"}},
                "m", CommitMode::commit);
        FAIL("apply should have thrown");
    } catch (const Failure& f) {
        CHECK(f.code() == Exit::environment);
        CHECK(std::string(f.what()).find("refused by the hook") != std::string::npos);
        CHECK(std::string(f.what()).find("Nothing was changed.") != std::string::npos);
    }
    CHECK(d.read("pilots/P-0001.yaml") == test::pilot_yaml("P-0001"));
    CHECK_FALSE(fs::exists(d.root() / "pilots/P-0002.yaml"));
    CHECK_FALSE(fs::exists(d.root() / ".integra/journal"));
    CHECK(d.git("rev-list --count HEAD") == "2");
    CHECK(d.git("status --porcelain").empty());
}

TEST_CASE("apply removes git's lock left by a killed git, and says so") {
    test::DataDir d;
    std::ofstream(d.root() / ".git/index.lock") << "";
    std::vector<std::string> notes;
    Store s(d.root(), Options{1, [&](const std::string& n) { notes.push_back(n); }});
    s.apply({Change{"pilots/P-0001.yaml", std::nullopt, test::pilot_yaml("P-0001")}}, "m",
            CommitMode::commit);
    CHECK(d.git("rev-list --count HEAD") == "2");
    CHECK_FALSE(fs::exists(d.root() / ".git/index.lock"));
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].starts_with("removed git's lock "));
    CHECK(notes[0].find("index.lock") != std::string::npos);
}

TEST_CASE("apply without a commit writes the files and leaves git alone") {
    test::DataDir d;
    Store(d.root()).apply({Change{"pilots/P-0001.yaml", std::nullopt, "x\n"}}, "m",
                          CommitMode::no_commit);
    CHECK(d.read("pilots/P-0001.yaml") == "x\n");
    CHECK(d.git("status --porcelain") == "?? pilots/");
}

TEST_CASE("find_data_dir: the option, then INTEGRA_DATA, then upwards from cwd") {
    test::DataDir d;
    fs::create_directories(d.root() / "pilots/sub");
    CHECK(find_data_dir("", d.root() / "pilots/sub") == d.root());
    CHECK(find_data_dir(d.root().string(), "/") == d.root());
    CHECK_THROWS_AS(find_data_dir((d.root() / "pilots").string(), "/"), Failure);
    CHECK_THROWS_AS(find_data_dir("", d.path()), Failure);
}

namespace {

/// What a killed `apply` leaves: the journal of `changes`, as apply writes it.
void leave_journal(const test::DataDir& d, const std::vector<Change>& changes,
                   Intent intent = Intent::forward) {
    d.write(".integra/journal",
            encode(Journal{CommitMode::commit, "pilot: set P-0001 phone", changes}));
    if (intent == Intent::undo) {
        d.write(".integra/undo", "");
    }
}

struct Notes {
    std::vector<std::string> lines;
    Options options() {
        return Options{1, [this](const std::string& n) { lines.push_back(n); }};
    }
};

const std::string k_old = test::pilot_yaml("P-0001");
const std::string k_new = test::pilot_yaml("P-0001") + "phone: '1'\n";

/// P-0001 in its old version, committed.
void commit_old(const test::DataDir& d) {
    d.write("pilots/P-0001.yaml", k_old);
    d.git("add pilots");
    d.git("commit -qm pilot");
}

}  // namespace

TEST_CASE("recover does nothing when no change was interrupted") {
    test::DataDir d;
    Notes notes;
    Store(d.root(), notes.options()).recover();
    CHECK(notes.lines.empty());
    CHECK_FALSE(fs::exists(d.root() / ".integra"));  // a reader creates nothing
}

TEST_CASE("recover completes a change killed between its renames, in one commit") {
    test::DataDir d;
    commit_old(d);
    // Killed after the first of two files was replaced, the second not yet.
    d.write("pilots/P-0001.yaml", k_new);
    leave_journal(d, {Change{"pilots/P-0001.yaml", k_old, k_new},
                      Change{"pilots/P-0002.yaml", std::nullopt, test::pilot_yaml("P-0002")}});
    Notes notes;
    Store(d.root(), notes.options()).recover();
    CHECK(d.read("pilots/P-0002.yaml") == test::pilot_yaml("P-0002"));
    CHECK(d.git("rev-list --count HEAD") == "3");
    CHECK(d.git("log -1 --format=%s") == "pilot: set P-0001 phone");
    CHECK(d.git("show --stat --format= HEAD").find("2 files changed") != std::string::npos);
    CHECK(d.git("status --porcelain").empty());
    CHECK_FALSE(fs::exists(d.root() / ".integra/journal"));
    CHECK(notes.lines ==
          std::vector<std::string>{"completed an interrupted change: pilot: set P-0001 phone"});
}

TEST_CASE("recover completes a change killed before any file was touched") {
    test::DataDir d;
    leave_journal(d, {Change{"pilots/P-0001.yaml", std::nullopt, k_new}});
    Notes notes;
    Store(d.root(), notes.options()).recover();
    CHECK(d.read("pilots/P-0001.yaml") == k_new);
    CHECK(d.git("rev-list --count HEAD") == "2");
    CHECK(d.git("status --porcelain").empty());
}

TEST_CASE("recover does not commit twice a change killed after its commit") {
    test::DataDir d;
    Store(d.root()).apply({Change{"pilots/P-0001.yaml", std::nullopt, k_new}}, "m",
                          CommitMode::commit);
    leave_journal(d, {Change{"pilots/P-0001.yaml", std::nullopt, k_new}});
    Notes notes;
    Store(d.root(), notes.options()).recover();
    CHECK(d.git("rev-list --count HEAD") == "2");
    CHECK(d.git("status --porcelain").empty());
    CHECK_FALSE(fs::exists(d.root() / ".integra/journal"));
    REQUIRE(notes.lines.size() == 1);
    CHECK(notes.lines[0].starts_with("an interrupted change had been committed already"));
}

TEST_CASE("recover brings the files forward when HEAD already holds the change") {
    test::DataDir d;
    Store(d.root()).apply({Change{"pilots/P-0001.yaml", std::nullopt, k_new},
                           Change{"pilots/P-0002.yaml", std::nullopt, "new\n"}},
                          "m", CommitMode::commit);
    fs::remove(d.root() / "pilots/P-0002.yaml");  // as if its rename had not happened
    leave_journal(d, {Change{"pilots/P-0001.yaml", std::nullopt, k_new},
                      Change{"pilots/P-0002.yaml", std::nullopt, "new\n"}});
    Notes notes;
    Store(d.root(), notes.options()).recover();
    CHECK(d.read("pilots/P-0002.yaml") == "new\n");
    CHECK(d.git("rev-list --count HEAD") == "2");
    CHECK(d.git("status --porcelain").empty());
}

TEST_CASE("recover finishes an undo that was interrupted") {
    test::DataDir d;
    commit_old(d);
    d.write("pilots/P-0001.yaml", k_new);
    d.write("pilots/P-0002.yaml", "new\n");
    leave_journal(d,
                  {Change{"pilots/P-0001.yaml", k_old, k_new},
                   Change{"pilots/P-0002.yaml", std::nullopt, "new\n"}},
                  Intent::undo);
    Notes notes;
    Store(d.root(), notes.options()).recover();
    CHECK(d.read("pilots/P-0001.yaml") == k_old);
    CHECK_FALSE(fs::exists(d.root() / "pilots/P-0002.yaml"));
    CHECK(d.git("rev-list --count HEAD") == "2");
    CHECK(d.git("status --porcelain").empty());
    REQUIRE(notes.lines.size() == 1);
    CHECK(notes.lines[0].starts_with("undid an interrupted change (pilot: set P-0001 phone)"));
}

TEST_CASE("recover undoes its own half and keeps a file someone changed since") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", k_new);
    d.write("pilots/P-0002.yaml", "edited by hand\n");
    leave_journal(d, {Change{"pilots/P-0001.yaml", std::nullopt, k_new},
                      Change{"pilots/P-0002.yaml", std::nullopt, "new\n"}});
    Notes notes;
    Store(d.root(), notes.options()).recover();
    CHECK_FALSE(fs::exists(d.root() / "pilots/P-0001.yaml"));
    CHECK(d.read("pilots/P-0002.yaml") == "edited by hand\n");
    CHECK(d.git("rev-list --count HEAD") == "1");
    REQUIRE(notes.lines.size() == 1);
    CHECK(notes.lines[0] ==
          "undid an interrupted change (pilot: set P-0001 phone); pilots/P-0002.yaml changed "
          "after it was interrupted and was left as it is");
}

TEST_CASE("a damaged journal stops every command with what to do, and changes nothing") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", k_old);
    d.write(".integra/journal", "integra journal 2\nmode commit\n");
    Store s(d.root());
    try {
        s.recover();
        FAIL("recover should have thrown");
    } catch (const Failure& f) {
        CHECK(f.code() == Exit::environment);
        CHECK(
            std::string(f.what()).starts_with(".integra/journal, the record of a change that "
                                              "was interrupted, is damaged or cut short"));
    }
    CHECK_THROWS_AS(s.apply({Change{"pilots/P-0001.yaml", k_old, k_new}}, "m", CommitMode::commit),
                    Failure);
    CHECK(d.read("pilots/P-0001.yaml") == k_old);
}

TEST_CASE("the first lock makes .integra/ private and hides it from git in any clone") {
    test::TempDir t;
    fs::path dir = t.path() / "plain";
    fs::create_directories(dir / "pilots");
    std::ofstream(dir / "integra.yaml") << "x: 1\n";
    REQUIRE(std::system(("git -C " + dir.string() + " init -q").c_str()) == 0);
    Store(dir).apply({Change{"pilots/P-0001.yaml", std::nullopt, k_new}}, "m",
                     CommitMode::no_commit);
    struct stat st {};
    REQUIRE(::stat((dir / ".integra").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    std::ifstream exclude(dir / ".git/info/exclude");
    std::string text((std::istreambuf_iterator<char>(exclude)), {});
    CHECK(text.find("\n.integra/\n") != std::string::npos);
}
