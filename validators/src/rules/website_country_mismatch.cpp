// website-country-mismatch: see the documentation below, which `twinning rules website-country-mismatch` prints.

#include "../rules.hpp"
#include "twinning/normalize/inference.hpp"
#include "twinning/normalize/website.hpp"

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

void check_website_country_mismatch(const RecordContext& context, Diagnostics& out) {
    const model::Record& record = context.record;
    if (record.country_code.empty() ||
        std::ranges::find(record.inferred, model::Field::country) != record.inferred.end()) {
        return;
    }
    for (const auto& website : record.websites) {
        // Generic domains such as `.io` give no country.
        const auto code = normalize::infer_from_host(normalize::url_host(website.value)).country_code;
        if (code && *code != record.country_code) {
            out.push_back(diagnose(
                Rule::website_country_mismatch, context, website.span,
                fmt::format("`{}` is on the domain of {}, not {}", website.value, *code, record.country_code)));
        }
    }
}

}  // namespace twinning::validators::rules
