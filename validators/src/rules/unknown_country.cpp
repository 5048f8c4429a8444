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

std::optional<model::Diagnostic> report_unknown_country(const model::Fact& fact, const RecordContext& context) {
    model::Diagnostic diagnostic = diagnose(Rule::unknown_country, context, fact.span,
                                            fmt::format("`{}` is not a country in ISO 3166-1", quoted(fact.text)));
    if (const std::string& closest = detail_of<model::NameFact>(fact).name; !closest.empty()) {
        diagnostic.suggestion = fmt::format("did you mean `{}`?", closest);
    }
    return diagnostic;
}

}  // namespace twinning::validators::rules
