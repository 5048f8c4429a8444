// Spelling suggestions: what the walk of the word list finds, and in what
// order, on the installed dictionaries and on lists of a few words whose
// costs can be worked out by hand.

#include "suggester.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "small_word_list.hpp"
#include "twinning/text/unicode.hpp"

namespace {

using twinning::validators::DictionaryReplacement;
using twinning::validators::Suggester;
using twinning_test::SmallWordList;

std::vector<std::string> suggest(std::string_view word, std::size_t limit = 3) {
    return Suggester::dictionaries().suggest(word, limit);
}

std::string first(std::string_view word) {
    const auto found = suggest(word, 1);
    return found.empty() ? "" : found.front();
}

// The seed's own misspellings.
TEST(Suggester, MendsTheSeedsMisspellings) {
    EXPECT_EQ(first("aktivity"), "activity");
    EXPECT_EQ(first("economicscientific"), "economic scientific");
}

TEST(Suggester, MendsEachKindOfSlip) {
    EXPECT_EQ(first("cultrue"), "culture");            // two letters swapped
    EXPECT_EQ(first("occassion"), "occasion");         // a letter doubled
    EXPECT_EQ(first("ocasion"), "occasion");           // one of a double dropped
    EXPECT_EQ(first("exchsnge"), "exchange");          // a key's neighbour
    EXPECT_EQ(first("educasion"), "education");        // a sound-alike ending
    EXPECT_EQ(first("independance"), "independence");  // another
    EXPECT_EQ(first("recieve"), "receive");            // a REP misspelling
    EXPECT_EQ(first("alot"), "a lot");                 // a REP pair of words
    EXPECT_EQ(first("teh"), "the");
}

TEST(Suggester, WritesSuggestionsInTheMisspellingsCase) {
    EXPECT_EQ(first("Cultrue"), "Culture");
    EXPECT_EQ(first("CULTRUE"), "CULTURE");
    EXPECT_EQ(first("Aktivity"), "Activity");
}

TEST(Suggester, OffersEachWordOnceAndNeverTheMisspelling) {
    const std::vector<std::string> found = suggest("goverment");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front(), "government");
    for (std::size_t i = 0; i < found.size(); ++i) {
        EXPECT_NE(found[i], "goverment");
        for (std::size_t j = 0; j < i; ++j) {
            EXPECT_NE(twinning::text::to_lower(found[i]), twinning::text::to_lower(found[j])) << found[i];
        }
    }
}

TEST(Suggester, KeepsToTheLimit) {
    EXPECT_EQ(suggest("teh", 1).size(), 1U);
    EXPECT_EQ(suggest("teh", 3).size(), 3U);
    EXPECT_TRUE(suggest("teh", 0).empty());
}

TEST(Suggester, SuggestsNothingForNoWordAtAll) {
    EXPECT_TRUE(suggest("qxzqvjkxz").empty());
    EXPECT_TRUE(suggest(std::string(200, 'q')).empty());
}

// On a list of a few words each cost can be worked out from typo_costs.hpp.
class SmallListSuggester : public testing::Test {
protected:
    std::vector<std::string> suggest(const SmallWordList& words, std::string_view word,
                                     std::span<const DictionaryReplacement> replacements = {}) {
        const twinning::validators::WordList list = words.list();
        return Suggester(list, replacements).suggest(word, 3);
    }
};

TEST_F(SmallListSuggester, RanksASwapBeforeAStrayKey) {
    const SmallWordList words({{"form", 0}, {"foam", 0}, {"forum", 0}});
    EXPECT_EQ(suggest(words, "fomr").front(), "form");
}

TEST_F(SmallListSuggester, RanksANeighbouringKeyBeforeAnyOther) {
    // `s` sits next to `a`, far from `u`.
    const SmallWordList words({{"cut", 0}, {"cat", 0}});
    EXPECT_EQ(suggest(words, "cst"), (std::vector<std::string>{"cat", "cut"}));
}

TEST_F(SmallListSuggester, KeepsTheFirstLetter) {
    const SmallWordList words({{"bat", 0}, {"cut", 0}});
    EXPECT_EQ(suggest(words, "cat"), (std::vector<std::string>{"cut", "bat"}));
}

TEST_F(SmallListSuggester, RanksTheCommonerWordFirst) {
    const SmallWordList words({{"stationary", 3}, {"stationery", 0}});
    EXPECT_EQ(suggest(words, "stationiry"), (std::vector<std::string>{"stationery", "stationary"}));
}

// `-sion` for `-tion` is one likely slip, where `t` struck as `s` would be
// an unlikely one: it ranks before a letter left out.
TEST_F(SmallListSuggester, ReadsASoundAlikeEndingAsOneSlip) {
    const SmallWordList words({{"education", 0}, {"educasions", 0}});
    EXPECT_EQ(suggest(words, "educasion"), (std::vector<std::string>{"education", "educasions"}));
}

TEST_F(SmallListSuggester, RanksADroppedDoubleLetterBeforeAnyDroppedLetter) {
    const SmallWordList words({{"latter", 0}, {"laster", 0}});
    EXPECT_EQ(suggest(words, "later").front(), "latter");
}

TEST_F(SmallListSuggester, SplitsWordsRunTogether) {
    const SmallWordList words({{"economic", 0}, {"scientific", 0}});
    EXPECT_EQ(suggest(words, "economicscientific"),
              (std::vector<std::string>{"economic scientific", "economic-scientific"}));
}

TEST_F(SmallListSuggester, AppliesTheReplacementsItIsGiven) {
    // Without the REP line, only `lot` is near: `alot` is no two words of
    // two letters or more.
    const SmallWordList words({{"a", 0}, {"lot", 0}});
    const std::array<DictionaryReplacement, 1> replacements{{{"alot", "a_lot"}}};
    EXPECT_EQ(suggest(words, "alot", replacements), (std::vector<std::string>{"a lot", "lot"}));
    EXPECT_EQ(suggest(words, "alot"), (std::vector<std::string>{"lot"}));
}

TEST_F(SmallListSuggester, OffersAProperNounForALowerCaseMisspelling) {
    const SmallWordList words({{"Paris", 0}});
    EXPECT_EQ(suggest(words, "parsi"), (std::vector<std::string>{"Paris"}));
}

}  // namespace
