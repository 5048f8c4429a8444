#include "twinning/parser/parser.hpp"

#include <fmt/format.h>

#include "grammar.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

using model::SourceSpan;

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// Positions count from after a byte-order mark: it is invisible, so the
// first character a reader sees is column 1.
[[nodiscard]] model::PositionCursor after_bom(std::string_view input) {
    if (input.starts_with(byte_order_mark)) {
        return model::PositionCursor(input.substr(byte_order_mark.size()), {byte_order_mark.size(), 1, 1});
    }
    return model::PositionCursor(input);
}

// The parse state: what the custom rules consult and what the actions
// build. It turns matched ranges into spans and hands each finished
// record to the sink.
class RecordBuilder {
public:
    RecordBuilder(std::string_view input, const std::string& file, RecordSink& sink)
        : input_(input), file_(file), sink_(sink), scanner_(input), cursor_(after_bom(input)) {}

    [[nodiscard]] std::string_view input() const { return input_; }
    [[nodiscard]] LabelScanner& scanner() { return scanner_; }
    [[nodiscard]] std::size_t offset(const char* at) const { return static_cast<std::size_t>(at - input_.data()); }

    void begin_record() { record_ = {}; }

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
    }

    void end_record() {
        const model::Position begin =
            record_.header ? record_.header->span.begin : record_.fields.front().label.span.begin;
        const model::RawField& last = record_.fields.back();
        const model::Position end = last.value.empty() ? last.label.span.end : last.value_span.end;
        record_.span = {begin, end};
        record_.follows_without_blank_line = previous_end_line_ != 0 && begin.line == previous_end_line_ + 1;
        previous_end_line_ = end.line;
        sink_.record(record_);
    }

    void stray_text(const char* begin, const char* end) {
        const std::string_view text = text::trim(view(begin, end));
        if (text.empty()) {
            return;
        }
        sink_.diagnostic(
            model::make_diagnostic(model::Rule::unrecognized_text, file_, span_of(text),
                                   fmt::format("text outside any record or field: `{}`", text.substr(0, quote_limit))));
    }

private:
    static constexpr std::size_t quote_limit = 80;

    [[nodiscard]] static std::string_view view(const char* begin, const char* end) {
        return {begin, static_cast<std::size_t>(end - begin)};
    }

    [[nodiscard]] SourceSpan span_of(std::string_view text) { return cursor_.span(offset(text.data()), text.size()); }

    std::string_view input_;
    const std::string& file_;
    RecordSink& sink_;
    LabelScanner scanner_;
    model::PositionCursor cursor_;
    model::RawRecord record_;
    std::uint32_t previous_end_line_ = 0;
};

template <typename Rule>
struct action : peg::nothing<Rule> {};

template <>
struct action<rules::record_begin> {
    static void apply0(RecordBuilder& builder) { builder.begin_record(); }
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

}  // namespace

void parse_listing(std::string_view input, const std::string& file, RecordSink& sink) {
    RecordBuilder builder(input, file, sink);
    Input in(input.data(), input.size(), file);
    // The grammar accepts every input: each line is blank, a comment, part
    // of a record, or stray text. Nothing is left to fail on.
    [[maybe_unused]] const bool parsed = peg::parse<rules::document, action>(in, builder);
}

}  // namespace twinning::parser
