// unknown-label: see the documentation below, which `twinning rules unknown-label` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc unknown_label_doc{
    .rule = Rule::unknown_label,
    .what =
        "A field whose label twinning does not know, such as `twinning coordinator:`. Only labels at the start of a "
        "line with a value after them are read this way; a line that ends in its colon is prose (`See also:`). Labels "
        "the table knows that name no field of a record, such as `address:`, `e-mail:` or `phone:`, are kept under "
        "`extra` without a finding, and a first label that is a country, as in `Austria: Tulln`, heads the record.",
    .why =
        "The value cannot be typed or checked. twinning keeps it under `extra` so nothing is lost, but it may be a "
        "label worth adding or a typo too far from any known label.",
    .example = "twinning coordinator: Jan Novák",
    .instead = "# twinning coordinator: Jan Novák   (or keep it knowingly: it stays in `extra`)",
};

namespace {

// `Austria: Tulln` names the record's country, as a header does.
[[nodiscard]] bool names_the_country(const RecordContext& context, const model::RawField& field) {
    const auto& country = context.record.country;
    return country && country->span.begin.offset == field.label.span.begin.offset &&
           country->span.length() == field.label.span.length();
}

}  // namespace

void check_unknown_label(const RecordContext& context, Diagnostics& out) {
    for (const model::RawField& field : context.raw.fields) {
        // A label the table knows but that names no field (`address:`) is
        // kept under `extra` as a matter of course.
        // A table's column keeps its cells under `extra` by design, and its
        // header would be reported once a row.
        if (field.label.kind == model::Field::extra && field.label.canonical.empty() &&
            field.label.reading != model::LabelReading::column && !names_the_country(context, field)) {
            out.push_back(
                diagnose(Rule::unknown_label, context, field.label.span,
                         fmt::format("unknown label `{}`; its value is kept under `extra`", quoted(field.label.text))));
        }
    }
}

}  // namespace twinning::validators::rules
