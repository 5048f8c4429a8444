#pragma once

// Partners named in prose: `An agreement with the town of Tulln (Austria)
// was signed on 12 May 1982.`, `With the Austrian town of Tulln since
// 1982.`, `Tulln in Austria has been our partner since 1982.` A sentence
// names a partner when it holds a partnership word and a place with its
// country: in brackets, after a comma, after `in`, or as an adjective
// before `town of`. Prose without both is text.

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "list_line.hpp"

namespace twinning::parser {

// The most lines one stretch of prose is read over: a sentence a PDF
// wrapped, up to the line that ends it.
inline constexpr std::size_t prose_lines = 8;
// The longest sentence read for partners; a longer one is text.
inline constexpr std::size_t longest_sentence = 1000;

// Offsets below are within the prose's text.
struct SentencePartner {
    LinePiece place;    // `Tulln`, `Tulln (Austria)` or `Salem, Oregon, USA`: what a header would hold
    LinePiece country;  // the country beside the place, or its adjective; empty when the place holds it
};

struct PartnerSentence {
    LinePiece sentence;
    std::vector<SentencePartner> partners;
    LinePiece date;  // the first date in the sentence; empty for none
};

struct PartnerProse {
    std::size_t length = 0;                  // of the prose's text, from its first line to the end of its last
    std::vector<PartnerSentence> sentences;  // only those that name partners, in order
};

// Whether the line at an offset starts something other than prose: a
// record's header or a field, which prose must not run into.
using StartsOtherThanProse = std::function<bool(std::size_t)>;

// The prose that starts at `at`, a line start, when a sentence of it names
// a partner: its lines up to the first that ends a sentence, at most
// prose_lines of them, and none that `starts_other` claims.
[[nodiscard]] std::optional<PartnerProse> read_partner_prose(std::string_view input, std::size_t at,
                                                             const StartsOtherThanProse& starts_other = {});

// The partners one sentence names; none when it holds no partnership word.
[[nodiscard]] std::optional<PartnerSentence> read_partner_sentence(std::string_view sentence);

// True when `word`, in any case, is one that tells of a partnership:
// `twinned`, `agreement`, `sister`.
[[nodiscard]] bool tells_of_partnership(std::string_view word);

}  // namespace twinning::parser
