// map_in_order: work done on several threads, consumed in order.

#include "in_order.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

using twinning::map_in_order;

TEST(MapInOrder, ConsumesEveryResultInIndexOrderWhateverFinishesFirst) {
    for (const std::size_t threads : {1U, 2U, 4U}) {
        std::vector<std::size_t> consumed;
        map_in_order<std::size_t>(
            50, threads, 3,
            [](std::size_t index, std::size_t /*thread*/) {
                // Early indexes take longest, so later ones finish first.
                std::this_thread::sleep_for(std::chrono::microseconds((50 - index) * 20));
                return index * index;
            },
            [&](std::size_t result) { consumed.push_back(result); });
        ASSERT_EQ(consumed.size(), 50U) << threads << " threads";
        for (std::size_t i = 0; i < consumed.size(); ++i) {
            EXPECT_EQ(consumed.at(i), i * i) << threads << " threads";
        }
    }
}

TEST(MapInOrder, NeverHoldsMoreThanTheWindow) {
    std::atomic<std::size_t> produced{0};
    std::size_t consumed = 0;
    std::size_t most_waiting = 0;
    map_in_order<int>(
        40, 3, 4,
        [&](std::size_t /*index*/, std::size_t /*thread*/) {
            ++produced;
            return 0;
        },
        [&](int /*result*/) {
            ++consumed;
            most_waiting = std::max(most_waiting, produced.load() - consumed);
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        });
    EXPECT_EQ(consumed, 40U);
    EXPECT_LE(most_waiting, 4U);
}

TEST(MapInOrder, RethrowsWhatAThreadThrows) {
    std::size_t consumed = 0;
    EXPECT_THROW(map_in_order<int>(
                     100, 2, 4,
                     [](std::size_t index, std::size_t /*thread*/) {
                         if (index == 7) {
                             throw std::runtime_error("part 7");
                         }
                         return 0;
                     },
                     [&](int /*result*/) { ++consumed; }),
                 std::runtime_error);
    EXPECT_EQ(consumed, 7U);  // everything before the failure, nothing after
}

TEST(MapInOrder, RethrowsWhatTheConsumerThrowsAndStopsTheThreads) {
    EXPECT_THROW(map_in_order<int>(
                     1000, 2, 4, [](std::size_t /*index*/, std::size_t /*thread*/) { return 0; },
                     [](int /*result*/) { throw std::runtime_error("disk full"); }),
                 std::runtime_error);
}

}  // namespace
