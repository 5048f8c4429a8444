#include <algorithm>

#include "record_builder.hpp"
#include "table.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/text/spaces.hpp"

// The records of a table: its header opens it, and each row below it is a
// partner, its cells fields labelled by their columns.

namespace twinning::parser {

void RecordBuilder::table_header(const char* begin, const char* end) {
    flush();
    under_heading_ = false;
    const auto header = read_table_header(input_, offset(begin));
    if (!header) {
        return;  // unreachable: the rule that just matched asked the same question
    }
    table_ = *header;
    table_open_ = true;
    table_next_ = offset(end);
    column_spans_.clear();
    for (const TableColumn& column : table_.columns) {
        column_spans_.push_back(span_of(column.header));
    }
    const std::string_view text = text::trim(view(begin, end));
    sink_.heading(text, span_of(text));
    previous_end_ = offset(end);
}

void RecordBuilder::table_row(const char* begin, const char* end) {
    const auto row = read_table_row(input_, offset(begin), table_);
    if (!row) {
        return;  // unreachable: the rule that just matched asked the same question
    }
    model::RawRecord record;
    record.layout = model::Layout::table;
    if (!row->row_number.empty()) {
        record.decorations.push_back({row->row_number, span_of(row->row_number)});
    }
    for (std::size_t i = 0; i < row->cells.size(); ++i) {
        const std::string_view cell = row->cells[i];
        const TableColumn& column = table_.columns[i];
        if (cell.empty()) {
            continue;
        }
        if (!column.label) {
            record.decorations.push_back({cell, span_of(cell)});
            continue;
        }
        if (i == table_.name_column) {
            add_row_place(record, cell);
            continue;
        }
        model::RawField field = shape_field(cell, column.label->kind);
        field.label.text = column.header;
        field.label.span = column_spans_[i];
        field.label.canonical = column.label->canonical;
        field.label.by_words = column.label->by_words;
        field.label.reading = model::LabelReading::column;
        record.fields.push_back(field);
    }
    std::ranges::sort(record.decorations, {}, [](const model::RawDecoration& d) { return d.span.begin.offset; });
    record.span = span_of(text::trim(view(begin, end)));
    flush();
    hand_over(record);
    previous_end_ = offset(end);
    table_next_ = offset(end);
}

std::size_t RecordBuilder::table_header_length(std::size_t at) const {
    const auto header = read_table_header(input_, at);
    return header ? header->length : 0;
}

std::size_t RecordBuilder::table_row_length(std::size_t at) {
    if (!table_open_) {
        return 0;
    }
    // The grammar asks after the line's indent; npos + 1 is 0, the first line.
    const std::size_t line_start = at == 0 ? 0 : input_.rfind('\n', at - 1) + 1;
    const auto row = line_start == table_next_line() ? read_table_row(input_, at, table_) : std::nullopt;
    if (!row) {
        table_open_ = false;
        return 0;
    }
    return row->length;
}

std::size_t RecordBuilder::table_next_line() const {
    const std::size_t found = input_.find('\n', table_next_);
    return found == std::string_view::npos ? input_.size() : found + 1;
}

void RecordBuilder::add_row_place(model::RawRecord& record, std::string_view cell) {
    const std::size_t comma = cell.find(',');
    const bool country_column = std::ranges::any_of(table_.columns, [](const TableColumn& column) {
        return column.label && column.label->kind == model::Field::country;
    });
    if (comma == std::string_view::npos || !country_column || normalize::split_header(cell).country) {
        record.header = model::RawHeader{cell, span_of(cell)};
        return;
    }
    const std::string_view name = text::trim(cell.substr(0, comma));
    const std::string_view region = text::trim(cell.substr(comma + 1));
    record.header = model::RawHeader{name, span_of(name)};
    if (!region.empty()) {
        record.fields.push_back(shape_field(region, model::Field::subdivision));
    }
}

}  // namespace twinning::parser
