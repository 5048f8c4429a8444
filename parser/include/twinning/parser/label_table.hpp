#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "twinning/model/raw_record.hpp"

namespace twinning::parser {

struct LabelMatch {
    model::Field kind = model::Field::extra;
    // The table's spelling. Labels that name no field of the record but are
    // known all the same (`address`, `e-mail`) have kind `unknown` and a
    // canonical spelling: they are recognised inside a line, kept in
    // `extra`, and not reported as unknown.
    std::string_view canonical;
    bool exact = true;
    bool by_words = false;  // read from its head words, not found in the table
};

// The canonical spelling of a field's label: what `fmt` writes and what a
// typo fix suggests. Empty for `unknown`.
[[nodiscard]] std::string_view canonical_label(model::Field kind);

// The comparison key of a label candidate: ASCII case folded, hyphens,
// spaces and line breaks made single spaces, none at either end. Empty
// when the candidate cannot be a label at all: it holds a digit or
// punctuation, or has more words than any label.
[[nodiscard]] std::string label_key(std::string_view candidate);

// Looks a key up in the table of canonical labels and aliases, comparing
// letters only (`web site` = `website`, `co-operation` = `cooperation`):
// exactly first; then by its words, when every word is one the labels of a
// field are made of (`twinning year`, `official web page`); then within a
// small Damerau-Levenshtein distance (none for labels of four letters or
// fewer, one up to eight, two beyond).
[[nodiscard]] std::optional<LabelMatch> match_label(std::string_view key);

// True for a word, case folded, that labels of the agreement date are made
// of (`partnership`, `twinned`, `since`): a short line that starts with one
// and holds a year is a partnership phrase.
[[nodiscard]] bool is_partnership_word(std::string_view folded_word);

// True for a word, case folded, that labels of a renewal are made of
// (`renewed`, `renewal`, `extended`).
[[nodiscard]] bool is_renewal_word(std::string_view folded_word);

// True for a word, case folded, that labels hold but that names no field
// (`the`, `official`, `partner`, `twin`).
[[nodiscard]] bool is_filler_word(std::string_view folded_word);

// match_label without the typo search: exactly or by words only. For
// labels without a colon, where a dash or a line of its own is weaker
// evidence than a colon, and the typo search would cost most of the work.
[[nodiscard]] std::optional<LabelMatch> match_label_as_written(std::string_view key);

// The longest run of words a label may have; longer candidates are text.
inline constexpr int max_label_words = 5;

}  // namespace twinning::parser
