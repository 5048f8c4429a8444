// Renderers for CI systems: GitHub Actions annotations and GitLab Code
// Quality issues.

#include <fmt/format.h>

#include "diagnostics_json.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::emit {

namespace {

// GitHub reads `%`, CR and LF as escapes in a command's message, and also
// `:` and `,` in its properties; escaping them is what keeps input text
// from ending the command early or starting another one.
[[nodiscard]] std::string github_escape(std::string_view text, bool property) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            case ':':
                out += property ? "%3A" : ":";
                break;
            case ',':
                out += property ? "%2C" : ",";
                break;
            default:
                out += c;
        }
    }
    return out;
}

[[nodiscard]] std::string_view github_level(model::Severity severity) {
    switch (severity) {
        case model::Severity::error:
            return "error";
        case model::Severity::warning:
            return "warning";
        case model::Severity::info:
            return "notice";
    }
    return "notice";
}

[[nodiscard]] std::string_view gitlab_severity(model::Severity severity) {
    switch (severity) {
        case model::Severity::error:
            return "major";
        case model::Severity::warning:
            return "minor";
        case model::Severity::info:
            return "info";
    }
    return "info";
}

}  // namespace

std::string github_annotation(const model::Diagnostic& diagnostic, const model::Sources& sources) {
    const model::RuleInfo& rule = model::info(diagnostic.rule);
    const model::SourceSpan& span = diagnostic.span;
    // Each part loses its control characters first, so only the line break
    // put here between message and help reaches the log, as %0A.
    std::string message = text::escape_controls(diagnostic.message);
    if (diagnostic.suggestion) {
        message += "\nhelp: " + text::escape_controls(*diagnostic.suggestion);
    }
    // GitHub counts columns from 1, as twinning does, and takes them only
    // for a span on one line; endColumn is the column just past the span,
    // as in SARIF.
    const std::string position = span.begin.line == span.end.line
                                     ? fmt::format("line={},col={},endLine={},endColumn={}", span.begin.line,
                                                   span.begin.column, span.end.line, span.end.column)
                                     : fmt::format("line={},endLine={}", span.begin.line, span.end.line);
    return fmt::format("::{} file={},{},title={}::{}", github_level(diagnostic.severity),
                       github_escape(text::escape_controls(sources.name(diagnostic.file)), true), position,
                       github_escape(fmt::format("{} ({})", rule.name, rule.code), true),
                       github_escape(message, false));
}

nlohmann::ordered_json gitlab_issue(const model::Diagnostic& diagnostic, const model::Sources& sources) {
    const model::RuleInfo& rule = model::info(diagnostic.rule);
    return {
        {"description", fmt::format("{} [{}]", diagnostic.message, rule.name)},
        {"check_name", rule.name},
        {"fingerprint", diagnostic.fingerprint},
        {"severity", gitlab_severity(diagnostic.severity)},
        {"location", {{"path", sources.name(diagnostic.file)}, {"lines", {{"begin", diagnostic.span.begin.line}}}}}};
}

}  // namespace twinning::emit
