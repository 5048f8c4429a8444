#pragma once

// `twinning fmt`: a listing written back in one canonical layout.

#include <string>
#include <string_view>
#include <vector>

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

// Where a line of the input and a line of the canonical text start the same
// record, comment or stray line (0-based line numbers, in order): a diff
// need only compare what lies between two of them.
struct LineAnchor {
    std::size_t input_line = 0;
    std::size_t output_line = 0;
};

struct FormattedListing {
    std::string text;
    std::vector<LineAnchor> anchors;
};

// The canonical text and its anchors.
[[nodiscard]] FormattedListing format_listing_anchored(std::string_view input);

// True when both listings give the same records, value for value, whatever
// their layout. Dates are read with `options`, as a run would read them.
[[nodiscard]] bool same_records(std::string_view before, std::string_view after, const Options& options);

}  // namespace twinning
