#include "ops/intake.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>

#include "iso/codes.hpp"
#include "ops/author.hpp"
#include "ops/plan.hpp"
#include "ops/record.hpp"
#include "records/vocabulary.hpp"
#include "util/text.hpp"
#include "util/values.hpp"

namespace integra::ops {

namespace {

using yaml::Node;

/// An error message for an invalid answer, or nullopt when it is fine.
using Check = std::function<std::optional<std::string>(const std::string&)>;

enum class Required { yes, no };

/// Why `answer` can stand in no record, whatever the question (text a terminal let through),
/// or nullopt: asked again at once, rather than refused with the whole questionnaire at the end.
std::optional<std::string> text_problem(const std::string& answer) {
    if (!is_valid_utf8(answer)) {
        return "the answer is not valid UTF-8; is the terminal set to UTF-8?";
    }
    if (auto control = find_control_character(answer)) {
        return fmt::format("the answer contains the control character U+{:04X}", control->code);
    }
    return std::nullopt;
}

template <records::Vocabulary E>
Check one_of(std::string_view what) {
    return [what](const std::string& text) -> std::optional<std::string> {
        if (records::parse_word<E>(text)) {
            return std::nullopt;
        }
        return fmt::format("`{}` is not {}; answer one of: {}", text, what,
                           fmt::join(records::all_words<E>(), ", "));
    };
}

std::optional<std::string> country_problem(const std::string& text) {
    if (iso::find_country(text)) {
        return std::nullopt;
    }
    return fmt::format(
        "`{}` is not an ISO 3166 country code; answer such as SY, AF or TR (XX "
        "stateless, ZZ unknown)",
        text);
}

std::optional<std::string> count_problem(const std::string& text) {
    auto n = parse_count(text);
    if (n && *n >= 0) {
        return std::nullopt;
    }
    return fmt::format("`{}` is not a number of years; answer such as 5", text);
}

/// `fa:native,de:A1` as language nodes; an error message when an item is not CODE:LEVEL with
/// an ISO 639 code and a level.
std::optional<std::string> languages_problem(const std::string& text, Node* out = nullptr) {
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find(',', start), text.size());
        std::string item = trim(text.substr(start, end - start));
        std::size_t colon = item.find(':');
        std::string code = trim(item.substr(0, colon));
        std::string level = colon == std::string::npos ? "" : trim(item.substr(colon + 1));
        if (colon == std::string::npos || !iso::find_language(code) ||
            !records::parse_word<records::Level>(level)) {
            return fmt::format(
                "`{}` is not a language with a level; answer CODE:LEVEL with an ISO "
                "639 code and one of {}, such as fa:native,de:A1",
                item, fmt::join(records::all_words<records::Level>(), ", "));
        }
        if (out) {
            Node skill = Node::map();
            skill.at_or_insert("code") = Node::scalar(code);
            skill.at_or_insert("level") = Node::scalar(level);
            out->items.push_back(std::move(skill));
        }
        start = end + 1;
    }
    return std::nullopt;
}

std::string languages_text(const std::vector<records::LanguageSkill>& skills) {
    std::string out;
    for (const auto& s : skills) {
        out += fmt::format("{}{}:{}", out.empty() ? "" : ",", s.code, s.level);
    }
    return out;
}

class Questionnaire {
  public:
    Questionnaire(const store::Store& store, std::istream& in, std::ostream& out, const Date& today)
        : m_store(store), m_in(in), m_out(out), m_today(today), m_settings(settings_file(store)) {}

    /// The answer to `question`: `fallback` when left empty (a required question without
    /// one aborts), asked again while `check` finds it invalid.
    std::string ask(std::string_view question, Required required, const Check& check = {},
                    const std::string& fallback = "") {
        for (;;) {
            m_out << question << (fallback.empty() ? "" : fmt::format(" [{}]", fallback)) << ": "
                  << std::flush;
            std::string line;
            if (!std::getline(m_in, line)) {
                m_out << "\n";
                abort("the input ended");
            }
            std::string answer = trim(line);
            if (answer.empty()) {
                if (required == Required::yes && fallback.empty()) {
                    abort(fmt::format("`{}` needs an answer", question));
                }
                return fallback;
            }
            auto problem = text_problem(answer);
            if (!problem && check) {
                problem = check(answer);
            }
            if (problem) {
                m_out << "  " << *problem << "; please answer again.\n";
                continue;
            }
            return answer;
        }
    }

    Node household() {
        return Node::scalar(ask("Household (H-YYYY-NNNN)", Required::yes, [this](const auto& t) {
            return m_store.exists(kind("households"), t)
                       ? std::nullopt
                       : std::optional<std::string>(fmt::format(
                             "there is no household {}; `integra refugee household list` shows "
                             "them",
                             t));
        }));
    }

    /// Name, birth date, gender and nationality of a new person.
    void personal_data(Node& person) {
        Node& name = person.at_or_insert("name");
        name = Node::map();
        name.at_or_insert("given") = Node::scalar(ask("Given name", Required::yes));
        name.at_or_insert("family") = Node::scalar(ask("Family name", Required::yes));
        person.at_or_insert("birth_date") =
            Node::scalar(ask("Birth date (YYYY-MM-DD)", Required::yes, past_date()));
        person.at_or_insert("gender") = Node::scalar(
            ask("Gender (f, m, d, x)", Required::yes, one_of<records::Gender>("a gender")));
        person.at_or_insert("nationality") =
            Node::scalar(ask("Nationality (ISO 3166 code, XX stateless, ZZ unknown)", Required::yes,
                             country_problem));
    }

    /// Languages, German, arrival, residence and caseworker; `existing`'s values as defaults.
    void situation(Node& person, const records::Refugee* existing) {
        std::string langs = ask(
            "Languages (CODE:LEVEL, such as fa:native,de:A1)", Required::yes,
            [](const auto& t) { return languages_problem(t); },
            existing && existing->languages ? languages_text(*existing->languages) : "");
        Node& list = person.at_or_insert("languages");
        list = Node::seq();
        languages_problem(langs, &list);
        optional(
            person, "german",
            ask("German (A0 none … C2)", Required::no, one_of<records::GermanLevel>("a level"),
                existing && existing->german ? std::string(records::word(*existing->german)) : ""));
        optional(person, "arrived_de",
                 ask("Arrived in Germany (YYYY-MM-DD)", Required::no, past_date(),
                     existing && existing->arrived_de ? format_date(*existing->arrived_de) : ""));
        optional(
            person, "residence",
            ask(fmt::format("Residence status ({})",
                            fmt::join(records::all_words<records::Residence>(), ", ")),
                Required::no, one_of<records::Residence>("a residence status"),
                existing && existing->residence ? std::string(records::word(*existing->residence))
                                                : ""));
        optional(person, "caseworker",
                 ask("Caseworker (staff handle)", Required::no, staff_check(),
                     existing ? existing->caseworker.value_or("") : ""));
    }

    /// The intake itself: date, interpreter, schooling, work history, needs.
    Node intake(const records::Refugee* existing) {
        const records::Intake* had = existing && existing->intake ? &*existing->intake : nullptr;
        Node in = Node::map();
        in.at_or_insert("date") =
            Node::scalar(ask("Date of the intake (YYYY-MM-DD)", Required::yes, past_date(),
                             format_date(had ? had->date : m_today)));
        optional(in, "interpreter",
                 ask("Interpreter (a guide's P- ID, or external; empty: none)", Required::no,
                     interpreter_check(), had ? had->interpreter.value_or("") : ""));
        const records::Schooling* had_school = had && had->schooling ? &*had->schooling : nullptr;
        Node school = Node::map();
        optional(school, "years",
                 ask("Years of schooling", Required::no, count_problem,
                     had_school && had_school->years ? std::to_string(*had_school->years) : ""));
        optional(school, "last_school",
                 ask("Last school attended", Required::no, {},
                     had_school ? had_school->last_school.value_or("") : ""));
        if (!school.entries.empty()) {
            in.at_or_insert("schooling") = std::move(school);
        }
        // An empty answer keeps a work history already recorded (re-asking it entry by entry
        // would be a chore); a new person's empty one says "asked: none" (`work: []`).
        Node work = work_history();
        if (!work.items.empty() || !had || !had->work || had->work->empty()) {
            in.at_or_insert("work") = std::move(work);
        }
        Node needs = Node::seq();
        while (true) {
            std::string need = ask("Need for help (one at a time; empty: done)", Required::no);
            if (need.empty()) {
                break;
            }
            needs.items.push_back(Node::scalar(need));
        }
        if (!needs.items.empty()) {
            in.at_or_insert("needs") = std::move(needs);
        }
        return in;
    }

  private:
    [[noreturn]] void abort(const std::string& why) {
        throw Failure(Exit::invalid,
                      fmt::format("the intake was aborted ({}); nothing was written", why));
    }

    static void optional(Node& map, std::string_view key, const std::string& answer) {
        if (!answer.empty()) {
            map.at_or_insert(key) = Node::scalar(answer);
        }
    }

    Check past_date() const {
        return [today = m_today](const std::string& t) -> std::optional<std::string> {
            auto d = parse_date(t);
            if (!d) {
                return fmt::format("`{}` is not a date; answer YYYY-MM-DD", t);
            }
            if (*d > today) {
                return fmt::format("{} lies ahead of today", t);
            }
            return std::nullopt;
        };
    }

    Check staff_check() const {
        return [this](const std::string& t) -> std::optional<std::string> {
            if (is_staff_handle(m_settings, t)) {
                return std::nullopt;
            }
            return fmt::format("`{}` is not a staff handle; answer one of: {}", t,
                               fmt::join(staff_handles(m_settings), ", "));
        };
    }

    Check interpreter_check() const {
        return [this](const std::string& t) -> std::optional<std::string> {
            if (t == "external" || m_store.exists(kind("pilots"), t)) {
                return std::nullopt;
            }
            return fmt::format(
                "there is no guide {}; answer a P- ID (`integra pilot list`) or "
                "external",
                t);
        };
    }

    Node work_history() {
        Node work = Node::seq();
        while (true) {
            std::string occupation =
                ask("Occupation before (one at a time; empty: done)", Required::no);
            if (occupation.empty()) {
                return work;
            }
            Node job = Node::map();
            job.at_or_insert("occupation") = Node::scalar(occupation);
            optional(job, "country",
                     ask("  in which country (ISO code)", Required::no, country_problem));
            optional(job, "years", ask("  for how many years", Required::no, count_problem));
            work.items.push_back(std::move(job));
        }
    }

    const store::Store& m_store;
    std::istream& m_in;
    std::ostream& m_out;
    Date m_today;
    records::SettingsFile m_settings;
};

}  // namespace

yaml::Node ask_intake(const store::Store& store, std::istream& in, std::ostream& out,
                      const records::Refugee* existing, const Date& today) {
    Questionnaire q(store, in, out, today);
    Node person = Node::map();
    Node answers = Node::map();
    if (!existing) {
        answers.at_or_insert("household") = q.household();
        q.personal_data(person);
    }
    q.situation(person, existing);
    person.at_or_insert("intake") = q.intake(existing);
    if (existing) {
        return person;
    }
    Node& persons = answers.at_or_insert("persons");
    persons = Node::seq();
    persons.items.push_back(std::move(person));
    return answers;
}

}  // namespace integra::ops
