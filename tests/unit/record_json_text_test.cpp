#include "record_json_text.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "json_text.hpp"
#include "listings.hpp"
#include "record_oracle.hpp"
#include "test_sources.hpp"
#include "twinning/emit/record_writer.hpp"
#include "twinning/twinning.hpp"

// The direct writer must give the bytes nlohmann-json gives for the same
// record; nlohmann is the reference here and only here.

namespace {

using twinning::emit::append_json_string;

std::string reference(const std::string& text) { return twinning::emit::json_text(nlohmann::ordered_json(text)); }

std::string direct(const std::string& text) {
    std::string out;
    append_json_string(out, text);
    return out;
}

TEST(RecordJsonText, WritesEveryRecordOfEverySampleAndFixtureAsNlohmannDoes) {
    twinning::Options records_only;
    records_only.checks.enabled.reset();  // the records are compared, not the findings
    int records = 0;
    for (const auto& listing : twinning_test::sample_and_fixture_listings()) {
        [[maybe_unused]] const twinning::ListingReport report = twinning_test::process_listing(
            twinning_test::read_file(listing), listing.filename().string(), records_only, [&](const auto& record) {
                const nlohmann::ordered_json json = twinning::testing::record_to_json(record);
                std::string line;
                twinning::emit::append_record_line(line, record, twinning_test::test_sources());
                EXPECT_EQ(line, twinning::emit::json_text(json)) << listing;
                std::string indented;
                twinning::emit::append_record_indented(indented, record, twinning_test::test_sources(), 0);
                EXPECT_EQ(indented, twinning::emit::json_text(json, 2)) << listing;
                ++records;
            });
    }
    EXPECT_GT(records, 100);
}

// No sample gives an agreement's wording yet, so one record stands in: a
// wording of its own and one on a record with nothing else.
TEST(RecordJsonText, WritesTheAgreementWordingAsNlohmannDoes) {
    twinning::model::Record record;
    record.file = twinning_test::test_file("register.txt");
    record.line = 3;
    record.end_line = 3;
    record.agreement =
        twinning::model::Located<std::string>{"Agreement on Cooperation between the Cities \"Tulln\" and Krems", {}};
    const nlohmann::ordered_json json = twinning::testing::record_to_json(record);
    EXPECT_EQ(json.at("agreement"), "Agreement on Cooperation between the Cities \"Tulln\" and Krems");
    std::string line;
    twinning::emit::append_record_line(line, record, twinning_test::test_sources());
    EXPECT_EQ(line, twinning::emit::json_text(json));
    EXPECT_NE(line.find(R"("renewed":[],"agreement":"Agreement)"), std::string::npos) << line;
    std::string indented;
    twinning::emit::append_record_indented(indented, record, twinning_test::test_sources(), 0);
    EXPECT_EQ(indented, twinning::emit::json_text(json, 2));
}

TEST(RecordJsonText, EscapesAsNlohmannDoes) {
    for (const std::string& text : {
             std::string("plain"),
             std::string("quote \" backslash \\ slash /"),
             std::string("\b\f\n\r\t\x01\x1f\x7f"),
             std::string("Ko\xC5\xA1ice \xE2\x80\xA8 \xE2\x80\xA9 \xF0\x9F\x98\x80"),
             std::string("\x80 \xC0\xAF \xE0\x80\x80 \xED\xA0\x80 \xF4\x90\x80\x80 \xF5 \xFF"),
             std::string("\xE2\x80", 2),
             std::string("\xF0\x9F\x98"),
             std::string("\xE2\x41\xE2\x80\x41"),
             std::string("nul \0 inside", 12),
         }) {
        EXPECT_EQ(direct(text), reference(text)) << text;
    }
}

// Random bytes, biased toward the lead and continuation bytes where
// decoders differ; the same sequence every run.
TEST(RecordJsonText, ReplacesInvalidUtf8AsNlohmannDoesOnRandomBytes) {
    std::uint64_t state = 20261128;
    const auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(state >> 33U);
    };
    constexpr std::array<unsigned char, 12> interesting{0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED,
                                                        0xEF, 0xF0, 0xF4, 0xA0, 0x9F, 0x90};
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const unsigned length = next() % 12;
        for (unsigned i = 0; i < length; ++i) {
            const unsigned roll = next();
            text += static_cast<char>(roll % 3 == 0 ? interesting.at(roll / 3 % interesting.size()) : roll % 256);
        }
        ASSERT_EQ(direct(text), reference(text)) << ::testing::PrintToString(text);
    }
}

}  // namespace
