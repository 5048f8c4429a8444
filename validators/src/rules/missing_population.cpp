// missing-population: see the documentation below, which `twinning rules missing-population` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_population_doc{
    .rule = Rule::missing_population,
    .what =
        "A record with no `population:` field, or one with an empty value. The listing decides: in a file of two or "
        "more records where fewer than half give it, this is not reported per record; `listing-lacks-field` says so "
        "once for the file.",
    .why = "A listing of partner cities states each city's size; a record without it is incomplete.",
    .example = "Split (Croatia)\npartnership agreement signed: 1976",
    .instead = "Split (Croatia)\npopulation: 160 577 (2021)\npartnership agreement signed: 1976",
};

void check_missing_population(const RecordContext& context, Diagnostics& out) {
    check_missing_field(context, out, Rule::missing_population);
}

}  // namespace twinning::validators::rules
