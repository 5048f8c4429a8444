// unknown-label
//
// What it does: flags a field whose label twinning does not know, such as
// `mayor:`. Only labels at the start of a line are read this way.
//
// Why is this bad? The value cannot be typed or checked. twinning keeps it
// under `extra` so nothing is lost, but it may be a label worth adding or
// a typo too far from any known label.
//
// Example:
//     mayor: Jan Novák
//
// Use instead: remove the field, or keep it knowingly; it stays in `extra`.

#include <fmt/format.h>

#include "checks.hpp"

namespace twinning::validators {

void check_unknown_label(const RecordContext& context, Diagnostics& out) {
    for (const model::RawField& field : context.raw.fields) {
        if (field.label.kind != model::LabelKind::unknown) {
            continue;
        }
        out.push_back(model::make_diagnostic(
            model::Rule::unknown_label, context.record.file, field.label.span,
            fmt::format("unknown label `{}`; its value is kept under `extra`", field.label.text)));
    }
}

}  // namespace twinning::validators
