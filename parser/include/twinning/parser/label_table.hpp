#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "twinning/model/raw_record.hpp"

namespace twinning::parser {

struct LabelMatch {
    model::LabelKind kind = model::LabelKind::unknown;
    std::string_view canonical;
    bool exact = true;
};

// The comparison key of a label candidate: ASCII case folded, hyphens,
// spaces and line breaks made single spaces, none at either end. Empty
// when the candidate cannot be a label at all: it holds a digit or
// punctuation, or has more words than any label.
[[nodiscard]] std::string label_key(std::string_view candidate);

// Looks a key up in the table of canonical labels and aliases, comparing
// letters only (`web site` = `website`, `co-operation` = `cooperation`):
// exactly first, then within a small Damerau-Levenshtein distance (none
// for labels of four letters or fewer, one up to eight, two beyond).
[[nodiscard]] std::optional<LabelMatch> match_label(std::string_view key);

// The longest run of words a label may have; longer candidates are text.
inline constexpr int max_label_words = 5;

}  // namespace twinning::parser
