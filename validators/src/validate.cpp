#include "twinning/validators/validate.hpp"

#include <algorithm>
#include <iterator>

#include "registry.hpp"
#include "spelling.hpp"

namespace twinning::validators {

std::bitset<rule_count> rules_on_by_default() {
    std::bitset<rule_count> on;
    for (const model::RuleInfo& rule : model::rule_catalogue()) {
        on.set(static_cast<std::size_t>(rule.rule), rule.by_default == model::ByDefault::on);
    }
    return on;
}

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

void Validator::check_text(std::string_view input, model::FileId file, std::vector<model::Diagnostic>& out) const {
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

void Validator::check_text(std::string_view input, model::FileId file, Diagnostics& out) const {
    check_text(input, 0, input.size(), 1, file, out);
}

void Validator::check_text(std::string_view input, std::size_t begin, std::size_t end, std::uint32_t line,
                           model::FileId file, Diagnostics& out) const {
    const TextPart part{input, begin, end, line, file};
    for (const RuleEntry& entry : rule_entries()) {
        if (entry.byte_check != nullptr && state_->options.runs(entry.doc->rule)) {
            entry.byte_check(part, out);
        }
    }
}

void Validator::check_unrecognized(std::string_view text, const model::SourceSpan& span, model::FileId file,
                                   std::vector<model::Diagnostic>& out) const {
    for (const RuleEntry& entry : rule_entries()) {
        if (entry.stray_report != nullptr && state_->options.runs(entry.doc->rule)) {
            out.push_back(entry.stray_report(StrayText{text, span}, file));
        }
    }
}

bool Validator::held_back(model::Rule rule) {
    return std::ranges::any_of(rule_entries(), [rule](const RuleEntry& entry) {
        return entry.file_judge.holds != nullptr && entry.file_judge.holds(rule);
    });
}

std::optional<model::Diagnostic> Validator::judge_held(model::Rule rule, const HeldFindings& held, const FileEnd& end,
                                                       model::FileId file) const {
    for (const RuleEntry& entry : rule_entries()) {
        const FileJudge& judge = entry.file_judge;
        if (judge.holds != nullptr && judge.holds(rule) && state_->options.runs(entry.doc->rule)) {
            if (auto judged = judge.judge(rule, held, end, file)) {
                return judged;
            }
        }
    }
    return std::nullopt;
}

model::Diagnostic Validator::count_hidden(model::Rule rule, std::size_t hidden, const model::SourceSpan& first_hidden,
                                          model::FileId file) {
    const auto limit =
        std::ranges::find_if(rule_entries(), [](const RuleEntry& entry) { return entry.limit_report != nullptr; });
    return limit->limit_report(rule, hidden, first_hidden, file);
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
