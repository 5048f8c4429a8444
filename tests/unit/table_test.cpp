#include "table.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using twinning::model::Field;
using twinning::parser::CellBreak;
using twinning::parser::read_table_header;
using twinning::parser::read_table_row;
using twinning::parser::TableHeader;

std::vector<Field> kinds(const TableHeader& header) {
    std::vector<Field> out;
    for (const auto& column : header.columns) {
        out.push_back(column.label ? column.label->kind : Field::agreement);  // agreement stands for none here
    }
    return out;
}

// The row at the start of line `line` (0-based) of `input`.
std::vector<std::string> row_cells(std::string_view input, std::size_t line, const TableHeader& header) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < line; ++i) {
        at = input.find('\n', at) + 1;
    }
    const auto row = read_table_row(input, at, header);
    EXPECT_TRUE(row.has_value());
    return row ? std::vector<std::string>(row->cells.begin(), row->cells.end()) : std::vector<std::string>{};
}

TEST(Table, MapsAPipeHeaderToFieldsAndSkipsItsRuleLine) {
    const std::string_view input =
        "| Country | City | Population | Date of agreement | Motto |\n|---|---|---|---|---|\n"
        "| Austria | Tulln | 16 800 | 1982 | On the Danube |\n";
    const auto header = read_table_header(input, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->cell_break, CellBreak::pipe);
    EXPECT_EQ(kinds(*header),
              (std::vector<Field>{Field::country, Field::name, Field::population, Field::signed_on, Field::extra}));
    EXPECT_EQ(header->name_column, 1U);
    EXPECT_EQ(header->length, input.find("\n| Austria"));
    EXPECT_EQ(row_cells(input, 2, *header),
              (std::vector<std::string>{"Austria", "Tulln", "16 800", "1982", "On the Danube"}));
}

TEST(Table, ReadsTabsWithARowNumberColumnAndARowThatWraps) {
    const std::string_view input = "No.\tCity\tCountry\tSince\n1\tTulln an der\nDonau\tAustria\t1982\n";
    const auto header = read_table_header(input, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_FALSE(header->columns[0].label.has_value());
    const auto row = read_table_row(input, input.find('\n') + 1, *header);
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->cells[1], "Tulln an der\nDonau");
    EXPECT_EQ(row->cells[3], "1982");
    EXPECT_EQ(row->length, input.size() - input.find('\n') - 2);
}

TEST(Table, ReadsAHeaderCellThatWraps) {
    const std::string_view input = "City\tCountry\tPopulation\n(thousands)\tSince\nTulln\tAustria\t16\t1982\n";
    const auto header = read_table_header(input, 0);
    ASSERT_TRUE(header.has_value());
    ASSERT_EQ(header->columns.size(), 4U);
    EXPECT_EQ(header->columns[2].header, "Population\n(thousands)");
    EXPECT_EQ(header->columns[3].label->kind, Field::signed_on);
}

TEST(Table, ReadsAHeaderThatWrapsOverThreeLines) {
    const std::string_view input = "City\tCountry\tPopulation\n(in\nthousands)\tSince\nTulln\tAustria\t16\t1982\n";
    const auto header = read_table_header(input, 0);
    ASSERT_TRUE(header.has_value());
    ASSERT_EQ(header->columns.size(), 4U);
    EXPECT_EQ(header->columns[2].header, "Population\n(in\nthousands)");
}

TEST(Table, PutsCellsAlignedWithSpacesUnderTheirHeaders) {
    const std::string_view input =
        "City          Country          Since    Population\n"
        "Tulln         Austria                   16 800\n";
    const auto header = read_table_header(input, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->cell_break, CellBreak::spaces);
    EXPECT_EQ(row_cells(input, 1, *header), (std::vector<std::string>{"Tulln", "Austria", "", "16 800"}));
}

TEST(Table, ContinuesAPrintHeaderOnItsSecondLine) {
    const std::string_view input =
        "City         Country          Partnership   Area\n"
        "                              since         (km\xC2\xB2)\n"
        "Watford      United Kingdom   1956          21.4\n";
    const auto header = read_table_header(input, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->columns[2].label->kind, Field::signed_on);
    EXPECT_EQ(header->columns[2].continued, "since");
}

TEST(Table, CountsNoEmptyCellsAtTheEndOfALine) {
    // fmt trims a line's trailing blanks: a trailing tab must not decide
    // whether a line is a row, or how many columns a header has.
    const std::string_view input = "City\tCountry\t\nTulln\tAustria\t\nKrems\tAustria\n";
    const auto header = read_table_header(input, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->columns.size(), 2U);
    EXPECT_EQ(row_cells(input, 1, *header), (std::vector<std::string>{"Tulln", "Austria"}));
    EXPECT_EQ(row_cells(input, 2, *header), (std::vector<std::string>{"Krems", "Austria"}));
}

TEST(Table, GoesOnWithNoRowThatEndsInItsSeparator) {
    // the last cell empty: the tab or pipe that closes the row says it is whole
    for (const std::string_view input : {std::string_view("Name\tCountry\tSince\nTulln\tAustria\t\nKrems\tAustria\t\n"),
                                         std::string_view("| Name | Country | Since |\n| Tulln | Austria | |\n"
                                                          "| Krems | Austria | |\n")}) {
        SCOPED_TRACE(input);
        const auto header = read_table_header(input, 0);
        ASSERT_TRUE(header.has_value());
        EXPECT_EQ(row_cells(input, 1, *header), (std::vector<std::string>{"Tulln", "Austria", ""}));
        EXPECT_EQ(row_cells(input, 2, *header), (std::vector<std::string>{"Krems", "Austria", ""}));
    }
}

TEST(Table, SkipsTheRuleBelowAHeaderOfAnyKind) {
    const std::string_view input = "Name      Country   Since\n--------  --------  -----\nTulln     Austria   1982\n";
    const auto header = read_table_header(input, 0);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->length, input.find("\nTulln"));
    EXPECT_EQ(row_cells(input, 2, *header), (std::vector<std::string>{"Tulln", "Austria", "1982"}));
}

TEST(Table, NeedsANameColumnAndARowBelow) {
    EXPECT_FALSE(read_table_header("| Country | Population |\n| Austria | 16 800 |\n", 0).has_value());
    EXPECT_FALSE(read_table_header("| City | Country |\n\n| Tulln | Austria |\n", 0).has_value());
    EXPECT_FALSE(read_table_header("| City | Country |\n", 0).has_value());
}

TEST(Table, TakesNoRowWithMoreCellsThanColumnsOrTheHeaderAgain) {
    const std::string_view input = "| City | Country |\n| Tulln | Austria |\n| a | b | c | d |\n| City | Country |\n";
    const auto header = read_table_header(input, 0);
    ASSERT_TRUE(header.has_value());
    const std::size_t third = input.find("| a");
    EXPECT_FALSE(read_table_row(input, third, *header).has_value());
    EXPECT_FALSE(read_table_row(input, input.rfind("| City"), *header).has_value());
}

}  // namespace
