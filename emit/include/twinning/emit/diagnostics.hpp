#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/diagnostic.hpp"

namespace twinning::emit {

enum class DiagnosticsFormat { human, json, sarif, github, gitlab };

[[nodiscard]] std::optional<DiagnosticsFormat> diagnostics_format_by_name(std::string_view name);

// What a run found, for the closing line and the exit code.
struct Summary {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
    std::size_t records = 0;
    std::size_t baselined = 0;  // findings hidden because the baseline has them
};

struct RenderOptions {
    bool colour = false;               // ANSI colour, for a terminal
    bool summary = true;               // human output ends with the summary line
    std::string tool_version;          // for SARIF
    std::vector<model::RuleDoc> docs;  // every rule's documentation, by rule, for SARIF
    // The absolute folder that relative file names start from, for SARIF's
    // %SRCROOT%; when empty, SARIF leaves the folder to its reader.
    std::string source_root;
};

// Writes diagnostics in one format. `source` is the text the diagnostic's
// spans point into; it is only read during the call.
class DiagnosticsWriter {
public:
    DiagnosticsWriter() = default;
    DiagnosticsWriter(const DiagnosticsWriter&) = delete;
    DiagnosticsWriter& operator=(const DiagnosticsWriter&) = delete;
    DiagnosticsWriter(DiagnosticsWriter&&) = delete;
    DiagnosticsWriter& operator=(DiagnosticsWriter&&) = delete;
    virtual ~DiagnosticsWriter() = default;

    virtual void write(const model::Diagnostic& diagnostic, std::string_view source) = 0;
    // Closes the document; call once after the last diagnostic.
    virtual void finish(const Summary& summary) = 0;
};

// `sources` names the diagnostics' files, and must outlive the writer.
[[nodiscard]] std::unique_ptr<DiagnosticsWriter> make_diagnostics_writer(DiagnosticsFormat format, std::ostream& out,
                                                                         const model::Sources& sources,
                                                                         const RenderOptions& options);

// `file:line:col: severity: message [name/code]`, then the source line with
// a caret under the span, then `help:`, the fix and notes.
void write_human(const model::Diagnostic& diagnostic, const model::Sources& sources, std::string_view source,
                 bool colour, std::ostream& out);

// The closing line of a human report: `1 error, 3 warnings, 0 info, 12 records`.
void write_human_summary(const Summary& summary, std::ostream& out);

// A GitHub Actions workflow command for one diagnostic, with `%`, CR, LF
// (and in properties `:` and `,`) escaped as GitHub requires.
[[nodiscard]] std::string github_annotation(const model::Diagnostic& diagnostic, const model::Sources& sources);

}  // namespace twinning::emit
