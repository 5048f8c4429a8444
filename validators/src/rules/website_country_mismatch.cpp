// website-country-mismatch: see the documentation below, which `twinning rules website-country-mismatch` prints.

#include <array>

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

namespace {

// Country-code domains sold as generic ones; they say nothing of a country.
constexpr std::array<std::string_view, 10> generic_country_domains{"ai", "cc", "co", "fm", "io",
                                                                   "ly", "me", "to", "tv", "ws"};

}  // namespace

void check_website_country_mismatch(const RecordContext& context, Diagnostics& out) {
    const model::Record& record = context.record;
    if (record.country_code.empty() ||
        std::ranges::find(record.inferred, model::Field::country) != record.inferred.end()) {
        return;
    }
    for (const auto& website : record.websites) {
        const std::string_view host = normalize::url_host(website.value);
        const std::string_view domain = host.substr(host.rfind('.') + 1);
        if (std::ranges::find(generic_country_domains, domain) != generic_country_domains.end()) {
            continue;
        }
        const auto code = normalize::infer_from_host(host).country_code;
        if (code && *code != record.country_code) {
            out.push_back(diagnose(
                Rule::website_country_mismatch, context, website.span,
                fmt::format("`{}` is on the domain of {}, not {}", website.value, *code, record.country_code)));
        }
    }
}

}  // namespace twinning::validators::rules
