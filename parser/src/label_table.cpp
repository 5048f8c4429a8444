#include "twinning/parser/label_table.hpp"

#include <algorithm>
#include <array>

#include "twinning/text/edit_distance.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

using model::LabelKind;

struct Alias {
    std::string_view key;  // already in label_key form
    LabelKind kind;
};

// Canonical spellings: what `fmt` writes and what a typo fix suggests.
[[nodiscard]] std::string_view canonical_label(LabelKind kind) {
    switch (kind) {
        case LabelKind::name:
            return "city";
        case LabelKind::country:
            return "country";
        case LabelKind::subdivision:
            return "region";
        case LabelKind::population:
            return "population";
        case LabelKind::signed_on:
            return "partnership agreement signed";
        case LabelKind::renewed:
            return "renewed";
        case LabelKind::websites:
            return "web sites";
        case LabelKind::cooperation_areas:
            return "main areas of cooperation";
        case LabelKind::unknown:
            break;
    }
    return "";
}

// Every spelling people use for a label. Hyphens are already gone from the
// keys, so `co-operation` and `web-site` need no rows of their own. Words
// common in running text (`since`, `cooperation`, `web`) are left out: a
// typo match on them would cut values apart.
constexpr std::array aliases{
    // clang-format off
    Alias{"city",                          LabelKind::name},
    Alias{"town",                          LabelKind::name},
    Alias{"name",                          LabelKind::name},
    Alias{"partner city",                  LabelKind::name},
    Alias{"country",                       LabelKind::country},
    Alias{"region",                        LabelKind::subdivision},
    Alias{"population",                    LabelKind::population},
    Alias{"inhabitants",                   LabelKind::population},
    Alias{"number of inhabitants",         LabelKind::population},
    Alias{"partnership agreement signed",  LabelKind::signed_on},
    Alias{"partnership agreement",         LabelKind::signed_on},
    Alias{"agreement signed",              LabelKind::signed_on},
    Alias{"partnership signed",            LabelKind::signed_on},
    Alias{"date of signing",               LabelKind::signed_on},
    Alias{"signed",                        LabelKind::signed_on},
    Alias{"twinned since",                 LabelKind::signed_on},
    Alias{"partners since",                LabelKind::signed_on},
    Alias{"renewed",                       LabelKind::renewed},
    Alias{"agreement renewed",             LabelKind::renewed},
    Alias{"partnership renewed",           LabelKind::renewed},
    Alias{"web sites",                     LabelKind::websites},
    Alias{"web site",                      LabelKind::websites},
    Alias{"websites",                      LabelKind::websites},
    Alias{"website",                       LabelKind::websites},
    Alias{"homepage",                      LabelKind::websites},
    Alias{"home page",                     LabelKind::websites},
    Alias{"url",                           LabelKind::websites},
    Alias{"main areas of cooperation",     LabelKind::cooperation_areas},
    Alias{"main area of cooperation",      LabelKind::cooperation_areas},
    Alias{"areas of cooperation",          LabelKind::cooperation_areas},
    Alias{"area of cooperation",           LabelKind::cooperation_areas},
    Alias{"cooperation areas",             LabelKind::cooperation_areas},
    Alias{"fields of cooperation",         LabelKind::cooperation_areas},
    // clang-format on
};

[[nodiscard]] int typo_budget(std::string_view key) {
    if (key.size() <= 4) {
        return 0;
    }
    return key.size() <= 8 ? 1 : 2;
}

// The key without word breaks, so `web site`, `website` and `co operation`
// compare by their letters alone.
[[nodiscard]] std::string letters_only(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (const char c : key) {
        if (c != ' ') {
            out.push_back(c);
        }
    }
    return out;
}

struct AliasLetters {
    std::string letters;
    text::LetterCounts counts{};
};

// The aliases' letters, worked out once.
[[nodiscard]] const std::array<AliasLetters, aliases.size()>& alias_letters() {
    static const auto letters = [] {
        std::array<AliasLetters, aliases.size()> out;
        for (std::size_t i = 0; i < aliases.size(); ++i) {
            out.at(i).letters = letters_only(aliases.at(i).key);
            out.at(i).counts = text::count_letters(out.at(i).letters);
        }
        return out;
    }();
    return letters;
}

[[nodiscard]] bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string label_key(std::string_view candidate) {
    std::string key;
    key.reserve(candidate.size());
    int words = 0;
    bool pending_space = false;
    for (std::size_t i = 0; i < candidate.size();) {
        const char c = candidate[i];
        if (const std::size_t space = text::space_length(candidate, i); space != 0 || text::is_line_break(c)) {
            pending_space = !key.empty();
            i += space != 0 ? space : 1;
            continue;
        }
        if (c == '-') {
            // A hyphen joins or separates words: `co-operation`,
            // `partnership-agreement`. Matching ignores word breaks.
            pending_space = !key.empty();
            ++i;
            continue;
        }
        const bool letter = is_ascii_letter(c) || c == '\'' || static_cast<unsigned char>(c) >= 0x80U;
        if (!letter) {
            return {};
        }
        if (pending_space || key.empty()) {
            if (++words > max_label_words) {
                return {};
            }
            if (pending_space) {
                key.push_back(' ');
            }
            pending_space = false;
        }
        key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        ++i;
    }
    return key;
}

std::optional<LabelMatch> match_label(std::string_view key) {
    if (key.empty()) {
        return std::nullopt;
    }
    const std::string letters = letters_only(key);
    const auto& known = alias_letters();
    for (std::size_t i = 0; i < aliases.size(); ++i) {
        if (known.at(i).letters == letters) {
            return LabelMatch{aliases.at(i).kind, canonical_label(aliases.at(i).kind), true};
        }
    }
    const text::LetterCounts counts = text::count_letters(letters);
    std::optional<LabelMatch> best;
    int best_distance = 0;
    for (std::size_t i = 0; i < aliases.size(); ++i) {
        const int budget = typo_budget(known.at(i).letters);
        if (budget == 0 || !text::counts_allow_distance(counts, known.at(i).counts, budget)) {
            continue;
        }
        const int distance = text::bounded_edit_distance(letters, known.at(i).letters, budget);
        if (distance <= budget && (!best || distance < best_distance)) {
            best = LabelMatch{aliases.at(i).kind, canonical_label(aliases.at(i).kind), false};
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace twinning::parser
