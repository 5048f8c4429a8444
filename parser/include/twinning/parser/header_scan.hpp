#pragma once

#include <cstddef>
#include <string_view>

#include "twinning/parser/label_scanner.hpp"

namespace twinning::parser {

// Length of the header text starting at `offset` (a line start, after any
// indentation), or 0 when there is no header there.
//
// A header is text that holds no label and is followed by a label, either
// later on the same line or at the start of the next line. The lookahead
// is what tells a header from a wrapped line of a value: a wrapped line is
// not followed by a label.
//
// With `needs_parens` the text must also be shaped `Name (Country...)` and
// the name must hold no comma or semicolon; that is the test for a record
// that follows the previous one with no blank line in between, where any
// other line would be read as the previous value wrapping.
[[nodiscard]] std::size_t header_text_length(std::string_view input, std::size_t offset, LabelScanner& scanner,
                                             bool needs_parens);

// True for `Name (Country...)`: ends in `)`, has a `(` after a non-empty
// name, and the name holds no list separators.
[[nodiscard]] bool has_header_shape(std::string_view header);

}  // namespace twinning::parser
