#include "nothing_lost.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(NothingLost, HoldsForEverySampleAndFixture) {
    int files = 0;
    for (const char* folder : {"samples", "tests/fixtures/rules"}) {
        for (const auto& entry :
             std::filesystem::directory_iterator(std::filesystem::path(TWINNING_SOURCE_DIR) / folder)) {
            if (entry.path().extension() == ".txt") {
                EXPECT_EQ(twinning_test::nothing_lost_violation(read(entry.path())), "") << entry.path();
                ++files;
            }
        }
    }
    EXPECT_GT(files, 40);
}

TEST(NothingLost, HoldsForTheMessThatPastingBrings) {
    for (const std::string& input : {
             std::string("a: a: a: a:"),
             std::string("Name (X) population: 1 population: 2\nstray\n\n# c\nweb sites: x\r\n"),
             std::string("\xEF\xBB\xBF  \t\nKatowice (Poland)\n  population :  281 711 (2021)  \n"),
             std::string("((((((((((((\n)))))\npopulation:\n"),
             std::string("main areas of\ncooperation: culture\n# twinning: ignore[x]\nweb sites: a.b"),
         }) {
        EXPECT_EQ(twinning_test::nothing_lost_violation(input), "") << input;
    }
}

// The checker must be able to fail: hand-made span lists that break the
// invariant each way.
TEST(CoverageViolation, NoticesALostByte) {
    EXPECT_EQ(twinning_test::coverage_violation("ab c", {{0, 2}}),
              "byte 3 is in no header, field or unrecognized text");
}

TEST(CoverageViolation, NoticesOverlappingSpans) {
    EXPECT_EQ(twinning_test::coverage_violation("abcd", {{0, 3}, {2, 4}}), "spans overlap at byte 2");
}

TEST(CoverageViolation, NoticesASpanPastTheEnd) {
    EXPECT_EQ(twinning_test::coverage_violation("ab", {{0, 3}}), "a span points outside the input at byte 0");
}

TEST(CoverageViolation, AcceptsBlanksAndComments) {
    EXPECT_EQ(twinning_test::coverage_violation(" \t\n# note\r\nab\n", {{11, 13}}), "");
}

}  // namespace
