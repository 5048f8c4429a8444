#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

namespace twinning::model {

enum class Severity : std::uint8_t { info, warning, error };

[[nodiscard]] std::string_view to_string(Severity severity);

// Every rule twinning can report, in the order of the rule table
// (rules.def), which gives each its stable code and name.
enum class Rule : std::uint8_t {
#define TWINNING_RULE(id, code, name, severity, trigger, by_default, summary) id,
#include "twinning/model/rules.def"
#undef TWINNING_RULE
};

// How many rules there are, counted from the table: one element a row.
inline constexpr std::size_t rule_count =
    std::initializer_list<Rule>{
#define TWINNING_RULE(id, code, name, severity, trigger, by_default, summary) Rule::id,
#include "twinning/model/rules.def"
#undef TWINNING_RULE
    }
        .size();

// What runs a rule, as its row in the rule table says (see rules.def).
enum class Trigger : std::uint8_t { record, fact, across, bytes, stray, file, limit };

// Whether a rule runs unless deselected, or only when selected.
enum class ByDefault : std::uint8_t { on, off };

struct RuleInfo {
    Rule rule;
    std::string_view code;
    std::string_view name;
    Severity default_severity;
    Trigger trigger;
    ByDefault by_default;
    std::string_view summary;
};

// A rule's documentation, as `twinning rules NAME` prints it. The text
// lives beside each rule's check, in validators/src/rules/.
struct RuleDoc {
    Rule rule{};
    std::string_view what;     // what it flags
    std::string_view why;      // why that matters
    std::string_view example;  // input that it flags
    std::string_view instead;  // the same input, fixed
};

[[nodiscard]] std::span<const RuleInfo> rule_catalogue();
[[nodiscard]] const RuleInfo& info(Rule rule);
[[nodiscard]] std::optional<Rule> rule_by_name(std::string_view name);
[[nodiscard]] std::optional<Severity> severity_by_name(std::string_view name);

}  // namespace twinning::model
