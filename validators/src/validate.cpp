#include <algorithm>
#include <array>

#include "checks.hpp"

namespace twinning::validators {

namespace {

using Check = void (*)(const RecordContext&, Diagnostics&);

constexpr std::array<Check, 6> record_checks{
    check_missing_header,  check_label_typo,  check_unknown_label,
    check_duplicate_field, check_empty_value, check_missing_website,
};

}  // namespace

model::SourceSpan record_anchor(const model::RawRecord& raw) {
    return raw.header ? raw.header->span : raw.fields.front().label.span;
}

void validate_record(const RecordContext& context, std::vector<model::Diagnostic>& diagnostics) {
    for (const Check check : record_checks) {
        check(context, diagnostics);
    }
}

}  // namespace twinning::validators
