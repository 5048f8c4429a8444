// country-typo: see the documentation below, which `twinning rules country-typo` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc country_typo_doc{
    .rule = Rule::country_typo,
    .what =
        "A country name that is no ISO 3166-1 name but a small misspelling of one, such as `Germnay`. The record is "
        "read with the nearest name and its code; the misspelling is allowed as many edits as a label is.",
    .why =
        "A misspelled country looks like another country to every tool that matches names exactly. The fix writes the "
        "ISO name and is unsafe: the nearest name is a guess, however likely.",
    .example = "Dresden (Germnay)",
    .instead = "Dresden (Germany)",
};

std::optional<model::Diagnostic> report_country_typo(const model::Fact& fact, const RecordContext& context) {
    const std::string& name = detail_of<model::NameFact>(fact).name;
    model::Diagnostic diagnostic =
        diagnose(Rule::country_typo, context, fact.span,
                 fmt::format("country `{}` is misspelled; read as `{}`", quoted(fact.text), name));
    diagnostic.fix = replace(fact.span, name, false);
    return diagnostic;
}

}  // namespace twinning::validators::rules
