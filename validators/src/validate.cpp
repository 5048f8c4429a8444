#include "twinning/validators/validate.hpp"

#include <algorithm>
#include <iterator>

#include "registry.hpp"
#include "spelling.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators {

void Diagnostics::push_back(model::Diagnostic diagnostic) {
    const auto rule = static_cast<std::size_t>(diagnostic.rule);
    if (limit_ != 0 && ++counts_.at(rule) > limit_) {
        Dropped& dropped = dropped_.at(rule);
        if (dropped.count++ == 0) {
            dropped.first = diagnostic.span;
        }
        return;
    }
    kept_.push_back(std::move(diagnostic));
}

void Diagnostics::add_dropped(model::Rule rule, const Dropped& dropped) {
    if (dropped.count == 0) {
        return;
    }
    const auto index = static_cast<std::size_t>(rule);
    counts_.at(index) += dropped.count;
    Dropped& mine = dropped_.at(index);
    if (mine.count == 0) {
        mine.first = dropped.first;
    }
    mine.count += dropped.count;
}

void Diagnostics::add(Diagnostics&& later) {
    for (model::Diagnostic& diagnostic : later.kept_) {
        push_back(std::move(diagnostic));
    }
    for (std::size_t rule = 0; rule < rule_count; ++rule) {
        add_dropped(static_cast<model::Rule>(rule), later.dropped_.at(rule));
    }
    later.clear();
}

void Diagnostics::clear() {
    kept_.clear();
    counts_ = {};
    dropped_ = {};
}

struct Validator::State {
    CheckOptions options;
    Spelling spelling;
    CrossIndex index;
};

Validator::Validator(CheckOptions options) : state_(std::make_unique<State>()) { state_->options = std::move(options); }
Validator::Validator(Validator&&) noexcept = default;
Validator& Validator::operator=(Validator&&) noexcept = default;
Validator::~Validator() = default;

const CheckOptions& Validator::options() const { return state_->options; }

RecordRules Validator::record_rules() const { return {state_->options, state_->spelling.for_another_thread()}; }

namespace {

// C0 controls other than tab and line ends, DEL, and the C1 controls.
[[nodiscard]] bool is_control(char32_t c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

}  // namespace

void Validator::check_text(std::string_view input, const std::string& file, std::vector<model::Diagnostic>& out) const {
    Diagnostics findings;
    check_text(input, file, findings);
    std::ranges::move(findings.kept(), std::back_inserter(out));
}

void Validator::check_record(const model::RawRecord& raw, const model::Record& record,
                             std::vector<model::Diagnostic>& out) {
    Diagnostics findings;
    check_record(raw, record, findings);
    std::ranges::move(findings.kept(), std::back_inserter(out));
}

void Validator::check_text(std::string_view input, const std::string& file, Diagnostics& out) const {
    check_text(input, 0, input.size(), 1, file, out);
}

void Validator::check_text(std::string_view input, std::size_t begin, std::size_t end, std::uint32_t line,
                           const std::string& file, Diagnostics& out) const {
    const bool utf8 = state_->options.runs(Rule::invalid_utf8);
    const bool controls = state_->options.runs(Rule::control_character);
    if (!utf8 && !controls) {
        return;
    }
    model::PositionCursor cursor = begin == 0 ? model::PositionCursor::for_input(input)
                                              : model::PositionCursor(input.substr(begin), {begin, line, 1});
    std::size_t i = begin;
    while (i < end) {
        const auto code_point = text::decode(input, i);
        if (!code_point) {
            if (utf8) {
                out.push_back(
                    rules::report_invalid_utf8(i, static_cast<unsigned char>(input[i]), cursor.span(i, 1), file));
            }
            ++i;
            continue;
        }
        if (controls && is_control(code_point->value)) {
            out.push_back(rules::report_control_character(code_point->value, cursor.span(i, code_point->length), file));
        }
        i += code_point->length;
    }
}

void Validator::check_unrecognized(std::string_view text, const model::SourceSpan& span, const std::string& file,
                                   std::vector<model::Diagnostic>& out) {
    if (state_->options.runs(Rule::unrecognized_text)) {
        out.push_back(rules::report_unrecognized_text(text, span, file));
    }
}

model::Diagnostic Validator::not_a_listing(std::size_t stray_lines, const model::SourceSpan& first,
                                           const std::string& file) {
    return rules::report_not_a_listing(stray_lines, first, file);
}

bool Validator::asks_for_field(model::Rule rule) { return required_field(rule) != nullptr; }

std::optional<model::Diagnostic> Validator::listing_lacks_field(model::Rule missing_rule, std::size_t lacking,
                                                                std::size_t records, const model::SourceSpan& first,
                                                                const std::string& file) {
    return rules::report_listing_lacks_field(missing_rule, lacking, records, first, file);
}

model::Diagnostic Validator::too_many_findings(model::Rule rule, std::size_t hidden,
                                               const model::SourceSpan& first_hidden, const std::string& file) {
    return rules::report_too_many_findings(rule, hidden, first_hidden, file);
}

namespace {

// The checks of one record alone: each rule's own check, then the facts
// the normalizers left in the record.
void run_record_rules(const RecordContext& context, Diagnostics& out) {
    for (const RuleEntry& entry : rule_entries()) {
        if (entry.check != nullptr && context.options.runs(entry.doc->rule)) {
            entry.check(context, out);
        }
    }
    for (const model::Fact& fact : context.record.facts) {
        const RuleEntry& entry = rule_entry(fact.rule);
        if (entry.report != nullptr && context.options.runs(fact.rule)) {
            if (auto diagnostic = entry.report(fact, context)) {
                out.push_back(std::move(*diagnostic));
            }
        }
    }
}

}  // namespace

RecordRules::RecordRules(const CheckOptions& options, Spelling spelling)
    : options_(&options), spelling_(std::make_unique<Spelling>(std::move(spelling))) {}
RecordRules::RecordRules(RecordRules&&) noexcept = default;
RecordRules& RecordRules::operator=(RecordRules&&) noexcept = default;
RecordRules::~RecordRules() = default;

void RecordRules::check(const model::RawRecord& raw, const model::Record& record, Diagnostics& out) {
    run_record_rules(RecordContext{raw, record, *options_, *spelling_}, out);
}

void Validator::check_record(const model::RawRecord& raw, const model::Record& record, Diagnostics& out) {
    run_record_rules(RecordContext{raw, record, state_->options, state_->spelling}, out);
    check_against_earlier(raw, record, out);
}

void Validator::check_against_earlier(const model::RawRecord& raw, const model::Record& record, Diagnostics& out) {
    const CheckOptions& options = state_->options;
    const RecordContext context{raw, record, options, state_->spelling};
    state_->index.locate(record.file, record_anchor(raw));
    for (const RuleEntry& entry : rule_entries()) {
        if (entry.cross_check != nullptr && options.runs(entry.doc->rule)) {
            entry.cross_check(context, state_->index, out);
        }
    }
}

}  // namespace twinning::validators
