// website-country-mismatch: see the documentation below, which `twinning rules website-country-mismatch` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc website_country_mismatch_doc{
    .rule = Rule::website_country_mismatch,
    .what =
        "A web site on a country-code domain that belongs to another country than the record's, such as a `.de` site "
        "for a city in Poland. Domains used worldwide (`.io`, `.co`, `.tv`, `.me`, ...) and inferred countries are not "
        "checked.",
    .why =
        "It often means the web site of another record was pasted here. This is information: cities sometimes use a "
        "partner's domain.",
    .example = "Katowice (Poland)\nweb sites: www.dresden.de",
    .instead = "Katowice (Poland)\nweb sites: www.katowice.eu",
};

std::optional<model::Diagnostic> report_website_country_mismatch(const model::Fact& fact,
                                                                 const RecordContext& context) {
    // An inferred country came from a web site, so it cannot disagree with one.
    const model::Record& record = context.record;
    const std::string& code = detail_of<model::DomainFact>(fact).country_code;
    if (record.country_code.empty() || code.empty() || code == record.country_code ||
        std::ranges::find(record.inferred, model::Field::country) != record.inferred.end()) {
        return std::nullopt;
    }
    return diagnose(Rule::website_country_mismatch, context, fact.span,
                    fmt::format("`{}` is on the domain of {}, not {}", fact.text, code, record.country_code));
}

}  // namespace twinning::validators::rules
