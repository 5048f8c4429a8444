#pragma once

// The listing grammar. It finds where headers, labels and values are and
// judges nothing: plausibility is for the normalizers and validators.
//
// A value has no terminator; it runs until the next label, which may stand
// in the middle of a line, or until its record ends. Labels are recognised
// by the custom rules below, which ask the label table through the
// LabelScanner instead of spelling typo variants out here.

#include <cstddef>
#include <cstdint>

#include "pegtl.hpp"
#include "twinning/parser/header_scan.hpp"
#include "twinning/parser/label_scanner.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser::rules {

// One horizontal space: space, tab, or a Unicode space such as NBSP.
struct hspace {
    using rule_t = hspace;
    using subs_t = peg::empty_list;

    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        const std::size_t length = text::space_length(remaining(in), 0);
        in.bump(length);
        return length != 0;
    }
};

// A run of bytes up to the next space or line break.
struct word {
    using rule_t = word;
    using subs_t = peg::empty_list;

    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        const std::string_view rest = remaining(in);
        std::size_t length = 0;
        while (length < rest.size() && text::space_length(rest, length) == 0 && rest[length] != '\n' &&
               rest.substr(length, 2) != "\r\n") {
            ++length;
        }
        in.bump(length);
        return length != 0;
    }
};

// Everything up to the line break; may be empty.
struct rest_of_line {
    using rule_t = rest_of_line;
    using subs_t = peg::empty_list;

    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        const std::string_view rest = remaining(in);
        std::size_t length = rest.find('\n');
        if (length == std::string_view::npos) {
            length = rest.size();
        } else if (length > 0 && rest[length - 1] == '\r') {
            --length;
        }
        in.bump(length);
        return true;
    }
};

// A label and its colon. `AtLineStart` also admits labels the table does
// not know; the grammar uses it only where a line begins.
template <bool AtLineStart>
struct label_rule {
    using rule_t = label_rule;
    using subs_t = peg::empty_list;

    template <peg::apply_mode, peg::rewind_mode, template <typename...> class Action,
              template <typename...> class Control, typename ParseInput, typename State>
    [[nodiscard]] static bool match(ParseInput& in, State& state) {
        const auto hit = state.scanner().label_at(state.offset(in.current()), AtLineStart);
        if (!hit) {
            return false;
        }
        in.bump(hit->length);
        return true;
    }
};

// The text of a header line: see header_scan.hpp for the shape. With
// `NeedsParens` only `Name (Country)` lines count, as they must when no
// blank line separates a record from the one before.
template <bool NeedsParens>
struct header_text_rule {
    using rule_t = header_text_rule;
    using subs_t = peg::empty_list;

    template <peg::apply_mode, peg::rewind_mode, template <typename...> class Action,
              template <typename...> class Control, typename ParseInput, typename State>
    [[nodiscard]] static bool match(ParseInput& in, State& state) {
        // A record read from lines is followed by the next one's heading
        // as pages write it, without brackets.
        const bool needs_parens = NeedsParens && !state.reading_lines();
        const std::size_t length =
            header_text_length(state.input(), state.offset(in.current()), state.scanner(), needs_parens);
        in.bump(length);
        return length != 0;
    }
};

// What a line at a line start is read as when it holds no `label:`; see
// line_roles.hpp. The state answers, as it knows the record being built.
enum class LineRole : std::uint8_t {
    dash_label,      // `Population – 41 250`: the label and dash
    own_line_label,  // `Year of twinning` alone, its value on the next line
    shape_line,      // a whole line whose shape names its field
    ends_value,      // a line that cannot continue the value before it
    prose_after,     // a sentence, which cannot continue a short typed value
    list_heading,    // `Twin towns:`, or a country above the items of its partners
    inline_list,     // `Twin towns: Tulln (Austria), Krems (Austria)`: a heading and its partners
    list_item,       // a line of a list that names one partner or two
    register_item,   // a register's line, the country first, maybe wrapped before its date
    table_header,    // a table's header row, with the row below it
    table_row,       // a row of the table whose header came last
    partner_prose,   // prose, up to the line that ends a sentence, that names a partner
};

template <LineRole Role>
struct line_role_rule {
    using rule_t = line_role_rule;
    using subs_t = peg::empty_list;

    template <peg::apply_mode, peg::rewind_mode, template <typename...> class Action,
              template <typename...> class Control, typename ParseInput, typename State>
    [[nodiscard]] static bool match(ParseInput& in, State& state) {
        const std::size_t length = state.line_role_length(Role, state.offset(in.current()));
        in.bump(length);
        return length != 0;
    }
};

// Succeeds while the record being built can take another field. A record
// holds at most max_fields_per_record fields, so hostile input such as
// megabytes of labels cannot grow one record without bound; the fields that
// follow start a new record, which says it has no header.
struct field_room {
    using rule_t = field_room;
    using subs_t = peg::empty_list;

    template <peg::apply_mode, peg::rewind_mode, template <typename...> class Action,
              template <typename...> class Control, typename ParseInput, typename State>
    [[nodiscard]] static bool match(ParseInput& /*in*/, State& state) {
        return state.has_room_for_field();
    }
};

// clang-format off
struct line_break   : peg::eol {};
struct indent       : peg::star<hspace> {};
struct hspaces      : peg::plus<hspace> {};
struct inline_label : label_rule<false> {};
struct line_label   : label_rule<true> {};
struct header_text  : header_text_rule<false> {};
struct next_header  : header_text_rule<true> {};
struct comment      : peg::seq<peg::one<'#'>, rest_of_line> {};
struct field_comment : peg::seq<peg::one<'#'>, rest_of_line> {};

// Fields written without a colon, each on its own line.
struct dash_label     : line_role_rule<LineRole::dash_label> {};
struct own_line_label : line_role_rule<LineRole::own_line_label> {};
struct shape_line     : line_role_rule<LineRole::shape_line> {};
struct line_value     : rest_of_line {};
struct dash_field     : peg::seq<dash_label, line_value> {};
struct own_line_field : peg::seq<own_line_label, indent, line_break, indent, line_value> {};
struct lines_field    : peg::sor<shape_line, dash_field, own_line_field> {};

// Where a value must stop at the start of a line: a blank line, the end,
// a comment, a new field, or the header of a record that follows at once.
struct value_stop_at_line_start : peg::sor<line_break, peg::eof, peg::one<'#'>, line_label, next_header,
                                           line_role_rule<LineRole::ends_value>> {};
struct continuation : peg::seq<line_break, indent, peg::not_at<value_stop_at_line_start>,
                               peg::not_at<line_role_rule<LineRole::prose_after>>> {};
struct value_word   : peg::seq<peg::not_at<inline_label>, word> {};
struct field_value  : peg::star<peg::sor<hspaces, value_word, continuation>> {};

struct inline_field : peg::seq<inline_label, field_value> {};
struct line_field   : peg::seq<line_label, field_value> {};
struct next_line    : peg::seq<line_break, indent> {};
// Prose among fields read from lines: kept with the record as a note.
// After a `label:` field such a line continues the value instead.
struct note         : peg::seq<peg::not_at<value_stop_at_line_start>, peg::not_at<lines_field>, peg::any,
                               rest_of_line> {};
// A comment belongs to the record it stands in only when a field of that
// record follows; before a header it belongs to the next record.
// The lookahead comes first, so the comment's action runs only when the
// comment is taken.
struct comment_line : peg::seq<next_line, peg::one<'#'>, rest_of_line> {};
struct field_follows : peg::at<peg::plus<comment_line>, next_line, line_label> {};
struct record_part  : peg::seq<field_room, peg::sor<inline_field, peg::seq<next_line, line_field>,
                                                    peg::seq<next_line, lines_field>,
                                                    peg::seq<field_follows, next_line, field_comment>,
                                                    peg::seq<next_line, note>>> {};

// A heading may stand above a blank line, the fields below it: the header
// scan has made sure a field follows.
struct blank_line_ahead : peg::at<line_break> {};
struct header_end   : peg::sor<peg::seq<indent, peg::at<inline_label>>,
                               peg::seq<indent, peg::star<next_line, peg::sor<field_comment, blank_line_ahead>>,
                                        next_line>> {};
struct header       : peg::seq<header_text, header_end> {};
struct record_begin : peg::success {};
struct first_field  : peg::sor<line_field, inline_field, lines_field> {};
struct record       : peg::seq<record_begin, peg::opt<header>, first_field, peg::star<record_part>> {};

// Lists and tables: a line each, read whole by the line readers.
struct list_heading : line_role_rule<LineRole::list_heading> {};
struct list_item    : line_role_rule<LineRole::list_item> {};
struct inline_list  : line_role_rule<LineRole::inline_list> {};
struct register_item : line_role_rule<LineRole::register_item> {};
struct table_header : line_role_rule<LineRole::table_header> {};
struct table_row    : line_role_rule<LineRole::table_row> {};
struct partner_prose : line_role_rule<LineRole::partner_prose> {};

struct stray_text   : peg::seq<peg::not_at<line_break>, peg::any, rest_of_line> {};
// A row goes first while a table is open; a table's header, whose words
// can name partners (`Partnership since`), before a list's heading; those
// and a register's line go before a record, whose header or label they
// could pass for; a list line after it, as a record's header is a place
// with its country too.
struct line_item    : peg::seq<indent, peg::sor<line_break, comment, table_row, table_header, list_heading, inline_list, register_item, record,
                                                list_item, partner_prose, stray_text>> {};
struct document     : peg::seq<peg::opt<peg::utf8::bom>, peg::star<line_item>, indent, peg::eof> {};
// clang-format on

}  // namespace twinning::parser::rules

namespace tao::pegtl {

// The custom rules consume input whenever they succeed.
template <typename Name>
struct analyze_traits<Name, twinning::parser::rules::hspace> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, twinning::parser::rules::word> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, twinning::parser::rules::rest_of_line> : analyze_opt_traits<> {};
template <typename Name, bool AtLineStart>
struct analyze_traits<Name, twinning::parser::rules::label_rule<AtLineStart>> : analyze_any_traits<> {};
template <typename Name, bool NeedsParens>
struct analyze_traits<Name, twinning::parser::rules::header_text_rule<NeedsParens>> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, twinning::parser::rules::field_room> : analyze_opt_traits<> {};
template <typename Name, twinning::parser::rules::LineRole Role>
struct analyze_traits<Name, twinning::parser::rules::line_role_rule<Role>> : analyze_any_traits<> {};

}  // namespace tao::pegtl
