// decoration-stripped: see the documentation below, which `twinning rules decoration-stripped` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc decoration_stripped_doc{
    .rule = Rule::decoration_stripped,
    .what =
        "Text around a partner on a list line that is no part of the partner and was stripped from it: a bullet, a "
        "number, a reference mark such as `[3]`, a country code such as `AUT`, or a flag's alternative text.",
    .why =
        "Nothing leaves a record unsaid: what was stripped is quoted, so a reader can see that `[3]` was a reference "
        "to a footnote and not a part of the name.",
    .example = "Twin towns:\n• Tulln, Austria [3]\n• Krems, Austria [4]",
    .instead = "Twin towns:\nTulln, Austria\nKrems, Austria",
};

std::optional<model::Diagnostic> report_decoration_stripped(const model::Fact& fact, const RecordContext& context) {
    return diagnose(Rule::decoration_stripped, context, fact.span,
                    fmt::format("`{}` is stripped from the list line of {}", quoted(fact.text), who(context.record)));
}

}  // namespace twinning::validators::rules
