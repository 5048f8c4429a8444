#include "twinning/format.hpp"

#include <algorithm>
#include <vector>

#include "twinning/emit/record_writer.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning {

namespace {

// The label as fmt writes it: the canonical spelling, or an unknown label
// as written.
[[nodiscard]] std::string written_label(const model::RawField& field) {
    return field.label.kind == model::Field::extra ? text::collapse_whitespace(field.label.text)
                                                   : std::string(field.label.canonical);
}

// The field in the form it was read in, respaced: a label and colon (the
// canonical label for one read by its words), a label and dash, a label on
// its own line above the value, or the value alone when its shape named
// the field.
[[nodiscard]] std::string field_line(const model::RawField& field, std::string_view line_break) {
    std::string value = text::collapse_whitespace(field.value);
    switch (field.label.reading) {
        case model::LabelReading::shape:
        case model::LabelReading::column:
            return value;
        case model::LabelReading::dash:
            return written_label(field) + " \xE2\x80\x93 " + value;
        case model::LabelReading::own_line:
            return written_label(field) + std::string(line_break) + value;
        case model::LabelReading::colon:
            break;
    }
    std::string line = written_label(field);
    line += ':';
    if (!value.empty()) {
        line += ' ';
        line += value;
    }
    return line;
}

// What fmt must keep of how a field was read: the form it is written in.
[[nodiscard]] std::string_view form_of(const model::RawField& field) {
    switch (field.label.reading) {
        case model::LabelReading::dash:
            return "dash";
        case model::LabelReading::own_line:
            return "own line";
        case model::LabelReading::shape:
            return "shape";
        case model::LabelReading::column:
            return "column";
        case model::LabelReading::colon:
            break;
    }
    return "colon";
}

void append_line(std::string& out, std::string_view line, std::string_view line_break) {
    out += line;
    out += line_break;
}

// Whether a line's trailing tabs are kept: a table row's last tab says
// the row is whole, however many cells before it are empty.
enum class TrailingTabs : std::uint8_t { trimmed, kept };

// The line without the blanks at its end, or only those after its last tab.
[[nodiscard]] std::string_view trim_end(std::string_view line, TrailingTabs tabs) {
    if (tabs == TrailingTabs::kept) {
        if (const std::size_t tab = line.rfind('\t');
            tab != std::string_view::npos && text::trim(line.substr(tab + 1)).empty()) {
            return line.substr(0, tab + 1);
        }
    }
    const std::string_view trimmed = text::trim(line);
    return trimmed.empty() ? std::string_view() : line.substr(0, trimmed.data() + trimmed.size() - line.data());
}

// A record kept as written: its lines as they are but for trailing spaces
// (a lone CR among them), in the file's one kind of line break. Another
// kind, or a CR left before a break, would make the next run differ.
[[nodiscard]] std::string as_written(std::string_view text, std::string_view line_break,
                                     TrailingTabs tabs = TrailingTabs::trimmed) {
    std::string lines;
    for (std::size_t end = text.find('\n');; end = text.find('\n')) {
        const std::string_view line = text.substr(0, end);
        lines += trim_end(line, tabs);
        if (end == std::string_view::npos) {
            return lines;
        }
        lines += line_break;
        text.remove_prefix(end + 1);
    }
}

// What a record says, as fmt must keep it: its header's parts, each
// field's label (its kind, or its text when unknown) and value, and its
// comments, all with spaces cleaned.
[[nodiscard]] std::vector<std::string> shape_of(const model::RawRecord& record) {
    std::vector<std::string> shape;
    if (record.header) {
        const normalize::HeaderParts parts = normalize::split_header(record.header->text);
        shape.push_back("header " + text::collapse_whitespace(parts.name.text));
        for (const auto& piece : {parts.country, parts.region}) {
            shape.push_back(piece ? text::collapse_whitespace(piece->text) : "-");
        }
    }
    for (const model::RawField& field : record.fields) {
        shape.push_back(written_label(field));
        shape.emplace_back(form_of(field));
        shape.push_back(text::collapse_whitespace(field.value));
    }
    for (const model::RawComment& comment : record.comments) {
        shape.emplace_back(comment.text);
    }
    for (const model::RawNote& note : record.notes) {
        shape.push_back("note " + text::collapse_whitespace(note.text));
    }
    return shape;
}

// Collects what a parse finds, to see whether a text reads back as one
// record.
class Readback final : public parser::RecordSink {
public:
    void record(const model::RawRecord& record) override { shapes.push_back(shape_of(record)); }
    void unrecognized(std::string_view /*text*/, const model::SourceSpan& /*span*/) override { ++others; }
    void comment(std::string_view /*text*/, const model::SourceSpan& /*span*/) override { ++others; }

    std::vector<std::vector<std::string>> shapes;
    std::size_t others = 0;
};

// Read after a line break, as a record is read anywhere but at the very
// start: there, a leading byte-order mark would be taken as the file's.
[[nodiscard]] bool reads_back_as(const std::string& text, const std::vector<std::string>& shape) {
    Readback readback;
    parser::parse_listing("\n" + text, readback);
    return readback.others == 0 && readback.shapes.size() == 1 && readback.shapes.front() == shape;
}

// Builds the canonical text as the parser hands over records, comments
// and stray lines, in input order.
class CanonicalLayout final : public parser::RecordSink {
public:
    explicit CanonicalLayout(std::string_view input) : input_(input) {
        if (input.starts_with(model::byte_order_mark)) {
            text_ += model::byte_order_mark;
        }
    }

    // The record in canonical layout, unless that would read back as
    // something else (a respaced header can turn into a label, say); then
    // as written, with trailing spaces dropped and the file's line breaks;
    // and if even that reads differently (spaces can decide whether a
    // label wraps), byte for byte.
    void record(const model::RawRecord& record) override {
        if (record.layout != model::Layout::fields && record.layout != model::Layout::lines) {
            line_read_whole(record);
            return;
        }
        // Right below a stray line (not a comment, which the grammar passes
        // over), a record reads as it does only in the layout it has there:
        // its canonical one is read back on its own.
        const bool after_stray_line = previous_ == Item::free_line;
        const bool below_line = separate(Item::record, record.span.begin) && after_stray_line;
        const std::vector<std::string> shape = shape_of(record);
        const std::string_view exact = input_.substr(record.span.begin.offset, record.span.length());
        if (std::string canonical = canonical_record(record); !below_line && reads_back_as(canonical, shape)) {
            lines(canonical);
        } else if (std::string cleaned = as_written(exact, line_break_); reads_back_as(cleaned, shape)) {
            line(cleaned);
        } else {
            line(exact);
        }
        previous_end_ = record.span.end.offset;
    }

    void comment(std::string_view text, const model::SourceSpan& span) override {
        free_line(text, span, Item::comment);
    }

    // A stray line keeps its trailing tabs, as a table row does: without
    // its closing tab, a line below a table's header can wrap onto the
    // next as a row.
    void unrecognized(std::string_view text, const model::SourceSpan& span) override {
        const std::size_t line_end = std::min(input_.find('\n', span.end.offset), input_.size());
        if (!text::trim(input_.substr(span.end.offset, line_end - span.end.offset)).empty()) {
            free_line(text, span);  // more of the line follows, in another item
            return;
        }
        free_line(trim_end(input_.substr(span.begin.offset, line_end - span.begin.offset), TrailingTabs::kept), span);
    }

    void heading(std::string_view text, const model::SourceSpan& span) override { free_line(text, span); }

    [[nodiscard]] FormattedListing take() { return {std::move(text_), std::move(anchors_)}; }

private:
    enum class Item { none, record, free_line, comment };

    // A list line, a table row or a sentence is read by where it stands
    // (below a heading, under a table's header), so it is kept as written
    // and together with the lines around it, as a stray line is. Two
    // partners on one line are written once.
    void line_read_whole(const model::RawRecord& record) {
        if (previous_ != Item::none && record.span.begin.offset < previous_end_) {
            return;
        }
        settle_line_break(record.span.begin);
        std::string_view exact = input_.substr(record.span.begin.offset, record.span.length());
        TrailingTabs tabs = TrailingTabs::trimmed;
        if (record.layout == model::Layout::table) {
            // The row's span ends at its last cell; its closing tab is after.
            const std::size_t line_end = std::min(input_.find('\n', record.span.end.offset), input_.size());
            exact = input_.substr(record.span.begin.offset, line_end - record.span.begin.offset);
            tabs = TrailingTabs::kept;
        }
        free_line(as_written(exact, line_break_, tabs), record.span);
    }

    void free_line(std::string_view text, const model::SourceSpan& span, Item item = Item::free_line) {
        if (continues_line(span.begin)) {
            join_line(text, span);
            return;
        }
        separate(item, span.begin);
        line(text);
        previous_end_ = span.end.offset;
    }

    // A sentence and the prose around it on its line, or a stray word
    // after a list line, share a line as written: on lines of their own
    // they would read as something else, a sentence as a list line, say.
    [[nodiscard]] bool continues_line(const model::Position& begin) const {
        return (previous_ == Item::free_line || previous_ == Item::comment) && begin.offset >= previous_end_ &&
               input_.substr(previous_end_, begin.offset - previous_end_).find('\n') == std::string_view::npos;
    }

    void join_line(std::string_view text, const model::SourceSpan& span) {
        text_.resize(text_.size() - line_break_.size());
        --lines_;
        line(std::string(input_.substr(previous_end_, span.begin.offset - previous_end_)) + std::string(text));
        previous_end_ = span.end.offset;
    }

    // The file's kind of line break is the first one from its first item
    // on, whatever blank lines come before: fmt drops those, so the next
    // run finds the same kind first. Settled before the first item is
    // written, as a record kept as written has line breaks of its own.
    void settle_line_break(const model::Position& begin) {
        if (previous_ == Item::none) {
            line_break_ = text::line_break_of(input_.substr(begin.offset));
        }
    }

    // One blank line before every item, except where a comment or stray
    // line stood right before this one: those stay together, and the
    // answer is true.
    bool separate(Item item, const model::Position& begin) {
        settle_line_break(begin);
        const bool together = (previous_ == Item::free_line || previous_ == Item::comment) &&
                              !text::has_blank_line(input_.substr(previous_end_, begin.offset - previous_end_));
        if (previous_ != Item::none && !together) {
            line("");
        }
        // A byte-order mark that starts the first item is text, not the
        // file's mark; a line break before it keeps it so.
        if (text_.empty() && input_.substr(begin.offset).starts_with(model::byte_order_mark)) {
            line("");
        }
        anchors_.push_back({begin.line - 1U, lines_});
        previous_ = item;
        return together;
    }

    // A line as written may hold line breaks of its own: a record kept
    // as written.
    void line(std::string_view text) {
        append_line(text_, text, line_break_);
        lines_ += 1 + static_cast<std::size_t>(std::ranges::count(text, '\n'));
    }

    void lines(const std::string& text) {
        text_ += text;
        lines_ += static_cast<std::size_t>(std::ranges::count(text, '\n'));
    }

    [[nodiscard]] std::string canonical_record(const model::RawRecord& record) const {
        std::string lines;
        const auto add = [&](std::string_view line) { append_line(lines, line, line_break_); };
        if (record.header) {
            add(normalize::canonical_header(record.header->text));
        }
        // Comments and notes stand between the header and the fields, or
        // between fields: each goes before the first field that follows it.
        auto comment = record.comments.begin();
        auto note = record.notes.begin();
        for (const model::RawField& field : record.fields) {
            for (; comment != record.comments.end() && comment->span.begin.offset < field.span.begin.offset;
                 ++comment) {
                add(comment->text);
            }
            for (; note != record.notes.end() && note->span.begin.offset < field.span.begin.offset; ++note) {
                add(text::collapse_whitespace(note->text));
            }
            add(field_line(field, line_break_));
        }
        for (; note != record.notes.end(); ++note) {
            add(text::collapse_whitespace(note->text));
        }
        return lines;
    }

    std::string_view input_;
    std::string_view line_break_ = "\n";
    std::string text_;
    Item previous_ = Item::none;
    std::size_t previous_end_ = 0;
    std::size_t lines_ = 0;  // written so far
    std::vector<LineAnchor> anchors_;
};

// Each record as its JSON line, without where it stands.
[[nodiscard]] std::vector<std::string> record_values(std::string_view input, const Options& options) {
    std::vector<std::string> values;
    Options quiet = options;
    quiet.checks.enabled.reset();  // the records are wanted, not the findings
    model::Sources sources;
    const model::FileId file = sources.add("");
    [[maybe_unused]] const ListingReport report =
        process_listing(input, sources, file, quiet, [&](const model::Record& record) {
            model::Record unplaced = record;
            unplaced.line = 0;
            unplaced.end_line = 0;
            values.push_back(emit::record_json_line(unplaced, sources));
        });
    return values;
}

}  // namespace

FormattedListing format_listing_anchored(std::string_view input) {
    CanonicalLayout layout(input);
    parser::parse_listing(input, layout);
    return layout.take();
}

std::string format_listing(std::string_view input) { return format_listing_anchored(input).text; }

bool same_records(std::string_view before, std::string_view after, const Options& options) {
    return record_values(before, options) == record_values(after, options);
}

}  // namespace twinning
