#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace twinning::model {

// A place in the input. Lines and columns are 1-based; columns count Unicode
// code points, so a caret lines up under `Košice` the way a reader sees it.
struct Position {
    std::size_t offset = 0;
    std::uint32_t line = 1;
    std::uint32_t column = 1;

    friend bool operator==(const Position&, const Position&) = default;
};

// A half-open byte range of the input with both ends resolved to line and
// column. `end` is the position just past the last byte, as in SARIF.
struct SourceSpan {
    Position begin;
    Position end;

    [[nodiscard]] std::size_t offset() const { return begin.offset; }
    [[nodiscard]] std::size_t length() const { return end.offset - begin.offset; }
    [[nodiscard]] bool empty() const { return length() == 0; }

    friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

// U+FEFF at the start of an input: invisible, and not part of the text.
inline constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// Resolves byte offsets to positions by walking forward from the last answer.
// Spans are asked for in input order, so the total work is linear in the
// input; an offset behind the cursor restarts from the start of its line.
class PositionCursor {
public:
    // `text` starts at `origin`; offsets given to `at` are absolute.
    explicit PositionCursor(std::string_view text, Position origin = {})
        : text_(text), origin_(origin), here_(origin) {}

    // A cursor for a whole input. Positions count from after a byte-order
    // mark: it is invisible, so the first character a reader sees is
    // column 1.
    [[nodiscard]] static PositionCursor for_input(std::string_view input) {
        if (input.starts_with(byte_order_mark)) {
            return PositionCursor(input.substr(byte_order_mark.size()), {byte_order_mark.size(), 1, 1});
        }
        return PositionCursor(input);
    }

    [[nodiscard]] Position at(std::size_t offset) {
        if (offset < here_.offset) {
            rewind_to_line_start(offset);
        }
        walk_to(offset);
        return here_;
    }

    [[nodiscard]] SourceSpan span(std::size_t offset, std::size_t length) {
        const Position begin = at(offset);
        return {begin, at(offset + length)};
    }

private:
    [[nodiscard]] static bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

    void walk_to(std::size_t offset) {
        const std::size_t stop = offset - origin_.offset;
        for (std::size_t i = here_.offset - origin_.offset; i < stop && i < text_.size(); ++i) {
            const char c = text_[i];
            if (c == '\n') {
                ++here_.line;
                here_.column = 1;
            } else if (!is_continuation_byte(c)) {
                ++here_.column;
            }
        }
        here_.offset = offset;
    }

    // Going back is rare (a diagnostic about an earlier value); count the
    // lines between, then recount the column from the line start.
    void rewind_to_line_start(std::size_t offset) {
        const std::size_t target = offset - origin_.offset;
        std::size_t i = here_.offset - origin_.offset;
        std::uint32_t line = here_.line;
        while (i > target) {
            --i;
            if (i < text_.size() && text_[i] == '\n') {
                --line;
            }
        }
        std::size_t line_start = target;
        while (line_start > 0 && text_[line_start - 1] != '\n') {
            --line_start;
        }
        if (line == origin_.line && line_start == 0) {
            here_ = origin_;
            return;
        }
        here_ = {origin_.offset + line_start, line, 1};
    }

    std::string_view text_;
    Position origin_;
    Position here_;
};

}  // namespace twinning::model
