#include "registry.hpp"

#include <array>

namespace twinning::validators {

namespace {

// How each rule is run, by the trigger its row in the rule table names.
// NOLINTBEGIN(bugprone-macro-parentheses): the arguments are names.
#define TWINNING_ENTRY_record(id) \
    { .doc = &rules::id##_doc, .check = rules::check_##id }
#define TWINNING_ENTRY_fact(id) \
    { .doc = &rules::id##_doc, .report = rules::report_##id }
#define TWINNING_ENTRY_across(id) \
    { .doc = &rules::id##_doc, .cross_check = rules::check_##id }
#define TWINNING_ENTRY_bytes(id) \
    { .doc = &rules::id##_doc, .byte_check = rules::check_##id }
#define TWINNING_ENTRY_stray(id) \
    { .doc = &rules::id##_doc, .stray_report = rules::report_##id }
#define TWINNING_ENTRY_file(id)                                                         \
    {                                                                                   \
        .doc = &rules::id##_doc, .file_judge = { rules::holds_##id, rules::judge_##id } \
    }
#define TWINNING_ENTRY_limit(id) \
    { .doc = &rules::id##_doc, .limit_report = rules::report_##id }
const std::array<RuleEntry, rule_count> entries{{
#define TWINNING_RULE(id, code, name, severity, trigger, by_default, summary) TWINNING_ENTRY_##trigger(id),
#include "twinning/model/rules.def"
#undef TWINNING_RULE
}};
#undef TWINNING_ENTRY_record
#undef TWINNING_ENTRY_fact
#undef TWINNING_ENTRY_across
#undef TWINNING_ENTRY_bytes
#undef TWINNING_ENTRY_stray
#undef TWINNING_ENTRY_file
#undef TWINNING_ENTRY_limit
// NOLINTEND(bugprone-macro-parentheses)

}  // namespace

std::span<const RuleEntry> rule_entries() { return entries; }

const RuleEntry& rule_entry(model::Rule rule) { return entries.at(static_cast<std::size_t>(rule)); }

const RuleDoc& rule_doc(model::Rule rule) { return *rule_entry(rule).doc; }

}  // namespace twinning::validators
