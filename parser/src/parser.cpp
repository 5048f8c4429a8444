#include "twinning/parser/parser.hpp"

#include <algorithm>

#include "grammar.hpp"
#include "twinning/parser/suppression.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

using model::SourceSpan;

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

    [[nodiscard]] bool has_room_for_field() const { return record_.fields.size() < max_fields_per_record; }

    // `# twinning: ignore[a, b]` before a record applies to that record.
    void comment_before_record(const char* begin, const char* end) {
        const std::string_view text = text::trim(view(begin, end));
        add_suppressions(text, pending_suppressions_);
        sink_.comment(text, span_of(text));
    }

    // Inside a record it applies to the record it stands in.
    void comment_in_record(const char* begin, const char* end) {
        const std::string_view text = text::trim(view(begin, end));
        add_suppressions(text, record_.suppressed);
        record_.comments.push_back({text, span_of(text)});
    }

    void header(const char* begin, const char* end) {
        const std::string_view text = view(begin, end);
        record_.header = model::RawHeader{text, span_of(text)};
    }

    void label(const char* begin, bool at_line_start) {
        const std::size_t at = offset(begin);
        const auto hit = scanner_.label_at(at, at_line_start);
        if (!hit) {
            return;  // unreachable: the rule that just matched asked the same question
        }
        model::RawField field;
        field.label.text = input_.substr(at, hit->text_length);
        field.label.span = span_of(field.label.text);
        field.label.kind = hit->match.kind;
        field.label.canonical = hit->match.canonical;
        field.label.exact = hit->match.exact;
        field.span = {field.label.span.begin, cursor_.at(at + hit->length)};
        record_.fields.push_back(field);
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

    void end_record() {
        const model::Position begin =
            record_.header ? record_.header->span.begin : record_.fields.front().label.span.begin;
        const model::Position end = record_.fields.back().span.end;
        record_.span = {begin, end};
        record_.follows_without_blank_line =
            previous_end_ != 0 && !text::has_blank_line(input_.substr(previous_end_, begin.offset - previous_end_));
        previous_end_ = end.offset;
        // Taken only now: an attempt at a record that turns out to be
        // stray text must leave them for the record that follows.
        record_.suppressed.insert(record_.suppressed.begin(), pending_suppressions_.begin(),
                                  pending_suppressions_.end());
        pending_suppressions_.clear();
        sink_.record(record_);
    }

    void stray_text(const char* begin, const char* end) {
        const std::string_view text = text::trim(view(begin, end));
        if (!text.empty()) {
            sink_.unrecognized(text, span_of(text));
        }
    }

private:
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

// The first place at or after `from` where a line follows a blank line,
// or npos. A byte-order mark there would read as the part's own mark, so
// such a place is passed over.
[[nodiscard]] std::size_t next_part_start(std::string_view input, std::size_t from) {
    constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
    std::size_t line_end = from == 0 ? std::string_view::npos : input.find('\n', from - 1);
    while (line_end != std::string_view::npos && line_end + 1 < input.size()) {
        const std::size_t line_start = line_end + 1;
        if (const std::size_t blank = blank_line_length(input, line_start); blank != 0) {
            const std::size_t start = line_start + blank;
            if (start < input.size() && !input.substr(start).starts_with(byte_order_mark)) {
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
    while (input.size() - part.begin > target) {
        const std::size_t end = next_part_start(input, part.begin + std::max<std::size_t>(target, 1));
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
    // does, as the grammar's input does. Lookahead never crosses a blank
    // line, so within the part it sees what it sees in the whole listing.
    const std::string_view through_part = input.substr(0, part.end);
    RecordBuilder builder(through_part, part.begin, part.first_line, sink);
    Input in(input.data() + part.begin, part.end - part.begin, file);
    // The grammar accepts every input: each line is blank, a comment, part
    // of a record, or stray text. Nothing is left to fail on.
    [[maybe_unused]] const bool parsed = peg::parse<rules::document, action>(in, builder);
    return builder.take_pending_suppressions();
}

}  // namespace twinning::parser
