#include "registry.hpp"

#include <array>

namespace twinning::validators {

namespace {

// How each rule is run, by the trigger its row in the rule table names.
// NOLINTBEGIN(bugprone-macro-parentheses): the arguments are names.
#define TWINNING_ENTRY_record(id) \
    { &rules::id##_doc, rules::check_##id, nullptr, nullptr }
#define TWINNING_ENTRY_fact(id) \
    { &rules::id##_doc, nullptr, rules::report_##id, nullptr }
#define TWINNING_ENTRY_across(id) \
    { &rules::id##_doc, nullptr, nullptr, rules::check_##id }
#define TWINNING_ENTRY_text(id) \
    { &rules::id##_doc, nullptr, nullptr, nullptr }
#define TWINNING_ENTRY_file(id) \
    { &rules::id##_doc, nullptr, nullptr, nullptr }
const std::array<RuleEntry, rule_count> entries{{
#define TWINNING_RULE(id, code, name, severity, trigger, summary) TWINNING_ENTRY_##trigger(id),
#include "twinning/model/rules.def"
#undef TWINNING_RULE
}};
#undef TWINNING_ENTRY_record
#undef TWINNING_ENTRY_fact
#undef TWINNING_ENTRY_across
#undef TWINNING_ENTRY_text
#undef TWINNING_ENTRY_file
// NOLINTEND(bugprone-macro-parentheses)

}  // namespace

std::span<const RuleEntry> rule_entries() { return entries; }

const RuleEntry& rule_entry(model::Rule rule) { return entries.at(static_cast<std::size_t>(rule)); }

const RuleDoc& rule_doc(model::Rule rule) { return *rule_entry(rule).doc; }

}  // namespace twinning::validators
