#include "twinning/model/rule.hpp"

#include <algorithm>
#include <array>

#include "twinning/model/diagnostic.hpp"

namespace twinning::model {

namespace {

// The one table of rules. Codes group by kind: TW1xx structure, TW2xx
// required fields, TW3xx values. Order follows the enum.
constexpr std::array catalogue{
    // clang-format off
    RuleInfo{Rule::missing_header,      "TW101", "missing-header",      Severity::error,   "a record has no header line"},
    RuleInfo{Rule::unrecognized_text,   "TW102", "unrecognized-text",   Severity::warning, "text that belongs to no record or field"},
    RuleInfo{Rule::unknown_label,       "TW103", "unknown-label",       Severity::warning, "a field label twinning does not know"},
    RuleInfo{Rule::duplicate_field,     "TW104", "duplicate-field",     Severity::error,   "a field given twice in one record"},
    RuleInfo{Rule::label_typo,          "TW105", "label-typo",          Severity::warning, "a misspelled field label"},
    RuleInfo{Rule::empty_value,         "TW106", "empty-value",         Severity::warning, "a label with no value"},
    RuleInfo{Rule::invalid_utf8,        "TW107", "invalid-utf8",        Severity::error,   "bytes that are not valid UTF-8"},
    RuleInfo{Rule::missing_website,     "TW201", "missing-website",     Severity::warning, "a record with no web site"},
    RuleInfo{Rule::invalid_population,  "TW301", "invalid-population",  Severity::error,   "a population that is not a count"},
    RuleInfo{Rule::invalid_date,        "TW302", "invalid-date",        Severity::error,   "a date that cannot be read or is not on the calendar"},
    RuleInfo{Rule::invalid_url,         "TW303", "invalid-url",         Severity::error,   "a web site that is not a URL"},
    RuleInfo{Rule::unknown_country,     "TW304", "unknown-country",     Severity::error,   "a country that is not in ISO 3166-1"},
    RuleInfo{Rule::unknown_subdivision, "TW305", "unknown-subdivision", Severity::warning, "a region that is not in ISO 3166-2 for its country"},
    // clang-format on
};

constexpr bool catalogue_follows_enum() {
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        if (static_cast<std::size_t>(catalogue[i].rule) != i) {
            return false;
        }
    }
    return true;
}
static_assert(catalogue_follows_enum(), "rule table rows must follow the Rule enum");

}  // namespace

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::info:
            return "info";
        case Severity::warning:
            return "warning";
        case Severity::error:
            return "error";
    }
    return "error";
}

std::span<const RuleInfo> rule_catalogue() { return catalogue; }

const RuleInfo& info(Rule rule) { return catalogue.at(static_cast<std::size_t>(rule)); }

std::optional<Rule> rule_by_name(std::string_view name) {
    const auto* found = std::ranges::find(catalogue, name, &RuleInfo::name);
    if (found == catalogue.end()) {
        return std::nullopt;
    }
    return found->rule;
}

Diagnostic make_diagnostic(Rule rule, std::string file, SourceSpan span, std::string message) {
    Diagnostic diagnostic;
    diagnostic.rule = rule;
    diagnostic.severity = info(rule).default_severity;
    diagnostic.file = std::move(file);
    diagnostic.span = span;
    diagnostic.message = std::move(message);
    return diagnostic;
}

}  // namespace twinning::model
