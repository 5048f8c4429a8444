#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <string>

#include "twinning/emit/diagnostics.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::emit {

namespace {

// Lines longer than this are shown as an excerpt around the span, so a
// megabyte-long line does not flood the terminal.
constexpr std::size_t excerpt_bytes = 160;
constexpr std::size_t excerpt_lead = 40;

[[nodiscard]] bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// Moves an offset back to the start of its UTF-8 character.
[[nodiscard]] std::size_t char_start(std::string_view text, std::size_t at) {
    while (at > 0 && at < text.size() && is_continuation_byte(text[at])) {
        --at;
    }
    return at;
}

struct LineView {
    std::string_view text;   // what is shown
    std::size_t span_begin;  // span start within `text`
    std::size_t span_end;    // span end within `text`, at most its size
    bool cut_before = false;
    bool cut_after = false;
};

[[nodiscard]] LineView line_of(const model::SourceSpan& span, std::string_view source) {
    const std::size_t at = std::min(span.begin.offset, source.size());
    std::size_t line_begin = 0;
    if (at > 0) {
        const std::size_t newline = source.rfind('\n', at - 1);
        line_begin = newline == std::string_view::npos ? 0 : newline + 1;
    }
    std::size_t line_end = source.find('\n', at);
    if (line_end == std::string_view::npos) {
        line_end = source.size();
    }
    if (line_end > line_begin && source[line_end - 1] == '\r') {
        --line_end;
    }
    std::size_t shown_begin = line_begin;
    std::size_t shown_end = line_end;
    if (line_end - line_begin > excerpt_bytes) {
        shown_begin = char_start(source, std::max(line_begin, at > excerpt_lead ? at - excerpt_lead : 0));
        shown_end = char_start(source, std::min(line_end, shown_begin + excerpt_bytes));
    }
    const std::size_t span_end = std::clamp(span.end.offset, at, shown_end);
    return {source.substr(shown_begin, shown_end - shown_begin), at - shown_begin, span_end - shown_begin,
            shown_begin > line_begin, shown_end < line_end};
}

// Tabs become one space so the caret line lines up with the source line.
[[nodiscard]] std::string printable(std::string_view text) {
    std::string out(text);
    std::ranges::replace(out, '\t', ' ');
    return out;
}

void write_source_excerpt(const model::SourceSpan& span, std::string_view source, std::ostream& out) {
    const LineView line = line_of(span, source);
    const std::string number = std::to_string(span.begin.line);
    const std::string gutter(number.size(), ' ');
    const std::string_view before = line.text.substr(0, line.span_begin);
    const std::string_view marked = line.text.substr(line.span_begin, line.span_end - line.span_begin);
    const std::size_t pad = text::display_width(before) + (line.cut_before ? 3 : 0);
    const std::size_t width = std::max<std::size_t>(1, text::display_width(marked));
    fmt::print(out, " {} | {}{}{}\n", number, line.cut_before ? "..." : "", printable(line.text),
               line.cut_after ? "..." : "");
    fmt::print(out, " {} | {}^{}\n", gutter, std::string(pad, ' '), std::string(width - 1, '~'));
}

}  // namespace

void write_human(const model::Diagnostic& diagnostic, std::string_view source, std::ostream& out) {
    const model::SourceSpan& span = diagnostic.span;
    fmt::print(out, "{}:{}:{}: {}: {} [{}]\n", diagnostic.file, span.begin.line, span.begin.column,
               model::to_string(diagnostic.severity), diagnostic.message, model::info(diagnostic.rule).name);
    write_source_excerpt(span, source, out);
    if (diagnostic.suggestion) {
        fmt::print(out, "  help: {}\n", *diagnostic.suggestion);
    }
    for (const model::Note& note : diagnostic.notes) {
        fmt::print(out, "  note: {}:{}:{}: {}\n", diagnostic.file, note.span.begin.line, note.span.begin.column,
                   note.message);
    }
}

void write_human_summary(std::size_t errors, std::size_t warnings, std::size_t infos, std::size_t records,
                         std::ostream& out) {
    fmt::print(out, "{} {}, {} {}, {} info, {} {}\n", errors, errors == 1 ? "error" : "errors", warnings,
               warnings == 1 ? "warning" : "warnings", infos, records, records == 1 ? "record" : "records");
}

}  // namespace twinning::emit
