// empty-value
//
// What it does: flags a label with nothing after it.
//
// Why is this bad? An empty field says neither "none" nor what the value
// is; it usually means the value was lost when the text was copied.
//
// Example:
//     web sites:
//
// Use instead: fill in the value, or remove the label.

#include <fmt/format.h>

#include "checks.hpp"

namespace twinning::validators {

void check_empty_value(const RecordContext& context, Diagnostics& out) {
    for (const model::RawField& field : context.raw.fields) {
        if (!field.value.empty()) {
            continue;
        }
        out.push_back(model::make_diagnostic(model::Rule::empty_value, context.record.file, field.label.span,
                                             fmt::format("`{}` has no value", field.label.text)));
    }
}

}  // namespace twinning::validators
