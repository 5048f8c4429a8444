#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "twinning/parser/label_table.hpp"

namespace twinning::parser {

// A label found in the input: `text_length` bytes of label text, then
// optional spaces and the colon, `length` bytes in all.
struct LabelHit {
    std::size_t text_length = 0;
    std::size_t length = 0;
    LabelMatch match;
};

// Finds labels inside running text. A label starts at a word start and
// ends at a colon at most `window` characters on, crossing at most one line
// break. A run of spaces and line breaks counts as one character, as the
// label's own key reads it: respacing text (as fmt does) must not decide
// whether a label is found. The colon is looked for in the first `window`
// bytes; only when none is there, and a run longer than a byte stands in
// them, does a scan go on over label text, stopping at the first byte or
// word no label holds. The work per byte stays constant: a byte lies in
// the window of at most `window` word starts, the search for the next
// colon resumes where the previous one stopped, and the last answer is
// kept, so a label is classified once however often the grammar asks.
class LabelScanner {
public:
    static constexpr std::size_t window = 48;

    explicit LabelScanner(std::string_view input) : input_(input) {}

    // The label starting at `offset`. Labels not in the table count only
    // when `at_line_start` is true.
    [[nodiscard]] std::optional<LabelHit> label_at(std::size_t offset, bool at_line_start);

private:
    // True when no run of spaces and line breaks in [begin, end) is longer
    // than one byte: then `window` bytes are `window` characters, and a
    // colon past them is past the window too.
    [[nodiscard]] bool plainly_spaced(std::size_t begin, std::size_t end);
    [[nodiscard]] bool may_collapse(std::size_t at) const;
    // A colon past the first `window` bytes that is still within `window`
    // characters of `offset`, with only label text before it; npos if none.
    [[nodiscard]] std::size_t far_colon(std::size_t offset) const;
    [[nodiscard]] std::size_t next_colon(std::size_t from, std::size_t limit);
    [[nodiscard]] std::optional<LabelHit> classify(std::size_t offset, bool at_line_start);

    std::string_view input_;

    // How many bytes of [counted_from_, counted_to_) may collapse.
    std::size_t counted_from_ = 0;
    std::size_t counted_to_ = 0;
    std::size_t collapsing_ = 0;

    // Bytes in [scan_from_, scan_to_) hold no colon; a colon sits at
    // scan_to_ when colon_found_.
    std::size_t scan_from_ = 0;
    std::size_t scan_to_ = 0;
    bool colon_found_ = false;

    // The last question and its answer.
    std::size_t asked_offset_ = static_cast<std::size_t>(-1);
    bool asked_line_start_ = false;
    std::optional<LabelHit> answer_;
};

}  // namespace twinning::parser
