// unknown-subdivision: see the documentation below, which `twinning rules unknown-subdivision` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc unknown_subdivision_doc{
    .rule = Rule::unknown_subdivision,
    .what = "A region after the country (`USA - Pennsylvania`) that ISO 3166-2 does not list for that country.",
    .why = "The record gets no subdivision code; the region is kept as written.",
    .example = "Pittsburgh (USA - Pennsilvania)",
    .instead = "Pittsburgh (USA - Pennsylvania)",
};

std::optional<model::Diagnostic> report_unknown_subdivision(const model::Fact& fact, const RecordContext& context) {
    return diagnose(Rule::unknown_subdivision, context, fact.span,
                    fmt::format("`{}` is not a region of {} in ISO 3166-2", quoted(fact.text),
                                detail_of<model::NameFact>(fact).name));
}

}  // namespace twinning::validators::rules
