#include <fmt/format.h>

#include "diagnostics_json.hpp"

namespace twinning::emit {

namespace {

using nlohmann::ordered_json;

constexpr std::string_view schema_uri = "https://json.schemastore.org/sarif-2.1.0.json";

[[nodiscard]] std::string_view level(model::Severity severity) {
    switch (severity) {
        case model::Severity::error:
            return "error";
        case model::Severity::warning:
            return "warning";
        case model::Severity::info:
            return "note";
    }
    return "note";
}

constexpr std::string_view source_root_id = "%SRCROOT%";

// A file name as a URI reference: unreserved bytes and `/` as they are,
// everything else percent-encoded (`<stdin>` becomes `%3Cstdin%3E`).
[[nodiscard]] std::string uri_reference(std::string_view path) {
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '.' || c == '_' || c == '~' || c == '/';
        out += plain ? std::string(1, c) : fmt::format("%{:02X}", byte);
    }
    return out;
}

// Where a file is, as SARIF wants it: an absolute path as a file:// URI, a
// relative one as a URI reference against %SRCROOT%, which the run defines.
[[nodiscard]] ordered_json artifact_location(std::string_view file) {
    if (file.starts_with('/')) {
        return {{"uri", "file://" + uri_reference(file)}};
    }
    return {{"uri", uri_reference(file)}, {"uriBaseId", source_root_id}};
}

// %SRCROOT% itself: the folder relative names start from, as a file:// URI
// ending in a slash, as SARIF requires of a base.
[[nodiscard]] ordered_json original_uri_base_ids(const std::string& source_root) {
    ordered_json base{{"description", {{"text", "the folder twinning ran in"}}}};
    if (source_root.starts_with('/')) {
        std::string uri = "file://" + uri_reference(source_root);
        if (!uri.ends_with('/')) {
            uri += '/';
        }
        base = {{"uri", uri}, {"description", base.at("description")}};
    }
    return {{source_root_id, base}};
}

[[nodiscard]] ordered_json region(const model::SourceSpan& span) {
    return {{"startLine", span.begin.line}, {"startColumn", span.begin.column}, {"endLine", span.end.line},
            {"endColumn", span.end.column}, {"byteOffset", span.offset()},      {"byteLength", span.length()}};
}

[[nodiscard]] ordered_json location(const std::string& file, const model::SourceSpan& span) {
    return {{"physicalLocation", {{"artifactLocation", artifact_location(file)}, {"region", region(span)}}}};
}

[[nodiscard]] ordered_json rule_descriptor(const model::RuleInfo& rule, const model::RuleDoc& doc) {
    const std::string help =
        fmt::format("{}\n\nWhy: {}\n\nExample:\n{}\n\nUse instead:\n{}", doc.what, doc.why, doc.example, doc.instead);
    const std::string markdown =
        fmt::format("{}\n\n**Why:** {}\n\n**Example:**\n```\n{}\n```\n\n**Use instead:**\n```\n{}\n```", doc.what,
                    doc.why, doc.example, doc.instead);
    return {{"id", rule.code},
            {"name", rule.name},
            {"shortDescription", {{"text", rule.summary}}},
            {"fullDescription", {{"text", doc.what}}},
            {"help", {{"text", help}, {"markdown", markdown}}},
            {"defaultConfiguration", {{"level", level(rule.default_severity)}}}};
}

[[nodiscard]] ordered_json fix_object(const model::Diagnostic& diagnostic, const model::Sources& sources) {
    ordered_json replacements = ordered_json::array();
    for (const model::Edit& edit : diagnostic.fix->edits) {
        replacements.push_back(
            {{"deletedRegion", region(edit.span)}, {"insertedContent", {{"text", edit.replacement}}}});
    }
    return {
        {"description", {{"text", diagnostic.fix->title}}},
        {"artifactChanges",
         {{{"artifactLocation", artifact_location(sources.name(diagnostic.file))}, {"replacements", replacements}}}}};
}

[[nodiscard]] ordered_json result(const model::Diagnostic& diagnostic, const model::Sources& sources) {
    const model::RuleInfo& rule = model::info(diagnostic.rule);
    std::string text = diagnostic.message;
    if (diagnostic.suggestion) {
        text += "\nhelp: " + *diagnostic.suggestion;
    }
    ordered_json object{{"ruleId", rule.code},
                        {"ruleIndex", static_cast<std::size_t>(diagnostic.rule)},
                        {"level", level(diagnostic.severity)},
                        {"message", {{"text", text}}},
                        {"locations", ordered_json::array({location(sources.name(diagnostic.file), diagnostic.span)})}};
    if (!diagnostic.fingerprint.empty()) {
        object["partialFingerprints"] = {{"twinning/v1", diagnostic.fingerprint}};
    }
    if (!diagnostic.notes.empty()) {
        ordered_json related = ordered_json::array();
        for (std::size_t i = 0; i < diagnostic.notes.size(); ++i) {
            const model::Note& note = diagnostic.notes[i];
            ordered_json item = location(sources.name(note.file.value_or(diagnostic.file)), note.span);
            item["id"] = i;
            item["message"] = {{"text", note.message}};
            related.push_back(std::move(item));
        }
        object["relatedLocations"] = std::move(related);
    }
    if (diagnostic.fix) {
        object["fixes"] = ordered_json::array({fix_object(diagnostic, sources)});
    }
    return object;
}

}  // namespace

ordered_json sarif_log(const std::vector<model::Diagnostic>& diagnostics, const model::Sources& sources,
                       const RenderOptions& options) {
    ordered_json rules = ordered_json::array();
    for (const model::RuleInfo& rule : model::rule_catalogue()) {
        rules.push_back(rule_descriptor(rule, options.docs.at(static_cast<std::size_t>(rule.rule))));
    }
    ordered_json results = ordered_json::array();
    for (const model::Diagnostic& diagnostic : diagnostics) {
        results.push_back(result(diagnostic, sources));
    }
    ordered_json driver{{"name", "twinning"}, {"version", options.tool_version}, {"rules", std::move(rules)}};
    ordered_json run{{"tool", {{"driver", std::move(driver)}}},
                     {"originalUriBaseIds", original_uri_base_ids(options.source_root)},
                     {"columnKind", "unicodeCodePoints"},
                     {"results", std::move(results)}};
    return {{"$schema", schema_uri}, {"version", "2.1.0"}, {"runs", ordered_json::array({std::move(run)})}};
}

}  // namespace twinning::emit
