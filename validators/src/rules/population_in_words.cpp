// population-in-words: see the documentation below, which `twinning rules population-in-words` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc population_in_words_doc{
    .rule = Rule::population_in_words,
    .what =
        "A population given with a word unit, such as `350 thousand` or `1.2 million`, or as an approximation, such as "
        "`approx. 87,000`. The count is read with its unit, and this says what it was read as.",
    .why =
        "A rounded or approximate count is not a census figure. The record keeps the number, so a reader who needs "
        "exact counts can find the ones that are not.",
    .example = "Brno (Czech Republic)\npopulation: approx. 380 thousand",
    .instead = "Brno (Czech Republic)\npopulation: 379 527 (2021)",
};

std::optional<model::Diagnostic> report_population_in_words(const model::Fact& fact, const RecordContext& context) {
    return with_suggestion(diagnose(Rule::population_in_words, context, fact.span,
                                    fmt::format("population `{}` is read as {}", quoted(fact.text),
                                                detail_of<model::CountFact>(fact).count)),
                           "give the count of a census, with its year");
}

}  // namespace twinning::validators::rules
