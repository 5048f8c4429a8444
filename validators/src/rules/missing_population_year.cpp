// missing-population-year: see the documentation below, which `twinning rules missing-population-year` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_population_year_doc{
    .rule = Rule::missing_population_year,
    .what = "A population without the year of its count in brackets.",
    .why =
        "Counts change; without the year a reader cannot tell a census figure from a guess, and stale-population "
        "cannot be checked.",
    .example = "population: 281 711",
    .instead = "population: 281 711 (2021)",
};

void check_missing_population_year(const RecordContext& context, Diagnostics& out) {
    const model::Record& record = context.record;
    if (!record.population || record.population_year) {
        return;
    }
    out.push_back(with_suggestion(diagnose(Rule::missing_population_year, context, record.population->span,
                                           fmt::format("the population {} has no year", record.population->value)),
                                  "add the year of the count in brackets: `281 711 (2021)`"));
}

}  // namespace twinning::validators::rules
