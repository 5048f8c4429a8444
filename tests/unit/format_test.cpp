#include "twinning/format.hpp"

#include <gtest/gtest.h>

#include <string>

// Most of fmt is tested through the command line (tests/cli/fmt_test.py);
// these are the library calls themselves.

namespace {

using twinning::format_listing;
using twinning::same_records;

TEST(FormatListing, PutsEachFieldOnALineOfItsOwn) {
    EXPECT_EQ(format_listing("Split (Croatia)\npopulation: 160 577 (2021) web site: www.split.hr\n"),
              "Split (Croatia)\npopulation: 160 577 (2021)\nweb sites: www.split.hr\n");
}

TEST(FormatListing, KeepsStrayLinesThatStoodTogetherTogether) {
    EXPECT_EQ(format_listing("Copied from us\nof Ostrava\n\n\nSplit (Croatia)\npopulation: 1\n"),
              "Copied from us\nof Ostrava\n\nSplit (Croatia)\npopulation: 1\n");
}

TEST(FormatListing, WritesAnEmptyValueAsTheLabelAlone) {
    EXPECT_EQ(format_listing("Split (Croatia)\npopulation:   \nsigned: 1976\n"),
              "Split (Croatia)\npopulation:\npartnership agreement signed: 1976\n");
}

TEST(FormatListing, IsIdempotent) {
    const std::string once = format_listing("A (Poland)\npopulation: 1 signed: 2001\nB (Chile)\nweb site: x.cl\n");
    EXPECT_EQ(format_listing(once), once);
}

TEST(SameRecords, IgnoresLayout) {
    EXPECT_TRUE(same_records("Split (Croatia)\npopulation: 1 signed: 1976\n",
                             "\n\nSplit  (Croatia)\n  population:   1\nsigned: 1976\n", {}));
}

TEST(SameRecords, SeesAChangedValue) {
    EXPECT_FALSE(same_records("Split (Croatia)\npopulation: 1\n", "Split (Croatia)\npopulation: 2\n", {}));
}

TEST(SameRecords, SeesARecordMore) {
    EXPECT_FALSE(same_records("Split (Croatia)\npopulation: 1\n",
                              "Split (Croatia)\npopulation: 1\n\nTartu (Estonia)\npopulation: 2\n", {}));
}

}  // namespace
