// field-from-shape: see the documentation below, which `twinning rules field-from-shape` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc field_from_shape_doc{
    .rule = Rule::field_from_shape,
    .what =
        "A line with no label whose field twinning took from its shape: a line of web addresses is read as the web "
        "sites, and a partnership phrase with a date, such as `Twinned since 1991`, as the agreement date. The field "
        "is listed under `inferred`.",
    .why =
        "The page did not say which field the line is, so this is a reading. Saying so lets a user keep only what the "
        "page stated. The fix inserts the label and is unsafe: it rests on the reading.",
    .example = "Tulln (Austria)\nTwinned since 1991\nwww.tulln.at",
    .instead = "Tulln (Austria)\npartnership agreement signed: Twinned since 1991\nweb sites: www.tulln.at",
};

void check_field_from_shape(const RecordContext& context, Diagnostics& out) {
    for (const model::RawField& field : context.raw.fields) {
        if (field.label.reading != model::LabelReading::shape) {
            continue;
        }
        const model::SourceSpan& value = field.value_span;
        model::Diagnostic diagnostic = diagnose(
            Rule::field_from_shape, context, value,
            fmt::format("`{}` has no label; read as `{}` by its shape", quoted(field.value), field.label.canonical));
        // A list line or a sentence would read as something else with a
        // label inside it: only a line of a block takes one.
        const model::Layout layout = context.raw.layout;
        if (layout == model::Layout::fields || layout == model::Layout::lines) {
            diagnostic.fix = model::Fix{fmt::format("insert the label `{}:`", field.label.canonical),
                                        {{{value.begin, value.begin}, fmt::format("{}: ", field.label.canonical)}},
                                        false};
        }
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace twinning::validators::rules
