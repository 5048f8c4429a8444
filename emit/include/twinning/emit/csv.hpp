#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "twinning/emit/record_writer.hpp"

namespace twinning::emit {

// RFC 4180: a header row, then one row per record, CRLF line ends. Lists
// are joined with `; `; the JSON output keeps them as arrays.
[[nodiscard]] std::unique_ptr<RecordWriter> make_csv_writer(std::ostream& out);

// A cell quoted when it holds a comma, a quote, a line break or edge
// spaces; quotes inside are doubled.
[[nodiscard]] std::string csv_cell(std::string_view text);

}  // namespace twinning::emit
