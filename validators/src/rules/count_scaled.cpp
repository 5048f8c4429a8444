// count-scaled: see the documentation below, which `twinning rules count-scaled` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc count_scaled_doc{
    .rule = Rule::count_scaled,
    .what =
        "A count in a table whose column header gives its unit, such as `16` under `Population (thousands)`, read as "
        "16000. The units are thousands (`(thousands)`, `(in thousands)`, `('000)`, `(000s)`, `(× 1000)`) and millions "
        "(`(millions)`, `(mln)`), and a count may have a fraction under them: `1.2` under `(millions)` is 1200000.",
    .why =
        "The cell alone says 16; the count comes from reading the header with it, so this says what it became. A count "
        "that would read two ways under the unit, as `1.250` does, is not read at all but reported as "
        "`invalid-population`.",
    .example = "| City | Country | Population (thousands) |\n| Tulln | Austria | 16 |",
    .instead = "| City | Country | Population |\n| Tulln | Austria | 16 000 |",
};

namespace {

// The header cell the count stands under, where its unit is written.
[[nodiscard]] const model::RawField* column_of(const RecordContext& context, const model::SourceSpan& value) {
    for (const model::RawField& field : context.raw.fields) {
        if (field.label.reading == model::LabelReading::column && field.value_span.begin.offset == value.begin.offset) {
            return &field;
        }
    }
    return nullptr;
}

}  // namespace

std::optional<model::Diagnostic> report_count_scaled(const model::Fact& fact, const RecordContext& context) {
    model::Diagnostic diagnostic =
        diagnose(Rule::count_scaled, context, fact.span,
                 fmt::format("count `{}` is read as {}, in the unit its column's header gives", quoted(fact.text),
                             detail_of<model::CountFact>(fact).count));
    if (const model::RawField* column = column_of(context, fact.span)) {
        diagnostic.notes.push_back(
            {fmt::format("the unit is given here: `{}`", quoted(column->label.text)), column->label.span, {}});
    }
    diagnostic.suggestion = "write the count in full in a column without a unit";
    return diagnostic;
}

}  // namespace twinning::validators::rules
