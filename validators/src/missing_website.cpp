// missing-website
//
// What it does: flags a record with no web site field.
//
// Why is this bad? The web site is how a reader checks the partner city,
// and how twinning recovers a record whose header was lost.
//
// Example:
//     Uralsk (Kazakhstan)
//     population: 234 169 (2019) partnership agreement signed: 2008
//
// Use instead:
//     Uralsk (Kazakhstan)
//     population: 234 169 (2019) partnership agreement signed: 2008
//     web sites: www.oral.gov.kz

#include <fmt/format.h>

#include <algorithm>

#include "checks.hpp"

namespace twinning::validators {

void check_missing_website(const RecordContext& context, Diagnostics& out) {
    const auto& fields = context.raw.fields;
    const bool has_field = std::ranges::any_of(
        fields, [](const model::RawField& field) { return field.label.kind == model::LabelKind::websites; });
    if (has_field) {
        return;
    }
    const model::Record& record = context.record;
    const std::string who = record.name ? fmt::format("`{}`", record.name->value) : std::string("record");
    model::Diagnostic diagnostic = model::make_diagnostic(
        model::Rule::missing_website, record.file, record_anchor(context.raw), fmt::format("{} has no web site", who));
    diagnostic.suggestion = "add a `web sites:` field";
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators
