#pragma once

// Every rule's entry points, one rule per file in rules/. A rule file holds
// the rule's documentation and what its trigger in the rule table
// (rules.def) asks for: a check of a record, a report of a normalizer's
// fact, or a check against earlier records. Rules reported from the text
// or judged on the whole file declare their own reports below.

#include "cross_index.hpp"
#include "rule_support.hpp"

namespace twinning::validators::rules {

// NOLINTBEGIN(bugprone-macro-parentheses): the arguments are names.
#define TWINNING_DECLARE_record(id) void check_##id(const RecordContext& context, Diagnostics& out);
#define TWINNING_DECLARE_fact(id) \
    [[nodiscard]] std::optional<model::Diagnostic> report_##id(const model::Fact& fact, const RecordContext& context);
#define TWINNING_DECLARE_across(id) void check_##id(const RecordContext& context, CrossIndex& index, Diagnostics& out);
#define TWINNING_DECLARE_text(id)
#define TWINNING_DECLARE_file(id)
#define TWINNING_RULE(id, code, name, severity, trigger, summary) \
    extern const RuleDoc id##_doc;                                \
    TWINNING_DECLARE_##trigger(id)
#include "twinning/model/rules.def"
#undef TWINNING_RULE
#undef TWINNING_DECLARE_record
#undef TWINNING_DECLARE_fact
#undef TWINNING_DECLARE_across
#undef TWINNING_DECLARE_text
#undef TWINNING_DECLARE_file
// NOLINTEND(bugprone-macro-parentheses)

// Reports of the rules triggered by the text and by the whole file.
[[nodiscard]] model::Diagnostic report_unrecognized_text(std::string_view text, const model::SourceSpan& span,
                                                         const std::string& file);
[[nodiscard]] model::Diagnostic report_invalid_utf8(std::size_t offset, unsigned char byte,
                                                    const model::SourceSpan& span, const std::string& file);

// None when the file is no listing of two or more records that mostly lacks the field.
[[nodiscard]] std::optional<model::Diagnostic> report_listing_lacks_field(Rule missing_rule, std::size_t lacking,
                                                                          std::size_t records,
                                                                          const model::SourceSpan& first,
                                                                          const std::string& file);

[[nodiscard]] model::Diagnostic report_not_a_listing(std::size_t stray_lines, const model::SourceSpan& first,
                                                     const std::string& file);
[[nodiscard]] model::Diagnostic report_too_many_findings(Rule rule, std::size_t hidden,
                                                         const model::SourceSpan& first_hidden,
                                                         const std::string& file);
[[nodiscard]] model::Diagnostic report_control_character(char32_t code_point, const model::SourceSpan& span,
                                                         const std::string& file);

}  // namespace twinning::validators::rules
