#pragma once

// Every rule's entry points, one rule per file in rules/. A rule file holds
// the rule's documentation and what its trigger in the rule table
// (rules.def) asks for.

#include "cross_index.hpp"
#include "rule_support.hpp"

namespace twinning::validators::rules {

// NOLINTBEGIN(bugprone-macro-parentheses): the arguments are names.
#define TWINNING_DECLARE_record(id) void check_##id(const RecordContext& context, Diagnostics& out);
#define TWINNING_DECLARE_fact(id) \
    [[nodiscard]] std::optional<model::Diagnostic> report_##id(const model::Fact& fact, const RecordContext& context);
#define TWINNING_DECLARE_across(id) void check_##id(const RecordContext& context, CrossIndex& index, Diagnostics& out);
#define TWINNING_DECLARE_bytes(id) void check_##id(const TextPart& part, Diagnostics& out);
#define TWINNING_DECLARE_stray(id) \
    [[nodiscard]] model::Diagnostic report_##id(const StrayText& stray, model::FileId file);
#define TWINNING_DECLARE_file(id)                                                                                      \
    [[nodiscard]] bool holds_##id(Rule rule);                                                                          \
    [[nodiscard]] std::optional<model::Diagnostic> judge_##id(Rule rule, const HeldFindings& held, const FileEnd& end, \
                                                              model::FileId file);
#define TWINNING_DECLARE_limit(id)                                                                                    \
    [[nodiscard]] model::Diagnostic report_##id(Rule rule, std::size_t hidden, const model::SourceSpan& first_hidden, \
                                                model::FileId file);
#define TWINNING_RULE(id, code, name, severity, trigger, by_default, summary) \
    extern const RuleDoc id##_doc;                                \
    TWINNING_DECLARE_##trigger(id)
#include "twinning/model/rules.def"
#undef TWINNING_RULE
#undef TWINNING_DECLARE_record
#undef TWINNING_DECLARE_fact
#undef TWINNING_DECLARE_across
#undef TWINNING_DECLARE_bytes
#undef TWINNING_DECLARE_stray
#undef TWINNING_DECLARE_file
#undef TWINNING_DECLARE_limit
// NOLINTEND(bugprone-macro-parentheses)

}  // namespace twinning::validators::rules
