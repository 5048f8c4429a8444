// unknown-label: see the documentation below, which `twinning rules unknown-label` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc unknown_label_doc{
    Rule::unknown_label,
    "A field whose label twinning does not know, such as `mayor:`. Only labels at the start of a line are read this "
    "way.",
    "The value cannot be typed or checked. twinning keeps it under `extra` so nothing is lost, but it may be a label "
    "worth adding or a typo too far from any known label.",
    "mayor: Jan Novák",
    "# mayor: Jan Novák   (or keep it knowingly: it stays in `extra`)",
};

void check_unknown_label(const RecordContext& context, Diagnostics& out) {
    for (const model::RawField& field : context.raw.fields) {
        if (field.label.kind == model::LabelKind::unknown) {
            out.push_back(
                diagnose(Rule::unknown_label, context, field.label.span,
                         fmt::format("unknown label `{}`; its value is kept under `extra`", quoted(field.label.text))));
        }
    }
}

}  // namespace twinning::validators::rules
