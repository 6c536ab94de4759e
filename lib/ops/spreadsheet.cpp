#include "ops/spreadsheet.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "schema/validate.hpp"
#include "util/csv.hpp"
#include "util/text.hpp"
#include "util/values.hpp"

namespace integra::ops::sheet {

namespace {

using schema::Spec;
using schema::Type;

bool is_single(Type t) {
    return t != Type::map && t != Type::list && t != Type::dict;
}

/// Lowercase ASCII, ä/ö/ü (either case) and ß as ae/oe/ue/ss, without spaces, `-`, `_`, `/`,
/// `(`, `)`, `:`, `*` and `.`: `E-Mail` and `e_mail` are `email`, `Staatsangehörigkeit` is
/// `staatsangehoerigkeit`.
std::string squeeze(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> umlauts{{
        {"\xC3\xA4", "ae"},
        {"\xC3\xB6", "oe"},
        {"\xC3\xBC", "ue"},
        {"\xC3\x84", "ae"},
        {"\xC3\x96", "oe"},
        {"\xC3\x9C", "ue"},
        {"\xC3\x9F", "ss"},
    }};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto& [from, to] : umlauts) {
            if (text.substr(i).starts_with(from)) {
                out += to;
                i += from.size();
                replaced = true;
                break;
            }
        }
        if (replaced) {
            continue;
        }
        char c = text[i++];
        if (std::string_view(" \t-_/():*.").find(c) != std::string_view::npos) {
            continue;
        }
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

/// Labels a column header may use for a key path, squeezed and separated by spaces. `*` as the
/// kind applies to every kind with that key.
struct Label {
    std::string_view kind;
    std::string_view path;
    std::string_view names;
};

constexpr std::array k_labels{
    Label{"*", "id", "id kennung"},
    Label{"*", "name.given", "vorname vornamen givenname firstname"},
    Label{"*", "name.family", "nachname familienname name zuname surname lastname familyname"},
    Label{"*", "gender", "geschlecht gender sex"},
    Label{"*", "languages", "sprachen sprache sprachkenntnisse languages"},
    Label{"*", "status", "status stand"},
    Label{"*", "notes", "notizen notiz bemerkung bemerkungen anmerkung anmerkungen kommentar"},
    Label{"pilot", "phone", "telefon telefonnummer tel handy mobil mobilnummer phone"},
    Label{"pilot", "email", "email mail emailadresse"},
    Label{"pilot", "since", "seit dabeiseit aktivseit eintritt beginn since"},
    Label{"pilot", "training.cohort", "schulung kohorte jahrgang cohort trainingcohort"},
    Label{"pilot", "training.hours", "schulungsstunden trainingshours traininghours"},
    Label{"pilot", "training.certified", "zertifiziert zertifikat certified"},
    Label{"pilot", "retired", "ausgeschieden austritt retired"},
    Label{"assignment", "pilot", "lotse lotsin integrationslotse integrationslotsin pilot guide"},
    Label{"assignment", "date", "datum einsatzdatum date"},
    Label{"assignment", "time", "uhrzeit zeit beginn time"},
    Label{"assignment", "hours", "stunden dauer einsatzstunden hours"},
    Label{"assignment", "kind", "art einsatzart kind"},
    Label{"assignment", "language", "sprache language"},
    Label{"assignment", "requested_by.type", "angefragtvon anfragevon auftraggeber requestedby"},
    Label{"assignment", "requested_by.name", "auftraggebername anfragendestelle requestername"},
    Label{"assignment", "client", "klient klientin klientinnen client person"},
    Label{"assignment", "billed", "abgerechnet abrechnungsmonat billed"},
    Label{"assignment", "reason", "grund absagegrund reason"},
    Label{"household", "allocation.date",
          "zuweisung zuweisungsdatum zugewiesen zugewiesenam allocated allocationdate"},
    Label{"household", "allocation.reference", "aktenzeichen az zeichen reference"},
    Label{"household", "allocation.persons",
          "personen personenzahl anzahlpersonen haushaltsgroesse persons"},
    Label{"refugee", "household", "haushalt household"},
    Label{"refugee", "birth_date", "geburtsdatum geboren geboram birthdate dateofbirth born"},
    Label{"refugee", "nationality",
          "staatsangehoerigkeit nationalitaet staatsangehoerigkeitiso nationality citizenship"},
    Label{"refugee", "german", "deutsch deutschkenntnisse deutschniveau german"},
    Label{"refugee", "arrived_de",
          "einreise einreisedatum eingereist ankunft ankunftindeutschland arrived arrivedde"},
    Label{"refugee", "allocated", "zuweisung zuweisungsdatum zugewiesen zugewiesenam allocated"},
    Label{"refugee", "residence", "aufenthaltsstatus aufenthalt aufenthaltstitel residence"},
    Label{"refugee", "caseworker",
          "sachbearbeitung sachbearbeiter sachbearbeiterin zustaendig fallverantwortung "
          "caseworker"},
    Label{"refugee", "sponsor", "pate patin patenschaft sponsor"},
    Label{"refugee", "closed", "abgeschlossen abgeschlossenam fallabschluss closed"},
    Label{"refugee", "closed_reason", "abschlussgrund closedreason"},
    Label{"housing", "name", "name bezeichnung unterkunft"},
    Label{"housing", "address", "adresse anschrift address"},
    Label{"housing", "kind", "art typ unterkunftsart kind"},
    Label{"housing", "capacity", "kapazitaet plaetze betten capacity"},
    Label{"project", "title", "titel projekt projekttitel title"},
    Label{"project", "applicant.organisation",
          "traeger antragsteller antragstellerin organisation applicant"},
    Label{"project", "applicant.contact", "ansprechpartner ansprechpartnerin kontakt contact"},
    Label{"project", "ag", "ag arbeitsgruppe"},
    Label{"project", "funding", "finanzierung foerderquelle funding"},
    Label{"project", "programme", "programm foerderprogramm programme program"},
    Label{"project", "requested", "beantragt antragssumme beantragtersumme requested"},
    Label{"project", "approved", "bewilligt bewilligtesumme approved"},
    Label{"project", "decision", "beschluss sitzung decision"},
    Label{"project", "target_groups", "zielgruppe zielgruppen targetgroups"},
    Label{"project", "period.from", "beginn von start laufzeitvon from"},
    Label{"project", "period.to", "ende bis laufzeitbis to"},
    Label{"project", "participants", "teilnehmende teilnehmer teilnehmerinnen participants"},
    Label{"ag", "name", "name bezeichnung"},
    Label{"meeting", "ag", "ag arbeitsgruppe"},
    Label{"meeting", "date", "datum sitzungsdatum date"},
    Label{"meeting", "guests", "gaeste guests"},
};

bool names_contain(std::string_view names, std::string_view name) {
    for (std::size_t start = 0; start <= names.size();) {
        auto space = names.find(' ', start);
        auto end = space == std::string_view::npos ? names.size() : space;
        if (names.substr(start, end - start) == name) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

/// German and English spellings of the format's words, squeezed; a spelling may stand for
/// several words (`abgeschlossen`), and the field's own words decide which applies.
struct WordAlias {
    std::string_view alias;
    std::string_view word;
};

constexpr std::array k_words{
    WordAlias{"w", "f"},
    WordAlias{"weiblich", "f"},
    WordAlias{"frau", "f"},
    WordAlias{"female", "f"},
    WordAlias{"maennlich", "m"},
    WordAlias{"mann", "m"},
    WordAlias{"male", "m"},
    WordAlias{"divers", "d"},
    WordAlias{"keineangabe", "x"},
    WordAlias{"ka", "x"},
    WordAlias{"unbekannt", "x"},
    WordAlias{"muttersprache", "native"},
    WordAlias{"muttersprachlich", "native"},
    WordAlias{"aktiv", "active"},
    WordAlias{"pausiert", "paused"},
    WordAlias{"ruhend", "paused"},
    WordAlias{"ausgeschieden", "retired"},
    WordAlias{"begleitung", "accompaniment"},
    WordAlias{"uebersetzung", "translation"},
    WordAlias{"dolmetschen", "translation"},
    WordAlias{"elterngespraech", "parent_talk"},
    WordAlias{"infoveranstaltung", "info_event"},
    WordAlias{"informationsveranstaltung", "info_event"},
    WordAlias{"vermittlung", "mediation"},
    WordAlias{"mediation", "mediation"},
    WordAlias{"projekt", "project"},
    WordAlias{"schule", "school"},
    WordAlias{"behoerde", "authority"},
    WordAlias{"amt", "authority"},
    WordAlias{"migrantin", "migrant"},
    WordAlias{"organisation", "organisation"},
    WordAlias{"verein", "organisation"},
    WordAlias{"fluechtlingshilfe", "refugee_unit"},
    WordAlias{"geplant", "planned"},
    WordAlias{"erledigt", "done"},
    WordAlias{"durchgefuehrt", "done"},
    WordAlias{"abgesagt", "cancelled"},
    WordAlias{"storniert", "cancelled"},
    WordAlias{"abgerechnet", "billed"},
    WordAlias{"selbststaendig", "independent"},
    WordAlias{"verzogen", "moved_away"},
    WordAlias{"weggezogen", "moved_away"},
    WordAlias{"abgeschlossen", "closed"},
    WordAlias{"abgeschlossen", "completed"},
    WordAlias{"gemeinschaftsunterkunft", "shared"},
    WordAlias{"gu", "shared"},
    WordAlias{"wohnung", "flat"},
    WordAlias{"stadt", "city"},
    WordAlias{"demokratieleben", "demokratie_leben"},
    WordAlias{"sonstige", "other"},
    WordAlias{"sonstiges", "other"},
    WordAlias{"frauen", "women"},
    WordAlias{"maenner", "men"},
    WordAlias{"alle", "all"},
    WordAlias{"kinder", "children"},
    WordAlias{"jugendliche", "youth"},
    WordAlias{"senioren", "seniors"},
    WordAlias{"seniorinnen", "seniors"},
    WordAlias{"eingereicht", "submitted"},
    WordAlias{"beantragt", "submitted"},
    WordAlias{"bewilligt", "approved"},
    WordAlias{"abgelehnt", "rejected"},
    WordAlias{"laufend", "running"},
    WordAlias{"evaluiert", "evaluated"},
    WordAlias{"zurueckgezogen", "withdrawn"},
    WordAlias{"vorsitz", "chair"},
    WordAlias{"stellvertretung", "deputy"},
    WordAlias{"mitglied", "member"},
    WordAlias{"beratend", "advisory"},
    WordAlias{"vertagt", "deferred"},
    WordAlias{"eingebuergert", "eingebuergert"},
    WordAlias{"sonstiger", "other"},
};

/// The text between spaces and no-break spaces (U+00A0, U+202F) at either end.
std::string_view strip(std::string_view s) {
    while (true) {
        std::size_t before = s.size();
        for (std::string_view space : {" ", "\t", "\n", "\r", "\xC2\xA0", "\xE2\x80\xAF"}) {
            while (s.starts_with(space)) {
                s.remove_prefix(space.size());
            }
            while (s.ends_with(space)) {
                s.remove_suffix(space.size());
            }
        }
        if (s.size() == before) {
            return s;
        }
    }
}

bool digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

/// `D.M.YYYY` and `DD.MM.YYYY` (with a time of 00:00 after it, as Excel may write); nullopt
/// when `s` is not of that shape.
std::optional<std::string> german_date(std::string_view s) {
    if (auto space = s.find(' '); space != std::string_view::npos) {
        std::string_view time = strip(s.substr(space));
        if (time != "00:00" && time != "00:00:00" && time != "0:00") {
            return std::nullopt;
        }
        s = s.substr(0, space);
    }
    auto first = s.find('.');
    auto second = first == std::string_view::npos ? first : s.find('.', first + 1);
    if (second == std::string_view::npos) {
        return std::nullopt;
    }
    std::string_view d = s.substr(0, first);
    std::string_view m = s.substr(first + 1, second - first - 1);
    std::string_view y = s.substr(second + 1);
    if (!digits(d) || !digits(m) || !digits(y) || d.size() > 2 || m.size() > 2 || y.size() != 4) {
        return std::nullopt;
    }
    return fmt::format("{}-{:0>2}-{:0>2}", y, m, d);
}

Error wrong(std::string_view cell, std::string_view what) {
    return Error{fmt::format("`{}` is not {}", printable(cell), what)};
}

Result<std::string> date_value(std::string_view s) {
    std::optional<std::string> iso;
    if (parse_date(s)) {
        iso = std::string(s);
    } else if (auto g = german_date(s)) {
        iso = *g;
    }
    if (!iso || !parse_date(*iso)) {
        return wrong(s, "a date; write TT.MM.JJJJ (24.11.2026) or JJJJ-MM-TT");
    }
    return *iso;
}

Result<std::string> month_value(std::string_view s) {
    if (parse_month(s)) {
        return std::string(s);
    }
    auto sep = s.find_first_of("./");
    if (sep != std::string_view::npos) {
        std::string_view m = s.substr(0, sep);
        std::string_view y = s.substr(sep + 1);
        if (digits(m) && m.size() <= 2 && digits(y) && y.size() == 4) {
            std::string iso = fmt::format("{}-{:0>2}", y, m);
            if (parse_month(iso)) {
                return iso;
            }
        }
    }
    return wrong(s, "a month; write MM.JJJJ (03.2025) or JJJJ-MM");
}

Result<std::string> time_value(std::string_view s) {
    if (s.size() == 8 && s.ends_with(":00")) {
        s.remove_suffix(3);  // 09:30:00
    }
    std::string t(s);
    if (t.size() == 4 && t[1] == ':') {
        t = "0" + t;
    }
    if (!parse_time(t)) {
        return wrong(s, "a time of day; write HH:MM (09:30)");
    }
    return t;
}

/// `1.234,56`, `1234,5`, `1234.56`, `1500` → `1234.56` … (money and hours: at most two places,
/// checked by validation); nullopt for what is none of these or is ambiguous (`1.500`).
std::optional<std::string> decimal_text(std::string_view s, bool thousands) {
    std::string out;
    auto comma = s.find(',');
    if (comma != std::string_view::npos) {
        if (s.find(',', comma + 1) != std::string_view::npos) {
            return std::nullopt;
        }
        std::string_view whole = s.substr(0, comma);
        std::string_view fraction = s.substr(comma + 1);
        if (thousands && whole.find('.') != std::string_view::npos) {
            // 1.234.567: groups of three after the first.
            auto groups = split(whole, '.');
            for (std::size_t i = 0; i < groups.size(); ++i) {
                if (!digits(groups[i]) || (i > 0 && groups[i].size() != 3) ||
                    (i == 0 && groups[i].size() > 3)) {
                    return std::nullopt;
                }
                out += groups[i];
            }
        } else if (digits(whole)) {
            out = whole;
        } else {
            return std::nullopt;
        }
        if (!digits(fraction)) {
            return std::nullopt;
        }
        return out + "." + std::string(fraction);
    }
    auto point = s.find('.');
    if (point != std::string_view::npos && thousands && s.size() - point - 1 == 3 &&
        s.find('.', point + 1) == std::string_view::npos) {
        return std::nullopt;  // 1.500: a thousand and five hundred, or one and a half?
    }
    return std::string(s);
}

Result<std::string> money_value(std::string_view s) {
    std::string t(s);
    for (std::string_view unit : {"\xE2\x82\xAC", "EUR"}) {
        if (auto at = t.find(unit); at != std::string::npos) {
            t.erase(at, unit.size());
        }
    }
    std::string_view v = strip(t);
    auto text = decimal_text(v, true);
    if (!text || !parse_money(*text)) {
        return wrong(s,
                     "an amount in euros; write 1234,56 or 1.234,56 (no minus, at most two "
                     "places)");
    }
    return *text;
}

Result<std::string> decimal_value(std::string_view s) {
    auto text = decimal_text(s, false);
    if (!text || !parse_money(*text)) {
        return wrong(s, "a number of hours; write 1,5 or 2 (at most two places)");
    }
    return *text;
}

Result<std::string> boolean_value(std::string_view s) {
    std::string w = squeeze(s);
    for (std::string_view yes : {"ja", "j", "wahr", "true", "yes", "y", "x", "1"}) {
        if (w == yes) {
            return std::string("true");
        }
    }
    for (std::string_view no : {"nein", "n", "falsch", "false", "no", "0"}) {
        if (w == no) {
            return std::string("false");
        }
    }
    return wrong(s, "yes or no; write ja or nein");
}

std::string choice_value(const Spec& spec, std::string_view s) {
    for (std::string_view word : spec.choices) {
        if (squeeze(word) == squeeze(s)) {
            return std::string(word);
        }
    }
    std::string w = squeeze(s);
    for (const WordAlias& a : k_words) {
        if (a.alias == w &&
            std::find(spec.choices.begin(), spec.choices.end(), a.word) != spec.choices.end()) {
            return std::string(a.word);
        }
    }
    return std::string(s);
}

std::string ascii_case(std::string_view s, bool upper) {
    std::string out(s);
    for (char& c : out) {
        c = static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(c))
                                    : std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

/// A language skill's item of a one-cell list: a list item whose spec is a mapping of a
/// language `code` and a `level`.
bool is_skill(const Spec& item) {
    return item.type == Type::map && item.fields.size() == 2 && item.fields[0].key == "code" &&
           item.fields[1].key == "level";
}

}  // namespace

std::string dotted(std::string_view path) {
    std::string out;
    for (char c : path) {
        if (c == '[') {
            out += '.';
        } else if (c != ']') {
            out += c;
        }
    }
    return out;
}

bool one_cell(const Spec& list) {
    if (list.type != Type::list || !list.item) {
        return false;
    }
    const Spec& item = *list.item;
    return is_skill(item) || (is_single(item.type) && item.type != Type::text);
}

const Spec* column_spec(const Spec& root, std::string_view path) {
    const Spec* spec = schema::spec_at(root, path);
    if (!spec || path.empty()) {
        return nullptr;
    }
    return is_single(spec->type) || one_cell(*spec) ? spec : nullptr;
}

std::optional<std::string> key_for_header(const records::Kind& kind, std::string_view header) {
    std::string_view h = strip(header);
    std::string path = dotted(h);
    if (column_spec(*kind.spec, path)) {
        return path;
    }
    std::string name = squeeze(h);
    if (name.empty()) {
        return std::nullopt;
    }
    // The kind's own labels first: `name` is a housing unit's name, a person's family name.
    for (bool own : {true, false}) {
        for (const Label& l : k_labels) {
            if ((own ? l.kind == kind.name : l.kind == "*") && names_contain(l.names, name) &&
                column_spec(*kind.spec, l.path)) {
                return std::string(l.path);
            }
        }
    }
    return std::nullopt;
}

std::vector<std::pair<std::string_view, std::string_view>> labelled_paths() {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    for (const Label& l : k_labels) {
        out.emplace_back(l.kind, l.path);
    }
    return out;
}

namespace {

/// A cell's text without what spreadsheets put around it: blanks at either end, Excel's text
/// as a formula (`="0607499"`, `="Sag ""ja"""`, as --excel writes it), or the apostrophe the
/// plain dialect puts before what looks like a formula.
std::string unwrapped(std::string_view cell) {
    std::string_view s = strip(cell);
    if (s.size() >= 3 && s.starts_with("=\"") && s.ends_with('"')) {
        std::string unquoted;
        for (std::size_t i = 2; i + 1 < s.size(); ++i) {
            unquoted += s[i];
            if (s[i] == '"' && s[i + 1] == '"' && i + 2 < s.size()) {
                ++i;
            }
        }
        return std::string(strip(unquoted));
    }
    // The guard csv_row puts before a formula's character, and before a text's own apostrophes
    // there.
    if (s.starts_with('\'') && starts_like_formula(s.substr(1))) {
        s.remove_prefix(1);
    }
    return std::string(s);
}

/// An unwrapped text as the value of `spec`.
Result<std::string> typed_value(const Spec& spec, std::string_view s) {
    switch (spec.type) {
        case Type::date:
            return date_value(s);
        case Type::month:
            return month_value(s);
        case Type::time:
            return time_value(s);
        case Type::money:
            return money_value(s);
        case Type::decimal:
            return decimal_value(s);
        case Type::boolean:
            return boolean_value(s);
        case Type::choice:
            return choice_value(spec, s);
        case Type::language:
            return ascii_case(s, false);
        case Type::country:
            return ascii_case(s, true);
        case Type::count:
        case Type::year:
            return std::string(s);
        default:
            // Free text keeps its inner line breaks; a spreadsheet ends none with a space.
            return std::string(s);
    }
}

}  // namespace

Result<std::string> cell_value(const Spec& spec, std::string_view cell) {
    return typed_value(spec, unwrapped(cell));
}

Result<yaml::Node> cell_list(const Spec& list, std::string_view cell) {
    yaml::Node out = yaml::Node::seq();
    // Excel's wrapping is around the whole cell, never around an item.
    std::string items = unwrapped(cell);
    if (items == "[]" || items.empty()) {
        return out;
    }
    std::replace(items.begin(), items.end(), ';', ',');
    std::replace(items.begin(), items.end(), '\n', ',');
    const Spec& item = *list.item;
    for (const std::string& piece : split(items, ',')) {
        std::string_view p = strip(piece);
        if (p.empty() || p == "[]") {  // `[]` is the empty list's cell, never an item
            continue;
        }
        if (is_skill(item)) {
            auto colon = p.find(':');
            if (colon == std::string_view::npos) {
                return Error{
                    fmt::format("`{}` has no level; write CODE:LEVEL, such as "
                                "fa:native,de:B1",
                                printable(p))};
            }
            yaml::Node skill = yaml::Node::map();
            skill.at_or_insert("code") =
                yaml::Node::scalar(ascii_case(strip(p.substr(0, colon)), false));
            auto level = typed_value(item.fields[1].spec, strip(p.substr(colon + 1)));
            if (!level) {
                return level.error();
            }
            skill.at_or_insert("level") = yaml::Node::scalar(*level);
            out.items.push_back(std::move(skill));
        } else {
            auto value = typed_value(item, p);
            if (!value) {
                return value.error();
            }
            out.items.push_back(yaml::Node::scalar(*value));
        }
    }
    return out;
}

std::string list_cell(const yaml::Node& list) {
    if (list.items.empty()) {
        return "[]";
    }
    std::vector<std::string> items;
    for (const yaml::Node& item : list.items) {
        if (item.is_map()) {
            const yaml::Node* code = item.find("code");
            const yaml::Node* level = item.find("level");
            items.push_back(fmt::format("{}:{}", code ? code->text : "", level ? level->text : ""));
        } else {
            items.push_back(item.text);
        }
    }
    std::string cell = fmt::format("{}", fmt::join(items, ","));
    // Items that read as Excel's wrapping or the formula apostrophe: wrapped once more.
    return unwrapped(cell) != cell ? excel_text(cell) : cell;
}

}  // namespace integra::ops::sheet
