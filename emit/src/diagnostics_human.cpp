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

// Moves an offset back to the start of its UTF-8 character: at most three
// bytes, as far as a character reaches, and never before `floor`, so a run
// of stray continuation bytes cannot drag it away.
[[nodiscard]] std::size_t char_start(std::string_view text, std::size_t at, std::size_t floor) {
    constexpr int longest_tail = 3;
    for (int step = 0; step < longest_tail && at > floor && at < text.size() && is_continuation_byte(text[at]);
         ++step) {
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
    if (line_end > at && source[line_end - 1] == '\r') {
        --line_end;
    }
    std::size_t shown_begin = line_begin;
    std::size_t shown_end = line_end;
    if (line_end - line_begin > excerpt_bytes) {
        shown_begin = char_start(source, std::max(line_begin, at > excerpt_lead ? at - excerpt_lead : 0), line_begin);
        // The excerpt always reaches the span's start.
        shown_end = std::max(char_start(source, std::min(line_end, shown_begin + excerpt_bytes), shown_begin), at);
    }
    const std::size_t span_end = std::clamp(span.end.offset, at, shown_end);
    return {source.substr(shown_begin, shown_end - shown_begin), at - shown_begin, span_end - shown_begin,
            shown_begin > line_begin, shown_end < line_end};
}

// The line as it is safe to print: a tab becomes one space, and control
// characters and bytes that are not UTF-8 become `?`, so nothing from the
// input can move the terminal's cursor and the caret line stays aligned.
[[nodiscard]] std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto code_point = text::decode(text, i);
        if (!code_point) {
            out += '?';
            ++i;
            continue;
        }
        const char32_t c = code_point->value;
        if (c == '\t') {
            out += ' ';
        } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            out += '?';
        } else {
            out.append(text.substr(i, code_point->length));
        }
        i += code_point->length;
    }
    return out;
}

// ANSI styles, used only when writing to a terminal.
struct Style {
    bool on = false;

    [[nodiscard]] std::string paint(std::string_view text, std::string_view code) const {
        return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
    }
    [[nodiscard]] static std::string_view severity_code(model::Severity severity) {
        switch (severity) {
            case model::Severity::error:
                return "1;31";
            case model::Severity::warning:
                return "1;33";
            case model::Severity::info:
                return "1;36";
        }
        return "1";
    }
};

constexpr std::string_view bold = "1";
constexpr std::string_view dim_blue = "34";

void write_source_excerpt(const model::SourceSpan& span, std::string_view source, const Style& style,
                          std::string_view marker_code, std::ostream& out) {
    const LineView line = line_of(span, source);
    const std::string number = std::to_string(span.begin.line);
    const std::string gutter(number.size(), ' ');
    const std::string_view before = line.text.substr(0, line.span_begin);
    const std::string_view marked = line.text.substr(line.span_begin, line.span_end - line.span_begin);
    const std::size_t pad = text::display_width(printable(before)) + (line.cut_before ? 3 : 0);
    // `^~~~`: built in place, as GCC 12 misreports `"^" + string` under -Werror=restrict.
    std::string marker(std::max<std::size_t>(1, text::display_width(printable(marked))), '~');
    marker.front() = '^';
    fmt::print(out, " {} {} {}{}{}\n", style.paint(number, dim_blue), style.paint("|", dim_blue),
               line.cut_before ? "..." : "", printable(line.text), line.cut_after ? "..." : "");
    fmt::print(out, " {} {} {}{}\n", gutter, style.paint("|", dim_blue), std::string(pad, ' '),
               style.paint(marker, marker_code));
}

[[nodiscard]] std::string describe(const model::Fix& fix) {
    return fmt::format("{} ({})", fix.title, fix.safe ? "safe fix" : "unsafe fix");
}

}  // namespace

void write_human(const model::Diagnostic& diagnostic, const model::Sources& sources, std::string_view source,
                 bool colour, std::ostream& out) {
    const Style style{colour};
    const model::SourceSpan& span = diagnostic.span;
    const model::RuleInfo& rule = model::info(diagnostic.rule);
    const std::string_view severity_code = Style::severity_code(diagnostic.severity);
    // Messages quote the input, and file names are the user's: neither may
    // reach the terminal with a control character in it.
    using text::escape_controls;
    fmt::print(out, "{}: {}: {} [{}/{}]\n",
               style.paint(fmt::format("{}:{}:{}", escape_controls(sources.name(diagnostic.file)), span.begin.line,
                                       span.begin.column),
                           bold),
               style.paint(model::to_string(diagnostic.severity), severity_code), escape_controls(diagnostic.message),
               rule.name, rule.code);
    write_source_excerpt(span, source, style, severity_code, out);
    if (diagnostic.suggestion) {
        fmt::print(out, "  {} {}\n", style.paint("help:", bold), escape_controls(*diagnostic.suggestion));
    }
    if (diagnostic.fix) {
        fmt::print(out, "  {} {}\n", style.paint("fix:", bold), escape_controls(describe(*diagnostic.fix)));
    }
    for (const model::Note& note : diagnostic.notes) {
        fmt::print(out, "  {} {}:{}:{}: {}\n", style.paint("note:", bold),
                   escape_controls(sources.name(note.file.value_or(diagnostic.file))), note.span.begin.line,
                   note.span.begin.column, escape_controls(note.message));
    }
}

void write_human_summary(const Summary& summary, std::ostream& out) {
    fmt::print(out, "{} {}, {} {}, {} info, {} {}", summary.errors, summary.errors == 1 ? "error" : "errors",
               summary.warnings, summary.warnings == 1 ? "warning" : "warnings", summary.infos, summary.records,
               summary.records == 1 ? "record" : "records");
    if (summary.baselined != 0) {
        fmt::print(out, " ({} more known from the baseline)", summary.baselined);
    }
    fmt::print(out, "\n");
}

}  // namespace twinning::emit
