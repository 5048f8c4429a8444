// future-population-year: see the documentation below, which `twinning rules future-population-year` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc future_population_year_doc{
    .rule = Rule::future_population_year,
    .what = "A population counted in a year after the reference date (today, or `--reference-date`).",
    .why = "A count cannot come from the future; the year is a typo.",
    .example = "population: 281 711 (2201)",
    .instead = "population: 281 711 (2021)",
};

void check_future_population_year(const RecordContext& context, Diagnostics& out) {
    const model::Record& record = context.record;
    const int now = static_cast<int>(context.options.reference_date.year());
    if (!record.population || !record.population_year || *record.population_year <= now) {
        return;
    }
    out.push_back(diagnose(Rule::future_population_year, context, record.population->span,
                           fmt::format("the population was counted in {}, after {}", *record.population_year, now)));
}

}  // namespace twinning::validators::rules
