#pragma once

// Tables of partners: a header row whose cells name fields, then a row a
// partner. Cells are split at pipes (`| Tulln | Austria |`), at tabs (as a
// table copied out of a web page is), or at runs of two or more spaces
// (as a table aligned for print is). A row may wrap over several lines;
// the header's count of columns says where it ends.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "twinning/parser/label_table.hpp"

namespace twinning::parser {

enum class CellBreak : std::uint8_t { pipe, tab, spaces };

struct TableColumn {
    std::string_view header;  // the header cell, trimmed; a view into the input
    // The field the column holds; none for a column of row numbers.
    std::optional<LabelMatch> label;
    std::size_t start = 0;  // the display column the cell starts at, for tables aligned with spaces
    // The header's second line, when it wraps (`since` below `Partnership`);
    // its unit counts as the header's.
    std::string_view continued;
};

struct TableHeader {
    CellBreak cell_break = CellBreak::pipe;
    std::vector<TableColumn> columns;
    std::size_t name_column = 0;  // the column of the partner's name
    // Bytes from the header's first line through its last one, with a
    // `|---|---|` line below it, without the last line break.
    std::size_t length = 0;
};

struct TableRow {
    std::vector<std::string_view> cells;  // one per column, trimmed; views into the input
    std::string_view row_number;          // a number before the first column the header has none for
    std::size_t length = 0;               // bytes through the row's last line, without its line break
};

// The header of a table at `at`, a line start: two or more cells that name
// fields, one of them the partner's name, with a row below it.
[[nodiscard]] std::optional<TableHeader> read_table_header(std::string_view input, std::size_t at);

// The row of `header`'s table at `at`, a line start; none when the line is
// no row of it.
[[nodiscard]] std::optional<TableRow> read_table_row(std::string_view input, std::size_t at, const TableHeader& header);

}  // namespace twinning::parser
