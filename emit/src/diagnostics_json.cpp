#include "diagnostics_json.hpp"

namespace twinning::emit {

namespace {

using nlohmann::ordered_json;

void add_range(ordered_json& object, const model::SourceSpan& span) {
    object["line"] = span.begin.line;
    object["column"] = span.begin.column;
    object["end_line"] = span.end.line;
    object["end_column"] = span.end.column;
}

[[nodiscard]] ordered_json fix_to_json(const model::Fix& fix) {
    ordered_json edits = ordered_json::array();
    for (const model::Edit& edit : fix.edits) {
        ordered_json item;
        add_range(item, edit.span);
        item["offset"] = edit.span.offset();
        item["length"] = edit.span.length();
        item["replacement"] = edit.replacement;
        edits.push_back(std::move(item));
    }
    return {{"title", fix.title}, {"safe", fix.safe}, {"edits", std::move(edits)}};
}

}  // namespace

ordered_json diagnostic_to_json(const model::Diagnostic& diagnostic, const model::Sources& sources) {
    const model::RuleInfo& rule = model::info(diagnostic.rule);
    ordered_json object;
    object["code"] = rule.code;
    object["name"] = rule.name;
    object["severity"] = model::to_string(diagnostic.severity);
    object["message"] = diagnostic.message;
    object["file"] = sources.name(diagnostic.file);
    add_range(object, diagnostic.span);
    if (diagnostic.suggestion) {
        object["suggestion"] = *diagnostic.suggestion;
    }
    if (diagnostic.fix) {
        object["fix"] = fix_to_json(*diagnostic.fix);
    }
    if (!diagnostic.notes.empty()) {
        ordered_json notes = ordered_json::array();
        for (const model::Note& note : diagnostic.notes) {
            ordered_json item{{"message", note.message}, {"file", sources.name(note.file.value_or(diagnostic.file))}};
            add_range(item, note.span);
            notes.push_back(std::move(item));
        }
        object["notes"] = std::move(notes);
    }
    object["fingerprint"] = diagnostic.fingerprint;
    return object;
}

}  // namespace twinning::emit
