#pragma once

// Test support: raw records built by hand over a text, in the shapes the
// grammar gives for list lines, table rows and sentences. Each part is
// named by the text it covers, and its span is resolved in the text, so a
// record reads as one the grammar would hand over.

#include <gtest/gtest.h>

#include <cstddef>
#include <string_view>

#include "twinning/model/raw_record.hpp"
#include "twinning/model/source_span.hpp"

namespace twinning_test {

class RawBuilder {
public:
    explicit RawBuilder(std::string_view input) : input_(input) {}

    // The first `text` in the input at or after `from`; the test fails
    // when there is none.
    [[nodiscard]] std::string_view part(std::string_view text, std::size_t from = 0) const {
        const std::size_t at = input_.find(text, from);
        EXPECT_NE(at, std::string_view::npos) << text;
        return at == std::string_view::npos ? std::string_view() : input_.substr(at, text.size());
    }

    // The span of a view into the input.
    [[nodiscard]] twinning::model::SourceSpan span(std::string_view view) const {
        const auto offset = static_cast<std::size_t>(view.data() - input_.data());
        auto cursor = twinning::model::PositionCursor::for_input(input_);
        return cursor.span(offset, view.size());
    }

    // A field whose value is `value`. A label is given by its text, or
    // left empty for a value read by its shape.
    [[nodiscard]] twinning::model::RawField field(twinning::model::Field kind, std::string_view canonical,
                                                  std::string_view label, std::string_view value,
                                                  twinning::model::LabelReading reading) const {
        twinning::model::RawField field;
        field.label.kind = kind;
        field.label.canonical = canonical;
        field.label.reading = reading;
        field.label.text = label;
        field.value = value;
        field.value_span = span(value);
        field.label.span =
            label.empty() ? twinning::model::SourceSpan{field.value_span.begin, field.value_span.begin} : span(label);
        const std::string_view first = label.empty() || value.data() < label.data() ? value : label;
        const std::string_view last = label.empty() || value.data() > label.data() ? value : label;
        field.span = {span(first).begin, span(last).end};
        return field;
    }

    [[nodiscard]] twinning::model::RawHeader header(std::string_view text) const { return {text, span(text)}; }

    [[nodiscard]] twinning::model::RawDecoration decoration(std::string_view text) const { return {text, span(text)}; }

private:
    std::string_view input_;
};

}  // namespace twinning_test
