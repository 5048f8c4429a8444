#include "commands.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>
#include <memory>

#include "atomic_output.hpp"
#include "source_file.hpp"

namespace twinning::cli {

namespace {

// Tallies and renders diagnostics across files. Human output is written
// per file, while its source text is at hand; JSON is one array at the end.
class DiagnosticsReport {
public:
    DiagnosticsReport(emit::DiagnosticsFormat format, std::ostream& out) : format_(format), out_(out) {}

    void add(const ListingReport& report, std::string_view source) {
        records_ += report.records;
        for (const model::Diagnostic& diagnostic : report.diagnostics) {
            count(diagnostic.severity);
            if (format_ == emit::DiagnosticsFormat::human) {
                emit::write_human(diagnostic, source, out_);
            } else {
                json_.push_back(emit::diagnostic_to_json(diagnostic));
            }
        }
    }

    void finish() {
        if (format_ == emit::DiagnosticsFormat::human) {
            emit::write_human_summary(errors_, warnings_, infos_, records_, out_);
        } else {
            out_ << json_.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
        }
        out_.flush();
    }

    [[nodiscard]] bool has_errors() const { return errors_ != 0; }

private:
    void count(model::Severity severity) {
        switch (severity) {
            case model::Severity::error:
                ++errors_;
                break;
            case model::Severity::warning:
                ++warnings_;
                break;
            case model::Severity::info:
                ++infos_;
                break;
        }
    }

    emit::DiagnosticsFormat format_;
    std::ostream& out_;
    nlohmann::ordered_json json_ = nlohmann::ordered_json::array();
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
    std::size_t infos_ = 0;
    std::size_t records_ = 0;
};

void print_failure(const std::string& message) { fmt::print(std::cerr, "twinning: {}\n", message); }

// Runs every file through the pipeline; unreadable files are reported and
// skipped, and make the run fail.
[[nodiscard]] bool process_files(const RunOptions& options, const RecordHandler& on_record, DiagnosticsReport& report) {
    bool all_read = true;
    for (const std::string& path : options.files) {
        auto source = read_source(path);
        if (const auto* failure = std::get_if<ReadError>(&source)) {
            print_failure(failure->message);
            all_read = false;
            continue;
        }
        const auto& file = std::get<SourceFile>(source);
        report.add(process_listing(file.text, file.name, options.pipeline, on_record), file.text);
    }
    return all_read;
}

[[nodiscard]] int exit_code(bool all_read, const DiagnosticsReport& report) {
    if (!all_read) {
        return exit_failure;
    }
    return report.has_errors() ? exit_errors_found : exit_clean;
}

}  // namespace

int run_parse(const ParseOptions& options) {
    std::unique_ptr<AtomicOutput> file;
    if (!options.output.empty()) {
        file = std::make_unique<AtomicOutput>(options.output);
        if (!file->is_open()) {
            print_failure(file->error());
            return exit_failure;
        }
    }
    std::ostream& out = file ? file->stream() : std::cout;
    const auto writer = emit::make_record_writer(options.format, out);
    DiagnosticsReport report(options.run.diagnostics, std::cerr);
    const bool all_read = process_files(
        options.run, [&](const model::Record& record) { writer->write(record); }, report);
    writer->finish();
    out.flush();
    // A run that could not read all its input leaves -o untouched.
    if (file && all_read && !file->commit()) {
        print_failure(file->error());
        return exit_failure;
    }
    report.finish();
    return exit_code(all_read, report);
}

int run_check(const RunOptions& options) {
    DiagnosticsReport report(options.diagnostics, std::cout);
    const bool all_read = process_files(
        options, [](const model::Record&) {}, report);
    report.finish();
    return exit_code(all_read, report);
}

}  // namespace twinning::cli
