// Every record writer and every diagnostics renderer on what a listing
// gives, checked for what readers of the output rely on:
//
// - JSON, JSON Lines, SARIF and GitLab output parse back as JSON;
// - JSON Lines has one line per record, and CSV only its header without
//   records; CSV of valid UTF-8 is valid UTF-8, as spreadsheets read it;
// - GitHub output is one command line per diagnostic, whatever the input.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "checks.hpp"
#include "support.hpp"
#include "twinning/emit/diagnostics.hpp"
#include "twinning/emit/record_writer.hpp"
#include "twinning/text/unicode.hpp"
#include "twinning/twinning.hpp"

namespace twinning_fuzz {

namespace {

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

[[nodiscard]] std::size_t count_lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// The records of the listing through the three writers, as the CLI streams
// them; returns the report for the renderers.
[[nodiscard]] twinning::ListingReport check_record_writers(std::string_view input) {
    std::ostringstream json;
    std::ostringstream jsonl;
    std::ostringstream csv;
    const auto json_writer =
        twinning::emit::make_record_writer(twinning::emit::RecordFormat::json, json, fuzz_sources());
    const auto jsonl_writer =
        twinning::emit::make_record_writer(twinning::emit::RecordFormat::jsonl, jsonl, fuzz_sources());
    const auto csv_writer =
        twinning::emit::make_record_writer(twinning::emit::RecordFormat::csv, csv, fuzz_sources(), true);
    twinning::ListingReport report =
        twinning::process_listing(input, fuzz_sources(), fuzz_file, listing_options(), [&](const auto& record) {
            json_writer->write(record);
            jsonl_writer->write(record);
            csv_writer->write(record);
        });
    json_writer->finish();
    jsonl_writer->finish();
    csv_writer->finish();
    expect_json(json.str(), "JSON");
    expect_json_lines(jsonl.str());
    if (count_lines(jsonl.str()) != report.records) {
        fail("JSON Lines has not one line per record");
    }
    if (report.records == 0 && count_lines(csv.str()) != 1) {
        fail("CSV has rows without records");
    }
    // CSV keeps the bytes as written, where JSON writes U+FFFD for a bad one
    // (README, "Bad input gets a clear answer"), so only valid input must
    // give valid CSV.
    if (!twinning::text::first_invalid_utf8(input) && twinning::text::first_invalid_utf8(csv.str())) {
        fail("CSV output of valid UTF-8 is not valid UTF-8");
    }
    return report;
}

[[nodiscard]] twinning::emit::RenderOptions render_options() {
    twinning::emit::RenderOptions render;
    render.tool_version = "fuzz";
    for (const auto& rule : twinning::model::rule_catalogue()) {
        render.docs.push_back({rule.rule, "what", "why", "example", "use instead"});
    }
    return render;
}

// Every diagnostics format, checked for what a CI system relies on.
void check_renderers(const twinning::ListingReport& report, std::string_view input) {
    static const twinning::emit::RenderOptions render = render_options();
    for (const auto format : {twinning::emit::DiagnosticsFormat::human, twinning::emit::DiagnosticsFormat::json,
                              twinning::emit::DiagnosticsFormat::sarif, twinning::emit::DiagnosticsFormat::github,
                              twinning::emit::DiagnosticsFormat::gitlab}) {
        std::ostringstream out;
        const auto writer = twinning::emit::make_diagnostics_writer(format, out, fuzz_sources(), render);
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

}  // namespace

void check_emit(std::string_view input) {
    const twinning::ListingReport report = check_record_writers(input);
    check_renderers(report, input);
}

}  // namespace twinning_fuzz
