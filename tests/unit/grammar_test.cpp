#include <gtest/gtest.h>

#include "grammar.hpp"

namespace {

TEST(Grammar, HasNoInfiniteLoops) {
    EXPECT_EQ(tao::pegtl::analyze<twinning::parser::rules::document>(0), 0U);
}

}  // namespace
