#pragma once

// The per-record checks, one per file, each named after the rule it
// reports. validate.cpp runs them in this order.

#include <vector>

#include "twinning/model/diagnostic.hpp"
#include "twinning/validators/validate.hpp"

namespace twinning::validators {

using Diagnostics = std::vector<model::Diagnostic>;

void check_missing_header(const RecordContext& context, Diagnostics& out);
void check_label_typo(const RecordContext& context, Diagnostics& out);
void check_unknown_label(const RecordContext& context, Diagnostics& out);
void check_duplicate_field(const RecordContext& context, Diagnostics& out);
void check_empty_value(const RecordContext& context, Diagnostics& out);
void check_missing_website(const RecordContext& context, Diagnostics& out);

// Where a record-level finding points: its header, or its first label when
// it has none.
[[nodiscard]] model::SourceSpan record_anchor(const model::RawRecord& raw);

}  // namespace twinning::validators
