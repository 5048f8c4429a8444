#include "twinning/twinning.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "twinning/normalize/record.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/text/hash.hpp"
#include "twinning/text/spaces.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning {

namespace {

// The record's identity in fingerprints: folded name and country code, or
// its first field when it has no name.
[[nodiscard]] std::string record_identity(const model::RawRecord& raw, const model::Record& record) {
    if (record.name) {
        return text::fold_key(record.name->value) + '\x1f' + record.country_code;
    }
    const model::RawField& first = raw.fields.front();
    return std::string(first.label.text) + '\x1f' + std::string(first.value);
}

// Gives each diagnostic of one file its fingerprint: the file, the rule, the
// record's identity and the text under the span, plus a count to tell apart
// equal findings. Line numbers take no part, so unrelated edits keep it
// stable.
class Fingerprints {
public:
    explicit Fingerprints(std::string_view input) : input_(input) {}

    void assign(model::Diagnostic& diagnostic, std::string_view identity) {
        const std::string_view quoted =
            input_.substr(std::min(diagnostic.span.offset(), input_.size()), diagnostic.span.length());
        std::string key = fmt::format("{}\x1f{}\x1f{}\x1f{}", diagnostic.file, model::info(diagnostic.rule).name,
                                      identity, text::collapse_whitespace(quoted));
        const int occurrence = occurrences_[key]++;
        key += fmt::format("\x1f{}", occurrence);
        diagnostic.fingerprint = fmt::format("{:016x}", text::stable_hash(key));
    }

private:
    std::string_view input_;
    std::map<std::string, int> occurrences_;
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

    void apply_severity(model::Diagnostic& diagnostic) const {
        if (const auto& chosen = options.severity.at(static_cast<std::size_t>(diagnostic.rule))) {
            diagnostic.severity = *chosen;
        }
    }
};

namespace {

// Takes raw records from the grammar through the later stages.
class Pipeline final : public parser::RecordSink {
public:
    Pipeline(std::string_view input, const std::string& file, const normalize::Options& normalize,
             validators::Validator& validator, const RecordHandler& on_record, ListingReport& report)
        : file_(file),
          normalize_(normalize),
          validator_(validator),
          on_record_(on_record),
          report_(report),
          fingerprints_(input) {}

    void record(const model::RawRecord& raw) override {
        const model::Record record = normalize::normalize_record(raw, file_, normalize_);
        std::vector<model::Diagnostic> found;
        validator_.check_record(raw, record, found);
        const std::string identity = record_identity(raw, record);
        for (model::Diagnostic& diagnostic : found) {
            if (!suppressed(raw, diagnostic.rule)) {
                fingerprints_.assign(diagnostic, identity);
                report_.diagnostics.push_back(std::move(diagnostic));
            }
        }
        ++report_.records;
        on_record_(record);
    }

    void unrecognized(std::string_view text, const model::SourceSpan& span) override {
        std::vector<model::Diagnostic> found;
        validator_.check_unrecognized(text, span, file_, found);
        add_unattached(found);
    }

    // Diagnostics that belong to no record.
    void add_unattached(std::vector<model::Diagnostic>& found) {
        for (model::Diagnostic& diagnostic : found) {
            fingerprints_.assign(diagnostic, {});
            report_.diagnostics.push_back(std::move(diagnostic));
        }
    }

private:
    const std::string& file_;
    const normalize::Options& normalize_;
    validators::Validator& validator_;
    const RecordHandler& on_record_;
    ListingReport& report_;
    Fingerprints fingerprints_;
};

}  // namespace

Checker::Checker(Options options) : state_(std::make_unique<State>(std::move(options))) {}
Checker::Checker(Checker&&) noexcept = default;
Checker& Checker::operator=(Checker&&) noexcept = default;
Checker::~Checker() = default;

ListingReport Checker::process(std::string_view input, const std::string& file, const RecordHandler& on_record) {
    ListingReport report;
    const normalize::Options normalize{normalize::slash_date_reading(state_->options.date_order, input)};
    Pipeline pipeline(input, file, normalize, state_->validator, on_record, report);
    std::vector<model::Diagnostic> text_findings;
    state_->validator.check_text(input, file, text_findings);
    pipeline.add_unattached(text_findings);
    parser::parse_listing(input, file, pipeline);
    for (model::Diagnostic& diagnostic : report.diagnostics) {
        state_->apply_severity(diagnostic);
    }
    std::ranges::stable_sort(report.diagnostics, {}, [](const model::Diagnostic& d) { return d.span.begin.offset; });
    return report;
}

ListingReport process_listing(std::string_view input, const std::string& file, const Options& options,
                              const RecordHandler& on_record) {
    Checker checker(options);
    return checker.process(input, file, on_record);
}

}  // namespace twinning
