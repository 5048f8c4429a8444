// empty-value: see the documentation below, which `twinning rules empty-value` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc empty_value_doc{
    .rule = Rule::empty_value,
    .what = "A label with nothing after it.",
    .why =
        "An empty field says neither \"none\" nor what the value is; it usually means the value was lost when the text "
        "was copied.",
    .example = "web sites:",
    .instead = "web sites: www.split.hr",
};

void check_empty_value(const RecordContext& context, Diagnostics& out) {
    for (const model::RawField& field : context.raw.fields) {
        if (field.value.empty()) {
            out.push_back(with_suggestion(diagnose(Rule::empty_value, context, field.label.span,
                                                   fmt::format("`{}` has no value", quoted(field.label.text))),
                                          "fill in the value, or remove the label"));
        }
    }
}

}  // namespace twinning::validators::rules
