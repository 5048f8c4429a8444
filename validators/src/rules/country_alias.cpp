// country-alias: see the documentation below, which `twinning rules country-alias` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc country_alias_doc{
    .rule = Rule::country_alias,
    .what =
        "A country written under a name ISO 3166 does not use, such as `Great Britain` or `Turkey`; it is recorded "
        "under its ISO name.",
    .why =
        "Aliases make the same country look like two. This is information: the record is already normalized. The fix "
        "writes the ISO name and is unsafe, as it changes the author's wording.",
    .example = "Coventry (Great Britain)",
    .instead = "Coventry (United Kingdom)",
};

std::optional<model::Diagnostic> report_country_alias(const model::Fact& fact, const RecordContext& context) {
    const std::string& name = detail_of<model::NameFact>(fact).name;
    model::Diagnostic diagnostic = diagnose(Rule::country_alias, context, fact.span,
                                            fmt::format("`{}` is recorded as `{}`", quoted(fact.text), name));
    diagnostic.fix = replace(fact.span, name, false);
    return diagnostic;
}

}  // namespace twinning::validators::rules
