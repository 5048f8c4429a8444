// The word list built from the hunspell dictionaries, held to hunspell's
// own judgement: a word the list knows, hunspell accepts, in every case
// form hunspell allows.

#include "word_list.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dictionary_words.hpp"

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
// stray file: without it every word would go to hunspell.
TEST(WordList, HoldsTheDictionariesWords) {
    const WordList& list = WordList::dictionaries();
    EXPECT_GT(list.size(), 200000U);
    for (const std::string_view word : {"culture", "colour", "color", "tourism", "economic", "scientific",
                                        "self-governing", "people's", "London", "Ostrava"}) {
        EXPECT_EQ(list.knows(word), hunspell().accept(std::string(word))) << word;
    }
    EXPECT_TRUE(list.knows("culture"));
    EXPECT_FALSE(list.knows("aktivity"));
    EXPECT_FALSE(list.knows("economicscientific"));
}

TEST(WordList, KnowsOnlyWordsHunspellAccepts) {
    const std::vector<std::string> words = sample(25);
    ASSERT_GT(words.size(), 8000U);
    for (const std::string& word : words) {
        ASSERT_TRUE(WordList::dictionaries().knows(word)) << word;
        EXPECT_TRUE(hunspell().accept(word)) << word;
    }
}

// hunspell takes `Culture` and `CULTURE` for `culture`, and `LONDON` for
// `London`, but not `london`: the list must answer the same, or defer.
TEST(WordList, ReadsCaseAsHunspellDoes) {
    std::size_t agreed = 0;
    std::size_t checked = 0;
    for (const std::string& word : sample(97)) {
        for (const std::string& form : {capitalised(word), all_capitals(word)}) {
            const bool known = WordList::dictionaries().knows(form);
            const bool accepted = hunspell().accept(form);
            if (known) {
                EXPECT_TRUE(accepted) << form;
            }
            agreed += known == accepted ? 1 : 0;
            ++checked;
        }
    }
    // What the list does not settle goes to hunspell; that must stay rare.
    EXPECT_GT(static_cast<double>(agreed), 0.99 * static_cast<double>(checked)) << agreed << " of " << checked;
}

TEST(WordList, KnowsNoMisspellingHunspellRejects) {
    std::size_t rejected = 0;
    std::size_t deferred = 0;
    for (const std::string& word : sample(211)) {
        for (const std::string& typo : misspellings(word)) {
            const bool accepted = hunspell().accept(typo);
            if (WordList::dictionaries().knows(typo)) {
                EXPECT_TRUE(accepted) << typo;
            } else if (accepted) {
                ++deferred;  // a real word the list lacks: hunspell settles it
            }
            rejected += accepted ? 0 : 1;
        }
    }
    EXPECT_GT(rejected, 4000U);
    EXPECT_LT(deferred * 100, rejected) << deferred << " accepted words the list lacks";
}

TEST(WordList, ReadsATypographicApostropheAsAPlainOne) {
    EXPECT_TRUE(WordList::dictionaries().knows("people\xE2\x80\x99s"));
    EXPECT_TRUE(WordList::dictionaries().knows("people's"));
}

TEST(WordList, LooksUpTheWordsItIsGiven) {
    const WordList list("apple\nbanana\ncherry\n");
    EXPECT_EQ(list.size(), 3U);
    EXPECT_TRUE(list.knows("banana"));
    EXPECT_TRUE(list.knows("Banana"));
    EXPECT_TRUE(list.knows("BANANA"));
    EXPECT_FALSE(list.knows("bAnana"));
    EXPECT_FALSE(list.knows("banan"));
    EXPECT_FALSE(list.knows(""));
}

}  // namespace
