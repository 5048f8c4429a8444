#pragma once

#include <string>
#include <vector>

#include "twinning/model/diagnostic.hpp"
#include "twinning/model/raw_record.hpp"
#include "twinning/model/record.hpp"

namespace twinning::validators {

// What a per-record check sees: the record as the grammar found it, for
// labels and layout, and as the normalizers typed it, for values.
struct RecordContext {
    const model::RawRecord& raw;
    const model::Record& record;
};

// Runs every per-record check and appends what they find.
void validate_record(const RecordContext& context, std::vector<model::Diagnostic>& diagnostics);

}  // namespace twinning::validators
