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
    if (has_value(context.raw, model::LabelKind::cooperation_areas)) {
        return;
    }
    model::Diagnostic diagnostic = diagnose(Rule::missing_cooperation_areas, context, record_anchor(context.raw),
                                            fmt::format("{} has no areas of cooperation", who(context.record)));
    diagnostic.suggestion = "add a `main areas of cooperation:` field";
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators::rules
