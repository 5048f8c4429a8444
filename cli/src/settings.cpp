#include "settings.hpp"

namespace twinning::cli {

namespace {

template <typename T>
void take(std::optional<T>& mine, const std::optional<T>& theirs) {
    if (theirs) {
        mine = theirs;
    }
}

}  // namespace

void Settings::override_with(const Settings& other) {
    take(select, other.select);
    take(ignore, other.ignore);
    for (const auto& [rule, level] : other.severity) {
        severity[rule] = level;
    }
    take(strict, other.strict);
    take(max_warnings, other.max_warnings);
    take(reference_date, other.reference_date);
    take(date_order, other.date_order);
    take(vocabulary, other.vocabulary);
    take(stale_population_years, other.stale_population_years);
    take(max_per_rule, other.max_per_rule);
}

}  // namespace twinning::cli
