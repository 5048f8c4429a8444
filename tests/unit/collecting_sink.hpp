#pragma once

// Test support: a RecordSink that copies what the grammar finds, so tests
// can look at it after parse_listing returns (the sink's views are valid
// only during the call), and one that hands each raw record to a callback
// while its views are still valid.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "twinning/model/raw_record.hpp"
#include "twinning/model/source_span.hpp"
#include "twinning/parser/parser.hpp"

namespace twinning_test {

struct CollectedField {
    std::string label;
    twinning::model::SourceSpan label_span;
    twinning::model::Field kind = twinning::model::Field::extra;
    std::string canonical;
    bool exact = true;
    std::string value;
    twinning::model::SourceSpan value_span;
    twinning::model::LabelReading reading = twinning::model::LabelReading::colon;
};

struct CollectedRecord {
    std::optional<std::string> header;
    twinning::model::SourceSpan header_span;
    std::vector<CollectedField> fields;
    twinning::model::SourceSpan span;
    bool follows_without_blank_line = false;
    std::vector<std::string> suppressed;
    std::vector<std::string> comments;
    std::vector<std::string> notes;
    std::size_t joined_blocks = 0;
    twinning::model::Layout layout = twinning::model::Layout::fields;
    std::vector<std::string> decorations;
};

// Text the grammar could not place, as handed to the sink.
struct Unrecognized {
    std::string text;
    twinning::model::SourceSpan span;
};

class CollectingSink final : public twinning::parser::RecordSink {
public:
    void record(const twinning::model::RawRecord& raw) override {
        CollectedRecord copy;
        if (raw.header) {
            copy.header = std::string(raw.header->text);
            copy.header_span = raw.header->span;
        }
        for (const twinning::model::RawField& field : raw.fields) {
            copy.fields.push_back({std::string(field.label.text), field.label.span, field.label.kind,
                                   std::string(field.label.canonical), field.label.exact, std::string(field.value),
                                   field.value_span, field.label.reading});
        }
        copy.span = raw.span;
        copy.follows_without_blank_line = raw.follows_without_blank_line;
        for (const std::string_view name : raw.suppressed) {
            copy.suppressed.emplace_back(name);
        }
        for (const twinning::model::RawComment& comment : raw.comments) {
            copy.comments.emplace_back(comment.text);
        }
        for (const twinning::model::RawNote& note : raw.notes) {
            copy.notes.emplace_back(note.text);
        }
        copy.joined_blocks = raw.joined_blocks.size();
        copy.layout = raw.layout;
        for (const twinning::model::RawDecoration& decoration : raw.decorations) {
            copy.decorations.emplace_back(decoration.text);
        }
        records.push_back(std::move(copy));
    }

    void unrecognized(std::string_view text, const twinning::model::SourceSpan& span) override {
        stray.push_back({std::string(text), span});
    }

    void comment(std::string_view text, const twinning::model::SourceSpan& span) override {
        comments.push_back({std::string(text), span});
    }

    void heading(std::string_view text, const twinning::model::SourceSpan& span) override {
        headings.push_back({std::string(text), span});
    }

    std::vector<CollectedRecord> records;
    std::vector<Unrecognized> stray;
    std::vector<Unrecognized> comments;  // outside records
    std::vector<Unrecognized> headings;
};

struct Parsed {
    std::vector<CollectedRecord> records;
    std::vector<Unrecognized> unrecognized;
    std::vector<Unrecognized> comments;  // outside records
    std::vector<Unrecognized> headings;
};

// Parses `input` and returns what the grammar found.
inline Parsed parse(std::string_view input) {
    CollectingSink sink;
    twinning::parser::parse_listing(input, sink);
    return {std::move(sink.records), std::move(sink.stray), std::move(sink.comments), std::move(sink.headings)};
}

// Hands every raw record to `on_record` while its views are valid. Stray
// text goes to `on_unrecognized` when one is given, and is kept either way.
class CallbackSink final : public twinning::parser::RecordSink {
public:
    using UnrecognizedHandler = std::function<void(std::string_view, const twinning::model::SourceSpan&)>;

    explicit CallbackSink(std::function<void(const twinning::model::RawRecord&)> on_record,
                          UnrecognizedHandler on_unrecognized = {})
        : on_record_(std::move(on_record)), on_unrecognized_(std::move(on_unrecognized)) {}

    void record(const twinning::model::RawRecord& raw) override { on_record_(raw); }
    void unrecognized(std::string_view text, const twinning::model::SourceSpan& span) override {
        stray.push_back({std::string(text), span});
        if (on_unrecognized_) {
            on_unrecognized_(text, span);
        }
    }

    std::vector<Unrecognized> stray;

private:
    std::function<void(const twinning::model::RawRecord&)> on_record_;
    UnrecognizedHandler on_unrecognized_;
};

}  // namespace twinning_test
