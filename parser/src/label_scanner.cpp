#include "twinning/parser/label_scanner.hpp"

#include <algorithm>
#include <cstring>

#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

[[nodiscard]] bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The bytes a label's words are made of: letters, `'` and those of
// non-ASCII letters. Besides them a label holds only spaces and hyphens
// (label_key rejects every other byte).
[[nodiscard]] bool is_label_byte(char c) {
    return is_ascii_letter(c) || c == '\'' || static_cast<unsigned char>(c) >= 0x80U;
}

// A colon followed by `//` is a URL scheme, not a label's end.
[[nodiscard]] bool starts_url(std::string_view input, std::size_t colon) { return input.substr(colon + 1, 2) == "//"; }

// A value starts after the colon on the colon's own line. A line that ends
// in its colon is prose introducing what follows (`See also:`), not a label
// twinning does not know.
[[nodiscard]] bool value_follows_on_line(std::string_view input, std::size_t colon) {
    for (std::size_t at = colon + 1; at < input.size() && !text::is_line_break(input[at]);) {
        const std::size_t space = text::space_length(input, at);
        if (space == 0) {
            return true;
        }
        at += space;
    }
    return false;
}

// Labels not in the table must look like a label: the colon ends the word
// it is on, so `note:see` or `10:30` are not read as labels.
[[nodiscard]] bool colon_ends_word(std::string_view input, std::size_t colon) {
    const std::size_t next = colon + 1;
    return next >= input.size() || text::space_length(input, next) != 0 || text::is_line_break(input[next]);
}

// The candidate may wrap once, as PDFs wrap labels, but not across a blank
// line.
[[nodiscard]] bool wraps_at_most_once(std::string_view candidate) {
    const std::size_t first = candidate.find('\n');
    if (first == std::string_view::npos) {
        return true;
    }
    if (candidate.find('\n', first + 1) != std::string_view::npos) {
        return false;
    }
    return !text::trim(candidate.substr(first + 1)).empty();
}

// A label wrapped over two lines must match exactly, and its second line
// must not be a label by itself: otherwise the short last word of a value
// (`... EU`) plus the next line's label (`population:`) would read as one
// misspelled label.
[[nodiscard]] bool is_wrapped_label(std::string_view candidate, const std::optional<LabelMatch>& match) {
    if (!match || !match->exact) {
        return false;
    }
    const std::string_view second_line = candidate.substr(candidate.find('\n') + 1);
    return !match_label(label_key(second_line)).has_value();
}

// Label text ends before the spaces in `population :`.
[[nodiscard]] std::size_t text_length(std::string_view candidate) {
    const std::string_view trimmed = text::trim(candidate);
    return static_cast<std::size_t>(trimmed.data() + trimmed.size() - candidate.data());
}

}  // namespace

std::size_t LabelScanner::next_colon(std::size_t from, std::size_t limit) {
    const bool resumes = from >= scan_from_ && from <= scan_to_;
    if (resumes && colon_found_) {
        return scan_to_ < limit ? scan_to_ : std::string_view::npos;
    }
    std::size_t start = resumes ? scan_to_ : from;
    if (!resumes) {
        scan_from_ = from;
    }
    if (start >= limit) {
        return std::string_view::npos;
    }
    const void* hit = std::memchr(input_.data() + start, ':', limit - start);
    if (hit == nullptr) {
        scan_to_ = limit;
        colon_found_ = false;
        return std::string_view::npos;
    }
    scan_to_ = static_cast<std::size_t>(static_cast<const char*>(hit) - input_.data());
    colon_found_ = true;
    return scan_to_;
}

bool LabelScanner::may_collapse(std::size_t at) const {
    // A blank byte alone is one character; two in a row are one character
    // too, and a non-ASCII space is several bytes.
    const auto blank = [](char c) { return c == ' ' || c == '\t' || text::is_line_break(c); };
    const char c = input_[at];
    return static_cast<unsigned char>(c) >= 0x80U || (blank(c) && at + 1 < input_.size() && blank(input_[at + 1]));
}

bool LabelScanner::plainly_spaced(std::size_t begin, std::size_t end) {
    // The counted stretch slides forward with the offsets the grammar asks
    // about, so each byte is looked at twice in all; an offset behind it
    // or past it starts it afresh.
    if (begin < counted_from_ || begin > counted_to_) {
        counted_from_ = begin;
        counted_to_ = begin;
        collapsing_ = 0;
    }
    for (; counted_from_ < begin; ++counted_from_) {
        collapsing_ -= may_collapse(counted_from_) ? 1 : 0;
    }
    for (; counted_to_ < end; ++counted_to_) {
        collapsing_ += may_collapse(counted_to_) ? 1 : 0;
    }
    return collapsing_ == 0;
}

std::size_t LabelScanner::far_colon(std::size_t offset) const {
    std::size_t characters = 0;
    std::size_t line_breaks = 0;
    int words = 1;
    bool word_ended = false;  // by spaces or a hyphen, as label_key splits words
    for (std::size_t at = offset; at < input_.size() && characters < window; ++characters) {
        const char c = input_[at];
        if (c == ':') {
            return at;
        }
        // Letters and single spaces first: they are most of the text.
        const bool blank = c == ' ' || c == '\t' || text::is_line_break(c) || static_cast<unsigned char>(c) >= 0x80U;
        if (const std::size_t run = blank ? text::blank_run_length(input_, at) : 0; run != 0) {
            // A label crosses at most one line break.
            line_breaks +=
                static_cast<std::size_t>(std::count(input_.begin() + static_cast<std::ptrdiff_t>(at),
                                                    input_.begin() + static_cast<std::ptrdiff_t>(at + run), '\n'));
            if (line_breaks >= 2) {
                return std::string_view::npos;
            }
            word_ended = true;
            at += run;
            continue;
        }
        if (c == '-' || c == '/') {
            word_ended = true;
        } else if (!is_label_byte(c)) {
            return std::string_view::npos;  // no label holds this byte
        } else if (word_ended) {
            word_ended = false;
            if (++words > max_label_words) {
                return std::string_view::npos;  // longer than any label
            }
        }
        ++at;
    }
    return std::string_view::npos;
}

std::optional<LabelHit> LabelScanner::label_at(std::size_t offset, bool at_line_start) {
    if (offset == asked_offset_ && at_line_start == asked_line_start_) {
        return answer_;
    }
    asked_offset_ = offset;
    asked_line_start_ = at_line_start;
    answer_ = classify(offset, at_line_start);
    return answer_;
}

std::optional<LabelHit> LabelScanner::classify(std::size_t offset, bool at_line_start) {
    if (offset >= input_.size() || !is_ascii_letter(input_[offset])) {
        return std::nullopt;
    }
    const std::size_t limit = std::min(input_.size(), offset + window);
    std::size_t colon = next_colon(offset, limit);
    if (colon == std::string_view::npos && limit < input_.size() && !plainly_spaced(offset, limit)) {
        colon = far_colon(offset);
    }
    if (colon == std::string_view::npos || starts_url(input_, colon)) {
        return std::nullopt;
    }
    const std::string_view candidate = input_.substr(offset, colon - offset);
    if (!wraps_at_most_once(candidate)) {
        return std::nullopt;
    }
    const std::string key = label_key(candidate);
    if (key.empty()) {
        return std::nullopt;
    }
    const bool wrapped = candidate.find('\n') != std::string_view::npos;
    std::optional<LabelMatch> match = match_label(key);
    if (wrapped && !is_wrapped_label(candidate, match)) {
        return std::nullopt;
    }
    if (!match) {
        // Unknown labels stand at the start of a line, on one line, with
        // their value.
        if (!at_line_start || wrapped || !colon_ends_word(input_, colon) || !value_follows_on_line(input_, colon)) {
            return std::nullopt;
        }
        match = LabelMatch{};
    }
    return LabelHit{text_length(candidate), colon - offset + 1, *match};
}

}  // namespace twinning::parser
