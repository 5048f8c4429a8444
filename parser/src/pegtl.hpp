#pragma once

// The one place twinning includes PEGTL. It pins the input type and names
// the 3.2.7 spellings the grammar uses, so a PEGTL upgrade touches one file.

#include <string_view>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

namespace twinning::parser {

namespace peg = tao::pegtl;

// Line and column are never tracked while parsing: the builder resolves
// only the offsets it keeps, walking forward, so positions cost nothing on
// bytes that end up in no span.
using Input = peg::memory_input<peg::tracking_mode::lazy, peg::eol::lf_crlf>;

// What is left of the input, as a view.
template <typename ParseInput>
[[nodiscard]] std::string_view remaining(const ParseInput& in) {
    return {in.current(), static_cast<std::size_t>(in.end() - in.current())};
}

}  // namespace twinning::parser
