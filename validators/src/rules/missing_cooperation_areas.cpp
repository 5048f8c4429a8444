// missing-cooperation-areas: see the documentation below, which `twinning rules missing-cooperation-areas` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_cooperation_areas_doc{
    .rule = Rule::missing_cooperation_areas,
    .what =
        "A record with no `main areas of cooperation:` field, or one with an empty value. The listing decides: in a "
        "file of two or more records where fewer than half give it, this is not reported per record; "
        "`listing-lacks-field` says so once for the file.",
    .why = "The areas say what the partnership is for; a record without them tells the reader little.",
    .example = "Split (Croatia)\npopulation: 160 577 (2021)",
    .instead = "Split (Croatia)\npopulation: 160 577 (2021)\nmain areas of cooperation: culture",
};

void check_missing_cooperation_areas(const RecordContext& context, Diagnostics& out) {
    check_missing_field(context, out, Rule::missing_cooperation_areas);
}

}  // namespace twinning::validators::rules
