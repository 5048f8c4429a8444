#pragma once

// The "nothing lost" invariant, shared by the unit tests and the fuzz
// target: every byte of input that is not blank lies in a record's header,
// in a field, in text reported as unrecognized, in a heading, or in a
// comment; those places never overlap and never point outside the input.
// A record read whole from a list line, a table row or a sentence covers
// its span, as its cell breaks and stripped decorations lie between its
// parts; the parts must lie inside it, and the partners one line names
// share its span.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "twinning/model/raw_record.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning_test {

class SpanCollector final : public twinning::parser::RecordSink {
public:
    void record(const twinning::model::RawRecord& raw) override {
        ++records;
        if (raw.layout != twinning::model::Layout::fields && raw.layout != twinning::model::Layout::lines) {
            add_whole(raw);
            return;
        }
        if (raw.header) {
            add(raw.header->span);
        }
        for (const auto& field : raw.fields) {
            add(field.span);
        }
        for (const auto& note : raw.notes) {
            add(note.span);
        }
    }
    void unrecognized(std::string_view /*text*/, const twinning::model::SourceSpan& span) override { add(span); }
    void heading(std::string_view /*text*/, const twinning::model::SourceSpan& span) override { add(span); }

    std::vector<std::pair<std::size_t, std::size_t>> ranges;  // [begin, end)
    std::size_t records = 0;
    std::size_t parts_outside = 0;  // parts of a whole record that lie outside its span

private:
    void add_whole(const twinning::model::RawRecord& raw) {
        const auto inside = [&](const twinning::model::SourceSpan& span) {
            return span.begin.offset >= raw.span.begin.offset && span.end.offset <= raw.span.end.offset;
        };
        if (raw.header && !inside(raw.header->span)) {
            ++parts_outside;
        }
        for (const auto& decoration : raw.decorations) {
            parts_outside += inside(decoration.span) ? 0 : 1;
        }
        for (const auto& field : raw.fields) {
            // A list's group may take its country from the heading above it.
            const bool from_elsewhere = field.label.kind == twinning::model::Field::country &&
                                        field.label.reading == twinning::model::LabelReading::shape;
            parts_outside += inside(field.value_span) || from_elsewhere ? 0 : 1;
        }
        if (ranges.empty() || ranges.back() != std::pair(raw.span.begin.offset, raw.span.end.offset)) {
            add(raw.span);
        }
    }

    void add(const twinning::model::SourceSpan& span) { ranges.emplace_back(span.begin.offset, span.end.offset); }
};

// Empty when `ranges` cover every byte of `input` that is not blank or in a
// comment, without overlapping or leaving the input; otherwise what is wrong.
[[nodiscard]] inline std::string coverage_violation(std::string_view input,
                                                    std::vector<std::pair<std::size_t, std::size_t>> ranges) {
    std::ranges::sort(ranges);
    std::vector<bool> covered(input.size(), false);
    std::size_t previous_end = 0;
    for (const auto& [begin, end] : ranges) {
        if (begin > end || end > input.size()) {
            return "a span points outside the input at byte " + std::to_string(begin);
        }
        if (begin < previous_end) {
            return "spans overlap at byte " + std::to_string(begin);
        }
        std::fill(covered.begin() + static_cast<std::ptrdiff_t>(begin),
                  covered.begin() + static_cast<std::ptrdiff_t>(end), true);
        previous_end = end;
    }
    // Comments are skipped on purpose; a byte-order mark is not text.
    std::size_t i = input.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    bool line_start = true;
    while (i < input.size()) {
        const char c = input[i];
        if (c == '\n') {
            line_start = true;
            ++i;
            continue;
        }
        if (const std::size_t space = twinning::text::space_length(input, i); space != 0 || c == '\r') {
            i += space != 0 ? space : 1;
            continue;
        }
        if (line_start && c == '#' && !covered[i]) {
            const std::size_t end = input.find('\n', i);
            i = end == std::string_view::npos ? input.size() : end;
            continue;
        }
        line_start = false;
        if (!covered[i]) {
            return "byte " + std::to_string(i) + " is in no header, field or unrecognized text";
        }
        ++i;
    }
    return {};
}

// Empty when the invariant holds for what the grammar makes of `input`.
[[nodiscard]] inline std::string nothing_lost_violation(std::string_view input) {
    SpanCollector spans;
    twinning::parser::parse_listing(input, spans);
    if (spans.parts_outside != 0) {
        return std::to_string(spans.parts_outside) + " parts of records read whole lie outside them";
    }
    return coverage_violation(input, spans.ranges);
}

}  // namespace twinning_test
