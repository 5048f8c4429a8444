#pragma once

// The parse state, shared by the files that hold its parts:
// record_builder.cpp builds a record from the fields the grammar matches,
// holds it back until what follows shows where it ends, and hands it to the
// sink; list_records.cpp, table_records.cpp and prose_records.cpp make the
// records a list's line, a table's row or a sentence names, each read whole.
// parser.cpp runs the grammar with it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar.hpp"
#include "list_line.hpp"
#include "partner_sentence.hpp"
#include "table.hpp"
#include "twinning/model/raw_record.hpp"
#include "twinning/parser/label_scanner.hpp"
#include "twinning/parser/parser.hpp"

namespace twinning::parser {

// A list's heading, or a group's country, at `at`: its length, or 0.
[[nodiscard]] std::size_t list_heading_length(std::string_view input, std::size_t at);

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
    [[nodiscard]] std::size_t line_role_length(rules::LineRole role, std::size_t at);

    // `# twinning: ignore[a, b]` before a record applies to that record.
    void comment_before_record(const char* begin, const char* end);

    // Inside a record it applies to the record it stands in.
    void comment_in_record(const char* begin, const char* end);

    // A heading that ends in a date (`Tulln (Austria) - since 1982`) gives
    // the agreement date as a field read by its place on the line.
    void header(const char* begin, const char* end);

    // A label with no colon after it: before a dash, or alone on its line.
    void label_without_colon(const char* begin, model::LabelReading reading);

    // A whole line whose shape names its field.
    void shape_line(const char* begin, const char* end);

    void note(const char* begin, const char* end);

    void label(const char* begin, bool at_line_start);

    void value(const char* begin, const char* end);

    // A list's heading: the items below it may be names alone. A block of
    // fields right above it whose header names no country (or that has no
    // header) tells of the page's own town, not a partner: it is text.
    void list_heading(const char* begin, const char* end);

    // One partner, or two, from a line of a list.
    void list_item(const char* begin, const char* end);

    // A heading and its partners on one line: the heading, then a record
    // for each partner, whose span runs over the separator after it.
    void inline_list(const char* begin, const char* end);

    void table_header(const char* begin, const char* end);

    // A partner from a row of the open table: the name column heads the
    // record, each other cell is a field labelled by its column.
    void table_row(const char* begin, const char* end);

    // A partner a sentence names is a record that keeps the sentence as
    // its note; the rest of the prose is text, line by line.
    void partner_prose(const char* begin, const char* end);

    // A block of fields right above a list's heading tells of the host
    // town, not a partner, when nothing in it names a country.
    [[nodiscard]] static bool describes_host(const model::RawRecord& record);

    void end_record();

    void stray_text(const char* begin, const char* end);

    // Hands over the record still held back; called when the part ends,
    // and before anything else reaches the sink.
    void flush();

private:
    [[nodiscard]] std::size_t list_item_length(std::size_t at) const;

    // Below a list heading a name alone is a partner, up to the first blank
    // line after an item: what follows it is the page's next part (`Notes`,
    // `See also`).
    [[nodiscard]] bool takes_bare_names(std::size_t at) const;

    [[nodiscard]] std::size_t partner_prose_length(std::size_t at);

    // A line prose must not run into: a label's, a record's header, a
    // field written without a colon, a list's heading.
    [[nodiscard]] bool starts_other_than_prose(std::size_t line);

    // Prose around a partner's sentence: text, a line at a time, as stray
    // lines are.
    void add_prose_text(std::string_view text);

    // A register's line, or a list's `Austria: Tulln`; a register's with
    // the next line too when its wording wraps there and the date is on it.
    // `Austria: Tulln` above a field heads a block instead.
    [[nodiscard]] std::size_t register_item_length(std::size_t at);

    // True when the line after the line break at `line_end` starts a field
    // and is no item of a list as `Germany: Plauen` is.
    [[nodiscard]] bool field_on_next_line(std::size_t line_end);

    [[nodiscard]] std::size_t table_header_length(std::size_t at) const;

    // Rows follow one another on the lines right after the header; any
    // other line closes the table.
    [[nodiscard]] std::size_t table_row_length(std::size_t at);

    // Where the line after the header or the last row starts.
    [[nodiscard]] std::size_t table_next_line() const;

    // The records of one list item, each spanning `stretch` of the line.
    void add_list_records(std::string_view line, const ListLine& item, const LinePiece& stretch);

    // A list line's facts besides its place: a register's country, the
    // group's country for a name alone, the date, the count, the wording.
    void add_list_facts(model::RawRecord& record, std::string_view line, const ListPartner& partner);

    // The name cell heads the row's record. `Palo Alto, California` names
    // the region after the comma when the country is a column of its own.
    void add_row_place(model::RawRecord& record, std::string_view cell);

    // A record read whole from a line or a row goes straight to the sink,
    // with the suppressions that stood before it.
    void hand_over(model::RawRecord& record);

    [[nodiscard]] static std::size_t hit_length(const std::optional<LabelHit>& hit) { return hit ? hit->length : 0; }

    // A line that starts a field of its own cannot continue the value of
    // the field before it: a label before a dash or alone on its line, or
    // a line whose shape names another field.
    [[nodiscard]] bool ends_value(std::size_t at) const;

    // A count, a date, a web site or a place is short: a sentence on the
    // next line is prose about the record, not the rest of the value. Areas
    // and fields twinning does not know may run on, as PDFs wrap them.
    [[nodiscard]] bool prose_after_typed_value(std::size_t at) const;

    void add_label(std::size_t at, const LabelHit& hit, model::LabelReading reading);

    // A field with no label: its label is empty, where its value starts.
    [[nodiscard]] model::RawField shape_field(std::string_view value, model::Field kind);

    // A record takes at most max_fields_per_record fields and notes, so no
    // input grows one without bound; what follows is a record or text.
    [[nodiscard]] static bool has_room(const model::RawRecord& record);

    // A block with no header is no partner when nothing in it names a
    // partner's field: it is made only of labels of no field (text that
    // happens to hold colons, a `Contact:` line), or only of lines read by
    // their shape (a web address below a paragraph).
    [[nodiscard]] static bool is_no_record(const model::RawRecord& record);

    // `Contact` details: a heading that names no country above labels that
    // name no field of a partner (`Phone:`, `E-mail:`) and web addresses.
    [[nodiscard]] static bool is_contact_block(const model::RawRecord& record);

    // Text outside any record: prose about the record read from lines held
    // before it, or unrecognized.
    void add_text(std::string_view text);

    void add_comment(std::string_view text);

    // A block that is no record, handed on line by line as text and
    // comments, in the order they stand.
    void release_as_text(const model::RawRecord& block);

    [[nodiscard]] static bool read_from_lines(const model::RawRecord& record);

    // The fields' kinds; every label the table does not know counts as one
    // kind, so two blocks that both have such labels are never joined.
    [[nodiscard]] static std::uint32_t kinds_of(const model::RawRecord& record);

    // A block with no header, that repeats none of the held record's
    // labels, is the rest of that record: after a blank line, or right
    // below prose kept as the record's note. fmt writes such prose with
    // the record, so a block below it must read the same either way.
    [[nodiscard]] bool continues_held(const model::RawRecord& block, bool below_held_note) const;

    void join_held(model::RawRecord& block);

    static void add_suppressions(std::string_view comment, std::vector<std::string_view>& names);

    [[nodiscard]] static std::string_view view(const char* begin, const char* end) {
        return {begin, static_cast<std::size_t>(end - begin)};
    }

    [[nodiscard]] model::SourceSpan span_of(std::string_view text) {
        return cursor_.span(offset(text.data()), text.size());
    }

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
        model::SourceSpan span;
    };
    GroupCountry group_country_;  // the country heading the items below it, if one does
    TableHeader table_;
    bool table_open_ = false;
    std::vector<model::SourceSpan> column_spans_;  // of the open table's header cells
    std::size_t table_next_ = 0;                   // where the header or the last row ended
    // The prose the rule last read, for its action: prose is read once.
    std::optional<PartnerProse> prose_;
    std::size_t prose_at_ = std::string_view::npos;
};

}  // namespace twinning::parser
