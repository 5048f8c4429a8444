#include <algorithm>

#include "line_roles.hpp"
#include "list_line.hpp"
#include "record_builder.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/text/spaces.hpp"

// The records of lists: a list's heading, which lets the items below it be
// names alone, its items, an inline list's partners, and a register's lines.

namespace twinning::parser {

namespace {

// A country alone on its line, with the items of its partners below:
// `Austria:` above `• Tulln` and `• Krems`.
[[nodiscard]] std::optional<std::string_view> group_country(std::string_view input, std::string_view line) {
    std::string_view text = text::trim(line);
    if (text.ends_with(':')) {
        text = text::trim(text.substr(0, text.size() - 1));
    }
    if (text.empty() || !shape_of_line(text) || *shape_of_line(text) != model::Field::country) {
        return std::nullopt;
    }
    const std::size_t next = input.find('\n', static_cast<std::size_t>(line.data() - input.data()));
    if (next == std::string_view::npos) {
        return std::nullopt;
    }
    const auto below = line_within(input, next + 1, longest_list_line);
    if (!below || (!starts_with_bullet(*below) && !read_list_line(*below, true))) {
        return std::nullopt;
    }
    return text;
}

}  // namespace

std::size_t list_heading_length(std::string_view input, std::size_t at) {
    const auto line = line_within(input, at, longest_list_line);
    if (!line || (!is_list_heading(*line) && !group_country(input, *line))) {
        return 0;
    }
    return line->size();
}

void RecordBuilder::list_heading(const char* begin, const char* end) {
    if (holding_ && describes_host(held_)) {
        holding_ = false;
        // The suppressions it took from before it go on to the next
        // record; its own comments give theirs again as they are released.
        pending_suppressions_.insert(pending_suppressions_.begin(), held_.suppressed.begin(),
                                     held_.suppressed.begin() + static_cast<std::ptrdiff_t>(held_pending_));
        release_as_text(held_);
    }
    flush();
    const std::string_view text = text::trim(view(begin, end));
    under_heading_ = true;
    items_under_heading_ = 0;
    group_country_ = {};
    if (const auto country = group_country(input_, text)) {
        group_country_ = {*country, span_of(*country)};
    }
    sink_.heading(text, span_of(text));
    previous_end_ = offset(end);
}

void RecordBuilder::list_item(const char* begin, const char* end) {
    const std::string_view line = view(begin, end);
    const auto item = read_list_line(line, takes_bare_names(offset(begin)));
    if (!item) {
        return;  // unreachable: the rule that just matched asked the same question
    }
    flush();
    add_list_records(line, *item, {0, line.size()});
    ++items_under_heading_;
    previous_end_ = offset(end);
}

void RecordBuilder::inline_list(const char* begin, const char* end) {
    const std::string_view line = view(begin, end);
    const auto list = read_inline_list(line);
    if (!list) {
        return;  // unreachable: the rule that just matched asked the same question
    }
    flush();
    under_heading_ = false;
    group_country_ = {};
    const std::string_view heading = list->heading.in(line);
    sink_.heading(heading, span_of(heading));
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        add_list_records(line, list->items[i], list->stretches[i]);
    }
    previous_end_ = offset(end);
}

bool RecordBuilder::describes_host(const model::RawRecord& record) {
    const bool names_country = record.header && normalize::split_header(record.header->text).country;
    return !names_country && (kinds_of(record) & (1U << static_cast<unsigned>(model::Field::country))) == 0;
}

std::size_t RecordBuilder::list_item_length(std::size_t at) const {
    const auto line = line_within(input_, at, longest_list_line);
    return line && read_list_line(*line, takes_bare_names(at)) ? line->size() : 0;
}

bool RecordBuilder::takes_bare_names(std::size_t at) const {
    if (!under_heading_ || items_under_heading_ == 0) {
        return under_heading_;
    }
    return at < previous_end_ || !text::has_blank_line(input_.substr(previous_end_, at - previous_end_));
}

std::size_t RecordBuilder::register_item_length(std::size_t at) {
    const auto line = line_within(input_, at, longest_list_line);
    const auto item = line ? read_register_line(*line) : std::nullopt;
    if (!item) {
        return 0;
    }
    const std::size_t one = line->size();
    if (item->partners.front().agreement.empty()) {
        return field_on_next_line(at + one) ? 0 : one;
    }
    if (!item->partners.front().date.empty()) {
        return one;
    }
    std::size_t next = at + one;
    next += input_.substr(next, 2) == "\r\n" ? 2 : 1;
    const auto below = next < input_.size() ? line_within(input_, next, longest_list_line) : std::nullopt;
    if (!below || text::trim(*below).empty() || starts_with_bullet(*below) || read_register_line(*below)) {
        return one;
    }
    const std::size_t two = next + below->size() - at;
    const auto wrapped = two <= longest_list_line ? read_register_line(input_.substr(at, two)) : std::nullopt;
    return wrapped && !wrapped->partners.front().date.empty() ? two : one;
}

bool RecordBuilder::field_on_next_line(std::size_t line_end) {
    std::size_t next = line_end + (input_.substr(line_end, 2) == "\r\n" ? 2 : 1);
    while (next < input_.size() && text::space_length(input_, next) != 0) {
        next += text::space_length(input_, next);
    }
    if (next >= input_.size()) {
        return false;
    }
    const auto below = line_within(input_, next, longest_list_line);
    if (below && read_register_line(*below)) {
        return false;
    }
    return scanner_.label_at(next, true) || dash_label_at(input_, next) || own_line_label_at(input_, next) ||
           shape_of_line_at(input_, next);
}

void RecordBuilder::add_list_records(std::string_view line, const ListLine& item, const LinePiece& stretch) {
    for (const ListPartner& partner : item.partners) {
        model::RawRecord record;
        record.layout = model::Layout::list;
        for (const LinePiece& decoration : item.decorations) {
            record.decorations.push_back({decoration.in(line), span_of(decoration.in(line))});
        }
        const std::string_view place = partner.place.in(line);
        record.header = model::RawHeader{place, span_of(place)};
        // `SVK Púchov`: the code is the country of a place that names none.
        if (partner.country.empty() && !item.country_code.empty() && !normalize::split_header(place).country) {
            record.fields.push_back(shape_field(item.country_code.in(line), model::Field::country));
        }
        add_list_facts(record, line, partner);
        record.span = span_of(text::trim(stretch.in(line)));
        hand_over(record);
    }
}

void RecordBuilder::add_list_facts(model::RawRecord& record, std::string_view line, const ListPartner& partner) {
    const auto add = [&](const LinePiece& piece, model::Field kind) {
        if (!piece.empty()) {
            record.fields.push_back(shape_field(piece.in(line), kind));
        }
    };
    add(partner.country, model::Field::country);
    add(partner.region, model::Field::subdivision);
    // Only below its heading, and only for a place that has no country
    // from anything else on its line (a code such as `SVK`).
    const bool has_country = std::ranges::any_of(
        record.fields, [](const model::RawField& field) { return field.label.kind == model::Field::country; });
    if (under_heading_ && !has_country && group_country_.text.data() != nullptr &&
        !normalize::split_header(partner.place.in(line)).country) {
        model::RawField country = shape_field(group_country_.text, model::Field::country);
        country.value_span = group_country_.span;
        country.span = group_country_.span;
        country.label.span = {group_country_.span.begin, group_country_.span.begin};
        record.fields.push_back(country);
    }
    if (!partner.date.empty()) {
        model::RawField date = shape_field(partner.date.in(line), model::Field::signed_on);
        date.span = span_of(partner.date_field.in(line));
        date.label.span = {date.span.begin, date.span.begin};
        record.fields.push_back(date);
    }
    add(partner.count, model::Field::population);
    add(partner.agreement, model::Field::agreement);
    add(partner.renewal, model::Field::renewed);
}

}  // namespace twinning::parser
