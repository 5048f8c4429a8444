// The word list built from the hunspell dictionaries, held to hunspell's
// own judgement: spelling never loads hunspell, so the list must know
// exactly the words hunspell accepts, in every case form it allows.

#include "word_list.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dictionary_words.hpp"
#include "small_word_list.hpp"

namespace {

using twinning::validators::WordList;

// en_US and en_GB as the spelling check reads them: a word either accepts
// is known.
class Hunspells {
public:
    Hunspells() {
        for (const char* name : {"en_US", "en_GB"}) {
            const std::filesystem::path folder = TWINNING_HUNSPELL_DIR;
            const std::string aff = (folder / (std::string(name) + ".aff")).string();
            const std::string dic = (folder / (std::string(name) + ".dic")).string();
            dictionaries_.push_back(std::make_unique<Hunspell>(aff.c_str(), dic.c_str()));
        }
    }

    [[nodiscard]] bool accept(const std::string& word) const {
        for (const auto& dictionary : dictionaries_) {
            if (dictionary->spell(word)) {
                return true;
            }
        }
        return false;
    }

private:
    std::vector<std::unique_ptr<Hunspell>> dictionaries_;
};

const Hunspells& hunspell() {
    static const Hunspells dictionaries;
    return dictionaries;
}

// Every `step`th word of the list, as written there.
std::vector<std::string> sample(std::size_t step) {
    std::vector<std::string> words;
    std::size_t index = 0;
    std::string_view rest = twinning::validators::dictionary_words;
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        if (index++ % step == 0) {
            words.emplace_back(rest.substr(0, end));
        }
        rest.remove_prefix(end + 1);
    }
    return words;
}

// A word as misspelled-word cuts one from the text: letters, with an
// apostrophe only between two of them. (hunspell also reads hyphenated
// words, part by part; the rule never hands it one.)
bool is_one_word(std::string_view word) {
    const auto letter = [](char c) { return c != '-' && c != '\'' && c != '.' && (c < '0' || c > '9'); };
    return !word.empty() && letter(word.front()) && letter(word.back()) &&
           std::ranges::all_of(word, [&](char c) { return letter(c) || c == '\''; });
}

std::string capitalised(std::string word) {
    if (!word.empty() && word.front() >= 'a' && word.front() <= 'z') {
        word.front() = static_cast<char>(word.front() - 'a' + 'A');
    }
    return word;
}

std::string all_capitals(std::string word) {
    for (char& c : word) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return word;
}

// Misspellings of a word: two letters swapped, a letter doubled, one
// dropped and one added, as typing makes them.
std::vector<std::string> misspellings(const std::string& word) {
    std::vector<std::string> typos;
    if (word.size() < 4) {
        return typos;
    }
    const std::size_t middle = word.size() / 2;
    std::string swapped = word;
    std::swap(swapped[middle - 1], swapped[middle]);
    typos.push_back(swapped);
    typos.push_back(word.substr(0, middle) + word[middle] + word.substr(middle));
    typos.push_back(word.substr(0, middle) + word.substr(middle + 1));
    typos.push_back(word.substr(0, middle) + "q" + word.substr(middle));
    return typos;
}

// The build step's list is the dictionaries' words, not an empty or a
// stray file.
TEST(WordList, HoldsTheDictionariesWords) {
    const WordList& list = WordList::dictionaries();
    EXPECT_GT(list.size(), 300000U);
    for (const std::string_view word : {"culture", "colour", "color", "tourism", "economic", "scientific",
                                        "self-governing", "people's", "London", "Ostrava", "MSc", "MSC"}) {
        EXPECT_EQ(list.knows(word), hunspell().accept(std::string(word))) << word;
    }
    EXPECT_TRUE(list.knows("culture"));
    EXPECT_FALSE(list.knows("aktivity"));
    EXPECT_FALSE(list.knows("economicscientific"));
}

TEST(WordList, KnowsOnlyWordsHunspellAccepts) {
    const std::vector<std::string> words = sample(25);
    ASSERT_GT(words.size(), 12000U);
    for (const std::string& word : words) {
        ASSERT_TRUE(WordList::dictionaries().knows(word)) << word;
        EXPECT_TRUE(hunspell().accept(word)) << word;
    }
}

// hunspell takes `Culture` and `CULTURE` for `culture`, and `LONDON` for
// `London`, but not `london`: the list must answer the same.
TEST(WordList, ReadsCaseAsHunspellDoes) {
    for (const std::string& word : sample(97)) {
        for (const std::string& form : {capitalised(word), all_capitals(word)}) {
            if (is_one_word(form)) {
                EXPECT_EQ(WordList::dictionaries().knows(form), hunspell().accept(form)) << form;
            }
        }
    }
}

TEST(WordList, KnowsNoMisspellingHunspellRejects) {
    std::size_t rejected = 0;
    for (const std::string& word : sample(211)) {
        for (const std::string& typo : misspellings(word)) {
            if (!is_one_word(typo)) {
                continue;
            }
            const bool accepted = hunspell().accept(typo);
            EXPECT_EQ(WordList::dictionaries().knows(typo), accepted) << typo;
            rejected += accepted ? 0 : 1;
        }
    }
    EXPECT_GT(rejected, 4000U);
}

// The SCOWL word lists are English as people write it, beyond what the
// dictionaries hold: in every case form, every tenth of them is judged as
// hunspell judges it. unmunch leaves out two all-capital plurals that
// hunspell derives (`NIMBIES`, `PBXES`); no other word may differ.
TEST(WordList, JudgesTheScowlWordsAsHunspellDoes) {
    constexpr std::size_t step = 10;
    constexpr std::size_t allowed_misses = 2;
    std::size_t checked = 0;
    std::size_t accepted = 0;
    std::vector<std::string> missed;
    for (const char* name : {"american-english-insane", "british-english-insane"}) {
        std::ifstream list(std::filesystem::path(TWINNING_WORD_LIST_DIR) / name);
        ASSERT_TRUE(list) << name;
        std::size_t index = 0;
        for (std::string word; std::getline(list, word);) {
            if (word.empty() || index++ % step != 0) {
                continue;
            }
            for (const std::string& form : {word, capitalised(word), all_capitals(word)}) {
                if (!is_one_word(form)) {
                    continue;
                }
                const bool known = WordList::dictionaries().knows(form);
                const bool hunspell_accepts = hunspell().accept(form);
                EXPECT_TRUE(hunspell_accepts || !known) << form << " is no word to hunspell";
                if (hunspell_accepts && !known) {
                    missed.push_back(form);
                }
                accepted += hunspell_accepts ? 1 : 0;
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 190000U);
    EXPECT_GT(accepted, 60000U);
    EXPECT_LE(missed.size(), allowed_misses) << testing::PrintToString(missed);
}

TEST(WordList, ReadsATypographicApostropheAsAPlainOne) {
    EXPECT_TRUE(WordList::dictionaries().knows("people\xE2\x80\x99s"));
    EXPECT_TRUE(WordList::dictionaries().knows("people's"));
}

TEST(WordList, LooksUpTheWordsItIsGiven) {
    const twinning_test::SmallWordList words({{"cherry", 0}, {"apple", 0}, {"banana", 0}});
    const WordList list = words.list();
    EXPECT_EQ(list.size(), 3U);
    EXPECT_EQ(list.word(0), "apple");
    EXPECT_TRUE(list.knows("banana"));
    EXPECT_TRUE(list.knows("Banana"));
    EXPECT_TRUE(list.knows("BANANA"));
    EXPECT_FALSE(list.knows("bAnana"));
    EXPECT_FALSE(list.knows("banan"));
    EXPECT_FALSE(list.knows(""));
    EXPECT_EQ(list.find("cherry"), 2U);
    EXPECT_EQ(list.find("cherr"), std::nullopt);
}

TEST(WordList, FindsWhereAPrefixEnds) {
    const twinning_test::SmallWordList words({{"art", 0}, {"arts", 0}, {"artist", 0}, {"ask", 0}, {"bat", 0}});
    const WordList list = words.list();
    EXPECT_EQ(list.end_of_prefix(0, 3), 3U);  // past art, arts, artist
    EXPECT_EQ(list.end_of_prefix(0, 1), 4U);  // past every a-
    EXPECT_EQ(list.end_of_prefix(1, 4), 2U);  // past arts alone
    EXPECT_EQ(list.end_of_prefix(4, 1), 5U);
    EXPECT_EQ(list.shared_with_previous(2), 3U);  // artist after arts
}

// Each word's tier is how common SCOWL says it is.
TEST(WordList, RanksCommonWordsBeforeRareOnes) {
    const WordList& list = WordList::dictionaries();
    const auto tier = [&](std::string_view word) { return list.tier(list.find(word).value()); };
    EXPECT_EQ(tier("culture"), 0);
    EXPECT_LT(tier("activity"), tier("acclivity"));
}

}  // namespace
