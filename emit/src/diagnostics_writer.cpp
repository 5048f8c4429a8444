#include <array>
#include <utility>

#include "diagnostics_json.hpp"
#include "json_text.hpp"
#include "twinning/emit/diagnostics.hpp"

namespace twinning::emit {

namespace {

class HumanWriter final : public DiagnosticsWriter {
public:
    HumanWriter(std::ostream& out, const model::Sources& sources, bool colour, bool summary)
        : out_(out), sources_(sources), colour_(colour), summary_(summary) {}
    void write(const model::Diagnostic& diagnostic, std::string_view source) override {
        write_human(diagnostic, sources_, source, colour_, out_);
    }
    void finish(const Summary& summary) override {
        if (summary_) {
            write_human_summary(summary, out_);
        }
    }

private:
    std::ostream& out_;
    const model::Sources& sources_;
    bool colour_;
    bool summary_;
};

// JSON and GitLab: one array, written at the end.
template <nlohmann::ordered_json (*Convert)(const model::Diagnostic&, const model::Sources&)>
class ArrayWriter final : public DiagnosticsWriter {
public:
    ArrayWriter(std::ostream& out, const model::Sources& sources) : out_(out), sources_(sources) {}
    void write(const model::Diagnostic& diagnostic, std::string_view /*source*/) override {
        array_.push_back(Convert(diagnostic, sources_));
    }
    void finish(const Summary& /*summary*/) override { out_ << json_text(array_, 2) << '\n'; }

private:
    std::ostream& out_;
    const model::Sources& sources_;
    nlohmann::ordered_json array_ = nlohmann::ordered_json::array();
};

class SarifWriter final : public DiagnosticsWriter {
public:
    SarifWriter(std::ostream& out, const model::Sources& sources, RenderOptions options)
        : out_(out), sources_(sources), options_(std::move(options)) {}
    void write(const model::Diagnostic& diagnostic, std::string_view /*source*/) override {
        diagnostics_.push_back(diagnostic);
    }
    void finish(const Summary& /*summary*/) override {
        out_ << json_text(sarif_log(diagnostics_, sources_, options_), 2) << '\n';
    }

private:
    std::ostream& out_;
    const model::Sources& sources_;
    RenderOptions options_;
    std::vector<model::Diagnostic> diagnostics_;
};

// One workflow command per line, as GitHub reads them from the log.
class GithubWriter final : public DiagnosticsWriter {
public:
    GithubWriter(std::ostream& out, const model::Sources& sources) : out_(out), sources_(sources) {}
    void write(const model::Diagnostic& diagnostic, std::string_view /*source*/) override {
        out_ << github_annotation(diagnostic, sources_) << '\n';
    }
    void finish(const Summary& /*summary*/) override {}

private:
    std::ostream& out_;
    const model::Sources& sources_;
};

constexpr std::array<std::pair<std::string_view, DiagnosticsFormat>, 5> format_names{{
    {"human", DiagnosticsFormat::human},
    {"json", DiagnosticsFormat::json},
    {"sarif", DiagnosticsFormat::sarif},
    {"github", DiagnosticsFormat::github},
    {"gitlab", DiagnosticsFormat::gitlab},
}};

}  // namespace

std::optional<DiagnosticsFormat> diagnostics_format_by_name(std::string_view name) {
    for (const auto& [known, format] : format_names) {
        if (known == name) {
            return format;
        }
    }
    return std::nullopt;
}

std::unique_ptr<DiagnosticsWriter> make_diagnostics_writer(DiagnosticsFormat format, std::ostream& out,
                                                           const model::Sources& sources,
                                                           const RenderOptions& options) {
    switch (format) {
        case DiagnosticsFormat::human:
            return std::make_unique<HumanWriter>(out, sources, options.colour, options.summary);
        case DiagnosticsFormat::json:
            return std::make_unique<ArrayWriter<diagnostic_to_json>>(out, sources);
        case DiagnosticsFormat::sarif:
            return std::make_unique<SarifWriter>(out, sources, options);
        case DiagnosticsFormat::github:
            return std::make_unique<GithubWriter>(out, sources);
        case DiagnosticsFormat::gitlab:
            return std::make_unique<ArrayWriter<gitlab_issue>>(out, sources);
    }
    return nullptr;
}

}  // namespace twinning::emit
