#include "typo_costs.hpp"

#include <algorithm>
#include <array>

#include "twinning/text/ascii.hpp"

namespace twinning::validators::typo_cost {

namespace {

// The rows of a QWERTY keyboard, each with how far it is set to the right of
// the top row, in quarter keys: so a key's neighbours above and below can be
// found.
struct KeyRow {
    std::string_view keys;
    int offset;
};
constexpr int quarters_a_key = 4;
constexpr std::array<KeyRow, 3> keyboard{{{"qwertyuiop", 0}, {"asdfghjkl", 1}, {"zxcvbnm", 3}}};

constexpr Cost neighbour_key = 8;
constexpr Cost other_vowel = 8;
constexpr Cost sound_alike_consonant = 9;
constexpr Cost other_letter = 12;
constexpr Cost first_letter = 6;
constexpr Cost doubled_letter = 5;

// Where a key sits: its row, and its middle in quarter keys from the left
// of the top row.
struct KeyPlace {
    int row = -1;
    int quarters = 0;
};

[[nodiscard]] constexpr KeyPlace place_of(char key) {
    for (std::size_t row = 0; row < keyboard.size(); ++row) {
        const std::size_t column = keyboard.at(row).keys.find(key);
        if (column != std::string_view::npos) {
            return {static_cast<int>(row), keyboard.at(row).offset + quarters_a_key * static_cast<int>(column)};
        }
    }
    return {};
}

[[nodiscard]] constexpr int apart(int a, int b) { return a < b ? b - a : a - b; }

[[nodiscard]] constexpr bool neighbours(char a, char b) {
    const KeyPlace one = place_of(a);
    const KeyPlace other = place_of(b);
    if (one.row < 0 || other.row < 0) {
        return false;
    }
    const int rows_apart = apart(one.row, other.row);
    const int apart = typo_cost::apart(one.quarters, other.quarters);
    return (rows_apart == 0 && apart == quarters_a_key) || (rows_apart == 1 && apart < quarters_a_key);
}

[[nodiscard]] constexpr bool is_vowel(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; }

// Consonants written one for the other because they sound alike.
constexpr std::array<std::string_view, 4> sound_alike_consonants{"ck", "cs", "sz", "gj"};

[[nodiscard]] constexpr bool sound_alike(char a, char b) {
    return std::ranges::any_of(sound_alike_consonants, [&](std::string_view pair) {
        return (pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a);
    });
}

// What striking `typed` for `meant` costs, for two different lower-case
// letters.
[[nodiscard]] constexpr Cost letter_for_letter(char meant, char typed) {
    if (neighbours(meant, typed)) {
        return neighbour_key;
    }
    if (is_vowel(meant) && is_vowel(typed)) {
        return other_vowel;
    }
    return sound_alike(meant, typed) ? sound_alike_consonant : other_letter;
}

// letter_for_letter for every pair of letters, worked out when twinning is
// compiled: the walk asks for it for every cell of every row.
constexpr std::size_t letters = 26;
using LetterTable = std::array<std::array<std::uint8_t, letters>, letters>;
constexpr LetterTable letter_table = [] {
    LetterTable table{};
    for (std::size_t meant = 0; meant < letters; ++meant) {
        for (std::size_t typed = 0; typed < letters; ++typed) {
            const auto a = static_cast<char>('a' + meant);
            const auto b = static_cast<char>('a' + typed);
            table.at(meant).at(typed) = static_cast<std::uint8_t>(a == b ? 0 : letter_for_letter(a, b));
        }
    }
    return table;
}();

[[nodiscard]] constexpr bool is_lower_letter(char c) { return c >= 'a' && c <= 'z'; }

constexpr std::array<EndingPair, 16> endings{{
    {"sion", "tion"},
    {"tion", "sion"},
    {"ence", "ance"},
    {"ance", "ence"},
    {"ent", "ant"},
    {"ant", "ent"},
    {"ency", "ancy"},
    {"ancy", "ency"},
    {"ible", "able"},
    {"able", "ible"},
    {"ize", "ise"},
    {"ise", "ize"},
    {"er", "or"},
    {"or", "er"},
    {"ar", "er"},
    {"er", "ar"},
}};

// By tier: SCOWL's 50,000 most common words cost nothing more, a word in no
// SCOWL list most.
constexpr std::array<Cost, 6> rarity_by_tier{0, 1, 2, 4, 6, 8};

}  // namespace

Cost substitution(char meant, char typed, bool first) {
    const char a = text::ascii_lower(meant);
    const char b = text::ascii_lower(typed);
    Cost cost = a == b ? 0 : other_letter;
    if (is_lower_letter(a) && is_lower_letter(b)) {
        cost = letter_table[static_cast<std::size_t>(a - 'a')][static_cast<std::size_t>(b - 'a')];
    }
    return cost > 0 && first ? cost + first_letter : cost;
}

Cost insertion(std::string_view typed, std::size_t at) {
    if (at == 0) {
        return plain_edit + first_letter;
    }
    return text::ascii_lower(typed[at]) == text::ascii_lower(typed[at - 1]) ? doubled_letter : plain_edit;
}

Cost deletion(std::string_view meant, std::size_t at) {
    if (at == 0) {
        return missing_letter + first_letter;
    }
    return text::ascii_lower(meant[at]) == text::ascii_lower(meant[at - 1]) ? doubled_letter : missing_letter;
}

std::span<const EndingPair> sound_alike_endings() { return endings; }

Cost rarity(std::uint8_t tier) { return rarity_by_tier.at(std::min<std::size_t>(tier, rarity_by_tier.size() - 1)); }

}  // namespace twinning::validators::typo_cost
