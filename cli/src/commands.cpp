#include "commands.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "baseline.hpp"
#include "clobbering.hpp"
#include "output.hpp"
#include "source_file.hpp"
#include "twinning/emit/baseline.hpp"
#include "twinning/fixes.hpp"
#include "twinning/text/unicode.hpp"
#include "twinning/version.hpp"

namespace twinning::cli {

namespace {

// One line on stderr; the message names files, which may hold anything.
void print_failure(const std::string& message) {
    fmt::print(std::cerr, "twinning: {}\n", text::escape_controls(message));
}

// Whether an environment variable is set to something.
[[nodiscard]] bool set_in_environment(const char* name) {
    const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read before any thread starts
    return value != nullptr && *value != '\0';
}

// Colour for a person at a terminal, or wherever FORCE_COLOR or
// CLICOLOR_FORCE asks for it (a CI log that renders it); NO_COLOR and
// TERM=dumb always win.
[[nodiscard]] bool wants_colour(std::FILE* stream) {
    const char* term = std::getenv("TERM");  // NOLINT(concurrency-mt-unsafe): read before any thread starts
    if (set_in_environment("NO_COLOR") || (term != nullptr && std::string_view(term) == "dumb")) {
        return false;
    }
    const char* clicolor_force = std::getenv("CLICOLOR_FORCE");  // NOLINT(concurrency-mt-unsafe): as above
    const bool forced = set_in_environment("FORCE_COLOR") || (clicolor_force != nullptr && *clicolor_force != '\0' &&
                                                              std::string_view(clicolor_force) != "0");
    return forced || ::isatty(::fileno(stream)) != 0;
}

[[nodiscard]] emit::RenderOptions render_options(bool colour, bool summary) {
    emit::RenderOptions options;
    options.colour = colour;
    options.summary = summary;
    options.tool_version = std::string(version);
    std::error_code error;
    options.source_root = std::filesystem::current_path(error).string();
    for (const model::RuleInfo& rule : model::rule_catalogue()) {
        options.docs.push_back(validators::rule_doc(rule.rule));
    }
    return options;
}

// `1 warning`, `2 warnings`.
[[nodiscard]] std::string counted(std::size_t count, std::string_view noun) {
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

// The names the run's files go by, in argument order, so a file's id is
// its place among the arguments.
[[nodiscard]] model::Sources sources_of(const RunOptions& options) {
    model::Sources sources;
    for (const std::string& path : options.files) {
        sources.add(path == "-" && !options.stdin_filename.empty() ? options.stdin_filename : shown_name(path));
    }
    return sources;
}

// The id of the file named by the argument at `index`.
[[nodiscard]] model::FileId file_at(std::size_t index) { return model::FileId{static_cast<std::uint32_t>(index)}; }

// Takes each file's report through the baseline, into the writer, and
// keeps the tallies that decide the exit code.
class RunReport {
public:
    RunReport(const RunOptions& options, const model::Sources& sources, std::ostream& out, bool colour)
        : options_(options),
          sources_(sources),
          out_(out),
          writer_(emit::make_diagnostics_writer(options.diagnostics, out, sources,
                                                render_options(colour, !options.quiet))) {}

    [[nodiscard]] bool load_baseline() {
        if (options_.baseline.empty()) {
            return true;
        }
        auto loaded = read_baseline(options_.baseline);
        if (const auto* failure = std::get_if<BaselineError>(&loaded)) {
            print_failure(failure->message);
            return false;
        }
        baseline_ = std::make_unique<Baseline>(std::move(std::get<Baseline>(loaded)));
        return true;
    }

    // The pipeline's options. Each finding meets the baseline, and is
    // recorded for a new one, before any limit can hide it; a baseline
    // refreshed from itself keeps the findings it already had.
    [[nodiscard]] Options pipeline_options() {
        Options pipeline = options_.pipeline;
        if (baseline_ || !options_.write_baseline.empty()) {
            pipeline.known = [this](const model::Diagnostic& diagnostic) {
                if (!options_.write_baseline.empty()) {
                    recorded_.push_back(diagnostic);
                }
                return baseline_ && baseline_->accepts(diagnostic);
            };
        }
        return pipeline;
    }

    void add(const ListingReport& report, std::string_view source) {
        summary_.records += report.records;
        summary_.baselined += report.known;
        ++files_read_;
        summary_.infos += report.hidden.at(static_cast<std::size_t>(model::Severity::info));
        summary_.warnings += report.hidden.at(static_cast<std::size_t>(model::Severity::warning));
        summary_.errors += report.hidden.at(static_cast<std::size_t>(model::Severity::error));
        for (const model::Diagnostic& diagnostic : report.diagnostics) {
            // The count of hidden findings is not a finding of its own.
            if (model::info(diagnostic.rule).trigger != model::Trigger::limit) {
                count(diagnostic.severity);
                ++per_rule_.at(static_cast<std::size_t>(diagnostic.rule));
            }
            if (!options_.statistics) {
                writer_->write(diagnostic, source);
            }
        }
    }

    // Closes the report. A run that read none of its input has checked
    // nothing, so it gives no summary that could read as a clean result.
    void finish(std::ostream& out) {
        if (files_read_ != 0) {
            if (options_.statistics) {
                write_statistics();
            }
            writer_->finish(summary_);
        }
        out.flush();
    }

    [[nodiscard]] bool write_baseline() const {
        if (const auto error = replace_file(options_.write_baseline, emit::baseline_text(recorded_, sources_))) {
            print_failure(*error);
            return false;
        }
        if (!options_.quiet) {
            fmt::print(std::cerr, "twinning: recorded {} findings in {}\n", recorded_.size(),
                       text::escape_controls(options_.write_baseline));
        }
        return true;
    }

    // Whether the findings fail the run. When warnings alone do, one line
    // on stderr names the option and the count, as nothing else would say why.
    [[nodiscard]] bool failed() const {
        if (options_.exit_zero) {
            return false;
        }
        if (summary_.errors != 0) {
            return true;
        }
        const std::size_t warnings = summary_.warnings;
        if (options_.strict && warnings != 0) {
            print_failure(fmt::format("--strict fails the run on {}", counted(warnings, "warning")));
            return true;
        }
        if (options_.max_warnings && warnings > static_cast<std::size_t>(*options_.max_warnings)) {
            print_failure(fmt::format("--max-warnings {}: {} found, which is more", *options_.max_warnings,
                                      counted(warnings, "warning")));
            return true;
        }
        return false;
    }

private:
    // `--statistics`: each rule that found something, with its count, the
    // most frequent first.
    void write_statistics() const {
        std::vector<model::Rule> found;
        for (const model::RuleInfo& rule : model::rule_catalogue()) {
            if (per_rule_.at(static_cast<std::size_t>(rule.rule)) != 0) {
                found.push_back(rule.rule);
            }
        }
        std::ranges::stable_sort(found, std::greater{},
                                 [this](model::Rule rule) { return per_rule_.at(static_cast<std::size_t>(rule)); });
        for (const model::Rule rule : found) {
            const model::RuleInfo& info = model::info(rule);
            fmt::print(out_, "{:>6}  {:<6} {}\n", per_rule_.at(static_cast<std::size_t>(rule)), info.code, info.name);
        }
    }

    void count(model::Severity severity) {
        switch (severity) {
            case model::Severity::error:
                ++summary_.errors;
                break;
            case model::Severity::warning:
                ++summary_.warnings;
                break;
            case model::Severity::info:
                ++summary_.infos;
                break;
        }
    }

    const RunOptions& options_;
    const model::Sources& sources_;
    std::ostream& out_;
    std::unique_ptr<emit::DiagnosticsWriter> writer_;
    std::array<std::size_t, validators::rule_count> per_rule_{};
    std::unique_ptr<Baseline> baseline_;
    std::vector<model::Diagnostic> recorded_;
    emit::Summary summary_;
    std::size_t files_read_ = 0;
};

// Runs every file through one Checker; unreadable files are reported and
// skipped, and make the run fail.
[[nodiscard]] bool process_files(const RunOptions& options, const model::Sources& sources, const RecordRenderer& render,
                                 const RenderedRecordHandler& on_record, RunReport& run_report) {
    Checker checker(run_report.pipeline_options(), sources);
    bool all_read = true;
    for (std::size_t index = 0; index < options.files.size(); ++index) {
        const auto source = read_source(options.files[index]);
        if (const auto* failure = std::get_if<ReadError>(&source)) {
            print_failure(failure->message);
            all_read = false;
            continue;
        }
        const std::string& text = std::get<SourceFile>(source).text;
        run_report.add(checker.process(text, file_at(index), render, on_record), text);
    }
    return all_read;
}

[[nodiscard]] int finish_run(bool all_read, const RunOptions& options, const RunReport& run_report) {
    if (!all_read) {
        return exit_failure;
    }
    if (!options.write_baseline.empty()) {
        return run_report.write_baseline() ? exit_clean : exit_failure;
    }
    return run_report.failed() ? exit_findings : exit_clean;
}

// Lists each applied fix on stderr, where it cannot mix with diagnostics
// written as JSON or SARIF on stdout.
void list_applied(const std::string& file, const std::vector<model::Diagnostic>& applied) {
    for (const model::Diagnostic& diagnostic : applied) {
        fmt::print(std::cerr, "{}:{}:{}: fixed [{}] {}\n", text::escape_controls(file), diagnostic.span.begin.line,
                   diagnostic.span.begin.column, model::info(diagnostic.rule).name,
                   text::escape_controls(diagnostic.fix->title));
    }
}

// `check --fix`: rewrites each file with its fixes applied, atomically,
// before the check reads it again. False when a file could not be fixed.
[[nodiscard]] bool fix_files(const RunOptions& options, const model::Sources& sources) {
    const FixSafety safety = options.unsafe_fixes ? FixSafety::also_unsafe : FixSafety::safe_only;
    bool all_fixed = true;
    for (std::size_t index = 0; index < options.files.size(); ++index) {
        const std::string& path = options.files[index];
        if (path == "-") {
            print_failure("--fix needs files, not standard input");
            all_fixed = false;
            continue;
        }
        auto source = read_source(path);
        if (std::holds_alternative<ReadError>(source)) {
            continue;  // the check that follows reports it
        }
        const auto& file = std::get<SourceFile>(source);
        const FixOutcome fixed = fix_listing(file.text, sources, file_at(index), options.pipeline, safety);
        if (fixed.applied.empty()) {
            continue;
        }
        if (const auto error = replace_file(path, fixed.text)) {
            print_failure(*error);
            all_fixed = false;
            continue;
        }
        if (!options.quiet) {
            list_applied(file.name, fixed.applied);
        }
    }
    return all_fixed;
}

// Opens the output `path` names, unless it is empty; false when it cannot
// be written, with the reason printed.
[[nodiscard]] bool open_output(const std::string& path, std::unique_ptr<Output>& output) {
    if (path.empty()) {
        return true;
    }
    output = std::make_unique<Output>(path);
    if (!output->is_open()) {
        print_failure(output->error());
        return false;
    }
    return true;
}

// Puts an output in place; false when that failed, with the reason printed.
[[nodiscard]] bool commit_output(const std::unique_ptr<Output>& output) {
    if (output && !output->commit()) {
        print_failure(output->error());
        return false;
    }
    return true;
}

}  // namespace

int run_parse(const ParseOptions& options) {
    if (const auto refusal = clobbering(options.run, options.output)) {
        print_failure(*refusal);
        return exit_failure;
    }
    std::unique_ptr<Output> file;
    std::unique_ptr<Output> report;
    if (!open_output(options.output, file) || !open_output(options.run.diagnostics_file, report)) {
        return exit_failure;
    }
    std::ostream& diagnostics = report ? report->stream() : std::cerr;
    const model::Sources sources = sources_of(options.run);
    RunReport run_report(options.run, sources, diagnostics, !report && wants_colour(stderr));
    if (!run_report.load_baseline()) {
        return exit_failure;
    }
    std::ostream& out = file ? file->stream() : std::cout;
    const auto writer = emit::make_record_writer(options.format, out, sources, options.csv_safe);
    // Records are rendered on the threads that check them, and written here
    // in input order.
    const bool all_read = process_files(
        options.run, sources, [&](const model::Record& record, std::string& text) { writer->render(record, text); },
        [&](const model::Record& /*record*/, std::string_view text) { writer->write_rendered(text); }, run_report);
    writer->finish();
    out.flush();
    run_report.finish(diagnostics);
    // A run that could not read all its input leaves its files untouched.
    if (all_read && (!commit_output(file) || !commit_output(report))) {
        return exit_failure;
    }
    return finish_run(all_read, options.run, run_report);
}

int run_check(const RunOptions& options) {
    if (const auto refusal = clobbering(options, "")) {
        print_failure(*refusal);
        return exit_failure;
    }
    std::unique_ptr<Output> report;
    if (!open_output(options.diagnostics_file, report)) {
        return exit_failure;
    }
    std::ostream& diagnostics = report ? report->stream() : std::cout;
    const model::Sources sources = sources_of(options);
    RunReport run_report(options, sources, diagnostics, !report && wants_colour(stdout));
    if (!run_report.load_baseline()) {
        return exit_failure;
    }
    const bool all_fixed = !options.fix || fix_files(options, sources);
    const bool all_read = process_files(
        options, sources, RecordRenderer{}, [](const model::Record& /*record*/, std::string_view /*rendered*/) {},
        run_report);
    run_report.finish(diagnostics);
    if (all_read && !commit_output(report)) {
        return exit_failure;
    }
    return finish_run(all_read && all_fixed, options, run_report);
}

}  // namespace twinning::cli
