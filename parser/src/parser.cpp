#include "twinning/parser/parser.hpp"

#include <algorithm>

#include "grammar.hpp"
#include "line_roles.hpp"
#include "list_line.hpp"
#include "record_builder.hpp"
#include "table.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

// The grammar's actions: each hands what its rule matched to the builder.
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

void parse_listing(std::string_view input, RecordSink& sink) {
    // Suppressions after the last record apply to nothing.
    [[maybe_unused]] const auto unused = parse_listing_part(input, ListingPart{0, input.size(), 1}, sink);
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

std::vector<std::string_view> parse_listing_part(std::string_view input, const ListingPart& part, RecordSink& sink) {
    // The rules look ahead in the builder's input: it ends where the part
    // does, as the grammar's input does. Lookahead past a blank line looks
    // only for a field, and the next part starts with a header, so within
    // the part it sees what it sees in the whole listing.
    const std::string_view through_part = input.substr(0, part.end);
    RecordBuilder builder(through_part, part.begin, part.first_line, sink);
    // The input's source name would only label PEGTL's own errors, and the
    // grammar raises none: diagnostics name the file themselves.
    Input in(input.data() + part.begin, part.end - part.begin, "");
    // The grammar accepts every input: each line is blank, a comment, part
    // of a record, or stray text. Nothing is left to fail on.
    [[maybe_unused]] const bool parsed = peg::parse<rules::document, action>(in, builder);
    builder.flush();
    return builder.take_pending_suppressions();
}

}  // namespace twinning::parser
