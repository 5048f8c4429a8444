#include "record_builder.hpp"

#include <algorithm>

#include "line_roles.hpp"
#include "list_line.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/parser/label_table.hpp"
#include "twinning/parser/suppression.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser {

std::size_t RecordBuilder::line_role_length(rules::LineRole role, std::size_t at) {
    switch (role) {
        case rules::LineRole::list_heading:
            return list_heading_length(input_, at);
        case rules::LineRole::list_item:
            return list_item_length(at);
        case rules::LineRole::register_item:
            return register_item_length(at);
        case rules::LineRole::inline_list: {
            const auto line = line_within(input_, at, longest_list_line);
            return line && read_inline_list(*line) ? line->size() : 0;
        }
        case rules::LineRole::table_header:
            return table_header_length(at);
        case rules::LineRole::table_row:
            return table_row_length(at);
        case rules::LineRole::partner_prose:
            return partner_prose_length(at);
        case rules::LineRole::dash_label:
            return hit_length(dash_label_at(input_, at));
        case rules::LineRole::own_line_label:
            return hit_length(own_line_label_at(input_, at));
        case rules::LineRole::shape_line:
            return shape_of_line_at(input_, at) ? line_within(input_, at)->size() : 0;
        case rules::LineRole::ends_value:
            return ends_value(at) ? 1 : 0;
        case rules::LineRole::prose_after:
            return prose_after_typed_value(at) ? 1 : 0;
    }
    return 0;
}

void RecordBuilder::comment_before_record(const char* begin, const char* end) {
    add_comment(text::trim(view(begin, end)));
}

void RecordBuilder::comment_in_record(const char* begin, const char* end) {
    const std::string_view text = text::trim(view(begin, end));
    add_suppressions(text, record_.suppressed);
    record_.comments.push_back({text, span_of(text)});
}

void RecordBuilder::header(const char* begin, const char* end) {
    std::string_view text = view(begin, end);
    const auto date = trailing_date(text);
    if (date) {
        model::RawField field =
            shape_field(text.substr(date->date_begin, date->date_end - date->date_begin), model::Field::signed_on);
        // The field holds the dash or brackets around the date too.
        field.span = span_of(text::trim(text.substr(date->tail_begin)));
        record_.fields.push_back(field);
        text = text::trim(text.substr(0, date->tail_begin));
    }
    record_.header = model::RawHeader{text, span_of(text)};
}

void RecordBuilder::label_without_colon(const char* begin, model::LabelReading reading) {
    const std::size_t at = offset(begin);
    const auto hit = reading == model::LabelReading::dash ? dash_label_at(input_, at) : own_line_label_at(input_, at);
    if (!hit) {
        return;  // unreachable: the rule that just matched asked the same question
    }
    add_label(at, *hit, reading);
}

void RecordBuilder::shape_line(const char* begin, const char* end) {
    const std::string_view line = view(begin, end);
    if (const auto kind = shape_of_line(line)) {
        record_.fields.push_back(shape_field(text::trim(line), *kind));
    }
}

void RecordBuilder::note(const char* begin, const char* end) {
    const std::string_view text = text::trim(view(begin, end));
    record_.notes.push_back({text, span_of(text)});
}

void RecordBuilder::label(const char* begin, bool at_line_start) {
    const std::size_t at = offset(begin);
    const auto hit = scanner_.label_at(at, at_line_start);
    if (!hit) {
        return;  // unreachable: the rule that just matched asked the same question
    }
    add_label(at, *hit, model::LabelReading::colon);
}

void RecordBuilder::value(const char* begin, const char* end) {
    if (record_.fields.empty()) {
        return;
    }
    model::RawField& field = record_.fields.back();
    const std::string_view text = text::trim(view(begin, end));
    field.value = text;
    field.value_span = text.empty() ? span_of(view(begin, begin)) : span_of(text);
    if (!text.empty()) {
        field.span.end = field.value_span.end;
    }
}

void RecordBuilder::end_record() {
    under_heading_ = false;
    const model::Position begin = record_.header ? record_.header->span.begin : record_.fields.front().label.span.begin;
    model::Position end = record_.fields.back().span.end;
    if (!record_.notes.empty() && record_.notes.back().span.end.offset > end.offset) {
        end = record_.notes.back().span.end;
    }
    record_.span = {begin, end};
    record_.follows_without_blank_line =
        previous_end_ != 0 && !text::has_blank_line(input_.substr(previous_end_, begin.offset - previous_end_));
    const bool below_held_note =
        holding_ && !held_.notes.empty() && held_.notes.back().span.end.offset == previous_end_;
    previous_end_ = end.offset;
    if (holding_ && continues_held(record_, below_held_note)) {
        join_held(record_);
        return;
    }
    if (is_no_record(record_)) {
        release_as_text(record_);
        return;
    }
    // Taken only now: an attempt at a record that turns out to be
    // stray text must leave them for the record that follows.
    record_.suppressed.insert(record_.suppressed.begin(), pending_suppressions_.begin(), pending_suppressions_.end());
    held_pending_ = pending_suppressions_.size();
    pending_suppressions_.clear();
    flush();
    held_ = std::move(record_);
    holding_ = true;
}

void RecordBuilder::stray_text(const char* begin, const char* end) {
    under_heading_ = false;
    add_text(text::trim(view(begin, end)));
}

void RecordBuilder::flush() {
    if (holding_) {
        sink_.record(held_);
        holding_ = false;
    }
}

void RecordBuilder::hand_over(model::RawRecord& record) {
    record.suppressed.insert(record.suppressed.begin(), pending_suppressions_.begin(), pending_suppressions_.end());
    pending_suppressions_.clear();
    sink_.record(record);
}

bool RecordBuilder::ends_value(std::size_t at) const {
    if (dash_label_at(input_, at) || own_line_label_at(input_, at)) {
        return true;
    }
    // An item of a list starts a partner of its own.
    if (const auto line = line_within(input_, at, longest_list_line);
        line && (starts_with_bullet(*line) || is_list_heading(*line))) {
        return true;
    }
    const auto kind = shape_of_line_at(input_, at);
    if (!kind || record_.fields.empty()) {
        return kind.has_value();
    }
    const model::Field current = record_.fields.back().label.kind;
    const bool same = current == *kind || (*kind == model::Field::signed_on && current == model::Field::renewed);
    return !same;
}

bool RecordBuilder::prose_after_typed_value(std::size_t at) const {
    if (record_.fields.empty()) {
        return false;
    }
    const model::Field current = record_.fields.back().label.kind;
    return current != model::Field::cooperation_areas && current != model::Field::extra && is_sentence(input_, at);
}

void RecordBuilder::add_label(std::size_t at, const LabelHit& hit, model::LabelReading reading) {
    model::RawField field;
    field.label.text = input_.substr(at, hit.text_length);
    field.label.span = span_of(field.label.text);
    field.label.kind = hit.match.kind;
    field.label.canonical = hit.match.canonical;
    field.label.exact = hit.match.exact;
    field.label.by_words = hit.match.by_words;
    field.label.reading = reading;
    field.span = {field.label.span.begin, cursor_.at(at + hit.length)};
    record_.fields.push_back(field);
}

model::RawField RecordBuilder::shape_field(std::string_view value, model::Field kind) {
    model::RawField field;
    field.value = value;
    field.value_span = span_of(value);
    field.span = field.value_span;
    field.label.text = value.substr(0, 0);
    field.label.span = {field.value_span.begin, field.value_span.begin};
    field.label.kind = kind;
    field.label.canonical = canonical_label(kind);
    field.label.reading = model::LabelReading::shape;
    return field;
}

bool RecordBuilder::has_room(const model::RawRecord& record) {
    return record.fields.size() + record.notes.size() < max_fields_per_record;
}

bool RecordBuilder::is_no_record(const model::RawRecord& record) {
    const auto unknown = [](const model::RawField& field) { return field.label.kind == model::Field::extra; };
    const auto by_shape = [](const model::RawField& field) {
        return field.label.reading == model::LabelReading::shape;
    };
    if (!record.header) {
        return std::ranges::all_of(record.fields, unknown) || std::ranges::all_of(record.fields, by_shape);
    }
    return is_contact_block(record);
}

bool RecordBuilder::is_contact_block(const model::RawRecord& record) {
    const auto no_partner_field = [](const model::RawField& field) {
        return field.label.kind == model::Field::extra ||
               (field.label.kind == model::Field::websites && field.label.reading == model::LabelReading::shape);
    };
    const auto labelled = [](const model::RawField& field) {
        return field.label.kind == model::Field::extra && field.label.reading == model::LabelReading::colon;
    };
    return std::ranges::all_of(record.fields, no_partner_field) && std::ranges::any_of(record.fields, labelled) &&
           !normalize::split_header(record.header->text).country;
}

void RecordBuilder::add_text(std::string_view text) {
    if (text.empty()) {
        return;
    }
    if (holding_ && read_from_lines(held_) && has_room(held_)) {
        held_.notes.push_back({text, span_of(text)});
        held_.span.end = held_.notes.back().span.end;
        previous_end_ = held_.span.end.offset;
        return;
    }
    flush();
    sink_.unrecognized(text, span_of(text));
}

void RecordBuilder::add_comment(std::string_view text) {
    flush();
    add_suppressions(text, pending_suppressions_);
    sink_.comment(text, span_of(text));
}

void RecordBuilder::release_as_text(const model::RawRecord& block) {
    struct Line {
        std::size_t at;
        bool comment;
        std::string_view text;
    };
    std::vector<Line> lines;
    if (block.header) {
        // A block with a header is no prose about the record held before
        // it: after a blank line it is where a part may start, and it
        // must read the same there.
        flush();
        lines.push_back({block.header->span.begin.offset, false, block.header->text});
    }
    for (const model::RawField& field : block.fields) {
        lines.push_back({field.span.begin.offset, false, input_.substr(field.span.begin.offset, field.span.length())});
    }
    for (const model::RawNote& note : block.notes) {
        lines.push_back({note.span.begin.offset, false, note.text});
    }
    for (const model::RawComment& comment : block.comments) {
        lines.push_back({comment.span.begin.offset, true, comment.text});
    }
    std::ranges::sort(lines, {}, &Line::at);
    for (const Line& line : lines) {
        if (line.comment) {
            add_comment(line.text);
        } else {
            add_text(text::trim(line.text));
        }
    }
}

bool RecordBuilder::read_from_lines(const model::RawRecord& record) {
    return !record.notes.empty() || std::ranges::any_of(record.fields, [](const model::RawField& field) {
        return field.label.reading != model::LabelReading::colon;
    });
}

std::uint32_t RecordBuilder::kinds_of(const model::RawRecord& record) {
    std::uint32_t kinds = 0;
    for (const model::RawField& field : record.fields) {
        kinds |= 1U << static_cast<unsigned>(field.label.kind);
    }
    return kinds;
}

bool RecordBuilder::continues_held(const model::RawRecord& block, bool below_held_note) const {
    return !block.header && (!block.follows_without_blank_line || below_held_note) &&
           held_.fields.size() + held_.notes.size() + block.fields.size() + block.notes.size() <=
               max_fields_per_record &&
           (kinds_of(held_) & kinds_of(block)) == 0;
}

void RecordBuilder::join_held(model::RawRecord& block) {
    model::RawRecord& held = held_;
    held.joined_blocks.push_back(block.fields.front().span);
    held.fields.insert(held.fields.end(), block.fields.begin(), block.fields.end());
    held.comments.insert(held.comments.end(), block.comments.begin(), block.comments.end());
    held.notes.insert(held.notes.end(), block.notes.begin(), block.notes.end());
    held.suppressed.insert(held.suppressed.end(), block.suppressed.begin(), block.suppressed.end());
    held.span.end = block.span.end;
}

void RecordBuilder::add_suppressions(std::string_view comment, std::vector<std::string_view>& names) {
    for (const std::string_view name : suppressed_rule_names(comment)) {
        names.push_back(name);
    }
}

}  // namespace twinning::parser
