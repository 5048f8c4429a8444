#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "twinning/emit/record_writer.hpp"

namespace twinning::emit {

// RFC 4180: a header row, then one row per record, CRLF line ends. Lists
// are joined with `; `; the JSON output keeps them as arrays.
// With `formula_safe`, a cell that a spreadsheet would run as a formula
// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
// leading `'`, as OWASP advises against CSV injection.
[[nodiscard]] std::unique_ptr<RecordWriter> make_csv_writer(std::ostream& out, const model::Sources& sources,
                                                            bool formula_safe = false);

// The cell text with a `'` before it when it could start a formula.
[[nodiscard]] std::string defuse_formula(std::string text);

// A cell quoted when it holds a comma, a quote, a line break or edge
// spaces; quotes inside are doubled.
[[nodiscard]] std::string csv_cell(std::string_view text);

}  // namespace twinning::emit
