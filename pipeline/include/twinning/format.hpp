#pragma once

// `twinning fmt`: a listing written back in one canonical layout.

#include <string>
#include <string_view>

#include "twinning/twinning.hpp"

namespace twinning {

// The listing in the canonical layout:
// - a record is its header `Name (Country - Region)`, then one field a
//   line, each label in its canonical spelling (unknown labels as
//   written) and each value as written with its spaces cleaned;
// - records are set apart by one blank line;
// - comments, and text that belongs to no record, stay where they stand,
//   trimmed; lines that stood together stay together, and a comment that
//   stood right before a record still does.
// A byte-order mark and CRLF line breaks are kept. What the listing says
// does not change: see same_records.
[[nodiscard]] std::string format_listing(std::string_view input);

// True when both listings give the same records, value for value, whatever
// their layout. Dates are read with `options`, as a run would read them.
[[nodiscard]] bool same_records(std::string_view before, std::string_view after, const Options& options);

}  // namespace twinning
