#pragma once

#include <span>

#include "rules.hpp"

namespace twinning::validators {

using CrossCheck = void (*)(const RecordContext&, CrossIndex&, Diagnostics&);

// How a rule is run: one slot a trigger of the rule table, and exactly the
// one its row names is set.
struct RuleEntry {
    const RuleDoc* doc = nullptr;
    RecordCheck check = nullptr;
    FactReport report = nullptr;
    CrossCheck cross_check = nullptr;
    ByteCheck byte_check = nullptr;
    StrayReport stray_report = nullptr;
    FileJudge file_judge{};
    LimitReport limit_report = nullptr;
};

[[nodiscard]] std::span<const RuleEntry> rule_entries();
[[nodiscard]] const RuleEntry& rule_entry(model::Rule rule);

}  // namespace twinning::validators
