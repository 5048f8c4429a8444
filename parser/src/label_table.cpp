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

using model::Field;

struct Alias {
    std::string_view key;  // already in label_key form
    Field kind;
};

// Every spelling people use for a label. Hyphens and slashes are already
// gone from the keys, so `co-operation`, `web-site` and `e-mail` need no
// rows of their own. Words common in running text (`since`, `cooperation`)
// are left out: a match on them would cut values apart. Rows of kind
// `extra` are labels that name no field but are known, so that inside a
// run-together line they end the value before them.
constexpr std::array aliases{
    // clang-format off
    Alias{"city",                          Field::name},
    Alias{"town",                          Field::name},
    Alias{"name",                          Field::name},
    Alias{"partner city",                  Field::name},
    Alias{"partner",                       Field::name},
    Alias{"partner town",                  Field::name},
    Alias{"city/town",                     Field::name},
    Alias{"municipality",                  Field::name},
    Alias{"country",                       Field::country},
    Alias{"state",                         Field::country},
    Alias{"region",                        Field::subdivision},
    Alias{"province",                      Field::subdivision},
    Alias{"county",                        Field::subdivision},
    Alias{"population",                    Field::population},
    Alias{"inhabitants",                   Field::population},
    Alias{"number of inhabitants",         Field::population},
    Alias{"residents",                     Field::population},
    Alias{"partnership agreement signed",  Field::signed_on},
    Alias{"partnership agreement",         Field::signed_on},
    Alias{"agreement signed",              Field::signed_on},
    Alias{"partnership signed",            Field::signed_on},
    Alias{"date of signing",               Field::signed_on},
    Alias{"signed",                        Field::signed_on},
    Alias{"partnership",                   Field::signed_on},
    Alias{"twinning",                      Field::signed_on},
    Alias{"twinned",                       Field::signed_on},
    Alias{"agreement",                     Field::signed_on},
    Alias{"twinned since",                 Field::signed_on},
    Alias{"partner since",                 Field::signed_on},
    Alias{"year",                          Field::signed_on},
    Alias{"date",                          Field::signed_on},
    Alias{"date signed",                   Field::signed_on},
    Alias{"signed on",                     Field::signed_on},
    Alias{"partners since",                Field::signed_on},
    Alias{"partnership since",             Field::signed_on},
    Alias{"twinning since",                Field::signed_on},
    Alias{"date of agreement",             Field::signed_on},
    Alias{"agreement date",                Field::signed_on},
    Alias{"year of twinning",              Field::signed_on},
    Alias{"established",                   Field::signed_on},
    Alias{"renewed",                       Field::renewed},
    Alias{"agreement renewed",             Field::renewed},
    Alias{"partnership renewed",           Field::renewed},
    Alias{"renewal",                       Field::renewed},
    Alias{"date of renewal",               Field::renewed},
    Alias{"web sites",                     Field::websites},
    Alias{"web site",                      Field::websites},
    Alias{"websites",                      Field::websites},
    Alias{"website",                       Field::websites},
    Alias{"homepage",                      Field::websites},
    Alias{"home page",                     Field::websites},
    Alias{"web",                           Field::websites},
    Alias{"web page",                      Field::websites},
    Alias{"internet",                      Field::websites},
    Alias{"url",                           Field::websites},
    Alias{"main areas of cooperation",     Field::cooperation_areas},
    Alias{"main area of cooperation",      Field::cooperation_areas},
    Alias{"areas of cooperation",          Field::cooperation_areas},
    Alias{"area of cooperation",           Field::cooperation_areas},
    Alias{"cooperation areas",             Field::cooperation_areas},
    Alias{"fields of cooperation",         Field::cooperation_areas},
    Alias{"field of cooperation",          Field::cooperation_areas},
    Alias{"areas of partnership",          Field::cooperation_areas},
    Alias{"address",                       Field::extra},
    Alias{"email",                         Field::extra},
    Alias{"phone",                         Field::extra},
    Alias{"telephone",                     Field::extra},
    Alias{"tel",                           Field::extra},
    Alias{"fax",                           Field::extra},
    Alias{"mayor",                         Field::mayor},
    Alias{"city mayor",                    Field::mayor},
    Alias{"lord mayor",                    Field::mayor},
    Alias{"contact",                       Field::extra},
    Alias{"contact person",                Field::extra},
    Alias{"area",                          Field::extra},
    Alias{"coordinates",                   Field::extra},
    Alias{"founded",                       Field::extra},
    Alias{"type of agreement",             Field::extra},
    // clang-format on
};

// The words labels of one field are made of. A label that is not in the
// table but made only of these, with at least one naming a field, is read
// as that field; `filler` words name none. When words of two fields meet,
// the head of the phrase decides: the last word before `of`, or the last
// word (`date of the partnership agreement`, `official web page`).
struct HeadWord {
    std::string_view word;
    std::optional<Field> kind;  // none for filler
};

constexpr std::array head_words{
    // clang-format off
    HeadWord{"city",          Field::name},
    HeadWord{"town",          Field::name},
    HeadWord{"municipality",  Field::name},
    HeadWord{"name",          Field::name},
    HeadWord{"locality",      Field::name},
    HeadWord{"country",       Field::country},
    HeadWord{"region",        Field::subdivision},
    HeadWord{"province",      Field::subdivision},
    HeadWord{"population",    Field::population},
    HeadWord{"inhabitants",   Field::population},
    HeadWord{"residents",     Field::population},
    HeadWord{"date",          Field::signed_on},
    HeadWord{"year",          Field::signed_on},
    HeadWord{"agreement",     Field::signed_on},
    HeadWord{"partnership",   Field::signed_on},
    HeadWord{"twinning",      Field::signed_on},
    HeadWord{"twinned",       Field::signed_on},
    HeadWord{"signed",        Field::signed_on},
    HeadWord{"signing",       Field::signed_on},
    HeadWord{"since",         Field::signed_on},
    HeadWord{"established",   Field::signed_on},
    HeadWord{"concluded",     Field::signed_on},
    HeadWord{"partners",      Field::signed_on},
    HeadWord{"friendship",    Field::signed_on},
    HeadWord{"renewed",       Field::renewed},
    HeadWord{"renewal",       Field::renewed},
    HeadWord{"extended",      Field::renewed},
    HeadWord{"web",           Field::websites},
    HeadWord{"website",       Field::websites},
    HeadWord{"websites",      Field::websites},
    HeadWord{"site",          Field::websites},
    HeadWord{"sites",         Field::websites},
    HeadWord{"page",          Field::websites},
    HeadWord{"homepage",      Field::websites},
    HeadWord{"internet",      Field::websites},
    HeadWord{"cooperation",   Field::cooperation_areas},
    HeadWord{"areas",         Field::cooperation_areas},
    HeadWord{"fields",        Field::cooperation_areas},
    HeadWord{"activities",    Field::cooperation_areas},
    HeadWord{"topics",        Field::cooperation_areas},
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

[[nodiscard]] std::optional<Field> head_word_kind(std::string_view folded_word) {
    const auto* found = std::ranges::find(head_words, folded_word, &HeadWord::word);
    return found != head_words.end() ? found->kind : std::nullopt;
}

// A known label that names no field is its own canonical spelling.
[[nodiscard]] std::string_view canonical_spelling(const Alias& alias) {
    return alias.kind == Field::extra ? alias.key : canonical_label(alias.kind);
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
    std::optional<Field> head;
    bool before_of = true;
    std::optional<Field> head_before_of;
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
    const std::optional<Field> kind = !before_of && head_before_of ? head_before_of : head;
    if (!kind) {
        return std::nullopt;
    }
    return LabelMatch{*kind, canonical_label(*kind), true, true};
}

[[nodiscard]] bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string_view canonical_label(Field kind) { return model::info(kind).label; }

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

bool is_partnership_word(std::string_view folded_word) { return head_word_kind(folded_word) == Field::signed_on; }

bool is_renewal_word(std::string_view folded_word) { return head_word_kind(folded_word) == Field::renewed; }

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
