// renewal-before-signing: see the documentation below, which `twinning rules renewal-before-signing` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc renewal_before_signing_doc{
    .rule = Rule::renewal_before_signing,
    .what = "A renewal dated before the agreement was signed, compared at the precision both dates have.",
    .why = "An agreement cannot be renewed before it exists: one of the two dates is wrong.",
    .example = "partnership agreement signed: 1996, renewed 1960",
    .instead = "partnership agreement signed: 1960, renewed 1996",
};

namespace {

// Compares at the precision both dates share, so `1996` and `1996-05`
// are not ordered.
[[nodiscard]] bool before(const model::PartialDate& a, const model::PartialDate& b) {
    if (a.year != b.year || a.month == 0 || b.month == 0) {
        return a.year < b.year;
    }
    if (a.month != b.month || a.day == 0 || b.day == 0) {
        return a.month < b.month;
    }
    return a.day < b.day;
}

}  // namespace

void check_renewal_before_signing(const RecordContext& context, Diagnostics& out) {
    const model::Record& record = context.record;
    if (!record.signed_on) {
        return;
    }
    for (const auto& renewal : record.renewed) {
        if (!before(renewal.value, record.signed_on->value)) {
            continue;
        }
        model::Diagnostic diagnostic =
            diagnose(Rule::renewal_before_signing, context, renewal.span,
                     fmt::format("renewed {}, before the signing in {}", model::to_iso8601(renewal.value),
                                 model::to_iso8601(record.signed_on->value)));
        diagnostic.notes.push_back({"signed here", record.signed_on->span, {}});
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace twinning::validators::rules
