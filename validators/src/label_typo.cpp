// label-typo
//
// What it does: flags a label that twinning recognised only through a
// small misspelling, such as `populataion` for `population`.
//
// Why is this bad? Other tools will not recognise the label at all and
// lose the value, or keep it under the misspelled name.
//
// Example:
//     populataion: 1 680 723 (2022)
//
// Use instead:
//     population: 1 680 723 (2022)
//
// The fix replaces the label with its canonical spelling and is safe: the
// value was already read under that label.

#include <fmt/format.h>

#include "checks.hpp"

namespace twinning::validators {

void check_label_typo(const RecordContext& context, Diagnostics& out) {
    for (const model::RawField& field : context.raw.fields) {
        if (field.label.exact || field.label.kind == model::LabelKind::unknown) {
            continue;
        }
        model::Diagnostic diagnostic = model::make_diagnostic(
            model::Rule::label_typo, context.record.file, field.label.span,
            fmt::format("label `{}` is misspelled; read as `{}`", field.label.text, field.label.canonical));
        diagnostic.suggestion = fmt::format("write `{}`", field.label.canonical);
        diagnostic.fix = model::Fix{fmt::format("replace with `{}`", field.label.canonical),
                                    {{field.label.span, std::string(field.label.canonical)}},
                                    true};
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace twinning::validators
