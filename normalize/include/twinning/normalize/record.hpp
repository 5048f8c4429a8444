#pragma once

#include <string>
#include <vector>

#include "twinning/model/diagnostic.hpp"
#include "twinning/model/raw_record.hpp"
#include "twinning/model/record.hpp"
#include "twinning/normalize/date.hpp"

namespace twinning::normalize {

struct Options {
    DateOrder date_order = DateOrder::dmy;
};

// Turns a raw record into a typed one. A value that cannot be read is left
// out of its typed field and reported here, quoting the source, so nothing
// disappears. When a field occurs twice the first is used; the validators
// report the second. A record with no header gets its name and country
// inferred from its web site, listed under `inferred`.
[[nodiscard]] model::Record normalize_record(const model::RawRecord& raw, const std::string& file,
                                             const Options& options, std::vector<model::Diagnostic>& diagnostics);

}  // namespace twinning::normalize
