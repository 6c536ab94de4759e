#include <doctest/doctest.h>

#include "yaml/reader.hpp"
#include "yaml/writer.hpp"

using namespace integra::yaml;

TEST_CASE("plain_is_string quotes what YAML 1.1 or 1.2 would read as another type") {
    for (const char* s :
         {"no",   "No",         "yes",   "on",       "OFF",          "y",     "n",
          "true", "null",       "~",     "0123",     "0x1F",         "1e3",   ".inf",
          ".nan", "2001-12-14", "12:30", "12:30:45", "1_000",        "42",    "-7",
          "3.14", "<<",         "=",     "0o17",     "06074 123456", "09:30", "2025-03"}) {
        CAPTURE(s);
        CHECK_FALSE(plain_is_string(s));
    }
    for (const char* s : {"tr", "de", "AF", "C1", "native", "2016/2017", "KOF-2025-117",
                          "f.yilmaz@example.org", "Ernst-Reuter-Schule", "under 16", "Yılmaz"}) {
        CAPTURE(s);
        CHECK(plain_is_string(s));
    }
}

TEST_CASE("plain_is_possible refuses indicators, comments and blanks") {
    for (const char* s :
         {"- x", "#x",  "a: b",  "a #b", "a:", " a", "a ",  "&a",  "*a",   "!a",   "|",
          ">",   "'a'", "\"a\"", "%a",   "@a", "`a", "[a]", "{a}", "a\tb", "a\nb", ""}) {
        CAPTURE(s);
        CHECK_FALSE(plain_is_possible(s));
    }
    CHECK(plain_is_possible("Haus der Integration, 2. OG"));
    CHECK(plain_is_possible("a:b"));
    CHECK(plain_is_possible("a#b"));
}

TEST_CASE("write produces the canonical block form of SPEC section 3") {
    Node root = Node::map();
    root.at_or_insert("id") = Node::scalar("P-0004");
    Node& name = root.at_or_insert("name");
    name = Node::map();
    name.at_or_insert("given") = Node::scalar("Fatma");
    Node langs = Node::seq();
    Node tr = Node::map();
    tr.at_or_insert("code") = Node::scalar("no");
    tr.at_or_insert("level") = Node::scalar("native");
    langs.items.push_back(tr);
    root.at_or_insert("languages") = langs;
    root.at_or_insert("phone") = Node::scalar("06074 123456");
    root.at_or_insert("since") = Node::scalar("2017-03-01", Style::plain);
    root.at_or_insert("time") = Node::scalar("09:30", Style::quoted);
    root.at_or_insert("work") = Node::seq();
    CHECK(write(root) ==
          "id: P-0004\n"
          "name:\n"
          "  given: Fatma\n"
          "languages:\n"
          "  - code: \"no\"\n"
          "    level: native\n"
          "phone: \"06074 123456\"\n"
          "since: 2017-03-01\n"
          "time: \"09:30\"\n"
          "work: []\n");
}

TEST_CASE("write escapes control characters and keeps multi-line text readable") {
    Node root = Node::map();
    root.at_or_insert("a") = Node::scalar("bell\x07 and \"quotes\" and \\");
    root.at_or_insert("b") = Node::scalar("line one\nline two");
    root.at_or_insert("c") = Node::scalar("ends with newline\n");
    root.at_or_insert("d") = Node::scalar("trailing blank \nx");
    CHECK(write(root) ==
          "a: \"bell\\x07 and \\\"quotes\\\" and \\\\\"\n"
          "b: |-\n  line one\n  line two\n"
          "c: |\n  ends with newline\n"
          "d: \"trailing blank \\nx\"\n");
}

TEST_CASE("what write produces reads back as the same text") {
    const char* values[] = {"no",
                            "0123",
                            "a: b",
                            "- x",
                            "#c",
                            "Yılmaz",
                            "فارسی",
                            "x\ny",
                            "x\n",
                            "\ttab",
                            "\x1b[31mred",
                            "\xC2\x85nel",
                            "  lead",
                            "q\"uote",
                            "2025-03-04",
                            "12:30",
                            "1e3",
                            "~",
                            "line\n\nblank line"};
    for (const char* v : values) {
        CAPTURE(v);
        Node root = Node::map();
        root.at_or_insert("k") = Node::scalar(v);
        auto back = read(write(root));
        REQUIRE(back.ok());
        CHECK(back->find("k")->text == v);
    }
}
