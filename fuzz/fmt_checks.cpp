// `twinning fmt` and `twinning check --fix`, the two commands that write a
// listing back, checked for their promises:
//
// - fmt keeps every record, comment and stray line, and is idempotent; its
//   anchored form, which `fmt --diff` uses, writes the same text, with
//   anchors in order and on lines that exist;
// - --fix, once it stopped for want of fixes, finds none in what it wrote,
//   and what it wrote still loses nothing to the grammar.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "checks.hpp"
#include "nothing_lost.hpp"
#include "support.hpp"
#include "twinning/fixes.hpp"
#include "twinning/format.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/text/hash.hpp"

namespace twinning_fuzz {

namespace {

// The comments and stray lines of a listing, in order.
class FreeLines final : public twinning::parser::RecordSink {
public:
    void record(const twinning::model::RawRecord& record) override {
        for (const auto& comment : record.comments) {
            lines.emplace_back(comment.text);
        }
    }
    void unrecognized(std::string_view text, const twinning::model::SourceSpan& /*span*/) override {
        lines.emplace_back(text);
    }
    void comment(std::string_view text, const twinning::model::SourceSpan& /*span*/) override {
        lines.emplace_back(text);
    }
    std::vector<std::string> lines;
};

[[nodiscard]] std::vector<std::string> free_lines(std::string_view input) {
    FreeLines sink;
    twinning::parser::parse_listing(input, sink);
    return sink.lines;
}

[[nodiscard]] std::size_t line_count(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

void check_anchors(std::string_view input, const std::string& formatted) {
    const twinning::FormattedListing anchored = twinning::format_listing_anchored(input);
    if (anchored.text != formatted) {
        fail("fmt's anchored form writes another text");
    }
    const std::size_t input_lines = line_count(input);
    const std::size_t output_lines = line_count(formatted);
    twinning::LineAnchor previous;
    for (const auto& anchor : anchored.anchors) {
        if (anchor.input_line < previous.input_line || anchor.output_line < previous.output_line) {
            fail("fmt's anchors are out of order");
        }
        if (anchor.input_line >= input_lines || anchor.output_line >= output_lines) {
            fail("an fmt anchor is past the last line");
        }
        previous = anchor;
    }
}

// fmt's promises: the same records, every comment and stray line kept,
// and a second run changes nothing.
void check_canonical_layout(std::string_view input) {
    const std::string formatted = twinning::format_listing(input);
    if (!twinning::same_records(input, formatted, listing_options())) {
        fail("fmt changed a record");
    }
    if (free_lines(input) != free_lines(formatted)) {
        fail("fmt lost or moved a comment or stray line");
    }
    if (twinning::format_listing(formatted) != formatted) {
        fail("fmt is not idempotent");
    }
    check_anchors(input, formatted);
}

// fix_listing stops when a round finds no fix to apply, or after ten rounds
// (pipeline/src/fixes.cpp), each of which applies at least one fix. With
// fewer fixes applied it stopped for want of fixes, so fixing its text again
// must find none. Safe or all fixes, by the input's hash, so a run replays
// exactly and both of --fix and --unsafe-fixes are reached.
void check_fixes(std::string_view input) {
    constexpr std::size_t max_rounds = 10;
    const twinning::FixSafety safety =
        twinning::text::stable_hash(input) % 2 == 0 ? twinning::FixSafety::safe_only : twinning::FixSafety::also_unsafe;
    const twinning::FixOutcome fixed =
        twinning::fix_listing(input, fuzz_sources(), fuzz_file, listing_options(), safety);
    if (fixed.applied.empty()) {
        return;  // the text is the input, which the grammar target covers
    }
    if (const std::string violation = twinning_test::nothing_lost_violation(fixed.text); !violation.empty()) {
        fail("after --fix: " + violation);
    }
    if (fixed.applied.size() < max_rounds &&
        !twinning::fix_listing(fixed.text, fuzz_sources(), fuzz_file, listing_options(), safety).applied.empty()) {
        fail("--fix stopped with fixes left to apply");
    }
}

}  // namespace

void check_fmt(std::string_view input) {
    check_canonical_layout(input);
    check_fixes(input);
}

}  // namespace twinning_fuzz
