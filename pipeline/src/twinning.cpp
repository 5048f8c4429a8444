#include "twinning/twinning.hpp"

#include <algorithm>
#include <utility>
#include <variant>

#include "collector.hpp"
#include "in_order.hpp"
#include "twinning/normalize/record.hpp"
#include "twinning/parser/parser.hpp"

namespace twinning {

namespace {

// A record as a part's thread leaves it: normalized, with the findings of
// the checks that need no other record (those past the per-rule limit only
// counted, by rule).
struct CheckedRecord {
    model::RawRecord raw;
    model::Record record;
    std::vector<model::Diagnostic> kept;
    std::vector<std::pair<model::Rule, validators::Diagnostics::Dropped>> dropped;
    // Where its rendered text stands in the part's.
    std::size_t rendered_begin = 0;
    std::size_t rendered_end = 0;
};

// Text of a part that belongs to no record.
struct StrayText {
    std::string_view text;
    model::SourceSpan span;
};

struct CheckedPart {
    std::vector<std::variant<CheckedRecord, StrayText>> items;
    // The rendered text of all its records, one after the other: one
    // buffer a part instead of an allocation a record.
    std::string rendered;
    // Suppressions after the part's last record, for a later part's first.
    std::vector<std::string_view> pending_suppressions;
};

class Delivery;

// What a part's thread runs: the grammar, the normalizers and the checks of
// each record alone, collecting the results in order; or, given a
// delivery, handing each result on as soon as it is ready.
class PartReader final : public parser::RecordSink {
public:
    PartReader(model::FileId file, const normalize::Options& normalize, validators::RecordRules& rules,
               const RecordRenderer& render, std::size_t limit, CheckedPart& part, Delivery* now = nullptr)
        : file_(file),
          normalize_(normalize),
          rules_(rules),
          render_(render),
          findings_(limit),
          part_(part),
          now_(now) {}

    void record(const model::RawRecord& raw) override {
        CheckedRecord checked{raw, normalize::normalize_record(raw, normalize_), {}, {}, 0, 0};
        checked.record.file = file_;
        findings_.clear();
        rules_.check(checked.raw, checked.record, findings_);
        checked.kept = std::move(findings_.kept());
        for (std::size_t rule = 0; rule < validators::rule_count; ++rule) {
            if (findings_.dropped().at(rule).count != 0) {
                checked.dropped.emplace_back(static_cast<model::Rule>(rule), findings_.dropped().at(rule));
            }
        }
        if (render_) {
            checked.rendered_begin = part_.rendered.size();
            render_(checked.record, part_.rendered);
            checked.rendered_end = part_.rendered.size();
        }
        if (now_ != nullptr) {
            deliver(checked);
            return;
        }
        part_.items.emplace_back(std::move(checked));
    }

    void unrecognized(std::string_view text, const model::SourceSpan& span) override {
        if (now_ != nullptr) {
            deliver(StrayText{text, span});
            return;
        }
        part_.items.emplace_back(StrayText{text, span});
    }

private:
    model::FileId file_;
    const normalize::Options& normalize_;
    validators::RecordRules& rules_;
    const RecordRenderer& render_;
    validators::Diagnostics findings_;
    CheckedPart& part_;
    Delivery* now_;

    void deliver(CheckedRecord& checked);
    void deliver(const StrayText& stray);
};

}  // namespace

struct Checker::State {
    Options options;
    validators::Validator validator;

    const model::Sources& sources;

    State(Options chosen, const model::Sources& names)
        : options(std::move(chosen)), validator(options.checks), sources(names) {}
};

namespace {

// The stage that runs in input order, on the caller's thread: each record
// a part's thread prepared is checked against the records before it, its
// findings go to the collector, and the record to the caller.
class InOrderStage {
public:
    InOrderStage(model::FileId file, validators::Validator& validator, const RenderedRecordHandler& on_record,
                 Collector& collector, ListingReport& report, std::size_t limit)
        : file_(file),
          validator_(validator),
          on_record_(on_record),
          collector_(collector),
          report_(report),
          findings_(limit) {}

    // A record a part's thread has normalized and checked on its own: the
    // checks against earlier records are left, in input order.
    void checked_record(CheckedRecord& checked, std::string_view rendered) {
        const model::RawRecord& raw = checked.raw;
        findings_.clear();
        validator_.check_against_earlier(raw, checked.record, findings_);
        LazyIdentity identity(raw, checked.record);
        keep(raw, checked.kept, identity);
        keep(raw, findings_.kept(), identity);
        for (const auto& [rule, dropped] : checked.dropped) {
            if (!suppressed(raw, rule)) {
                collector_.add_dropped(rule, dropped);
            }
        }
        add_dropped(findings_, &raw);
        ++report_.records;
        on_record_(checked.record, rendered);
    }

    // Text findings worked out elsewhere, for the whole input.
    void text_findings(validators::Diagnostics& findings) {
        for (model::Diagnostic& diagnostic : findings.kept()) {
            collector_.add(std::move(diagnostic), nullptr);
        }
        add_dropped(findings, nullptr);
    }

    void unrecognized(std::string_view text, const model::SourceSpan& span) {
        collector_.note_stray_text(span);
        found_.clear();
        validator_.check_unrecognized(text, span, file_, found_);
        for (model::Diagnostic& diagnostic : found_) {
            collector_.add(std::move(diagnostic), nullptr);
        }
    }

private:
    // The findings the record's suppressions leave, to the collector.
    void keep(const model::RawRecord& raw, std::vector<model::Diagnostic>& diagnostics, LazyIdentity& identity) {
        for (model::Diagnostic& diagnostic : diagnostics) {
            if (!suppressed(raw, diagnostic.rule)) {
                collector_.add(std::move(diagnostic), &identity.get());
            }
        }
    }

    // What a check only counted; `raw` decides what is suppressed.
    void add_dropped(const validators::Diagnostics& findings, const model::RawRecord* raw) {
        for (std::size_t rule = 0; rule < validators::rule_count; ++rule) {
            const auto id = static_cast<model::Rule>(rule);
            if (raw == nullptr || !suppressed(*raw, id)) {
                collector_.add_dropped(id, findings.dropped().at(rule));
            }
        }
    }

    model::FileId file_;
    validators::Validator& validator_;
    const RenderedRecordHandler& on_record_;
    Collector& collector_;
    ListingReport& report_;
    validators::Diagnostics findings_;  // reused, record after record
    std::vector<model::Diagnostic> found_;
};

// Hands prepared records and stray text to the in-order stage, in input
// order, carrying the suppressions a part left after its last record to
// the next part's first.
class Delivery {
public:
    explicit Delivery(InOrderStage& in_order) : in_order_(in_order) {}

    void record(CheckedRecord& checked, std::string_view rendered) {
        if (!pending_.empty()) {
            checked.raw.suppressed.insert(checked.raw.suppressed.begin(), pending_.begin(), pending_.end());
            pending_.clear();
        }
        in_order_.checked_record(checked, rendered);
    }

    void stray(const StrayText& stray) { in_order_.unrecognized(stray.text, stray.span); }

    void part_ended(const std::vector<std::string_view>& pending_suppressions) {
        pending_.insert(pending_.end(), pending_suppressions.begin(), pending_suppressions.end());
    }

    // A part a thread prepared whole.
    void part(CheckedPart& part) {
        for (auto& item : part.items) {
            if (auto* checked = std::get_if<CheckedRecord>(&item)) {
                record(*checked, std::string_view(part.rendered)
                                     .substr(checked->rendered_begin, checked->rendered_end - checked->rendered_begin));
            } else {
                stray(std::get<StrayText>(item));
            }
        }
        part_ended(part.pending_suppressions);
    }

private:
    InOrderStage& in_order_;
    std::vector<std::string_view> pending_;
};

void PartReader::deliver(CheckedRecord& checked) {
    now_->record(checked, part_.rendered);
    part_.rendered.clear();
}

void PartReader::deliver(const StrayText& stray) { now_->stray(stray); }

}  // namespace

Checker::Checker(Options options, const model::Sources& sources)
    : state_(std::make_unique<State>(std::move(options), sources)) {}
Checker::Checker(Checker&&) noexcept = default;
Checker& Checker::operator=(Checker&&) noexcept = default;
Checker::~Checker() = default;

namespace {

// How the threads share the parts of one listing.
struct PartPlan {
    const std::vector<parser::ListingPart>& parts;
    std::size_t threads;
    // At most this many parts wait to be consumed: enough that a slow part
    // does not leave a thread idle, few enough to keep memory small.
    std::size_t window;
};

// The text checks of every part, added up in input order to what one pass
// over the whole listing finds.
[[nodiscard]] validators::Diagnostics text_findings_in_parts(std::string_view input, const PartPlan& plan,
                                                             model::FileId file, std::size_t limit,
                                                             const validators::Validator& validator) {
    validators::Diagnostics text(limit);
    map_in_order<validators::Diagnostics>(
        plan.parts.size(), plan.threads, plan.window,
        [&](std::size_t index, std::size_t /*thread*/) {
            const parser::ListingPart& part = plan.parts.at(index);
            validators::Diagnostics found(limit);
            validator.check_text(input, part.begin, part.end, part.first_line, file, found);
            return found;
        },
        [&](validators::Diagnostics& found) { text.add(std::move(found)); });
    return text;
}

// The records of every part, prepared on the threads with checks of their
// own, then through `in_order` in input order.
void records_in_parts(std::string_view input, const PartPlan& plan, model::FileId file,
                      const normalize::Options& normalize, std::size_t limit, const validators::Validator& validator,
                      const RecordRenderer& render, InOrderStage& in_order) {
    std::vector<validators::RecordRules> rules;
    rules.reserve(plan.threads);
    for (std::size_t thread = 0; thread < plan.threads; ++thread) {
        rules.push_back(validator.record_rules());
    }
    Delivery delivery(in_order);
    if (plan.threads == 1) {
        // One job: each record goes on as it is read, so a listing with no
        // blank line to cut at is never held whole.
        for (const parser::ListingPart& part : plan.parts) {
            CheckedPart scratch;
            PartReader reader(file, normalize, rules.front(), render, limit, scratch, &delivery);
            delivery.part_ended(parser::parse_listing_part(input, part, reader));
        }
        return;
    }
    map_in_order<CheckedPart>(
        plan.parts.size(), plan.threads, plan.window,
        [&](std::size_t index, std::size_t thread) {
            const parser::ListingPart& part = plan.parts.at(index);
            CheckedPart checked;
            // About one record a hundred bytes, so the list rarely moves.
            constexpr std::size_t bytes_a_record = 100;
            checked.items.reserve((part.end - part.begin) / bytes_a_record + 1);
            PartReader reader(file, normalize, rules.at(thread), render, limit, checked);
            checked.pending_suppressions = parser::parse_listing_part(input, part, reader);
            return checked;
        },
        [&](CheckedPart& part) { delivery.part(part); });
}

// The listing's parts on `options.jobs` threads: first the text checks, as
// one pass has them before any record's, then the records.
void process_parts(std::string_view input, const std::vector<parser::ListingPart>& parts, model::FileId file,
                   const normalize::Options& normalize, const Options& options, const validators::Validator& validator,
                   const RecordRenderer& render, InOrderStage& in_order) {
    const std::size_t threads = std::clamp<std::size_t>(options.jobs, 1, parts.size());
    const PartPlan plan{parts, threads, 3 * threads};
    validators::Diagnostics text = text_findings_in_parts(input, plan, file, options.record_limit(), validator);
    in_order.text_findings(text);
    records_in_parts(input, plan, file, normalize, options.record_limit(), validator, render, in_order);
}

}  // namespace

ListingReport Checker::process(std::string_view input, model::FileId file, const RecordHandler& on_record) {
    return process(input, file, RecordRenderer{},
                   [&](const model::Record& record, std::string_view /*rendered*/) { on_record(record); });
}

ListingReport Checker::process(std::string_view input, model::FileId file, const RecordRenderer& render,
                               const RenderedRecordHandler& on_record) {
    const Options& options = state_->options;
    ListingReport report;
    const normalize::Options normalize{.slash_dates = normalize::slash_date_reading(options.date_order, input),
                                       .infer_regions = options.infer_regions,
                                       .with_coordinates = options.with_coordinates};
    Collector collector(options, state_->validator, input, file, state_->sources.name(file), report);
    InOrderStage in_order(file, state_->validator, on_record, collector, report, options.record_limit());
    // One path for any number of jobs: with one, the parts run one after the
    // other on this thread, each record handed on as it is read.
    const std::vector<parser::ListingPart> parts = parser::split_listing(input, options.part_bytes);
    process_parts(input, parts, file, normalize, options, state_->validator, render, in_order);
    collector.finish();
    return report;
}

ListingReport process_listing(std::string_view input, const model::Sources& sources, model::FileId file,
                              const Options& options, const RecordHandler& on_record) {
    Checker checker(options, sources);
    return checker.process(input, file, on_record);
}

}  // namespace twinning
