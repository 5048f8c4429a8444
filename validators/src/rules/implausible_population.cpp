// implausible-population: see the documentation below, which `twinning rules implausible-population` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc implausible_population_doc{
    .rule = Rule::implausible_population,
    .what = "A population below 100 or above 40 million.",
    .why =
        "No town with a twinning office has fewer than 100 people, and no city has more than 40 million: such a count "
        "is a typo, a count of something else, or lost digits.",
    .example = "population: 28 (2021)",
    .instead = "population: 281 711 (2021)",
};

void check_implausible_population(const RecordContext& context, Diagnostics& out) {
    constexpr std::uint64_t smallest = 100;
    constexpr std::uint64_t largest = 40'000'000;
    const auto& population = context.record.population;
    if (!population || (population->value >= smallest && population->value <= largest)) {
        return;
    }
    out.push_back(
        with_suggestion(diagnose(Rule::implausible_population, context, population->span,
                                 fmt::format("a population of {} is not plausible for a city", population->value)),
                        "check the count for missing or extra digits"));
}

}  // namespace twinning::validators::rules
