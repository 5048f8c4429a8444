// missing-cooperation-areas: see the documentation below, which `twinning rules missing-cooperation-areas` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_cooperation_areas_doc{
    Rule::missing_cooperation_areas,
    "A record with no `main areas of cooperation:` field, or one with an empty value.",
    "The areas say what the partnership is for; a record without them tells the reader little.",
    "Split (Croatia)\npopulation: 160 577 (2021)",
    "Split (Croatia)\npopulation: 160 577 (2021)\nmain areas of cooperation: culture",
};

void check_missing_cooperation_areas(const RecordContext& context, Diagnostics& out) {
    check_missing_field(context, out, Rule::missing_cooperation_areas, model::LabelKind::cooperation_areas,
                        "areas of cooperation", "main areas of cooperation:");
}

}  // namespace twinning::validators::rules
