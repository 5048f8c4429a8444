// unrecognized-text: see the documentation below, which `twinning rules unrecognized-text` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc unrecognized_text_doc{
    .rule = Rule::unrecognized_text,
    .what = "Text that belongs to no record or field: a line that is neither a header, a field nor a comment.",
    .why =
        "Such text is often a title or a note, but it may be a record whose labels were lost. twinning never drops it "
        "silently: the diagnostic quotes it in full.",
    .example = "Partner cities, as copied from the council's page",
    .instead = "# Partner cities, as copied from the council's page",
};

model::Diagnostic report_unrecognized_text(const StrayText& stray, model::FileId file) {
    model::Diagnostic diagnostic =
        model::make_diagnostic(Rule::unrecognized_text, file, stray.span,
                               fmt::format("text outside any record or field: `{}`", quoted(stray.text)));
    diagnostic.suggestion = "make it a comment with `#`, or give it a label";
    return diagnostic;
}

}  // namespace twinning::validators::rules
