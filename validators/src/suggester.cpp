#include "suggester.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <tuple>

#include "twinning/text/ascii.hpp"
#include "twinning/text/unicode.hpp"
#include "typo_costs.hpp"

namespace twinning::validators {

namespace {

using typo_cost::Cost;

// Longer misspellings are not walked: no English word is that long, and
// the walk's rows grow with the word.
constexpr std::size_t longest_walked = 40;

// How a misspelling is capitalised, so suggestions can be written the same way.
enum class Shape : std::uint8_t { lower, capitalised, upper, mixed };

[[nodiscard]] Shape shape_of(std::string_view word, const std::string& lowered) {
    if (word == lowered) {
        return Shape::lower;
    }
    if (word == text::to_upper(word)) {
        return Shape::upper;
    }
    return word == text::capitalise(lowered) ? Shape::capitalised : Shape::mixed;
}

[[nodiscard]] std::string in_shape(std::string_view word, Shape shape) {
    switch (shape) {
        case Shape::capitalised:
            return text::capitalise(word);
        case Shape::upper:
            return text::to_upper(word);
        case Shape::lower:
        case Shape::mixed:
            break;
    }
    return std::string(word);
}

[[nodiscard]] bool has_capital(std::string_view word) { return word != text::to_lower(word); }

// A word the misspelling may stand for, as the dictionary writes it (two
// words for a pair run together), with what it costs.
struct Candidate {
    std::string text;
    Cost cost = 0;
    std::uint8_t tier = 0;
};

// The weighted edit distance from every word of the list to one typed word,
// worked out over the list as a trie. Row `d` holds, for each prefix of the
// typed word, what it costs to type it for the first `d` letters of the word
// at hand; the rows of a prefix are kept while the next words share it.
class TrieWalk {
public:
    TrieWalk(const WordList& words, std::string_view typed)
        : words_(&words), typed_(typed), width_(typed.size() + 1), rows_(width_), lowest_(1) {
        inserted_.reserve(typed.size());
        for (std::size_t j = 1; j < width_; ++j) {
            inserted_.push_back(typo_cost::insertion(typed_, j - 1));
            rows_[j] = rows_[j - 1] + inserted_.back();
        }
        // What each byte a word may hold costs struck for each typed letter,
        // once, rather than once a cell.
        struck_.resize(byte_values * typed.size());
        for (std::size_t byte = 0; byte < byte_values; ++byte) {
            for (std::size_t j = 0; j < typed.size(); ++j) {
                struck_[byte * typed.size() + j] = typo_cost::substitution(static_cast<char>(byte), typed_[j], false);
            }
        }
    }

    // Calls found(index, cost) for every word that costs at most
    // typo_cost::most.
    template <typename Found>
    void run(Found found) {
        // The rows that hold for the word before; the next word keeps as
        // many as it shares with it. (After a skip, the word before is the
        // one the skip began at: every word skipped shared more with it.)
        std::size_t valid = 0;
        for (std::size_t index = 0; index < words_->size();) {
            const std::string_view word = words_->word(index);
            std::size_t depth = std::min(words_->shared_with_previous(index), valid);
            bool too_costly = false;
            while (depth < word.size() && !too_costly) {
                ++depth;
                add_row(depth, word);
                too_costly = least_below(depth) > typo_cost::most;
            }
            if (too_costly) {
                valid = depth - 1;
                index = words_->end_of_prefix(index, depth);
                continue;
            }
            valid = depth;
            if (const Cost cost = row(depth)[typed_.size()]; cost <= typo_cost::most) {
                found(index, cost);
            }
            ++index;
        }
    }

private:
    [[nodiscard]] Cost* row(std::size_t depth) { return rows_.data() + depth * width_; }

    // The row for the word's first `depth` letters, from the two before it.
    void add_row(std::size_t depth, std::string_view word) {
        if (rows_.size() < (depth + 1) * width_) {
            rows_.resize((depth + 1) * width_);
            lowest_.resize(depth + 1);
        }
        const std::size_t i = depth - 1;  // the word's letter this row adds
        const char meant = text::ascii_lower(word[i]);
        const Cost* struck = struck_.data() + static_cast<unsigned char>(meant) * typed_.size();
        const Cost* above = row(depth - 1);
        const Cost* two_above = depth >= 2 ? row(depth - 2) : nullptr;
        Cost* here = row(depth);
        const Cost left_out = typo_cost::deletion(word, i);
        here[0] = above[0] + left_out;
        Cost least = here[0];
        for (std::size_t j = 1; j < width_; ++j) {
            const char typed = typed_[j - 1];
            Cost cost = above[j - 1] + (i == 0 && j == 1 ? typo_cost::substitution(meant, typed, true) : struck[j - 1]);
            cost = std::min(cost, here[j - 1] + inserted_[j - 1]);
            cost = std::min(cost, above[j] + left_out);
            if (two_above != nullptr && j >= 2 && meant == typed_[j - 2] && text::ascii_lower(word[i - 1]) == typed &&
                meant != typed) {
                cost = std::min(cost, two_above[j - 2] + typo_cost::transposition);
            }
            here[j] = cost;
            least = std::min(least, cost);
        }
        lowest_[depth] = least;
    }

    // The least any word under this prefix can cost: a row only grows from
    // the row above it, or by a swap from the one above that.
    [[nodiscard]] Cost least_below(std::size_t depth) const {
        return std::min(lowest_[depth], lowest_[depth - 1] + typo_cost::transposition);
    }

    const WordList* words_;
    std::string_view typed_;
    std::size_t width_;
    static constexpr std::size_t byte_values = 256;
    std::vector<Cost> inserted_;  // what each typed letter costs as one too many
    std::vector<Cost> struck_;    // by byte, then by typed letter
    std::vector<Cost> rows_;
    std::vector<Cost> lowest_;
};

// The list's tier for a lower-case word, or for every word of a pair; none
// when a word is missing.
[[nodiscard]] std::optional<std::uint8_t> tier_of_words(const WordList& words, std::string_view text) {
    std::uint8_t tier = 0;
    for (std::size_t begin = 0; begin <= text.size();) {
        const std::size_t end = std::min(text.find(' ', begin), text.size());
        const auto found = words.find(text.substr(begin, end - begin));
        if (!found) {
            return std::nullopt;
        }
        tier = std::max(tier, words.tier(*found));
        begin = end + 1;
    }
    return tier;
}

// The candidates a misspelling's lower-case form gives, from every source.
class Candidates {
public:
    Candidates(const WordList& words, std::string lowered, Shape shape)
        : words_(&words), lowered_(std::move(lowered)), shape_(shape) {}

    void add_near_words() {
        if (lowered_.size() > longest_walked) {
            return;
        }
        TrieWalk(*words_, lowered_).run([&](std::size_t index, Cost cost) {
            const std::string_view word = words_->word(index);
            if (shape_ == Shape::lower && has_capital(word)) {
                cost += typo_cost::capital_added;
            }
            add(std::string(word), cost, words_->tier(index));
        });
    }

    void add_replacements(std::span<const DictionaryReplacement> replacements) {
        for (const auto& [written, meant] : replacements) {
            for (std::size_t at = lowered_.find(written); at != std::string::npos;
                 at = lowered_.find(written, at + 1)) {
                std::string changed = lowered_;
                changed.replace(at, written.size(), meant);
                std::ranges::replace(changed, '_', ' ');
                const bool whole = written.size() == lowered_.size();
                add_if_words(std::move(changed), whole ? typo_cost::whole_word_replacement : typo_cost::replacement);
            }
        }
    }

    void add_sound_alike_endings() {
        for (const auto& [typed, meant] : typo_cost::sound_alike_endings()) {
            if (lowered_.size() > typed.size() && lowered_.ends_with(typed)) {
                add_if_words(lowered_.substr(0, lowered_.size() - typed.size()) + std::string(meant),
                             typo_cost::sound_alike_ending);
            }
        }
    }

    // Two words run together, offered apart and, a little after, joined by
    // a hyphen, as hunspell reads compounds. Each word at least two
    // letters: a single letter is a word in the dictionaries, but hardly
    // ever one run into the next.
    void add_run_together() {
        for (std::size_t at = 2; at + 2 <= lowered_.size(); ++at) {
            std::string apart = lowered_;
            apart.insert(at, 1, ' ');
            if (const auto tier = tier_of_words(*words_, apart)) {
                std::string joined = apart;
                joined[at] = '-';
                add(std::move(apart), typo_cost::run_together, *tier);
                add(std::move(joined), typo_cost::run_together + 1, *tier);
            }
        }
    }

    // The best `limit`, in the misspelling's case, and never the
    // misspelling itself. A word the list holds in two cases (`polish`,
    // `Polish`) is offered once, in the cheaper.
    [[nodiscard]] std::vector<std::string> best(std::string_view misspelling, std::size_t limit) {
        std::ranges::sort(found_, {}, [](const Candidate& c) { return std::tie(c.cost, c.tier, c.text); });
        std::vector<std::string> suggestions;
        std::vector<std::string> offered;  // in lower case
        for (const Candidate& candidate : found_) {
            if (suggestions.size() == limit) {
                break;
            }
            std::string written = in_shape(candidate.text, shape_);
            std::string lowered = text::to_lower(written);
            if (written != misspelling && std::ranges::find(offered, lowered) == offered.end()) {
                suggestions.push_back(std::move(written));
                offered.push_back(std::move(lowered));
            }
        }
        return suggestions;
    }

private:
    void add(std::string text, Cost cost, std::uint8_t tier) {
        found_.push_back({std::move(text), cost + typo_cost::rarity(tier), tier});
    }

    void add_if_words(std::string text, Cost cost) {
        if (const auto tier = tier_of_words(*words_, text)) {
            add(std::move(text), cost, *tier);
        }
    }

    const WordList* words_;
    std::string lowered_;
    Shape shape_;
    std::vector<Candidate> found_;
};

}  // namespace

Suggester::Suggester(const WordList& words, std::span<const DictionaryReplacement> replacements)
    : words_(&words), replacements_(replacements) {}

const Suggester& Suggester::dictionaries() {
    static const Suggester suggester(WordList::dictionaries(), dictionary_replacements);
    return suggester;
}

std::vector<std::string> Suggester::suggest(std::string_view misspelling, std::size_t limit) const {
    const std::string plain = plain_apostrophes(misspelling);
    std::string lowered = text::to_lower(plain);
    const Shape shape = shape_of(plain, lowered);
    Candidates candidates(*words_, std::move(lowered), shape);
    candidates.add_near_words();
    candidates.add_replacements(replacements_);
    candidates.add_sound_alike_endings();
    candidates.add_run_together();
    return candidates.best(plain, limit);
}

}  // namespace twinning::validators
