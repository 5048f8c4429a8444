#include "twinning/parser/label_table.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

#include "twinning/text/ascii.hpp"
#include "twinning/text/edit_distance.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

using model::LabelKind;

struct Alias {
    std::string_view key;  // already in label_key form
    LabelKind kind;
};

// Every spelling people use for a label. Hyphens and slashes are already
// gone from the keys, so `co-operation`, `web-site` and `e-mail` need no
// rows of their own. Words common in running text (`since`, `cooperation`)
// are left out: a match on them would cut values apart. Rows of kind
// `unknown` are labels that name no field but are known, so that inside a
// run-together line they end the value before them.
constexpr std::array aliases{
    // clang-format off
    Alias{"city",                          LabelKind::name},
    Alias{"town",                          LabelKind::name},
    Alias{"name",                          LabelKind::name},
    Alias{"partner city",                  LabelKind::name},
    Alias{"partner",                       LabelKind::name},
    Alias{"partner town",                  LabelKind::name},
    Alias{"city/town",                     LabelKind::name},
    Alias{"municipality",                  LabelKind::name},
    Alias{"country",                       LabelKind::country},
    Alias{"state",                         LabelKind::country},
    Alias{"region",                        LabelKind::subdivision},
    Alias{"province",                      LabelKind::subdivision},
    Alias{"county",                        LabelKind::subdivision},
    Alias{"population",                    LabelKind::population},
    Alias{"inhabitants",                   LabelKind::population},
    Alias{"number of inhabitants",         LabelKind::population},
    Alias{"residents",                     LabelKind::population},
    Alias{"partnership agreement signed",  LabelKind::signed_on},
    Alias{"partnership agreement",         LabelKind::signed_on},
    Alias{"agreement signed",              LabelKind::signed_on},
    Alias{"partnership signed",            LabelKind::signed_on},
    Alias{"date of signing",               LabelKind::signed_on},
    Alias{"signed",                        LabelKind::signed_on},
    Alias{"partnership",                   LabelKind::signed_on},
    Alias{"twinning",                      LabelKind::signed_on},
    Alias{"twinned",                       LabelKind::signed_on},
    Alias{"agreement",                     LabelKind::signed_on},
    Alias{"twinned since",                 LabelKind::signed_on},
    Alias{"partner since",                 LabelKind::signed_on},
    Alias{"year",                          LabelKind::signed_on},
    Alias{"date",                          LabelKind::signed_on},
    Alias{"date signed",                   LabelKind::signed_on},
    Alias{"signed on",                     LabelKind::signed_on},
    Alias{"partners since",                LabelKind::signed_on},
    Alias{"partnership since",             LabelKind::signed_on},
    Alias{"twinning since",                LabelKind::signed_on},
    Alias{"date of agreement",             LabelKind::signed_on},
    Alias{"agreement date",                LabelKind::signed_on},
    Alias{"year of twinning",              LabelKind::signed_on},
    Alias{"established",                   LabelKind::signed_on},
    Alias{"renewed",                       LabelKind::renewed},
    Alias{"agreement renewed",             LabelKind::renewed},
    Alias{"partnership renewed",           LabelKind::renewed},
    Alias{"renewal",                       LabelKind::renewed},
    Alias{"date of renewal",               LabelKind::renewed},
    Alias{"web sites",                     LabelKind::websites},
    Alias{"web site",                      LabelKind::websites},
    Alias{"websites",                      LabelKind::websites},
    Alias{"website",                       LabelKind::websites},
    Alias{"homepage",                      LabelKind::websites},
    Alias{"home page",                     LabelKind::websites},
    Alias{"web",                           LabelKind::websites},
    Alias{"web page",                      LabelKind::websites},
    Alias{"internet",                      LabelKind::websites},
    Alias{"url",                           LabelKind::websites},
    Alias{"main areas of cooperation",     LabelKind::cooperation_areas},
    Alias{"main area of cooperation",      LabelKind::cooperation_areas},
    Alias{"areas of cooperation",          LabelKind::cooperation_areas},
    Alias{"area of cooperation",           LabelKind::cooperation_areas},
    Alias{"cooperation areas",             LabelKind::cooperation_areas},
    Alias{"fields of cooperation",         LabelKind::cooperation_areas},
    Alias{"field of cooperation",          LabelKind::cooperation_areas},
    Alias{"areas of partnership",          LabelKind::cooperation_areas},
    Alias{"address",                       LabelKind::unknown},
    Alias{"email",                         LabelKind::unknown},
    Alias{"phone",                         LabelKind::unknown},
    Alias{"telephone",                     LabelKind::unknown},
    Alias{"tel",                           LabelKind::unknown},
    Alias{"fax",                           LabelKind::unknown},
    Alias{"mayor",                         LabelKind::unknown},
    Alias{"city mayor",                    LabelKind::unknown},
    Alias{"lord mayor",                    LabelKind::unknown},
    Alias{"contact",                       LabelKind::unknown},
    Alias{"contact person",                LabelKind::unknown},
    Alias{"area",                          LabelKind::unknown},
    Alias{"coordinates",                   LabelKind::unknown},
    Alias{"founded",                       LabelKind::unknown},
    Alias{"type of agreement",             LabelKind::unknown},
    // clang-format on
};

// The words labels of one field are made of. A label that is not in the
// table but made only of these, with at least one naming a field, is read
// as that field; `filler` words name none. When words of two fields meet,
// the head of the phrase decides: the last word before `of`, or the last
// word (`date of the partnership agreement`, `official web page`).
struct HeadWord {
    std::string_view word;
    std::optional<LabelKind> kind;  // none for filler
};

constexpr std::array head_words{
    // clang-format off
    HeadWord{"city",          LabelKind::name},
    HeadWord{"town",          LabelKind::name},
    HeadWord{"municipality",  LabelKind::name},
    HeadWord{"name",          LabelKind::name},
    HeadWord{"locality",      LabelKind::name},
    HeadWord{"country",       LabelKind::country},
    HeadWord{"region",        LabelKind::subdivision},
    HeadWord{"province",      LabelKind::subdivision},
    HeadWord{"population",    LabelKind::population},
    HeadWord{"inhabitants",   LabelKind::population},
    HeadWord{"residents",     LabelKind::population},
    HeadWord{"date",          LabelKind::signed_on},
    HeadWord{"year",          LabelKind::signed_on},
    HeadWord{"agreement",     LabelKind::signed_on},
    HeadWord{"partnership",   LabelKind::signed_on},
    HeadWord{"twinning",      LabelKind::signed_on},
    HeadWord{"twinned",       LabelKind::signed_on},
    HeadWord{"signed",        LabelKind::signed_on},
    HeadWord{"signing",       LabelKind::signed_on},
    HeadWord{"since",         LabelKind::signed_on},
    HeadWord{"established",   LabelKind::signed_on},
    HeadWord{"concluded",     LabelKind::signed_on},
    HeadWord{"partners",      LabelKind::signed_on},
    HeadWord{"friendship",    LabelKind::signed_on},
    HeadWord{"renewed",       LabelKind::renewed},
    HeadWord{"renewal",       LabelKind::renewed},
    HeadWord{"extended",      LabelKind::renewed},
    HeadWord{"web",           LabelKind::websites},
    HeadWord{"website",       LabelKind::websites},
    HeadWord{"websites",      LabelKind::websites},
    HeadWord{"site",          LabelKind::websites},
    HeadWord{"sites",         LabelKind::websites},
    HeadWord{"page",          LabelKind::websites},
    HeadWord{"homepage",      LabelKind::websites},
    HeadWord{"internet",      LabelKind::websites},
    HeadWord{"cooperation",   LabelKind::cooperation_areas},
    HeadWord{"areas",         LabelKind::cooperation_areas},
    HeadWord{"fields",        LabelKind::cooperation_areas},
    HeadWord{"activities",    LabelKind::cooperation_areas},
    HeadWord{"topics",        LabelKind::cooperation_areas},
    HeadWord{"a",             std::nullopt},
    HeadWord{"and",           std::nullopt},
    HeadWord{"current",       std::nullopt},
    HeadWord{"first",         std::nullopt},
    HeadWord{"key",           std::nullopt},
    HeadWord{"main",          std::nullopt},
    HeadWord{"number",        std::nullopt},
    HeadWord{"of",            std::nullopt},
    HeadWord{"official",      std::nullopt},
    HeadWord{"partner",       std::nullopt},
    HeadWord{"sister",        std::nullopt},
    HeadWord{"the",           std::nullopt},
    HeadWord{"twin",          std::nullopt},
    HeadWord{"type",          std::nullopt},
    // clang-format on
};

[[nodiscard]] std::optional<LabelKind> head_word_kind(std::string_view folded_word) {
    const auto* found = std::ranges::find(head_words, folded_word, &HeadWord::word);
    return found != head_words.end() ? found->kind : std::nullopt;
}

// A known label that names no field is its own canonical spelling.
[[nodiscard]] std::string_view canonical_spelling(const Alias& alias) {
    return alias.kind == LabelKind::unknown ? alias.key : canonical_label(alias.kind);
}

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

// The field a key's words name, when all of them are head words: see
// head_words. Filler alone names nothing, and neither does one word: a
// single word before a colon is too often running text (`cooperation:`).
[[nodiscard]] std::optional<LabelMatch> match_by_head_words(std::string_view key) {
    if (key.find(' ') == std::string_view::npos) {
        return std::nullopt;
    }
    std::optional<LabelKind> head;
    bool before_of = true;
    std::optional<LabelKind> head_before_of;
    for (std::size_t at = 0; at <= key.size();) {
        const std::size_t end = std::min(key.find(' ', at), key.size());
        const std::string_view word = key.substr(at, end - at);
        at = end + 1;
        const auto* found = std::ranges::find(head_words, word, &HeadWord::word);
        if (found == head_words.end()) {
            return std::nullopt;
        }
        if (word == "of") {
            before_of = false;
        } else if (found->kind) {
            head = found->kind;
            if (before_of) {
                head_before_of = found->kind;
            }
        }
    }
    const std::optional<LabelKind> kind = !before_of && head_before_of ? head_before_of : head;
    if (!kind) {
        return std::nullopt;
    }
    return LabelMatch{*kind, canonical_label(*kind), true, true};
}

[[nodiscard]] bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string_view canonical_label(LabelKind kind) {
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
        case LabelKind::agreement:
            return "agreement";
        case LabelKind::unknown:
            break;
    }
    return "";
}

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
        if (c == '-' || c == '/') {
            // A hyphen or slash joins or separates words: `co-operation`,
            // `e-mail`, `Type/Date of Agreement`. Matching ignores word breaks.
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
        key.push_back(text::ascii_lower(c));
        ++i;
    }
    return key;
}

bool is_partnership_word(std::string_view folded_word) { return head_word_kind(folded_word) == LabelKind::signed_on; }

bool is_renewal_word(std::string_view folded_word) { return head_word_kind(folded_word) == LabelKind::renewed; }

bool is_filler_word(std::string_view folded_word) {
    const auto* found = std::ranges::find(head_words, folded_word, &HeadWord::word);
    return found != head_words.end() && !found->kind;
}

std::optional<LabelMatch> match_label_as_written(std::string_view key) {
    // No label is shorter, and a short word before a colon (`a: a: a:`) is
    // common; it is answered before any string is built.
    constexpr std::size_t shortest_label = 3;
    if (key.size() < shortest_label) {
        return std::nullopt;
    }
    const std::string letters = letters_only(key);
    const auto& known = alias_letters();
    for (std::size_t i = 0; i < aliases.size(); ++i) {
        if (known.at(i).letters == letters) {
            return LabelMatch{aliases.at(i).kind, canonical_spelling(aliases.at(i)), true};
        }
    }
    return match_by_head_words(key);
}

std::optional<LabelMatch> match_label(std::string_view key) {
    if (auto match = match_label_as_written(key)) {
        return match;
    }
    // The shortest label a typo may reach has five letters and one edit to
    // spare, so a key of fewer than four letters is no typo of any.
    constexpr std::size_t shortest_typo = 4;
    if (key.size() < shortest_typo) {
        return std::nullopt;
    }
    const std::string letters = letters_only(key);
    const auto& known = alias_letters();
    const text::LetterCounts counts = text::count_letters(letters);
    std::optional<LabelMatch> best;
    int best_distance = 0;
    for (std::size_t i = 0; i < aliases.size(); ++i) {
        const int budget = typo_budget(known.at(i).letters);
        // Each edit changes the length by one at most: the cheapest test first.
        const auto length_gap = static_cast<int>(letters.size()) - static_cast<int>(known.at(i).letters.size());
        if (budget == 0 || std::abs(length_gap) > budget ||
            !text::counts_allow_distance(counts, known.at(i).counts, budget)) {
            continue;
        }
        const int distance = text::bounded_edit_distance(letters, known.at(i).letters, budget);
        if (distance <= budget && (!best || distance < best_distance)) {
            best = LabelMatch{aliases.at(i).kind, canonical_spelling(aliases.at(i)), false};
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace twinning::parser
