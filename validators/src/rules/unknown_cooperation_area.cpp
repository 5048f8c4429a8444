// unknown-cooperation-area: see the documentation below, which `twinning rules unknown-cooperation-area` prints.

#include "../rules.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators::rules {

const RuleDoc unknown_cooperation_area_doc{
    .rule = Rule::unknown_cooperation_area,
    .what =
        "An area of cooperation that is not in the vocabulary given with `--vocabulary FILE` (one area a line; `#` "
        "starts a comment). Off when no vocabulary is given.",
    .why =
        "A shared vocabulary keeps listings comparable: `sport`, `sports` and `sporting events` become one. Case, "
        "accents and spacing do not matter.",
    .example = "main areas of cooperation: sporting events",
    .instead = "main areas of cooperation: sport",
};

void check_unknown_cooperation_area(const RecordContext& context, Diagnostics& out) {
    const auto& vocabulary = context.options.vocabulary;
    if (vocabulary.empty()) {
        return;
    }
    for (const auto& area : context.record.cooperation_areas) {
        if (!vocabulary.contains(text::fold_key(area.value))) {
            out.push_back(diagnose(Rule::unknown_cooperation_area, context, area.span,
                                   fmt::format("`{}` is not in the vocabulary", area.value)));
        }
    }
}

}  // namespace twinning::validators::rules
