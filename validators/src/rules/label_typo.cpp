// label-typo: see the documentation below, which `twinning rules label-typo` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc label_typo_doc{
    .rule = Rule::label_typo,
    .what =
        "A label that twinning recognised only through a small misspelling, such as `populataion` for `population`.",
    .why =
        "Other tools will not recognise the label at all and lose the value, or keep it under the misspelled name. The "
        "fix replaces the label with its canonical spelling and is safe: the value was already read under that label.",
    .example = "populataion: 1 680 723 (2022)",
    .instead = "population: 1 680 723 (2022)",
};

void check_label_typo(const RecordContext& context, Diagnostics& out) {
    for (const model::RawField& field : context.raw.fields) {
        if (field.label.exact || field.label.canonical.empty()) {
            continue;
        }
        model::Diagnostic diagnostic = diagnose(
            Rule::label_typo, context, field.label.span,
            fmt::format("label `{}` is misspelled; read as `{}`", quoted(field.label.text), field.label.canonical));
        diagnostic.fix = replace(field.label.span, std::string(field.label.canonical), true);
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace twinning::validators::rules
