#include <algorithm>

#include "line_roles.hpp"
#include "partner_sentence.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

// Prose read for partners: the lines a stretch of prose runs over, up to
// the one that ends a sentence, cut into the sentences that
// partner_sentence.cpp reads one at a time.

namespace twinning::parser {

namespace {

// Where a sentence ends after `i`, a full stop, question or exclamation
// mark: not after an abbreviation (`St. Petersburg`, `Mr.`) or inside a
// number.
[[nodiscard]] bool ends_sentence(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') {
        return false;
    }
    const std::size_t after = i + 1;
    if (after < text.size() && text::space_length(text, after) == 0 && !text::is_line_break(text[after])) {
        return false;
    }
    if (c == '.') {
        std::size_t word = i;
        while (word > 0 && words::is_letter(text[word - 1])) {
            --word;
        }
        // `St.`, `Mt.`, `J.`: a capital and at most one small letter. `UK.`
        // and `US.` end a sentence.
        const bool abbreviation = i > word && i - word <= 2 && words::is_upper(text[word]) &&
                                  (i - word == 1 || !words::is_upper(text[word + 1]));
        if (abbreviation) {
            return false;
        }
    }
    return true;
}

}  // namespace

std::optional<PartnerProse> read_partner_prose(std::string_view input, std::size_t at,
                                               const StartsOtherThanProse& starts_other) {
    // The lines up to the one that ends a sentence.
    std::size_t end = at;
    std::size_t next = at;
    for (std::size_t lines = 0; lines < prose_lines && next < input.size(); ++lines) {
        const auto line = line_within(input, next, longest_sentence);
        if (!line || text::trim(*line).empty()) {
            break;
        }
        // An item of a list, a record's header or a field after the prose
        // is no part of it.
        if (lines > 0 && (starts_with_bullet(*line) || (starts_other && starts_other(next)))) {
            break;
        }
        const std::string_view trimmed = text::trim(*line);
        end = static_cast<std::size_t>(trimmed.data() - input.data()) + trimmed.size();
        const char last = trimmed.back();
        // A colon introduces what follows: a list, most often.
        if (last == '.' || last == '!' || last == '?' || last == ':' || starts_with_bullet(*line)) {
            break;
        }
        next = static_cast<std::size_t>(line->data() - input.data()) + line->size();
        next += input.substr(next, 2) == "\r\n" ? 2 : 1;
    }
    const std::string_view text = input.substr(at, end - at);
    if (text.empty() || text.size() > prose_lines * longest_sentence) {
        return std::nullopt;
    }
    PartnerProse prose;
    prose.length = text.size();
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !ends_sentence(text, i)) {
            continue;
        }
        const std::size_t stop = std::min(i + 1, text.size());
        const std::string_view sentence = text::trim(text.substr(begin, stop - begin));
        if (!sentence.empty()) {
            const auto offset = static_cast<std::size_t>(sentence.data() - text.data());
            if (auto found = read_partner_sentence(sentence)) {
                const auto shift = [&](LinePiece& piece) {
                    if (!piece.empty()) {
                        piece.begin += offset;
                        piece.end += offset;
                    }
                };
                shift(found->sentence);
                shift(found->date);
                for (SentencePartner& partner : found->partners) {
                    shift(partner.place);
                    shift(partner.country);
                }
                prose.sentences.push_back(std::move(*found));
            }
        }
        begin = stop;
    }
    if (prose.sentences.empty()) {
        return std::nullopt;
    }
    return prose;
}

}  // namespace twinning::parser
