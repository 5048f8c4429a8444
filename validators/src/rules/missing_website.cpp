// missing-website: see the documentation below, which `twinning rules missing-website` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_website_doc{
    Rule::missing_website,
    "A record with no `web sites:` field, or one with an empty value.",
    "The web site is how a reader checks the partner city, and how twinning recovers a record whose header was lost.",
    "Uralsk (Kazakhstan)\npopulation: 234 169 (2019) partnership agreement signed: 2008",
    "Uralsk (Kazakhstan)\npopulation: 234 169 (2019) partnership agreement signed: 2008\nweb sites: www.oral.gov.kz",
};

void check_missing_website(const RecordContext& context, Diagnostics& out) {
    if (has_value(context.raw, model::LabelKind::websites)) {
        return;
    }
    model::Diagnostic diagnostic = diagnose(Rule::missing_website, context, record_anchor(context.raw),
                                            fmt::format("{} has no web site", who(context.record)));
    diagnostic.suggestion = "add a `web sites:` field";
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators::rules
