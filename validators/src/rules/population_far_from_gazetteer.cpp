// population-far-from-gazetteer: see the documentation below, which `twinning rules population-far-from-gazetteer`
// prints.

#include "../record_places.hpp"
#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc population_far_from_gazetteer_doc{
    .rule = Rule::population_far_from_gazetteer,
    .what =
        "A population more than three times the gazetteer's count for that city, or less than a third of it. Where "
        "the gazetteer has several cities of the name in the country, the count must be far from all of them.",
    .why =
        "A factor of three is how a missing or an extra digit shows, or the count of a metropolitan area given for "
        "a city. The counts come from different years (the listing's year against GeoNames' last update), so "
        "growth alone never comes near it.",
    .example = "Katowice (Poland)\npopulation: 28 171 (2021)",
    .instead = "Katowice (Poland)\npopulation: 281 711 (2021)",
};

void check_population_far_from_gazetteer(const RecordContext& context, Diagnostics& out) {
    constexpr std::uint64_t factor = 3;
    const auto places = record_places(context.record);
    const auto& population = context.record.population;
    if (!places || places->in_country.empty() || !population || population->value == 0) {
        return;
    }
    const std::uint64_t stated = population->value;
    const auto near = [&](const normalize::Place& place) {
        const std::uint64_t known = place.population;
        return known > 0 && stated <= factor * known && known <= factor * stated;
    };
    if (std::ranges::any_of(places->in_country, near)) {
        return;
    }
    const normalize::Place& nearest = places->in_country.front();
    out.push_back(with_suggestion(diagnose(Rule::population_far_from_gazetteer, context, population->span,
                                           fmt::format("a population of {} is far from the gazetteer's {} for {}",
                                                       stated, nearest.population, nearest.name)),
                                  "check the count for a missing or an extra digit"));
}

}  // namespace twinning::validators::rules
