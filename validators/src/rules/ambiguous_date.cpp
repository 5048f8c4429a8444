// ambiguous-date: see the documentation below, which `twinning rules ambiguous-date` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc ambiguous_date_doc{
    .rule = Rule::ambiguous_date,
    .what =
        "A slash date that reads both ways, such as `3/4/2012`, when nothing settles the order: neither `--date-order` "
        "(or `date-order` in twinning.toml) nor the file's own slash dates, one of which (`25/12/2012`) can only be "
        "read one way.",
    .why =
        "Day-first and month-first listings both exist; reading the wrong way silently moves the date by months. "
        "twinning reads day-first and says so.",
    .example = "partnership agreement signed: 3/4/2012",
    .instead = "partnership agreement signed: 3.4.2012   (or set date-order)",
};

model::Diagnostic report_ambiguous_date(const model::Fact& fact, const RecordContext& context) {
    model::Diagnostic diagnostic = diagnose(
        Rule::ambiguous_date, context, fact.span,
        fmt::format("`{}` reads both ways; read day-first as {}, since nothing in the file or the configuration "
                    "settles the order",
                    quoted(fact.text), fact.detail));
    diagnostic.suggestion = fmt::format("write it as `{}` if that is meant, or set `--date-order`", fact.detail);
    return diagnostic;
}

}  // namespace twinning::validators::rules
