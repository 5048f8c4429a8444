// invalid-url: see the documentation below, which `twinning rules invalid-url` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc invalid_url_doc{
    .rule = Rule::invalid_url,
    .what = "A web site that is not a web address: no dotted host, another scheme, or words such as `n/a`.",
    .why = "The address cannot be opened or checked, and is left out of `websites`.",
    .example = "web sites: www.katowice.eu, n/a",
    .instead = "web sites: www.katowice.eu",
};

std::optional<model::Diagnostic> report_invalid_url(const model::Fact& fact, const RecordContext& context) {
    model::Diagnostic diagnostic =
        diagnose(Rule::invalid_url, context, fact.span, fmt::format("`{}` is not a web address", quoted(fact.text)));
    diagnostic.suggestion = "write a host name such as `www.example.org`, or remove it";
    return diagnostic;
}

}  // namespace twinning::validators::rules
