// too-many-findings: see the documentation below, which `twinning rules too-many-findings` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc too_many_findings_doc{
    .rule = Rule::too_many_findings,
    .what =
        "A rule that found more in one file than the per-rule limit shows (20 unless `--max-per-rule` or "
        "`max-per-rule` in twinning.toml says otherwise; 0 shows all). It stands at the first finding not shown and "
        "counts the rest. The hidden findings still count in the summary and the exit code.",
    .why =
        "A file that repeats one mistake thousands of times would otherwise bury everything else, and the memory for "
        "findings would grow with the file.",
    .example = "(a file where 5 000 lines repeat one problem)",
    .instead = "(fix the first few; the count says how many remain, and `--max-per-rule 0` lists them all)",
};

model::Diagnostic report_too_many_findings(Rule rule, std::size_t hidden, const model::SourceSpan& first_hidden,
                                           model::FileId file) {
    const model::RuleInfo& info = model::info(rule);
    model::Diagnostic diagnostic =
        model::make_diagnostic(Rule::too_many_findings, file, first_hidden,
                               fmt::format("{} more {} finding{} in this file {} not shown", hidden, info.name,
                                           hidden == 1 ? "" : "s", hidden == 1 ? "is" : "are"));
    diagnostic.suggestion = "use `--max-per-rule 0` to see them all";
    return diagnostic;
}

}  // namespace twinning::validators::rules
