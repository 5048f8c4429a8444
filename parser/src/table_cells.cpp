#include "table_cells.hpp"

#include <algorithm>

#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

// How far, in display columns, a cell of a table aligned with spaces may
// start before its header.
constexpr std::size_t alignment_slack = 2;

[[nodiscard]] bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// Cells trimmed of spaces, as offsets into the input.
[[nodiscard]] Cell trimmed_cell(std::string_view input, std::size_t begin, std::size_t end, std::size_t column) {
    const std::string_view trimmed = text::trim(input.substr(begin, end - begin));
    const auto at = static_cast<std::size_t>(trimmed.data() - input.data());
    return {trimmed.empty() ? begin : at, trimmed.empty() ? begin : at + trimmed.size(), column};
}

}  // namespace

Line line_at(std::string_view input, std::size_t at) {
    const std::size_t found = input.find('\n', at);
    const std::size_t line_break = found == std::string_view::npos ? input.size() : found;
    std::size_t end = line_break;
    if (end > at && input[end - 1] == '\r') {
        --end;
    }
    return {at, end, found == std::string_view::npos ? input.size() : found + 1};
}

std::vector<Cell> split_cells(std::string_view input, const Line& line, CellBreak cell_break, std::size_t limit,
                              Indent indent) {
    std::vector<Cell> cells;
    if (cell_break == CellBreak::spaces) {
        std::size_t column = 0;
        std::size_t i = line.begin;
        std::optional<Cell> cell;
        while (i < line.end && cells.size() <= limit) {
            const std::size_t space = text::space_length(input, i);
            if (space == 0) {
                if (!cell) {
                    cell = Cell{i, i, column};
                }
                cell->end = i + 1;
                column += is_continuation_byte(input[i]) ? 0 : 1;
                ++i;
                continue;
            }
            // A run of two spaces or a tab ends a cell; one space is inside it.
            std::size_t run = 0;
            std::size_t j = i;
            while (j < line.end && text::space_length(input, j) != 0) {
                run += input[j] == '\t' ? 2 : 1;
                j += text::space_length(input, j);
            }
            if (run >= 2 && cell) {
                cells.push_back(*cell);
                cell.reset();
            }
            column += cells.empty() && !cell && indent == Indent::skipped ? 0 : run;
            i = j;
        }
        if (cell) {
            cells.push_back(*cell);
        }
        return cells;
    }
    const char separator = cell_break == CellBreak::pipe ? '|' : '\t';
    // A line's first cell starts at its first word: fmt writes a line
    // without its indent, a tab in it too, and the line must read the same.
    const std::string_view text = text::trim(input.substr(line.begin, line.end - line.begin));
    auto begin = static_cast<std::size_t>(text.data() - input.data());
    if (cell_break == CellBreak::pipe && text.starts_with('|')) {
        ++begin;
    }
    while (cells.size() <= limit) {
        const std::size_t found = input.substr(begin, line.end - begin).find(separator);
        const std::size_t end = found == std::string_view::npos ? line.end : begin + found;
        const Cell cell = trimmed_cell(input, begin, end, 0);
        // A pipe that closes the line leaves nothing after it: no cell.
        if (found != std::string_view::npos || cell.begin != cell.end || cell_break == CellBreak::tab) {
            cells.push_back(cell);
        }
        if (found == std::string_view::npos) {
            break;
        }
        begin = end + 1;
    }
    // Empty cells at the line's end are blanks there, which fmt trims: they
    // must not decide how many cells a line has.
    while (!cells.empty() && cells.back().begin == cells.back().end) {
        cells.pop_back();
    }
    return cells;
}

bool closed_by_separator(std::string_view input, const Line& line, CellBreak cell_break) {
    std::string_view text = input.substr(line.begin, line.end - line.begin);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return !text.empty() && text.back() == (cell_break == CellBreak::pipe ? '|' : '\t');
}

std::optional<CellBreak> cell_break_of(std::string_view line) {
    const std::string_view text = text::trim(line);
    if (text.starts_with('|') || std::ranges::count(text, '|') >= 2) {
        return CellBreak::pipe;
    }
    if (text.find('\t') != std::string_view::npos) {
        return CellBreak::tab;
    }
    if (text.find("  ") != std::string_view::npos) {
        return CellBreak::spaces;
    }
    return std::nullopt;
}

std::vector<Cell> aligned_cells(const std::vector<Cell>& cells, const TableHeader& header) {
    std::vector<Cell> row(header.columns.size());
    std::vector<bool> filled(header.columns.size(), false);
    for (const Cell& cell : cells) {
        std::size_t column = 0;
        for (std::size_t i = 0; i < header.columns.size(); ++i) {
            if (header.columns[i].start <= cell.column + alignment_slack) {
                column = i;
            }
        }
        if (filled[column]) {
            row[column].end = cell.end;
        } else {
            row[column] = cell;
            filled[column] = true;
        }
    }
    return row;
}

}  // namespace twinning::parser
