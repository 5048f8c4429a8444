// invalid-date: see the documentation below, which `twinning rules invalid-date` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc invalid_date_doc{
    .rule = Rule::invalid_date,
    .what =
        "A date that cannot be read, or that is not on the calendar, such as `31.2.2012`. A second date with no "
        "`renewed` before it is not guessed at either.",
    .why =
        "A date that is not a date cannot be compared or sorted; the record's field stays null and this diagnostic "
        "quotes the text.",
    .example = "partnership agreement signed: 31.2.2012",
    .instead = "partnership agreement signed: 29.2.2012",
};

std::optional<model::Diagnostic> report_invalid_date(const model::Fact& fact, const RecordContext& context) {
    const model::DateProblem problem = detail_of<model::DateProblem>(fact);
    if (problem == model::DateProblem::off_calendar) {
        model::Diagnostic diagnostic = diagnose(Rule::invalid_date, context, fact.span,
                                                fmt::format("`{}` is not a date on the calendar", quoted(fact.text)));
        diagnostic.suggestion = "check the day and month";
        return diagnostic;
    }
    if (problem == model::DateProblem::without_renewed) {
        model::Diagnostic diagnostic =
            diagnose(Rule::invalid_date, context, fact.span,
                     fmt::format("`{}` follows the agreement date without `renewed`; its meaning is not guessed",
                                 quoted(fact.text)));
        diagnostic.suggestion = "write `renewed` before a renewal date: `1960, renewed 1996`";
        return diagnostic;
    }
    model::Diagnostic diagnostic =
        diagnose(Rule::invalid_date, context, fact.span, fmt::format("cannot read `{}` as a date", quoted(fact.text)));
    diagnostic.suggestion = "write dates as `1960`, `13.11.2015` or `2015-11-13`, renewals as `1960, renewed 1996`";
    return diagnostic;
}

}  // namespace twinning::validators::rules
