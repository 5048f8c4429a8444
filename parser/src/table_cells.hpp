#pragma once

// How the lines of a table split into cells, for table.cpp, which reads
// headers and rows from the cells: at pipes, at tabs, or at runs of two or
// more spaces, where a cell's display column tells which header it stands
// under.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "table.hpp"

namespace twinning::parser {

// One cell of a line of a table.
struct Cell {
    std::size_t begin = 0;  // offsets in the input, trimmed
    std::size_t end = 0;
    std::size_t column = 0;  // display column the cell starts at
};

// One line of the input.
struct Line {
    std::size_t begin = 0;
    std::size_t end = 0;   // before the line break
    std::size_t next = 0;  // where the next line starts; the input's size at the end
};

// The line that starts at `at`, a line start.
[[nodiscard]] Line line_at(std::string_view input, std::size_t at);

// Whether a line's indent counts toward its cells' display columns. A
// table's first header line and its rows count from their first word:
// fmt writes each without its indent, and the table must read the same
// after it. The second line of a wrapped header is kept as written
// inside the header, so its indent places its cells under the first.
enum class Indent : std::uint8_t { skipped, counted };

// The cells of a line, at most `limit` + 1 of them.
[[nodiscard]] std::vector<Cell> split_cells(std::string_view input, const Line& line, CellBreak cell_break,
                                            std::size_t limit, Indent indent = Indent::skipped);

// True when the line ends in its separator, a `|` or a tab: a row that
// closes so is whole, however many of its cells at the end are empty,
// and never goes on onto the next line. (fmt keeps a row's tabs.)
[[nodiscard]] bool closed_by_separator(std::string_view input, const Line& line, CellBreak cell_break);

// How a line splits into cells, if it does.
[[nodiscard]] std::optional<CellBreak> cell_break_of(std::string_view line);

// Cells of a table aligned with spaces, each put under the header it
// starts below; cells under one header are one cell that held two spaces.
[[nodiscard]] std::vector<Cell> aligned_cells(const std::vector<Cell>& cells, const TableHeader& header);

}  // namespace twinning::parser
