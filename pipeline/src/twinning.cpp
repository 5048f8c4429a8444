#include "twinning/twinning.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "twinning/normalize/record.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/text/hash.hpp"
#include "twinning/text/spaces.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning {

namespace {

// The record's identity in fingerprints, as two parts hashed with a 0x1F
// between them: folded name and country code, or its first field's label
// and value when it has no name. The parts are views, so a record with a
// megabyte-long first value costs no copy of it.
struct Identity {
    std::string_view first;
    std::string_view second;
};

// `folded_name` holds the folded name the identity points into.
[[nodiscard]] Identity record_identity(const model::RawRecord& raw, const model::Record& record,
                                       std::string& folded_name) {
    if (record.name) {
        folded_name = text::fold_key(record.name->value);
        return {folded_name, record.country_code};
    }
    const model::RawField& first = raw.fields.front();
    return {first.label.text, first.value};
}

// Gives each diagnostic of one file its fingerprint: the file, the rule, the
// record's identity and the text under the span, plus a count to tell apart
// equal findings. Line numbers take no part, so unrelated edits keep it
// stable.
class Fingerprints {
public:
    explicit Fingerprints(std::string_view input) : input_(input) {}

    // The hash of `file \x1f rule \x1f identity \x1f text \x1f occurrence`,
    // streamed, so a megabyte-long span costs no copy of itself. A finding
    // about no record has an empty identity.
    void assign(model::Diagnostic& diagnostic, const Identity* identity) {
        const std::string_view quoted =
            input_.substr(std::min(diagnostic.span.offset(), input_.size()), diagnostic.span.length());
        text::StableHash key;
        key.add(diagnostic.file).add("\x1f").add(model::info(diagnostic.rule).name).add("\x1f");
        if (identity != nullptr) {
            key.add(identity->first).add("\x1f").add(identity->second);
        }
        key.add("\x1f").add_collapsed(quoted);
        const int occurrence = occurrences_[key.value()]++;
        key.add("\x1f").add(std::to_string(occurrence));
        diagnostic.fingerprint = fmt::format("{:016x}", key.value());
    }

private:
    std::string_view input_;
    std::unordered_map<std::uint64_t, int> occurrences_;
};

[[nodiscard]] bool same_ignoring_case(std::string_view a, std::string_view b) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return std::ranges::equal(a, b, {}, lower, lower);
}

// True when a `# twinning: ignore[...]` name or code covers the rule; case
// does not matter, as in the marker itself.
[[nodiscard]] bool suppressed(const model::RawRecord& raw, model::Rule rule) {
    const model::RuleInfo& info = model::info(rule);
    return std::ranges::any_of(raw.suppressed, [&](std::string_view name) {
        return same_ignoring_case(name, info.name) || same_ignoring_case(name, info.code);
    });
}

}  // namespace

struct Checker::State {
    Options options;
    validators::Validator validator;

    explicit State(Options chosen) : options(std::move(chosen)), validator(options.checks) {}
};

namespace {

// Keeps one file's diagnostics: the user's severities, fingerprints, and the
// per-rule limit, which bounds the memory a hostile file can take.
class Collector {
public:
    Collector(const Options& options, std::string_view input, const std::string& file, ListingReport& report)
        : options_(options), file_(file), report_(report), fingerprints_(input) {}

    void add(model::Diagnostic diagnostic, const Identity* identity) {
        const auto rule = static_cast<std::size_t>(diagnostic.rule);
        if (const auto& chosen = options_.severity.at(rule)) {
            diagnostic.severity = *chosen;
        }
        Tally& tally = tallies_.at(rule);
        ++tally.found;
        if (options_.max_per_rule != 0 && tally.found > options_.max_per_rule) {
            if (tally.found == options_.max_per_rule + 1) {
                tally.first_hidden = diagnostic.span;
            }
            ++report_.hidden.at(static_cast<std::size_t>(diagnostic.severity));
            return;
        }
        fingerprints_.assign(diagnostic, identity);
        report_.diagnostics.push_back(std::move(diagnostic));
    }

    // Findings a check only counted, past the limit within one record: past
    // it for the file too.
    void add_dropped(model::Rule rule, const validators::Findings::Dropped& dropped) {
        if (dropped.count == 0) {
            return;
        }
        Tally& tally = tallies_.at(static_cast<std::size_t>(rule));
        if (tally.found <= options_.max_per_rule) {
            tally.first_hidden = dropped.first;
        }
        tally.found += dropped.count;
        report_.hidden.at(static_cast<std::size_t>(severity_of(rule))) += dropped.count;
    }

    // Text outside every record, counted whether or not its rule runs.
    void note_stray_text(const model::SourceSpan& span) {
        if (stray_lines_++ == 0) {
            first_stray_ = span;
        }
    }

    // A file with text but no record says so once, instead of once a line.
    void replace_stray_text_when_no_records() {
        constexpr auto stray_rule = model::Rule::unrecognized_text;
        if (report_.records != 0 || stray_lines_ == 0 || !options_.checks.runs(model::Rule::not_a_listing)) {
            return;
        }
        Tally& stray = tallies_.at(static_cast<std::size_t>(stray_rule));
        std::erase_if(report_.diagnostics, [](const model::Diagnostic& d) { return d.rule == stray_rule; });
        report_.hidden.at(static_cast<std::size_t>(severity_of(stray_rule))) -= stray.found - shown(stray);
        stray = {};
        add(validators::Validator::not_a_listing(stray_lines_, first_stray_, file_), nullptr);
    }

    // One too-many-findings finding for each rule that went past the limit.
    void count_hidden() {
        for (std::size_t rule = 0; rule < tallies_.size(); ++rule) {
            const Tally& tally = tallies_.at(rule);
            if (tally.found > shown(tally)) {
                model::Diagnostic diagnostic = validators::Validator::too_many_findings(
                    static_cast<model::Rule>(rule), tally.found - shown(tally), tally.first_hidden, file_);
                fingerprints_.assign(diagnostic, nullptr);
                report_.diagnostics.push_back(std::move(diagnostic));
            }
        }
        std::ranges::stable_sort(report_.diagnostics, {},
                                 [](const model::Diagnostic& d) { return d.span.begin.offset; });
    }

private:
    struct Tally {
        std::size_t found = 0;
        model::SourceSpan first_hidden;
    };

    [[nodiscard]] std::size_t shown(const Tally& tally) const {
        return options_.max_per_rule == 0 ? tally.found : std::min(tally.found, options_.max_per_rule);
    }
    [[nodiscard]] model::Severity severity_of(model::Rule rule) const {
        return options_.severity.at(static_cast<std::size_t>(rule)).value_or(model::info(rule).default_severity);
    }

    const Options& options_;
    const std::string& file_;
    ListingReport& report_;
    Fingerprints fingerprints_;
    std::array<Tally, validators::rule_count> tallies_{};
    std::size_t stray_lines_ = 0;
    model::SourceSpan first_stray_;
};

// Takes raw records from the grammar through the later stages.
class Pipeline final : public parser::RecordSink {
public:
    Pipeline(const std::string& file, const normalize::Options& normalize, validators::Validator& validator,
             const RecordHandler& on_record, Collector& collector, ListingReport& report, std::size_t limit)
        : file_(file),
          normalize_(normalize),
          validator_(validator),
          on_record_(on_record),
          collector_(collector),
          report_(report),
          findings_(limit) {}

    void record(const model::RawRecord& raw) override {
        const model::Record record = normalize::normalize_record(raw, file_, normalize_);
        findings_.clear();
        validator_.check_record(raw, record, findings_);
        // Most records have no finding: their identity is never worked out.
        std::string folded_name;
        std::optional<Identity> identity;
        for (model::Diagnostic& diagnostic : findings_.kept()) {
            if (!suppressed(raw, diagnostic.rule)) {
                if (!identity) {
                    identity = record_identity(raw, record, folded_name);
                }
                collector_.add(std::move(diagnostic), &*identity);
            }
        }
        add_dropped(&raw);
        ++report_.records;
        on_record_(record);
    }

    // The text checks' findings, which belong to no record.
    void check_text(std::string_view input) {
        findings_.clear();
        validator_.check_text(input, file_, findings_);
        for (model::Diagnostic& diagnostic : findings_.kept()) {
            collector_.add(std::move(diagnostic), nullptr);
        }
        add_dropped(nullptr);
    }

    void unrecognized(std::string_view text, const model::SourceSpan& span) override {
        collector_.note_stray_text(span);
        found_.clear();
        validator_.check_unrecognized(text, span, file_, found_);
        for (model::Diagnostic& diagnostic : found_) {
            collector_.add(std::move(diagnostic), nullptr);
        }
    }

private:
    // What the last check only counted; `raw` decides what is suppressed.
    void add_dropped(const model::RawRecord* raw) {
        for (std::size_t rule = 0; rule < validators::rule_count; ++rule) {
            const auto id = static_cast<model::Rule>(rule);
            if (raw == nullptr || !suppressed(*raw, id)) {
                collector_.add_dropped(id, findings_.dropped().at(rule));
            }
        }
    }

    const std::string& file_;
    const normalize::Options& normalize_;
    validators::Validator& validator_;
    const RecordHandler& on_record_;
    Collector& collector_;
    ListingReport& report_;
    validators::Findings findings_;  // reused, record after record
    std::vector<model::Diagnostic> found_;
};

}  // namespace

Checker::Checker(Options options) : state_(std::make_unique<State>(std::move(options))) {}
Checker::Checker(Checker&&) noexcept = default;
Checker& Checker::operator=(Checker&&) noexcept = default;
Checker::~Checker() = default;

ListingReport Checker::process(std::string_view input, const std::string& file, const RecordHandler& on_record) {
    ListingReport report;
    const normalize::Options normalize{normalize::slash_date_reading(state_->options.date_order, input)};
    Collector collector(state_->options, input, file, report);
    Pipeline pipeline(file, normalize, state_->validator, on_record, collector, report, state_->options.max_per_rule);
    pipeline.check_text(input);
    parser::parse_listing(input, file, pipeline);
    collector.replace_stray_text_when_no_records();
    collector.count_hidden();
    return report;
}

ListingReport process_listing(std::string_view input, const std::string& file, const Options& options,
                              const RecordHandler& on_record) {
    Checker checker(options);
    return checker.process(input, file, on_record);
}

}  // namespace twinning
