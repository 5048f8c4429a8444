// stale-population: see the documentation below, which `twinning rules stale-population` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc stale_population_doc{
    .rule = Rule::stale_population,
    .what =
        "A population counted more than N years before the reference date; N is 10 unless `stale-population-years` in "
        "twinning.toml says otherwise.",
    .why =
        "Old counts mislead readers comparing cities. This is information, not an error: the listing may simply be "
        "old.",
    .example = "population: 67 885 (2013)",
    .instead = "population: 70 000 (2024)",
};

void check_stale_population(const RecordContext& context, Diagnostics& out) {
    const model::Record& record = context.record;
    const int now = static_cast<int>(context.options.reference_date.year());
    if (!record.population || !record.population_year ||
        now - *record.population_year <= context.options.stale_population_years) {
        return;
    }
    out.push_back(with_suggestion(diagnose(Rule::stale_population, context, record.population->span,
                                           fmt::format("the population was counted in {}, {} years before {}",
                                                       *record.population_year, now - *record.population_year, now)),
                                  "look up a newer count"));
}

}  // namespace twinning::validators::rules
