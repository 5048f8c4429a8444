#pragma once

#include <optional>
#include <string>
#include <vector>

#include "twinning/model/rule.hpp"
#include "twinning/model/source_span.hpp"
#include "twinning/model/sources.hpp"

namespace twinning::model {

// One replacement of an exact span. An empty span inserts; an empty
// replacement deletes.
struct Edit {
    SourceSpan span;
    std::string replacement;
};

// A fix is offered only when it is certain (`safe`) or when it is a
// plausible repair the user must opt into (`!safe`, e.g. an inferred header).
struct Fix {
    std::string title;
    std::vector<Edit> edits;
    bool safe = true;
};

// A second location that explains the first, e.g. "first defined here".
struct Note {
    std::string message;
    SourceSpan span;
    std::optional<FileId> file;  // none: the diagnostic's own file
};

struct Diagnostic {
    Rule rule{};
    Severity severity = Severity::warning;
    std::string message;
    FileId file{};
    SourceSpan span;
    std::optional<std::string> suggestion;
    std::optional<Fix> fix;
    std::vector<Note> notes;
    // Identifies the finding across edits that move it: built from the
    // rule, the record's identity and the text under the span, never from
    // line numbers. Used by baselines, SARIF and GitLab.
    std::string fingerprint;
};

// Builds a diagnostic at the rule's default severity.
[[nodiscard]] Diagnostic make_diagnostic(Rule rule, FileId file, SourceSpan span, std::string message);

}  // namespace twinning::model
