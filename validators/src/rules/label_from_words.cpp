// label-from-words: see the documentation below, which `twinning rules label-from-words` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc label_from_words_doc{
    .rule = Rule::label_from_words,
    .what =
        "A label that is not in twinning's table but is made of words that name one field, such as `Twinning year` or "
        "`Date of the partnership agreement` for the agreement date, or `Official web page` for the web sites.",
    .why =
        "The field was read from the label's words rather than from a label twinning knows, so it is a reading, not a "
        "certainty. The fix writes the canonical label and is unsafe for that reason.",
    .example = "Tulln (Austria)\ntwinning year: 1982",
    .instead = "Tulln (Austria)\npartnership agreement signed: 1982",
};

void check_label_from_words(const RecordContext& context, Diagnostics& out) {
    for (const model::RawField& field : context.raw.fields) {
        // A column's header is read once for the table, not once a row.
        if (!field.label.by_words || field.label.reading == model::LabelReading::column) {
            continue;
        }
        model::Diagnostic diagnostic = diagnose(
            Rule::label_from_words, context, field.label.span,
            fmt::format("label `{}` is read as `{}` by its words", quoted(field.label.text), field.label.canonical));
        diagnostic.fix = replace(field.label.span, std::string(field.label.canonical), false);
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace twinning::validators::rules
