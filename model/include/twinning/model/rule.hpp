#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace twinning::model {

enum class Severity : std::uint8_t { info, warning, error };

[[nodiscard]] std::string_view to_string(Severity severity);

// Every rule twinning can report. The stable code and name of each live in
// the single table in rule.cpp; never renumber, only append.
enum class Rule : std::uint8_t {
    missing_header,
    unrecognized_text,
    unknown_label,
    duplicate_field,
    label_typo,
    empty_value,
    invalid_utf8,
    missing_website,
    invalid_population,
    invalid_date,
    invalid_url,
    unknown_country,
    unknown_subdivision,
};

struct RuleInfo {
    Rule rule;
    std::string_view code;
    std::string_view name;
    Severity default_severity;
    std::string_view summary;
};

[[nodiscard]] std::span<const RuleInfo> rule_catalogue();
[[nodiscard]] const RuleInfo& info(Rule rule);
[[nodiscard]] std::optional<Rule> rule_by_name(std::string_view name);

}  // namespace twinning::model
