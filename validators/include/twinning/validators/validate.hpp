#pragma once

#include <array>
#include <bitset>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "twinning/model/diagnostic.hpp"
#include "twinning/model/raw_record.hpp"
#include "twinning/model/record.hpp"

namespace twinning::validators {

inline constexpr std::size_t rule_count = model::rule_count;

// The rules that run when none are selected: every rule the table marks
// `on`.
[[nodiscard]] std::bitset<rule_count> rules_on_by_default();

struct CheckOptions {
    // "Now", for future and stale checks: today unless set.
    std::chrono::year_month_day reference_date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    // A count older than this many years is stale.
    int stale_population_years = 10;
    // Folded areas of cooperation; unknown-cooperation-area is off when empty.
    std::unordered_set<std::string> vocabulary;
    // Rules that run; checks of the others are skipped, not just hidden.
    std::bitset<rule_count> enabled = rules_on_by_default();

    [[nodiscard]] bool runs(model::Rule rule) const { return enabled.test(static_cast<std::size_t>(rule)); }
};

using model::RuleDoc;

// Diagnostics as checks produce them, keeping at most `limit` of each rule
// (0 keeps all) and only counting the rest. Checks see nothing but
// push_back, so a record that repeats one mistake a hundred thousand times
// costs a count, not a hundred thousand diagnostics.
class Diagnostics {
public:
    struct Dropped {
        std::size_t count = 0;
        model::SourceSpan first;
    };

    explicit Diagnostics(std::size_t limit = 0) : limit_(limit) {}

    void push_back(model::Diagnostic diagnostic);

    [[nodiscard]] std::vector<model::Diagnostic>& kept() { return kept_; }
    [[nodiscard]] const std::array<Dropped, rule_count>& dropped() const { return dropped_; }

    // Counts findings another Diagnostics dropped, as if they came next: how
    // the findings of the parts of a listing add up to those of the whole.
    void add_dropped(model::Rule rule, const Dropped& dropped);
    // Takes what `later` kept, then what it dropped, as if they came next.
    void add(Diagnostics&& later);

    // Forgets what it holds, keeping its limit.
    void clear();

private:
    std::size_t limit_;
    std::vector<model::Diagnostic> kept_;
    std::array<std::size_t, rule_count> counts_{};
    std::array<Dropped, rule_count> dropped_{};
};

// What a whole file held, for the rules that judge it once it is read.
struct FileEnd {
    std::size_t records = 0;
    // Lines of text that belong to no record or field, and the first.
    std::size_t stray_lines = 0;
    model::SourceSpan first_stray;
};

// The findings of one rule that a file rule held back, counted.
struct HeldFindings {
    std::size_t count = 0;
    model::SourceSpan first;
};

// The rule's documentation, as `twinning rules NAME` prints it and
// docs/rules.md lists it.
[[nodiscard]] const RuleDoc& rule_doc(model::Rule rule);

class Spelling;

// The checks that need nothing but the record itself. They may run on
// several threads at once, each with its own RecordRules from
// Validator::record_rules().
class RecordRules {
public:
    RecordRules(const CheckOptions& options, Spelling spelling);
    RecordRules(const RecordRules&) = delete;
    RecordRules& operator=(const RecordRules&) = delete;
    RecordRules(RecordRules&&) noexcept;
    RecordRules& operator=(RecordRules&&) noexcept;
    ~RecordRules();

    void check(const model::RawRecord& raw, const model::Record& record, Diagnostics& out);

private:
    const CheckOptions* options_;
    std::unique_ptr<Spelling> spelling_;
};

// Runs every check over one listing. Keeps what must outlive a record:
// the indexes for checks across records and the spelling cache, so one
// Validator serves all the files of a run.
class Validator {
public:
    explicit Validator(CheckOptions options);
    Validator(const Validator&) = delete;
    Validator& operator=(const Validator&) = delete;
    Validator(Validator&&) noexcept;
    Validator& operator=(Validator&&) noexcept;
    ~Validator();

    [[nodiscard]] const CheckOptions& options() const;

    // The checks of one record alone, for another thread; its spelling
    // answers are shared with this validator's.
    [[nodiscard]] RecordRules record_rules() const;

    // Checks on the bytes themselves: invalid UTF-8, control characters.
    void check_text(std::string_view input, model::FileId file, Diagnostics& out) const;
    void check_text(std::string_view input, model::FileId file, std::vector<model::Diagnostic>& out) const;
    // The same checks over the bytes from `begin` to `end` of the input,
    // where `begin` starts line `line`: a part of a listing, which threads
    // may check at the same time. Spans count from the start of the input.
    void check_text(std::string_view input, std::size_t begin, std::size_t end, std::uint32_t line, model::FileId file,
                    Diagnostics& out) const;

    // Text that belongs to no record or field.
    void check_unrecognized(std::string_view text, const model::SourceSpan& span, model::FileId file,
                            std::vector<model::Diagnostic>& out) const;

    // True when a file rule holds back the findings of `rule` until the
    // file is read, as the listing decides whether they apply (a file with
    // no record is no listing; one that never gives a field is not asked
    // for it). The collector holds them whether or not that rule runs.
    [[nodiscard]] static bool held_back(model::Rule rule);
    // The judgement of the file rules that run on the held findings of
    // `rule`: one finding for the file in their place, or none, and the
    // held findings are shown as they came.
    [[nodiscard]] std::optional<model::Diagnostic> judge_held(model::Rule rule, const HeldFindings& held,
                                                              const FileEnd& end, model::FileId file) const;
    // The one finding for a file that counts `hidden` findings of `rule`
    // past the per-rule limit, the first of them at `first_hidden`.
    [[nodiscard]] static model::Diagnostic count_hidden(model::Rule rule, std::size_t hidden,
                                                        const model::SourceSpan& first_hidden, model::FileId file);

    // Every check of one record, then the checks against earlier records.
    void check_record(const model::RawRecord& raw, const model::Record& record, Diagnostics& out);

    // Only the checks against the records checked before, which must see
    // the records in input order: what check_record does after the checks
    // a RecordRules does.
    void check_against_earlier(const model::RawRecord& raw, const model::Record& record, Diagnostics& out);
    void check_record(const model::RawRecord& raw, const model::Record& record, std::vector<model::Diagnostic>& out);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace twinning::validators
