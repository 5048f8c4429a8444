// place-country-mismatch: see the documentation below, which `twinning rules place-country-mismatch` prints.

#include <fmt/ranges.h>

#include "../record_places.hpp"
#include "../rules.hpp"
#include "twinning/normalize/country.hpp"

namespace twinning::validators::rules {

const RuleDoc place_country_mismatch_doc{
    .rule = Rule::place_country_mismatch,
    .what =
        "A city the gazetteer (GeoNames' cities of more than 15,000 people) knows, but only in other countries, and "
        "not in the one given. The message names where it is known, most populous first.",
    .why =
        "A partner put in the wrong country is usually a slip of copying: the country of the line above, or a "
        "neighbouring column. A town smaller than the gazetteer's cities may share a big city's name, so check "
        "before changing it.",
    .example = "Pittsburgh (Poland)",
    .instead = "Pittsburgh (United States)",
};

namespace {

// At most this many countries are named; the rest are counted.
constexpr std::size_t countries_named = 3;

[[nodiscard]] std::vector<std::string> countries_of(std::span<const normalize::Place> places) {
    std::vector<const normalize::Place*> largest;
    for (const normalize::Place& place : places) {
        const auto same_country = [&](const normalize::Place* p) { return p->country_code == place.country_code; };
        if (std::ranges::none_of(largest, same_country)) {
            largest.push_back(&place);
        }
    }
    std::ranges::stable_sort(largest, std::greater{}, &normalize::Place::population);
    std::vector<std::string> names;
    for (const normalize::Place* place : largest) {
        const auto country = normalize::country_by_alpha2(place->country_code);
        names.emplace_back(country ? country->name : place->country_code);
    }
    return names;
}

}  // namespace

void check_place_country_mismatch(const RecordContext& context, Diagnostics& out) {
    const auto places = record_places(context.record);
    if (!places || places->named.empty() || !places->in_country.empty()) {
        return;
    }
    std::vector<std::string> countries = countries_of(places->named);
    const std::size_t more = countries.size() > countries_named ? countries.size() - countries_named : 0;
    countries.resize(std::min(countries.size(), countries_named));
    std::string known_in = fmt::format("{}", fmt::join(countries, ", "));
    if (more > 0) {
        known_in += fmt::format(" and {} more", more);
    }
    const model::Record& record = context.record;
    const model::SourceSpan& span = record.country ? record.country->span : record.name->span;
    out.push_back(
        with_suggestion(diagnose(Rule::place_country_mismatch, context, span,
                                 fmt::format("`{}` is a city the gazetteer knows only outside {}", record.name->value,
                                             record.country ? record.country->value : record.country_code)),
                        fmt::format("it knows `{}` in {}", record.name->value, known_in)));
}

}  // namespace twinning::validators::rules
