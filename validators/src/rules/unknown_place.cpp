// unknown-place: see the documentation below, which `twinning rules unknown-place` prints.

#include "../record_places.hpp"
#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc unknown_place_doc{
    .rule = Rule::unknown_place,
    .what =
        "A city the gazetteer does not know in any country. Off by default: the gazetteer holds GeoNames' cities "
        "of more than 15,000 people, and many twin towns are smaller. `--select unknown-place` turns it on.",
    .why =
        "On a listing of cities it finds names that are no city at all: a district, a region, a heading or a "
        "spelling far from the usual one.",
    .example = "Katowitz (Poland)",
    .instead = "Katowice (Poland)",
};

void check_unknown_place(const RecordContext& context, Diagnostics& out) {
    const auto places = record_places(context.record);
    if (!places || !places->named.empty()) {
        return;
    }
    out.push_back(diagnose(Rule::unknown_place, context, context.record.name->span,
                           fmt::format("`{}` is not a city the gazetteer knows", context.record.name->value)));
}

}  // namespace twinning::validators::rules
