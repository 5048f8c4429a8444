#pragma once

#include <span>

#include "rules.hpp"

namespace twinning::validators {

// How a rule is run. At most one of the three is set; rules with none are
// reported from the raw text (invalid-utf8, control-character) or from
// what the grammar could not place (unrecognized-text).
struct RuleEntry {
    const RuleDoc* doc = nullptr;
    RecordCheck check = nullptr;
    FactReport report = nullptr;
    void (*cross_check)(const RecordContext&, CrossIndex&, Diagnostics&) = nullptr;
};

[[nodiscard]] std::span<const RuleEntry> rule_entries();
[[nodiscard]] const RuleEntry& rule_entry(model::Rule rule);

}  // namespace twinning::validators
