// missing-country: see the documentation below, which `twinning rules missing-country` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_country_doc{
    .rule = Rule::missing_country,
    .what =
        "A header that names no country, in brackets or after a comma, in a record that gives none otherwise: no "
        "`country:` field and no line that is a country's name. The listing decides: in a file of two or more records "
        "where fewer than half give a country, this is not reported per record; `listing-lacks-field` says so once for "
        "the file.",
    .why =
        "City names repeat across countries (there are many Frankfurts); without the country the record cannot be told "
        "apart or checked against ISO 3166.",
    .example = "Frankfurt\npopulation: 57 015 (2022)",
    .instead = "Frankfurt (Oder) (Germany)\npopulation: 57 015 (2022)",
};

void check_missing_country(const RecordContext& context, Diagnostics& out) {
    // Without any header, missing-header already says so.
    if (!context.raw.header || context.record.country) {
        return;
    }
    model::Diagnostic diagnostic = diagnose(Rule::missing_country, context, context.raw.header->span,
                                            fmt::format("{} has no country", who(context.record)));
    diagnostic.suggestion = "add the country in brackets: `Name (Country)`";
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators::rules
