#include "table.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "line_roles.hpp"
#include "table_cells.hpp"
#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

namespace twinning::parser {

namespace {

// The longest header cell: a label, maybe with a unit in brackets.
constexpr std::size_t longest_header_cell = 48;
// The most lines one row wraps over, and one header.
constexpr std::size_t row_lines = 6;
constexpr std::size_t header_lines = 4;
// The most columns a table has; a line with more cells is no row of one.
constexpr std::size_t most_columns = 24;

// What a column of row numbers is headed by, folded, full stops dropped.
constexpr std::array<std::string_view, 6> row_number_headers = {"no", "nr", "#", "number", "n°", "s/n"};

// The rule a table puts below its header: `|---|:---:|`, `-----  ----`,
// `=====+=====`.
[[nodiscard]] bool is_rule_line(std::string_view line) {
    const std::string_view text = text::trim(line);
    return text.find_first_of("-=") != std::string_view::npos && std::ranges::all_of(text, [](char c) {
               return c == '|' || c == '-' || c == '=' || c == '+' || c == ':' || c == ' ' || c == '\t';
           });
}

[[nodiscard]] bool is_row_number_header(std::string_view cell) {
    std::string folded;
    for (const char c : cell) {
        if (c != '.') {
            folded.push_back(text::ascii_lower(c));
        }
    }
    return std::ranges::find(row_number_headers, folded) != row_number_headers.end();
}

// The header without the unit in brackets after it: `Population
// (thousands)` is matched as `Population`.
[[nodiscard]] std::string_view without_unit(std::string_view cell) {
    const std::size_t open = cell.find('(');
    return open == std::string_view::npos || open == 0 ? cell : text::trim(cell.substr(0, open));
}

// Words that head a column of agreement dates but are no label of a
// field: `since` alone before a colon is running text.
constexpr std::array<std::string_view, 2> date_headers = {"since", "from"};

// The field a header cell names; a label of kind unknown, as written, for
// one the table does not know, so its cells are kept under it.
[[nodiscard]] std::optional<LabelMatch> column_label(std::string_view cell) {
    const std::string key = label_key(without_unit(cell));
    if (auto match = match_label_as_written(key)) {
        return match;
    }
    if (std::ranges::find(date_headers, key) != date_headers.end()) {
        return LabelMatch{model::Field::signed_on, canonical_label(model::Field::signed_on), true, false};
    }
    return LabelMatch{model::Field::extra, {}, true, false};
}

// Digits outside brackets: a header cell names, a row's cell counts.
[[nodiscard]] bool has_digit_outside_brackets(std::string_view cell) {
    return std::ranges::any_of(without_unit(cell), words::is_digit);
}

[[nodiscard]] bool is_number(std::string_view cell) {
    std::string_view digits = cell;
    if (digits.ends_with('.')) {
        digits.remove_suffix(1);
    }
    return !digits.empty() && digits.size() <= 4 && std::ranges::all_of(digits, words::is_digit);
}

// A header wrapped onto a second line, as print aligns it: `Partnership`
// above `since`, `Area` above `(km²)`. Each cell of the line below goes on
// with the header it stands under; the name's column has none there.
[[nodiscard]] bool continue_header(std::string_view input, const Line& below, TableHeader& header) {
    const std::vector<Cell> cells = split_cells(input, below, CellBreak::spaces, most_columns, Indent::counted);
    if (cells.empty() || cells.size() > header.columns.size()) {
        return false;
    }
    const std::vector<Cell> aligned = aligned_cells(cells, header);
    for (std::size_t i = 0; i < aligned.size(); ++i) {
        const std::string_view text = input.substr(aligned[i].begin, aligned[i].end - aligned[i].begin);
        if ((i == header.name_column && !text.empty()) || has_digit_outside_brackets(text) ||
            text.size() > longest_header_cell) {
            return false;
        }
    }
    for (std::size_t i = 0; i < aligned.size(); ++i) {
        TableColumn& column = header.columns[i];
        const std::string_view text = input.substr(aligned[i].begin, aligned[i].end - aligned[i].begin);
        if (text.empty() || !column.label) {
            continue;
        }
        column.continued = text;
        column.label = column_label(std::string(column.header) + " " + std::string(text));
    }
    return true;
}

// The header these cells make: two or more that name fields, one the name.
[[nodiscard]] std::optional<TableHeader> header_of(std::string_view input, const std::vector<Cell>& cells,
                                                   CellBreak cell_break) {
    if (cells.size() < 2 || cells.size() > most_columns) {
        return std::nullopt;
    }
    TableHeader header;
    header.cell_break = cell_break;
    bool has_name = false;
    std::size_t known = 0;
    for (const Cell& cell : cells) {
        const std::string_view text = input.substr(cell.begin, cell.end - cell.begin);
        if (text.size() > longest_header_cell || has_digit_outside_brackets(text)) {
            return std::nullopt;
        }
        TableColumn column{text, std::nullopt, cell.column, {}};
        if (!is_row_number_header(text)) {
            column.label = column_label(text);
            if (column.label->kind == model::Field::name && !has_name) {
                has_name = true;
                header.name_column = header.columns.size();
            }
            known += column.label->kind != model::Field::extra ? 1 : 0;
        }
        header.columns.push_back(column);
    }
    if (!has_name || known < 2) {
        return std::nullopt;
    }
    return header;
}

// The header's lines end at `last`; below them, maybe a rule, then the
// first row, which must be one.
[[nodiscard]] bool has_row_below(std::string_view input, std::size_t at, Line last, TableHeader& header) {
    if (last.next < input.size()) {
        const Line below = line_at(input, last.next);
        if (is_rule_line(input.substr(below.begin, below.end - below.begin))) {
            last = below;
        }
    }
    header.length = last.end - at;
    return last.next < input.size() && read_table_row(input, last.next, header).has_value();
}

// A header cell that holds a line break: `Population` above `(thousands)`,
// the next line's first cell going on with the last, when the next line
// has fewer cells than a row would and a row follows the two.
[[nodiscard]] std::optional<TableHeader> wrapped_header(std::string_view input, std::size_t at, Line line,
                                                        std::vector<Cell> cells, CellBreak cell_break) {
    if (cell_break == CellBreak::spaces || cells.empty()) {
        return std::nullopt;
    }
    // Every line that can go on with the header does; then the longest
    // header with a row below it is the one.
    std::vector<std::pair<std::vector<Cell>, Line>> candidates;
    for (std::size_t lines = 1; lines < header_lines && line.next < input.size(); ++lines) {
        const Line below = line_at(input, line.next);
        const std::vector<Cell> more = split_cells(input, below, cell_break, most_columns);
        if (more.empty() || more.size() >= cells.size() ||
            text::trim(input.substr(below.begin, below.end - below.begin)).empty()) {
            break;
        }
        // Only units and labels go on with a header; a short row is no part of it.
        const bool header_words = std::ranges::all_of(more, [&](const Cell& cell) {
            const std::string_view text = input.substr(cell.begin, cell.end - cell.begin);
            return text.starts_with('(') || text.ends_with(')') || column_label(text)->kind != model::Field::extra;
        });
        if (!header_words) {
            break;
        }
        cells.back().end = more.front().end;
        cells.insert(cells.end(), more.begin() + 1, more.end());
        line = below;
        candidates.emplace_back(cells, line);
    }
    for (std::size_t i = candidates.size(); i-- > 0;) {
        if (auto header = header_of(input, candidates[i].first, cell_break);
            header && has_row_below(input, at, candidates[i].second, *header)) {
            return header;
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<TableHeader> read_table_header(std::string_view input, std::size_t at) {
    // Asked at every line start, and where a record of too many fields
    // gives way mid-line: a long line is looked at no further than a
    // header can reach.
    if (!line_within(input, at, most_columns * longest_header_cell)) {
        return std::nullopt;
    }
    const Line line = line_at(input, at);
    const auto cell_break = cell_break_of(input.substr(line.begin, line.end - line.begin));
    if (!cell_break) {
        return std::nullopt;
    }
    const std::vector<Cell> cells = split_cells(input, line, *cell_break, most_columns);
    if (auto wrapped = wrapped_header(input, at, line, cells, *cell_break)) {
        return wrapped;
    }
    auto header = header_of(input, cells, *cell_break);
    Line last = line;
    if (header && *cell_break == CellBreak::spaces && line.next < input.size()) {
        const Line below = line_at(input, line.next);
        if (continue_header(input, below, *header)) {
            last = below;
        }
    }
    if (header && has_row_below(input, at, last, *header)) {
        return header;
    }
    return std::nullopt;
}

std::optional<TableRow> read_table_row(std::string_view input, std::size_t at, const TableHeader& header) {
    const std::size_t columns = header.columns.size();
    Line line = line_at(input, at);
    if (!cell_break_of(input.substr(line.begin, line.end - line.begin))) {
        return std::nullopt;
    }
    std::vector<Cell> cells = split_cells(input, line, header.cell_break, most_columns);
    if (cells.empty()) {
        return std::nullopt;  // `|` alone, or a line of empty cells
    }
    if (header.cell_break == CellBreak::spaces) {
        if (cells.size() < 2) {
            return std::nullopt;
        }
        cells = aligned_cells(cells, header);
    }
    // A cell that holds a line break carries the row onto the next line,
    // whose first cell goes on with it.
    for (std::size_t lines = 1; header.cell_break != CellBreak::spaces && cells.size() < columns && lines < row_lines;
         ++lines) {
        if (line.next >= input.size() || closed_by_separator(input, line, header.cell_break)) {
            break;
        }
        const Line next = line_at(input, line.next);
        if (text::trim(input.substr(next.begin, next.end - next.begin)).empty()) {
            break;
        }
        const std::vector<Cell> more = split_cells(input, next, header.cell_break, most_columns);
        if (more.empty() || cells.size() + more.size() - 1 > columns) {
            break;
        }
        cells.back().end = more.front().end;
        cells.insert(cells.end(), more.begin() + 1, more.end());
        line = next;
    }
    TableRow row;
    const bool has_row_numbers =
        std::ranges::any_of(header.columns, [](const TableColumn& column) { return !column.label.has_value(); });
    if (cells.size() == columns + 1 && !has_row_numbers &&
        is_number(input.substr(cells.front().begin, cells.front().end - cells.front().begin))) {
        row.row_number = input.substr(cells.front().begin, cells.front().end - cells.front().begin);
        cells.erase(cells.begin());
    }
    if (cells.size() > columns || cells.size() < 2) {
        return std::nullopt;
    }
    for (const Cell& cell : cells) {
        row.cells.push_back(input.substr(cell.begin, cell.end - cell.begin));
    }
    row.cells.resize(columns, input.substr(line.end, 0));
    const std::string_view name = row.cells[header.name_column];
    // The header again, as a table split over pages repeats it, is no partner.
    if (name.empty() || !words::is_letter(name.front()) || name == header.columns[header.name_column].header) {
        return std::nullopt;
    }
    row.length = line.end - at;
    return row;
}

}  // namespace twinning::parser
