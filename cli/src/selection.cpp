#include "selection.hpp"

#include <charconv>

namespace twinning::cli {

std::vector<model::Rule> rules_named_by(std::string_view selector) {
    std::vector<model::Rule> rules;
    for (const model::RuleInfo& rule : model::rule_catalogue()) {
        if (selector == rule.name || (!selector.empty() && rule.code.starts_with(selector))) {
            rules.push_back(rule.rule);
        }
    }
    return rules;
}

std::bitset<validators::rule_count> enabled_rules(const std::vector<std::string>& select,
                                                  const std::vector<std::string>& ignore) {
    // Selecting names the rules wanted, those off by default among them;
    // without a selection, the rules on by default run.
    std::bitset<validators::rule_count> enabled;
    if (select.empty()) {
        enabled = validators::rules_on_by_default();
    }
    for (const std::string& selector : select) {
        for (const model::Rule rule : rules_named_by(selector)) {
            enabled.set(static_cast<std::size_t>(rule));
        }
    }
    for (const std::string& selector : ignore) {
        for (const model::Rule rule : rules_named_by(selector)) {
            enabled.reset(static_cast<std::size_t>(rule));
        }
    }
    return enabled;
}

std::optional<SeverityChoice> split_severity_choice(std::string_view text) {
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos || equals == 0 || equals + 1 == text.size()) {
        return std::nullopt;
    }
    return SeverityChoice{std::string(text.substr(0, equals)), std::string(text.substr(equals + 1))};
}

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text) {
    constexpr std::size_t iso_length = 10;
    if (text.size() != iso_length || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto number = [&](std::size_t at, std::size_t length) -> std::optional<int> {
        int value = 0;
        const auto* end = text.data() + at + length;
        const auto [stop, error] = std::from_chars(text.data() + at, end, value);
        return error == std::errc{} && stop == end ? std::optional(value) : std::nullopt;
    };
    const auto y = number(0, 4);
    const auto m = number(5, 2);
    const auto d = number(8, 2);
    if (!y || !m || !d || *m < 1 || *d < 1) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                                           std::chrono::day{static_cast<unsigned>(*d)}};
    return date.ok() ? std::optional(date) : std::nullopt;
}

std::optional<normalize::DateOrder> parse_date_order(std::string_view text) {
    if (text == "dmy") {
        return normalize::DateOrder::dmy;
    }
    if (text == "mdy") {
        return normalize::DateOrder::mdy;
    }
    return std::nullopt;
}

}  // namespace twinning::cli
