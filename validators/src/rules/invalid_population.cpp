// invalid-population: see the documentation below, which `twinning rules invalid-population` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc invalid_population_doc{
    .rule = Rule::invalid_population,
    .what = "A population that is not a count: words, ranges or a number with stray text.",
    .why =
        "The count cannot be typed, compared or summed; the record's population stays null and this diagnostic quotes "
        "the text.",
    .example = "population: several hundred thousand",
    .instead = "population: 281 711 (2021)",
};

std::optional<model::Diagnostic> report_invalid_population(const model::Fact& fact, const RecordContext& context) {
    model::Diagnostic diagnostic = diagnose(Rule::invalid_population, context, fact.span,
                                            fmt::format("cannot read `{}` as a population count", quoted(fact.text)));
    diagnostic.suggestion = "write the count in digits, optionally followed by its year in brackets: `281 711 (2021)`";
    return diagnostic;
}

}  // namespace twinning::validators::rules
