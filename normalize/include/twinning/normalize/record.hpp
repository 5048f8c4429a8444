#pragma once

#include <string>
#include <vector>

#include "twinning/model/raw_record.hpp"
#include "twinning/model/record.hpp"
#include "twinning/normalize/date.hpp"

namespace twinning::normalize {

struct Options {
    SlashDateReading slash_dates;
    // Whether a record that gives no region takes the gazetteer's, where
    // its city is the only one of that name in its country.
    bool infer_regions = false;
    // Whether a record takes the gazetteer's coordinates of its city,
    // where the gazetteer holds it once in the record's country.
    bool with_coordinates = false;
};

// Turns a raw record into a typed one. A value that cannot be read is left
// out of its typed field and kept as a finding that quotes the source, so
// nothing disappears; the validators report it. When a field occurs twice
// the first is used. A record with no header gets its name and country
// inferred from its web site, listed under `inferred`. The record's file
// is left for the caller to set.
[[nodiscard]] model::Record normalize_record(const model::RawRecord& raw, const Options& options);

}  // namespace twinning::normalize
