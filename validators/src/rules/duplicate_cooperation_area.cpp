// duplicate-cooperation-area: see the documentation below, which `twinning rules duplicate-cooperation-area` prints.

#include <unordered_map>

#include "../rules.hpp"
#include "twinning/text/hash.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators::rules {

const RuleDoc duplicate_cooperation_area_doc{
    .rule = Rule::duplicate_cooperation_area,
    .what = "An area of cooperation listed twice in one record, ignoring case, accents and spacing.",
    .why =
        "The repeat adds nothing and inflates counts of areas. The fix removes the second one with its separator and "
        "is safe.",
    .example = "main areas of cooperation: culture, sport, culture",
    .instead = "main areas of cooperation: culture, sport",
};

void check_duplicate_cooperation_area(const RecordContext& context, Diagnostics& out) {
    const auto& areas = context.record.cooperation_areas;
    // Hashes of folded areas, not the strings: a field of a million areas
    // must not double its memory here.
    std::unordered_map<std::uint64_t, const model::Located<std::string>*> seen;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const auto [first, inserted] = seen.emplace(text::stable_hash(text::fold_key(areas[i].value)), &areas[i]);
        if (inserted) {
            continue;
        }
        model::Diagnostic diagnostic = diagnose(Rule::duplicate_cooperation_area, context, areas[i].span,
                                                fmt::format("`{}` is listed again", areas[i].value));
        diagnostic.notes.push_back({"first listed here", first->second->span, {}});
        // From the end of the area before it, so its separator goes too.
        const model::SourceSpan removal{areas[i - 1].span.end, areas[i].span.end};
        diagnostic.fix = model::Fix{"remove the repeat", {{removal, ""}}, true};
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace twinning::validators::rules
