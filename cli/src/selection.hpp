#pragma once

#include <bitset>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/rule.hpp"
#include "twinning/normalize/date.hpp"
#include "twinning/validators/validate.hpp"

namespace twinning::cli {

// The rules a selector names: a rule name (`missing-website`), a code
// (`TW201`) or a code prefix (`TW2`, `TW`). Empty when it names none.
[[nodiscard]] std::vector<model::Rule> rules_named_by(std::string_view selector);

// The rules that run: those selected (all when `select` is empty) less
// those ignored. Every selector must name at least one rule.
[[nodiscard]] std::bitset<validators::rule_count> enabled_rules(const std::vector<std::string>& select,
                                                                const std::vector<std::string>& ignore);

// A `NAME=level` pair as given to --severity.
struct SeverityChoice {
    std::string rule;
    std::string level;
};
[[nodiscard]] std::optional<SeverityChoice> split_severity_choice(std::string_view text);

// `YYYY-MM-DD`, on the calendar.
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);

[[nodiscard]] std::optional<normalize::DateOrder> parse_date_order(std::string_view text);

}  // namespace twinning::cli
