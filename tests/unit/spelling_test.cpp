// The spelling cache shared by the threads that check records.

#include "spelling.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using twinning::validators::Spelling;

constexpr std::array<std::string_view, 10> words{"culture", "aktivity", "colour",    "color",   "tourism",
                                                 "sporrt",  "culture",  "bussiness", "Cultrue", "economicscientific"};

TEST(Spelling, AnotherThreadsSpellingGivesTheSameVerdicts) {
    Spelling first;
    Spelling second = first.for_another_thread();
    for (const std::string_view word : words) {
        const Spelling::Verdict& a = first.check(word);
        const Spelling::Verdict& b = second.check(word);
        EXPECT_EQ(a.misspelled, b.misspelled) << word;
        EXPECT_EQ(a.suggestions, b.suggestions) << word;
    }
    EXPECT_TRUE(first.check("aktivity").misspelled);
    EXPECT_FALSE(second.check("colour").misspelled);
}

// Threads check words at once through one shared cache of misspellings;
// each sees the verdicts and suggestions a Spelling of its own would. (The
// sanitizer build runs this too.)
TEST(Spelling, ServesSeveralThreadsAtOnce) {
    Spelling alone;
    Spelling shared;
    std::vector<Spelling> per_thread;
    per_thread.reserve(4);
    for (int i = 0; i < 4; ++i) {
        per_thread.push_back(shared.for_another_thread());
    }
    using Seen = std::vector<Spelling::Verdict>;
    std::vector<Seen> seen(per_thread.size());
    std::vector<std::thread> threads;
    threads.reserve(per_thread.size());
    for (std::size_t t = 0; t < per_thread.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 3; ++round) {
                for (const std::string_view word : words) {
                    seen.at(t).push_back(per_thread.at(t).check(word));
                }
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    Seen expected;
    for (int round = 0; round < 3; ++round) {
        for (const std::string_view word : words) {
            expected.push_back(alone.check(word));
        }
    }
    for (const Seen& verdicts : seen) {
        ASSERT_EQ(verdicts.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(verdicts[i].misspelled, expected[i].misspelled) << i;
            EXPECT_EQ(verdicts[i].suggestions, expected[i].suggestions) << i;
        }
    }
    EXPECT_EQ(alone.check("bussiness").suggestions.front(), "business");
}

}  // namespace
