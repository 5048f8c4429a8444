#pragma once

// The "nothing lost" invariant, shared by the unit tests and the fuzz
// target: every byte of input that is not blank lies in a record's header,
// in a field, in text reported as unrecognized, or in a comment; those
// places never overlap and never point outside the input.

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
        if (raw.header) {
            add(raw.header->span);
        }
        for (const auto& field : raw.fields) {
            add(field.span);
        }
        for (const auto& note : raw.notes) {
            add(note.span);
        }
        ++records;
    }
    void unrecognized(std::string_view /*text*/, const twinning::model::SourceSpan& span) override { add(span); }

    std::vector<std::pair<std::size_t, std::size_t>> ranges;  // [begin, end)
    std::size_t records = 0;

private:
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
    twinning::parser::parse_listing(input, "input", spans);
    return coverage_violation(input, spans.ranges);
}

}  // namespace twinning_test
