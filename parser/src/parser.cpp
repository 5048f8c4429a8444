#include "twinning/parser/parser.hpp"

#include <algorithm>

#include "grammar.hpp"
#include "line_roles.hpp"
#include "list_line.hpp"
#include "partner_sentence.hpp"
#include "table.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/parser/label_table.hpp"
#include "twinning/parser/suppression.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

using model::SourceSpan;

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

// A list's heading, or a group's country, at `at`: its length, or 0.
[[nodiscard]] std::size_t list_heading_length(std::string_view input, std::size_t at) {
    const auto line = line_within(input, at, longest_list_line);
    if (!line || (!is_list_heading(*line) && !group_country(input, *line))) {
        return 0;
    }
    return line->size();
}

// The parse state: what the custom rules consult and what the actions
// build. It turns matched ranges into spans and hands each finished
// record to the sink.
class RecordBuilder {
public:
    // Parses from `begin`, the start of line `line`.
    RecordBuilder(std::string_view input, std::size_t begin, std::uint32_t line, RecordSink& sink)
        : input_(input),
          sink_(sink),
          scanner_(input),
          cursor_(begin == 0 ? model::PositionCursor::for_input(input)
                             : model::PositionCursor(input.substr(begin), model::Position{begin, line, 1})) {}

    // Suppressions that found no record to apply to.
    [[nodiscard]] std::vector<std::string_view> take_pending_suppressions() { return std::move(pending_suppressions_); }

    [[nodiscard]] std::string_view input() const { return input_; }
    [[nodiscard]] LabelScanner& scanner() { return scanner_; }
    [[nodiscard]] std::size_t offset(const char* at) const { return static_cast<std::size_t>(at - input_.data()); }

    void begin_record() { record_ = {}; }

    [[nodiscard]] bool has_room_for_field() const { return has_room(record_); }

    // True while the record being built was last given a field without a
    // colon: it is read from lines, and its neighbours are too.
    [[nodiscard]] bool reading_lines() const {
        return !record_.fields.empty() && record_.fields.back().label.reading != model::LabelReading::colon;
    }

    // How many bytes at `at`, a line start, play `role`; 0 when they do not.
    [[nodiscard]] std::size_t line_role_length(rules::LineRole role, std::size_t at) {
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

    // `# twinning: ignore[a, b]` before a record applies to that record.
    void comment_before_record(const char* begin, const char* end) { add_comment(text::trim(view(begin, end))); }

    // Inside a record it applies to the record it stands in.
    void comment_in_record(const char* begin, const char* end) {
        const std::string_view text = text::trim(view(begin, end));
        add_suppressions(text, record_.suppressed);
        record_.comments.push_back({text, span_of(text)});
    }

    // A heading that ends in a date (`Tulln (Austria) - since 1982`) gives
    // the agreement date as a field read by its place on the line.
    void header(const char* begin, const char* end) {
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

    // A label with no colon after it: before a dash, or alone on its line.
    void label_without_colon(const char* begin, model::LabelReading reading) {
        const std::size_t at = offset(begin);
        const auto hit =
            reading == model::LabelReading::dash ? dash_label_at(input_, at) : own_line_label_at(input_, at);
        if (!hit) {
            return;  // unreachable: the rule that just matched asked the same question
        }
        add_label(at, *hit, reading);
    }

    // A whole line whose shape names its field.
    void shape_line(const char* begin, const char* end) {
        const std::string_view line = view(begin, end);
        if (const auto kind = shape_of_line(line)) {
            record_.fields.push_back(shape_field(text::trim(line), *kind));
        }
    }

    void note(const char* begin, const char* end) {
        const std::string_view text = text::trim(view(begin, end));
        record_.notes.push_back({text, span_of(text)});
    }

    void label(const char* begin, bool at_line_start) {
        const std::size_t at = offset(begin);
        const auto hit = scanner_.label_at(at, at_line_start);
        if (!hit) {
            return;  // unreachable: the rule that just matched asked the same question
        }
        add_label(at, *hit, model::LabelReading::colon);
    }

    void value(const char* begin, const char* end) {
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

    // A list's heading: the items below it may be names alone. A block of
    // fields right above it whose header names no country (or that has no
    // header) tells of the page's own town, not a partner: it is text.
    void list_heading(const char* begin, const char* end) {
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

    // One partner, or two, from a line of a list.
    void list_item(const char* begin, const char* end) {
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

    // A heading and its partners on one line: the heading, then a record
    // for each partner, whose span runs over the separator after it.
    void inline_list(const char* begin, const char* end) {
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

    void table_header(const char* begin, const char* end) {
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

    // A partner from a row of the open table: the name column heads the
    // record, each other cell is a field labelled by its column.
    void table_row(const char* begin, const char* end) {
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

    // A partner a sentence names is a record that keeps the sentence as
    // its note; the rest of the prose is text, line by line.
    void partner_prose(const char* begin, const char* end) {
        const std::size_t at = offset(begin);
        const auto prose = prose_at_ == at ? std::move(prose_) : read_partner_prose(input_, at);
        prose_at_ = std::string_view::npos;
        if (!prose) {
            return;  // unreachable: the rule that just matched asked the same question
        }
        under_heading_ = false;
        const std::string_view text = view(begin, end);
        std::size_t done = 0;
        for (const PartnerSentence& sentence : prose->sentences) {
            add_prose_text(text.substr(done, sentence.sentence.begin - done));
            flush();
            for (const SentencePartner& partner : sentence.partners) {
                model::RawRecord record;
                record.layout = model::Layout::sentence;
                const std::string_view place = partner.place.in(text);
                record.header = model::RawHeader{place, span_of(place)};
                if (!partner.country.empty()) {
                    record.fields.push_back(shape_field(partner.country.in(text), model::Field::country));
                }
                if (!sentence.date.empty()) {
                    record.fields.push_back(shape_field(sentence.date.in(text), model::Field::signed_on));
                }
                const std::string_view whole = sentence.sentence.in(text);
                record.notes.push_back({whole, span_of(whole)});
                record.span = span_of(whole);
                hand_over(record);
            }
            done = sentence.sentence.end;
        }
        add_prose_text(text.substr(done));
        previous_end_ = offset(end);
    }

    // A block of fields right above a list's heading tells of the host
    // town, not a partner, when nothing in it names a country.
    [[nodiscard]] static bool describes_host(const model::RawRecord& record) {
        const bool names_country = record.header && normalize::split_header(record.header->text).country;
        return !names_country && (kinds_of(record) & (1U << static_cast<unsigned>(model::Field::country))) == 0;
    }

    void end_record() {
        under_heading_ = false;
        const model::Position begin =
            record_.header ? record_.header->span.begin : record_.fields.front().label.span.begin;
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
        record_.suppressed.insert(record_.suppressed.begin(), pending_suppressions_.begin(),
                                  pending_suppressions_.end());
        held_pending_ = pending_suppressions_.size();
        pending_suppressions_.clear();
        flush();
        held_ = std::move(record_);
        holding_ = true;
    }

    void stray_text(const char* begin, const char* end) {
        under_heading_ = false;
        add_text(text::trim(view(begin, end)));
    }

    // Hands over the record still held back; called when the part ends,
    // and before anything else reaches the sink.
    void flush() {
        if (holding_) {
            sink_.record(held_);
            holding_ = false;
        }
    }

private:
    [[nodiscard]] std::size_t list_item_length(std::size_t at) const {
        const auto line = line_within(input_, at, longest_list_line);
        return line && read_list_line(*line, takes_bare_names(at)) ? line->size() : 0;
    }

    // Below a list heading a name alone is a partner, up to the first blank
    // line after an item: what follows it is the page's next part (`Notes`,
    // `See also`).
    [[nodiscard]] bool takes_bare_names(std::size_t at) const {
        if (!under_heading_ || items_under_heading_ == 0) {
            return under_heading_;
        }
        return at < previous_end_ || !text::has_blank_line(input_.substr(previous_end_, at - previous_end_));
    }

    [[nodiscard]] std::size_t partner_prose_length(std::size_t at) {
        prose_ = read_partner_prose(input_, at, [this](std::size_t line) { return starts_other_than_prose(line); });
        prose_at_ = at;
        return prose_ ? prose_->length : 0;
    }

    // A line prose must not run into: a label's, a record's header, a
    // field written without a colon, a list's heading.
    [[nodiscard]] bool starts_other_than_prose(std::size_t line) {
        std::size_t at = line;
        while (at < input_.size() && text::space_length(input_, at) != 0) {
            at += text::space_length(input_, at);
        }
        const auto text = line_within(input_, at, longest_list_line);
        return scanner_.label_at(at, true).has_value() || header_text_length(input_, at, scanner_, false) != 0 ||
               dash_label_at(input_, at) || own_line_label_at(input_, at) || (text && is_list_heading(*text));
    }

    // Prose around a partner's sentence: text, a line at a time, as stray
    // lines are.
    void add_prose_text(std::string_view text) {
        while (!text.empty()) {
            const std::size_t line_end = text.find('\n');
            const std::string_view line = text.substr(0, line_end);
            if (!text::trim(line).empty()) {
                flush();
                sink_.unrecognized(text::trim(line), span_of(text::trim(line)));
            }
            text = line_end == std::string_view::npos ? std::string_view() : text.substr(line_end + 1);
        }
    }

    // A register's line, or a list's `Austria: Tulln`; a register's with
    // the next line too when its wording wraps there and the date is on it.
    // `Austria: Tulln` above a field heads a block instead.
    [[nodiscard]] std::size_t register_item_length(std::size_t at) {
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

    // True when the line after the line break at `line_end` starts a field
    // and is no item of a list as `Germany: Plauen` is.
    [[nodiscard]] bool field_on_next_line(std::size_t line_end) {
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

    [[nodiscard]] std::size_t table_header_length(std::size_t at) const {
        const auto header = read_table_header(input_, at);
        return header ? header->length : 0;
    }

    // Rows follow one another on the lines right after the header; any
    // other line closes the table.
    [[nodiscard]] std::size_t table_row_length(std::size_t at) {
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

    // Where the line after the header or the last row starts.
    [[nodiscard]] std::size_t table_next_line() const {
        const std::size_t found = input_.find('\n', table_next_);
        return found == std::string_view::npos ? input_.size() : found + 1;
    }

    // The records of one list item, each spanning `stretch` of the line.
    void add_list_records(std::string_view line, const ListLine& item, const LinePiece& stretch) {
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

    // A list line's facts besides its place: a register's country, the
    // group's country for a name alone, the date, the count, the wording.
    void add_list_facts(model::RawRecord& record, std::string_view line, const ListPartner& partner) {
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

    // The name cell heads the row's record. `Palo Alto, California` names
    // the region after the comma when the country is a column of its own.
    void add_row_place(model::RawRecord& record, std::string_view cell) {
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

    // A record read whole from a line or a row goes straight to the sink,
    // with the suppressions that stood before it.
    void hand_over(model::RawRecord& record) {
        record.suppressed.insert(record.suppressed.begin(), pending_suppressions_.begin(), pending_suppressions_.end());
        pending_suppressions_.clear();
        sink_.record(record);
    }

    [[nodiscard]] static std::size_t hit_length(const std::optional<LabelHit>& hit) { return hit ? hit->length : 0; }

    // A line that starts a field of its own cannot continue the value of
    // the field before it: a label before a dash or alone on its line, or
    // a line whose shape names another field.
    [[nodiscard]] bool ends_value(std::size_t at) const {
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

    // A count, a date, a web site or a place is short: a sentence on the
    // next line is prose about the record, not the rest of the value. Areas
    // and fields twinning does not know may run on, as PDFs wrap them.
    [[nodiscard]] bool prose_after_typed_value(std::size_t at) const {
        if (record_.fields.empty()) {
            return false;
        }
        const model::Field current = record_.fields.back().label.kind;
        return current != model::Field::cooperation_areas && current != model::Field::extra && is_sentence(input_, at);
    }

    void add_label(std::size_t at, const LabelHit& hit, model::LabelReading reading) {
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

    // A field with no label: its label is empty, where its value starts.
    [[nodiscard]] model::RawField shape_field(std::string_view value, model::Field kind) {
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

    // A record takes at most max_fields_per_record fields and notes, so no
    // input grows one without bound; what follows is a record or text.
    [[nodiscard]] static bool has_room(const model::RawRecord& record) {
        return record.fields.size() + record.notes.size() < max_fields_per_record;
    }

    // A block with no header is no partner when nothing in it names a
    // partner's field: it is made only of labels of no field (text that
    // happens to hold colons, a `Contact:` line), or only of lines read by
    // their shape (a web address below a paragraph).
    [[nodiscard]] static bool is_no_record(const model::RawRecord& record) {
        const auto unknown = [](const model::RawField& field) { return field.label.kind == model::Field::extra; };
        const auto by_shape = [](const model::RawField& field) {
            return field.label.reading == model::LabelReading::shape;
        };
        if (!record.header) {
            return std::ranges::all_of(record.fields, unknown) || std::ranges::all_of(record.fields, by_shape);
        }
        return is_contact_block(record);
    }

    // `Contact` details: a heading that names no country above labels that
    // name no field of a partner (`Phone:`, `E-mail:`) and web addresses.
    [[nodiscard]] static bool is_contact_block(const model::RawRecord& record) {
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

    // Text outside any record: prose about the record read from lines held
    // before it, or unrecognized.
    void add_text(std::string_view text) {
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

    void add_comment(std::string_view text) {
        flush();
        add_suppressions(text, pending_suppressions_);
        sink_.comment(text, span_of(text));
    }

    // A block that is no record, handed on line by line as text and
    // comments, in the order they stand.
    void release_as_text(const model::RawRecord& block) {
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
            lines.push_back(
                {field.span.begin.offset, false, input_.substr(field.span.begin.offset, field.span.length())});
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

    [[nodiscard]] static bool read_from_lines(const model::RawRecord& record) {
        return !record.notes.empty() || std::ranges::any_of(record.fields, [](const model::RawField& field) {
            return field.label.reading != model::LabelReading::colon;
        });
    }

    // The fields' kinds; every label the table does not know counts as one
    // kind, so two blocks that both have such labels are never joined.
    [[nodiscard]] static std::uint32_t kinds_of(const model::RawRecord& record) {
        std::uint32_t kinds = 0;
        for (const model::RawField& field : record.fields) {
            kinds |= 1U << static_cast<unsigned>(field.label.kind);
        }
        return kinds;
    }

    // A block with no header, that repeats none of the held record's
    // labels, is the rest of that record: after a blank line, or right
    // below prose kept as the record's note. fmt writes such prose with
    // the record, so a block below it must read the same either way.
    [[nodiscard]] bool continues_held(const model::RawRecord& block, bool below_held_note) const {
        return !block.header && (!block.follows_without_blank_line || below_held_note) &&
               held_.fields.size() + held_.notes.size() + block.fields.size() + block.notes.size() <=
                   max_fields_per_record &&
               (kinds_of(held_) & kinds_of(block)) == 0;
    }

    void join_held(model::RawRecord& block) {
        model::RawRecord& held = held_;
        held.joined_blocks.push_back(block.fields.front().span);
        held.fields.insert(held.fields.end(), block.fields.begin(), block.fields.end());
        held.comments.insert(held.comments.end(), block.comments.begin(), block.comments.end());
        held.notes.insert(held.notes.end(), block.notes.begin(), block.notes.end());
        held.suppressed.insert(held.suppressed.end(), block.suppressed.begin(), block.suppressed.end());
        held.span.end = block.span.end;
    }

    static void add_suppressions(std::string_view comment, std::vector<std::string_view>& names) {
        for (const std::string_view name : suppressed_rule_names(comment)) {
            names.push_back(name);
        }
    }

    [[nodiscard]] static std::string_view view(const char* begin, const char* end) {
        return {begin, static_cast<std::size_t>(end - begin)};
    }

    [[nodiscard]] SourceSpan span_of(std::string_view text) { return cursor_.span(offset(text.data()), text.size()); }

    std::string_view input_;
    RecordSink& sink_;
    LabelScanner scanner_;
    model::PositionCursor cursor_;
    model::RawRecord record_;
    std::vector<std::string_view> pending_suppressions_;
    std::size_t previous_end_ = 0;  // where the last record ended; 0 before the first
    // The last record, held back until what follows shows whether a block
    // after a blank line is the rest of it. (A flag rather than an optional:
    // GCC 12 warns, wrongly, that an optional record may be uninitialized.)
    model::RawRecord held_;
    bool holding_ = false;
    std::size_t held_pending_ = 0;  // suppressions the held record took from before it
    // Below a list heading, until a line that is no item of the list.
    bool under_heading_ = false;
    std::size_t items_under_heading_ = 0;
    struct GroupCountry {
        std::string_view text;
        SourceSpan span;
    };
    GroupCountry group_country_;  // the country heading the items below it, if one does
    TableHeader table_;
    bool table_open_ = false;
    std::vector<SourceSpan> column_spans_;  // of the open table's header cells
    std::size_t table_next_ = 0;            // where the header or the last row ended
    // The prose the rule last read, for its action: prose is read once.
    std::optional<PartnerProse> prose_;
    std::size_t prose_at_ = std::string_view::npos;
};

template <typename Rule>
struct action : peg::nothing<Rule> {};

template <>
struct action<rules::record_begin> {
    static void apply0(RecordBuilder& builder) { builder.begin_record(); }
};

template <>
struct action<rules::comment> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.comment_before_record(in.begin(), in.end());
    }
};

template <>
struct action<rules::field_comment> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.comment_in_record(in.begin(), in.end());
    }
};

template <>
struct action<rules::header_text> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.header(in.begin(), in.end());
    }
};

template <>
struct action<rules::inline_label> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.label(in.begin(), false);
    }
};

template <>
struct action<rules::line_label> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.label(in.begin(), true);
    }
};

template <>
struct action<rules::field_value> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.value(in.begin(), in.end());
    }
};

template <>
struct action<rules::dash_label> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.label_without_colon(in.begin(), model::LabelReading::dash);
    }
};

template <>
struct action<rules::own_line_label> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.label_without_colon(in.begin(), model::LabelReading::own_line);
    }
};

template <>
struct action<rules::line_value> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.value(in.begin(), in.end());
    }
};

template <>
struct action<rules::shape_line> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.shape_line(in.begin(), in.end());
    }
};

template <>
struct action<rules::note> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.note(in.begin(), in.end());
    }
};

template <>
struct action<rules::list_heading> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.list_heading(in.begin(), in.end());
    }
};

template <>
struct action<rules::list_item> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.list_item(in.begin(), in.end());
    }
};

template <>
struct action<rules::inline_list> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.inline_list(in.begin(), in.end());
    }
};

template <>
struct action<rules::register_item> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.list_item(in.begin(), in.end());
    }
};

template <>
struct action<rules::table_header> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.table_header(in.begin(), in.end());
    }
};

template <>
struct action<rules::table_row> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.table_row(in.begin(), in.end());
    }
};

template <>
struct action<rules::partner_prose> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.partner_prose(in.begin(), in.end());
    }
};

template <>
struct action<rules::record> {
    static void apply0(RecordBuilder& builder) { builder.end_record(); }
};

template <>
struct action<rules::stray_text> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, RecordBuilder& builder) {
        builder.stray_text(in.begin(), in.end());
    }
};

// A line of nothing but spaces, starting at `at`: the length of it and its
// line break, or 0 when the line is not blank or has no line break.
[[nodiscard]] std::size_t blank_line_length(std::string_view input, std::size_t at) {
    std::size_t i = at;
    while (const std::size_t space = text::space_length(input, i)) {
        i += space;
    }
    if (i < input.size() && input[i] == '\n') {
        return i + 1 - at;
    }
    if (input.substr(i, 2) == "\r\n") {
        return i + 2 - at;
    }
    return 0;
}

// True when the line at `at` is read as something the grammar tries before
// a record: a table's header, a list's heading, an inline list or a
// register's line. Such a line can look back, releasing a block above a
// heading as text, so no part starts there.
[[nodiscard]] bool read_before_a_record(std::string_view input, std::size_t at) {
    const auto line = line_within(input, at, longest_list_line);
    return read_table_header(input, at) || list_heading_length(input, at) != 0 ||
           (line && (read_inline_list(*line) || read_register_line(*line)));
}

// The first place at or after `from` where a record's header follows a
// blank line, or npos. Only there does nothing before decide what comes
// after: a block without a header may be the rest of the record before
// it, or prose about it. A byte-order mark there would read as the part's
// own mark, so such a place is passed over.
[[nodiscard]] std::size_t next_part_start(std::string_view input, std::size_t from, LabelScanner& scanner) {
    std::size_t line_end = from == 0 ? std::string_view::npos : input.find('\n', from - 1);
    while (line_end != std::string_view::npos && line_end + 1 < input.size()) {
        const std::size_t line_start = line_end + 1;
        if (const std::size_t blank = blank_line_length(input, line_start); blank != 0) {
            const std::size_t start = line_start + blank;
            std::size_t text = start;
            while (const std::size_t space = text::space_length(input, text)) {
                text += space;
            }
            // A comment is no header, even when a field follows it: a heading
            // above the blank line may look past the comment to that field.
            if (text < input.size() && !input.substr(start).starts_with(model::byte_order_mark) && input[text] != '#' &&
                header_text_length(input, text, scanner, false) != 0 && !read_before_a_record(input, text)) {
                return start;
            }
        }
        line_end = input.find('\n', line_start);
    }
    return std::string_view::npos;
}

}  // namespace

void parse_listing(std::string_view input, const std::string& file, RecordSink& sink) {
    // Suppressions after the last record apply to nothing.
    [[maybe_unused]] const auto unused = parse_listing_part(input, ListingPart{0, input.size(), 1}, file, sink);
}

std::vector<ListingPart> split_listing(std::string_view input, std::size_t target) {
    std::vector<ListingPart> parts;
    ListingPart part;
    LabelScanner scanner(input);
    while (input.size() - part.begin > target) {
        const std::size_t end = next_part_start(input, part.begin + std::max<std::size_t>(target, 1), scanner);
        if (end == std::string_view::npos) {
            break;
        }
        part.end = end;
        parts.push_back(part);
        part.first_line +=
            static_cast<std::uint32_t>(std::count(input.begin() + static_cast<std::ptrdiff_t>(part.begin),
                                                  input.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
        part.begin = end;
    }
    part.end = input.size();
    parts.push_back(part);
    return parts;
}

std::vector<std::string_view> parse_listing_part(std::string_view input, const ListingPart& part,
                                                 const std::string& file, RecordSink& sink) {
    // The rules look ahead in the builder's input: it ends where the part
    // does, as the grammar's input does. Lookahead past a blank line looks
    // only for a field, and the next part starts with a header, so within
    // the part it sees what it sees in the whole listing.
    const std::string_view through_part = input.substr(0, part.end);
    RecordBuilder builder(through_part, part.begin, part.first_line, sink);
    Input in(input.data() + part.begin, part.end - part.begin, file);
    // The grammar accepts every input: each line is blank, a comment, part
    // of a record, or stray text. Nothing is left to fail on.
    [[maybe_unused]] const bool parsed = peg::parse<rules::document, action>(in, builder);
    builder.flush();
    return builder.take_pending_suppressions();
}

}  // namespace twinning::parser
