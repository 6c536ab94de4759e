#pragma once
// Numbers, money and dates as the report's readers write them: German by default (1.234,56 €,
// 31.12.2025, 87,5 %), English with --lang en (€1,234.56, 2025-12-31, 87.5%).

#include <string>

#include "report/model.hpp"

namespace integra::report {

/// A cell as text in `lang`: `1.234`, `1.234,56 €`, `1,5`, `87,5 %`; its hidden_mark when
/// suppressed; `–` when there is no value. English: `1,234`, `€1,234.56`, `87.5%`.
std::string format_cell(const Cell& cell, Unit column_unit, Lang lang, int threshold);

/// How a suppressed cell is written in every format and language: `<3` (the threshold) for a
/// small count, `x` for a cell hidden for another's sake (Cell::secondary).
std::string hidden_mark(const Cell& cell, int threshold);

/// What a suppressed cell's mark means, one sentence: `„<3“: weniger als 3 Personen (…).` or
/// `„x“: ausgeblendet, weil …`. Plain text (the HTML writer escapes it).
std::string mark_meaning(const Cell& cell, Lang lang, int threshold);

/// Both marks' meanings: the disclosure note under a public report.
std::string disclosure_text(Lang lang, int threshold);

/// A whole number with thousands separators: `1.234` (de), `1,234` (en).
std::string format_count(std::int64_t n, Lang lang);

/// `31.12.2025` (de), `2025-12-31` (en: ISO, unambiguous for every reader).
std::string format_date(const Date& day, Lang lang);

/// `2025` for a calendar year, `29.02.2024` for one day, else `01.03.2025–31.05.2025`.
std::string period_label(const Period& period, Lang lang);

/// The month's name: `März` (de), `March` (en); `month` from 1 to 12.
std::string month_name(unsigned month, Lang lang);

/// A cell's number as scripts read it (CSV, JSON): `1234`, `1234.56`, `1.5`, `87.5`; empty
/// when there is no value. Suppressed cells are the caller's business.
std::string plain_number(const Cell& cell, Unit column_unit);

}  // namespace integra::report
