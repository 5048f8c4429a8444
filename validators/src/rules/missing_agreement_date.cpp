// missing-agreement-date: see the documentation below, which `twinning rules missing-agreement-date` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_agreement_date_doc{
    .rule = Rule::missing_agreement_date,
    .what =
        "A record that gives no agreement date: no `partnership agreement signed:` field with a value, no date on its "
        "heading and no partnership phrase. The listing decides: in a file of two or more records where fewer than "
        "half give it, this is not reported per record; `listing-lacks-field` says so once for the file.",
    .why =
        "The date of the agreement is what makes a twinning official; without it the record cannot be checked against "
        "the council's minutes.",
    .example = "Split (Croatia)\npopulation: 160 577 (2021)",
    .instead = "Split (Croatia)\npopulation: 160 577 (2021)\npartnership agreement signed: 1976",
};

void check_missing_agreement_date(const RecordContext& context, Diagnostics& out) {
    check_missing_field(context, out, Rule::missing_agreement_date);
}

}  // namespace twinning::validators::rules
