// unknown-country: see the documentation below, which `twinning rules unknown-country` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc unknown_country_doc{
    .rule = Rule::unknown_country,
    .what = "A country that is neither an ISO 3166-1 name or code nor a known alias.",
    .why =
        "The record gets no country code, so it cannot be matched or mapped. The closest ISO name is suggested when "
        "one is near.",
    .example = "Dresden (Grmny)",
    .instead = "Dresden (Germany)",
};

model::Diagnostic report_unknown_country(const model::Finding& finding, const RecordContext& context) {
    model::Diagnostic diagnostic = diagnose(Rule::unknown_country, context, finding.span,
                                            fmt::format("`{}` is not a country in ISO 3166-1", quoted(finding.text)));
    if (!finding.detail.empty()) {
        diagnostic.suggestion = fmt::format("did you mean `{}`?", finding.detail);
    }
    return diagnostic;
}

}  // namespace twinning::validators::rules
