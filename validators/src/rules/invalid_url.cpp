// invalid-url: see the documentation below, which `twinning rules invalid-url` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc invalid_url_doc{
    Rule::invalid_url,
    "A web site that is not a web address: no dotted host, another scheme, or words such as `n/a`.",
    "The address cannot be opened or checked, and is left out of `websites`.",
    "web sites: www.katowice.eu, n/a",
    "web sites: www.katowice.eu",
};

model::Diagnostic report_invalid_url(const model::Finding& finding, const RecordContext& context) {
    model::Diagnostic diagnostic = diagnose(Rule::invalid_url, context, finding.span,
                                            fmt::format("`{}` is not a web address", quoted(finding.text)));
    diagnostic.suggestion = "write a host name such as `www.example.org`, or remove it";
    return diagnostic;
}

}  // namespace twinning::validators::rules
