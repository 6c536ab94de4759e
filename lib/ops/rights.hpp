#pragma once
// The person's rights under the GDPR: access (Art. 15, `refugee export`), erasure (Art. 17,
// `refugee erase`), restriction (Art. 18, `refugee restrict|unrestrict`), and storage limitation
// (`integra retention`).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ops/plan.hpp"
#include "records/types.hpp"
#include "store/store.hpp"
#include "util/json.hpp"

namespace integra::ops {

// --- Art. 15: everything held on a person -------------------------------------------------

/// One version of a file in git: the commit, its author and date, and the file's bytes there
/// (nullopt in the commit that deleted it).
struct FileVersion {
    std::string commit;  ///< full hash
    std::string date;    ///< ISO 8601 with the time zone
    std::string author;
    std::string message;
    std::optional<std::string> content;
};

/// A file that holds data on the person: its path, its record as JSON (null when it is no
/// longer in the working tree), and its history, newest first.
struct HeldFile {
    std::filesystem::path rel;
    Json record;
    std::vector<FileVersion> history;
};

struct PersonExport {
    std::string id;
    Date exported;
    std::optional<Date> restricted;          ///< since when processing is restricted
    std::optional<HeldFile> person;          ///< refugees/ID.yaml (history even when erased)
    std::optional<HeldFile> household;       ///< the person's household (it names nobody)
    std::vector<HeldFile> assignments;       ///< the guides' assignments with `client: ID`
    std::optional<std::string> interpreter;  ///< the intake's: a guide's ID or `external`
    std::optional<records::PersonName> interpreter_name;  ///< the guide's name
    std::optional<HeldFile> tombstone;                    ///< erased/ID.yaml
};

/// Everything the data directory holds on the person `id`, with the git history of each file.
/// An erased person's history is still found (until it is purged). Throws Failure(invalid)
/// when there is neither a record nor a tombstone, or a file cannot be read.
PersonExport export_person(const store::Store& store, const std::string& id, const Date& today);

/// `refugee export --format json`: {id, exported, basis, restricted, person, household,
/// assignments, interpreter, tombstone}; each file as {file, record, history: [{commit, date,
/// author, message, content}]}.
Json export_json(const PersonExport& e);

/// The same as a Markdown document to hand to the person, with German or English headings
/// (`lang` de|en).
std::string export_markdown(const PersonExport& e, const std::string& lang);

// --- Art. 17: erasure ---------------------------------------------------------------------

struct ErasePlan {
    WritePlan plan;  ///< no changes when only the history remains to be purged
    std::optional<records::PersonName> name;  ///< from the record, else from git's history
    std::optional<Date> erased_before;        ///< the date of an existing tombstone
    std::vector<std::string> assignments;     ///< IDs that lose their `client`
    /// Other record files that hold the full name (written there by hand): erasure leaves them
    /// to the user, since integra does not rewrite free text; --purge-history replaces it.
    std::vector<std::string> name_elsewhere;
};

/// The full name in the forms a person writes it: `Given Family`, `Family Given`,
/// `Family, Given`.
std::vector<std::string> full_name_forms(const records::PersonName& name);

/// The erasure of `id` as one change: its record removed, `client: ID` removed from every
/// assignment (billed ones too: the hours and fees stay), and the tombstone erased/ID.yaml
/// written (kept as it is when there is one: the person was erased before and came back with
/// a restored backup). The household stays: it names nobody. Throws Failure(invalid), writing
/// nothing, when there is nothing to erase (unless `purge` and the history may still hold the
/// person), or an assignment naming the person was edited by hand. `by` is a staff handle.
ErasePlan plan_erase(const store::Store& store, const std::string& id, const std::string& by,
                     bool purge, const Date& today);

/// Throws Failure(environment) unless Debian's `git filter-repo` can be run, and
/// Failure(invalid) when the data directory has uncommitted changes (rewriting the history
/// ends with `git reset --hard`, which would lose them).
void require_purge_possible(const store::Store& store);

/// What the purge did and found, as lines for the user.
struct PurgeReport {
    std::vector<std::string> lines;
    bool had_origin = false;
    std::string origin_url;
};

/// Rewrites the whole git history (every branch) with `git filter-repo`: removes
/// refugees/ID.yaml from every commit and replaces the full name (both orders) and each of
/// `more` in every file and commit message with `(removed)`; then expires the reflogs and
/// prunes the old objects. Reports the files where the given or the family name alone is still
/// found (the household's other members share it). Throws Failure(environment) when git
/// filter-repo fails.
PurgeReport purge_history(const store::Store& store, const std::string& id,
                          const std::optional<records::PersonName>& name,
                          const std::vector<std::string>& more);

/// Sets `history_purged: true` on the tombstone of `id`.
WritePlan plan_mark_purged(const store::Store& store, const std::string& id, const Date& today);

/// What must happen to every other copy of the repository after a purge, as lines.
std::vector<std::string> after_purge_advice(const PurgeReport& report);

// --- Art. 18: restriction -----------------------------------------------------------------

/// Restricts the processing of `id` from `on` (default today). Throws Failure(invalid) when it
/// is restricted already.
WritePlan plan_restrict(const store::Store& store, const std::string& id, std::optional<Date> on,
                        const Date& today);
/// Lifts the restriction. Throws Failure(invalid) when there is none.
WritePlan plan_unrestrict(const store::Store& store, const std::string& id, const Date& today);

// --- Storage limitation --------------------------------------------------------------------

/// A record past its retention period.
struct RetentionRow {
    std::string kind;  ///< `refugee` or `pilot`
    std::string id;
    std::string status;
    Date since;                          ///< closed or retired
    Date end;                            ///< the day the retention period ended
    std::optional<std::string> command;  ///< what erases it; none for guides (report only)
};

/// Closed cases (status not active, with a `closed` date) past `retention.refugee_closed_years`
/// and retired guides past `retention.pilot_retired_years`, by the end of their period; a kind
/// whose period integra.yaml does not set is not listed.
std::vector<RetentionRow> retention(const store::Store& store, const Date& today);

/// `retention --format json`: [{kind, id, status, since, end, command}].
Json retention_json(const std::vector<RetentionRow>& rows);

/// For `integra status`, one sentence each: closed cases past the retention period.
std::vector<std::string> retention_attention(const store::Store& store, const Date& today);

}  // namespace integra::ops
