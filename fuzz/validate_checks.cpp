// Normalizing and validating, checked for:
//
// - every record is handed on, as many as the report counts;
// - diagnostics come in input order, within the cap on findings a rule,
//   each with a message, a fingerprint for baselines, and spans (its own,
//   its notes', its fix's) inside the listing;
// - what --jobs promises: the parts a listing is cut into at blank lines
//   follow one another through it and parse to what the whole listing
//   parses to, and checked on two threads give the same records and
//   diagnostics as one pass.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "checks.hpp"
#include "support.hpp"
#include "twinning/emit/record_writer.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/twinning.hpp"

namespace twinning_fuzz {

namespace {

// Everything the grammar reports, as text: records with their spans,
// suppressions and comments, stray text and comments outside records.
class GrammarLog final : public twinning::parser::RecordSink {
public:
    void record(const twinning::model::RawRecord& record) override {
        std::vector<std::string_view> suppressed = pending;
        pending.clear();
        suppressed.insert(suppressed.end(), record.suppressed.begin(), record.suppressed.end());
        log += "record " + span_text(record.span) + (record.follows_without_blank_line ? " follows" : "") + "\n";
        if (record.header) {
            log += "header " + span_text(record.header->span) + "\n";
        }
        for (const auto& field : record.fields) {
            log += "field " + span_text(field.label.span) + " " + span_text(field.value_span) + " " +
                   std::to_string(static_cast<int>(field.label.kind)) + " " +
                   std::to_string(static_cast<int>(field.label.reading)) + "\n";
        }
        for (const auto& note : record.notes) {
            log += "note " + span_text(note.span) + "\n";
        }
        for (const auto& block : record.joined_blocks) {
            log += "joined " + span_text(block) + "\n";
        }
        for (const auto& comment : record.comments) {
            log += "in-record comment " + span_text(comment.span) + "\n";
        }
        for (const std::string_view name : suppressed) {
            log += "suppressed " + std::string(name) + "\n";
        }
    }
    void unrecognized(std::string_view /*text*/, const twinning::model::SourceSpan& span) override {
        log += "stray " + span_text(span) + "\n";
    }
    void comment(std::string_view /*text*/, const twinning::model::SourceSpan& span) override {
        log += "comment " + span_text(span) + "\n";
    }

    std::string log;
    // Suppressions a part left for the next part's first record.
    std::vector<std::string_view> pending;

private:
    static std::string span_text(const twinning::model::SourceSpan& span) {
        return std::to_string(span.begin.offset) + ":" + std::to_string(span.begin.line) + ":" +
               std::to_string(span.begin.column) + "-" + std::to_string(span.end.offset) + ":" +
               std::to_string(span.end.line) + ":" + std::to_string(span.end.column);
    }
};

// The parts follow one another from the start of the listing to its end,
// each knowing the line it starts on: else a part's spans would be wrong.
void check_parts_tile(std::string_view input, const std::vector<twinning::parser::ListingPart>& parts) {
    std::size_t at = 0;
    std::uint32_t line = 1;
    for (const auto& part : parts) {
        if (part.begin != at || part.end < part.begin || part.end > input.size() || part.first_line != line) {
            fail("the parts of a listing do not follow one another through it");
        }
        line += static_cast<std::uint32_t>(std::count(input.begin() + static_cast<std::ptrdiff_t>(part.begin),
                                                      input.begin() + static_cast<std::ptrdiff_t>(part.end), '\n'));
        at = part.end;
    }
    if (at != input.size()) {
        fail("the parts of a listing stop before its end");
    }
}

// Parts cut wherever a header follows a blank line parse to what the whole
// listing parses to: what lets --jobs split a listing.
void check_parts(std::string_view input, const std::vector<twinning::parser::ListingPart>& parts) {
    GrammarLog whole;
    twinning::parser::parse_listing(input, whole);
    GrammarLog parted;
    for (const auto& part : parts) {
        std::vector<std::string_view> left = twinning::parser::parse_listing_part(input, part, parted);
        parted.pending.insert(parted.pending.end(), left.begin(), left.end());
    }
    if (parted.log != whole.log) {
        // Both readings, for whoever meets this in a CI log.
        std::fputs(("whole:\n" + whole.log + "in parts:\n" + parted.log).c_str(), stderr);
        fail("parts of the listing parse to something else than the whole");
    }
}

void expect_inside(const twinning::model::SourceSpan& span, std::string_view input, std::string_view what) {
    if (span.begin.offset > span.end.offset || span.end.offset > input.size()) {
        fail(std::string(what) + " points outside the listing");
    }
}

void check_diagnostics(const twinning::ListingReport& report, std::string_view input,
                       const twinning::Options& options) {
    std::array<std::size_t, twinning::validators::rule_count> per_rule{};
    std::size_t previous_begin = 0;
    for (const auto& diagnostic : report.diagnostics) {
        if (diagnostic.message.empty() || diagnostic.fingerprint.empty()) {
            fail("a diagnostic without a message or a fingerprint");
        }
        if (diagnostic.span.begin.offset < previous_begin) {
            fail("diagnostics out of input order");
        }
        previous_begin = diagnostic.span.begin.offset;
        expect_inside(diagnostic.span, input, "a diagnostic");
        for (const auto& note : diagnostic.notes) {
            if (!note.file || *note.file == diagnostic.file) {
                expect_inside(note.span, input, "a diagnostic's note");
            }
        }
        if (diagnostic.fix) {
            for (const auto& edit : diagnostic.fix->edits) {
                expect_inside(edit.span, input, "a fix");
            }
        }
        if (diagnostic.rule != twinning::model::Rule::too_many_findings &&
            ++per_rule.at(static_cast<std::size_t>(diagnostic.rule)) > options.max_per_rule) {
            fail("more findings of one rule than max_per_rule shown");
        }
    }
}

// A report as text: every diagnostic with its spans, message, fingerprint
// and notes, then the counts.
[[nodiscard]] std::string describe(const twinning::ListingReport& report) {
    std::string text;
    for (const auto& d : report.diagnostics) {
        text += std::string(twinning::model::info(d.rule).name) + " " + std::to_string(d.span.begin.offset) + ":" +
                std::to_string(d.span.begin.line) + ":" + std::to_string(d.span.begin.column) + "-" +
                std::to_string(d.span.end.offset) + " " + d.message + " " + d.fingerprint + "\n";
        for (const auto& note : d.notes) {
            text += "  " + note.message + " " + std::to_string(note.span.begin.offset) + "\n";
        }
    }
    text += std::to_string(report.records) + " records, hidden";
    for (const std::size_t hidden : report.hidden) {
        // Appended in two steps, not as `" " + ...`: GCC 12 warns there of
        // a memcpy overlap that cannot happen, and -Werror stops the build.
        text += ' ';
        text += std::to_string(hidden);
    }
    return text;
}

// The listing cut at every blank line and checked on two threads gives the
// records and report one pass gives: what --jobs promises.
void check_jobs(std::string_view input, const twinning::Options& options, const twinning::ListingReport& whole,
                const std::string& whole_records) {
    twinning::Options parted = options;
    parted.jobs = 2;
    parted.part_bytes = 1;
    std::string records;
    const twinning::ListingReport report = twinning::process_listing(
        input, fuzz_sources(), fuzz_file, parted,
        [&](const auto& record) { records += twinning::emit::record_json_line(record, fuzz_sources()) + "\n"; });
    if (records != whole_records) {
        fail("records differ when the listing is checked in parts");
    }
    if (describe(report) != describe(whole)) {
        fail("diagnostics differ when the listing is checked in parts");
    }
}

}  // namespace

void check_validate(std::string_view input) {
    const twinning::Options& options = listing_options();
    const std::vector<twinning::parser::ListingPart> parts = twinning::parser::split_listing(input, 1);
    check_parts_tile(input, parts);
    // One part is the whole listing, read by the same calls: there is
    // nothing to compare it with, and its records need no text.
    const bool in_parts = parts.size() >= 2;
    std::size_t handed_on = 0;
    std::string records;  // as JSON Lines, the plainest text that holds every value
    const twinning::ListingReport report =
        twinning::process_listing(input, fuzz_sources(), fuzz_file, options, [&](const auto& record) {
            ++handed_on;
            if (in_parts) {
                records += twinning::emit::record_json_line(record, fuzz_sources()) + "\n";
            }
        });
    if (handed_on != report.records) {
        fail("the report counts other records than were handed on");
    }
    check_diagnostics(report, input, options);
    if (in_parts) {
        check_parts(input, parts);
        check_jobs(input, options, report, records);
    }
}

}  // namespace twinning_fuzz
