#include "twinning/model/rule.hpp"

#include <algorithm>
#include <array>

#include "twinning/model/diagnostic.hpp"

namespace twinning::model {

namespace {

// The rule table's rows, in the order of the enum.
constexpr std::array catalogue{
#define TWINNING_RULE(id, code, name, severity, trigger, by_default, summary) \
    RuleInfo{Rule::id, code, name, Severity::severity, Trigger::trigger, ByDefault::by_default, summary},
#include "twinning/model/rules.def"
#undef TWINNING_RULE
};

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

std::optional<Severity> severity_by_name(std::string_view name) {
    for (const Severity severity : {Severity::info, Severity::warning, Severity::error}) {
        if (to_string(severity) == name) {
            return severity;
        }
    }
    return std::nullopt;
}

Diagnostic make_diagnostic(Rule rule, FileId file, SourceSpan span, std::string message) {
    Diagnostic diagnostic;
    diagnostic.rule = rule;
    diagnostic.severity = info(rule).default_severity;
    diagnostic.file = file;
    diagnostic.span = span;
    diagnostic.message = std::move(message);
    return diagnostic;
}

}  // namespace twinning::model
