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

std::optional<model::Diagnostic> report_ambiguous_date(const model::Fact& fact, const RecordContext& context) {
    // A file whose other dates, or whose configuration, settle the order
    // leaves nothing to guess.
    const auto& date = detail_of<model::SlashDateFact>(fact);
    if (date.order_settled) {
        return std::nullopt;
    }
    const std::string reading = model::to_iso8601(date.read_as);
    model::Diagnostic diagnostic = diagnose(
        Rule::ambiguous_date, context, fact.span,
        fmt::format("`{}` reads both ways; read day-first as {}, since nothing in the file or the configuration "
                    "settles the order",
                    quoted(fact.text), reading));
    diagnostic.suggestion = fmt::format("write it as `{}` if that is meant, or set `--date-order`", reading);
    return diagnostic;
}

}  // namespace twinning::validators::rules
