// libFuzzer target: any bytes through the whole pipeline (parse, validate,
// every record writer and every diagnostics renderer), checking what must
// hold for every input:
//
// - nothing is lost: each non-blank byte lies in one header, field or
//   unrecognized-text span, spans never overlap or leave the input;
// - JSON, JSON Lines, SARIF and GitLab output parse back as JSON;
// - CSV has a row per record plus the header;
// - GitHub output is one command line per diagnostic, whatever the input;
// - fmt keeps every record, comment and stray line, and is idempotent;
// - the parts a listing is cut into for threads parse to what it does whole,
//   and checked on two threads give the same records and diagnostics.
//
// Misspelled-word is off: hunspell's suggestions take milliseconds a word,
// which would slow the fuzzer a thousandfold; tests cover that rule. The
// diagnostics renderers, which cost four fifths of an execution, run on one
// input in eight, and the check on two threads on one in four, picked by the
// input's hash so a run replays exactly.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "nothing_lost.hpp"
#include "twinning/emit/diagnostics.hpp"
#include "twinning/emit/record_writer.hpp"
#include "twinning/format.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/text/hash.hpp"
#include "twinning/twinning.hpp"

namespace {

[[noreturn]] void fail(std::string_view what) {
    std::fprintf(stderr, "invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

[[nodiscard]] twinning::Options fuzz_options() {
    twinning::Options options;
    options.checks.reference_date =
        std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}};
    options.checks.enabled.reset(static_cast<std::size_t>(twinning::model::Rule::misspelled_word));
    options.checks.vocabulary = {"culture", "sport"};
    options.max_per_rule = 3;  // enough to exercise the cap; fewer findings to render keeps the fuzzer fast
    return options;
}

void expect_json(const std::string& text, std::string_view format) {
    if (!nlohmann::json::accept(text)) {
        fail(std::string(format) + " output is not JSON");
    }
}

void expect_json_lines(const std::string& text) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        expect_json(line, "JSON Lines");
    }
}

std::size_t count_lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// Every diagnostics format, checked for what a CI system relies on.
void render_every_format(const twinning::ListingReport& report, std::string_view input) {
    twinning::emit::RenderOptions render;
    render.tool_version = "fuzz";
    for (const auto& rule : twinning::model::rule_catalogue()) {
        render.docs.push_back({rule.rule, "what", "why", "example", "use instead"});
    }
    for (const auto format : {twinning::emit::DiagnosticsFormat::human, twinning::emit::DiagnosticsFormat::json,
                              twinning::emit::DiagnosticsFormat::sarif, twinning::emit::DiagnosticsFormat::github,
                              twinning::emit::DiagnosticsFormat::gitlab}) {
        std::ostringstream out;
        const auto writer = twinning::emit::make_diagnostics_writer(format, out, render);
        for (const auto& diagnostic : report.diagnostics) {
            writer->write(diagnostic, input);
        }
        writer->finish({});
        const std::string text = out.str();
        if (format == twinning::emit::DiagnosticsFormat::github && count_lines(text) != report.diagnostics.size()) {
            fail("a GitHub annotation spans more than one line");
        }
        if (format != twinning::emit::DiagnosticsFormat::human && format != twinning::emit::DiagnosticsFormat::github) {
            expect_json(text, "diagnostics");
        }
    }
}

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
    twinning::parser::parse_listing(input, "fuzz.txt", sink);
    return sink.lines;
}

// fmt's promises: the same records, every comment and stray line kept,
// and a second run changes nothing.
void check_canonical_layout(std::string_view input, const twinning::Options& options) {
    const std::string formatted = twinning::format_listing(input);
    if (!twinning::same_records(input, formatted, options)) {
        fail("fmt changed a record");
    }
    if (free_lines(input) != free_lines(formatted)) {
        fail("fmt lost or moved a comment or stray line");
    }
    if (twinning::format_listing(formatted) != formatted) {
        fail("fmt is not idempotent");
    }
}

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

// Parts cut wherever a header follows a blank line parse to what the whole
// listing parses to: what lets --jobs split a listing.
void check_parts(std::string_view input) {
    GrammarLog whole;
    twinning::parser::parse_listing(input, "fuzz.txt", whole);
    GrammarLog parted;
    for (const auto& part : twinning::parser::split_listing(input, 1)) {
        std::vector<std::string_view> left = twinning::parser::parse_listing_part(input, part, "fuzz.txt", parted);
        parted.pending.insert(parted.pending.end(), left.begin(), left.end());
    }
    if (parted.log != whole.log) {
        // Both readings, for whoever meets this in a CI log.
        std::fputs(("whole:\n" + whole.log + "in parts:\n" + parted.log).c_str(), stderr);
        fail("parts of the listing parse to something else than the whole");
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
        text += " " + std::to_string(hidden);
    }
    return text;
}

// The listing cut at every blank line and checked on two threads gives the
// records and report one pass gives: what --jobs promises.
void check_jobs(std::string_view input, const twinning::Options& options, const twinning::ListingReport& whole,
                const std::string& whole_jsonl) {
    if (twinning::parser::split_listing(input, 1).size() < 2) {
        return;  // one part: the threads are not used
    }
    twinning::Options parted = options;
    parted.jobs = 2;
    parted.part_bytes = 1;
    std::string jsonl;
    const twinning::ListingReport report = twinning::process_listing(
        input, "fuzz.txt", parted,
        [&](const auto& record) { jsonl += twinning::emit::record_json_line(record) + "\n"; });
    if (jsonl != whole_jsonl) {
        fail("records differ when the listing is checked in parts");
    }
    if (describe(report) != describe(whole)) {
        fail("diagnostics differ when the listing is checked in parts");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);  // NOLINT: bytes as text
    if (const std::string violation = twinning_test::nothing_lost_violation(input); !violation.empty()) {
        fail(violation);
    }
    static const twinning::Options options = fuzz_options();
    twinning::Checker checker(options);
    std::ostringstream json;
    std::ostringstream jsonl;
    std::ostringstream csv;
    const auto json_writer = twinning::emit::make_record_writer(twinning::emit::RecordFormat::json, json);
    const auto jsonl_writer = twinning::emit::make_record_writer(twinning::emit::RecordFormat::jsonl, jsonl);
    const auto csv_writer = twinning::emit::make_record_writer(twinning::emit::RecordFormat::csv, csv, true);
    const twinning::ListingReport report = checker.process(input, "fuzz.txt", [&](const auto& record) {
        json_writer->write(record);
        jsonl_writer->write(record);
        csv_writer->write(record);
    });
    json_writer->finish();
    csv_writer->finish();
    expect_json(json.str(), "JSON");
    expect_json_lines(jsonl.str());
    if (count_lines(jsonl.str()) != report.records) {
        fail("JSON Lines has not one line per record");
    }
    if (report.records == 0 && count_lines(csv.str()) != 1) {
        fail("CSV has rows without records");
    }
    check_canonical_layout(input, options);
    check_parts(input);
    // The check on two threads took two fifths of every execution; on one
    // input in four, the fuzzer runs 1.4 times as fast.
    const std::uint64_t input_hash = twinning::text::stable_hash(input);
    constexpr std::uint64_t threads_one_in = 4;
    if (input_hash % threads_one_in == 1) {
        check_jobs(input, options, report, jsonl.str());
    }
    constexpr std::uint64_t render_one_in = 8;
    if (input_hash % render_one_in == 0) {
        render_every_format(report, input);
    }
    return 0;
}
