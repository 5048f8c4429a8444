#include "twinning/emit/record_writer.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>

#include "record_oracle.hpp"
#include "test_sources.hpp"
#include "twinning/emit/csv.hpp"
#include "twinning/model/record.hpp"

namespace {

using twinning::emit::csv_cell;
using twinning::emit::make_record_writer;
using twinning::emit::RecordFormat;
using twinning::model::ExtraField;
using twinning::model::Field;
using twinning::model::Located;
using twinning::model::PartialDate;
using twinning::model::Record;
using twinning::testing::record_to_json;

Record full_record() {
    Record record;
    record.file = twinning_test::test_file("list.txt");
    record.line = 4;
    record.end_line = 5;
    record.name = Located<std::string>{"Pittsburgh", {}};
    record.country = Located<std::string>{"United States", {}};
    record.country_code = "US";
    record.subdivision = Located<std::string>{"Pennsylvania", {}};
    record.subdivision_code = "US-PA";
    record.population = Located<std::uint64_t>{300431, {}};
    record.population_year = 2021;
    record.signed_on = Located<PartialDate>{{2001, 0, 0}, {}};
    record.renewed = {Located<PartialDate>{{2012, 11, 0}, {}}, Located<PartialDate>{{2015, 11, 13}, {}}};
    record.agreement = Located<std::string>{"Sister City Agreement", {}};
    record.websites = {Located<std::string>{"https://pittsburghpa.gov/", {}}};
    record.cooperation_areas = {Located<std::string>{"revitalization of industrial areas", {}},
                                Located<std::string>{"ecology", {}}};
    record.mayor = Located<std::string>{"Ed Gainey", {}};
    record.extra = {ExtraField{"motto", "City of Bridges", {}}};
    return record;
}

Record empty_record() {
    Record record;
    record.file = twinning_test::test_file("x.txt");
    record.line = 1;
    record.end_line = 1;
    return record;
}

std::string write_all(RecordFormat format, const std::vector<Record>& records) {
    std::ostringstream out;
    const auto writer = make_record_writer(format, out, twinning_test::test_sources());
    for (const Record& record : records) {
        writer->write(record);
    }
    writer->finish();
    return out.str();
}

constexpr const char* csv_header =
    "name,country,country_code,subdivision,subdivision_code,latitude,longitude,population,population_year,signed,renewed,agreement,"
    "mayor,websites,cooperation_areas,extra,layout,notes,inferred,file,line,end_line\r\n";

// --- record_to_json ----------------------------------------------------------

TEST(RecordToJson, WritesEveryFieldInSchemaOrder) {
    EXPECT_EQ(
        record_to_json(full_record()).dump(),
        R"({"name":"Pittsburgh","country":"United States","country_code":"US","subdivision":"Pennsylvania",)"
        R"("subdivision_code":"US-PA","latitude":null,"longitude":null,"population":300431,"population_year":2021,"signed":"2001",)"
        R"("renewed":["2012-11","2015-11-13"],"agreement":"Sister City Agreement","mayor":"Ed Gainey","websites":["https://pittsburghpa.gov/"],)"
        R"("cooperation_areas":["revitalization of industrial areas","ecology"],)"
        R"("extra":[{"label":"motto","value":"City of Bridges"}],"layout":"fields","notes":[],"inferred":[],"file":"list.txt","line":4,)"
        R"("end_line":5})");
}

TEST(RecordToJson, WritesNullForMissingValuesAndEmptyArraysForMissingLists) {
    EXPECT_EQ(
        record_to_json(empty_record()).dump(),
        R"({"name":null,"country":null,"country_code":null,"subdivision":null,"subdivision_code":null,)"
        R"("latitude":null,"longitude":null,"population":null,"population_year":null,"signed":null,"renewed":[],"agreement":null,"mayor":null,"websites":[],)"
        R"("cooperation_areas":[],"extra":[],"layout":"fields","notes":[],"inferred":[],"file":"x.txt","line":1,"end_line":1})");
}

TEST(RecordToJson, WritesInferredFieldNames) {
    Record record = empty_record();
    record.inferred = {Field::name, Field::country};
    EXPECT_EQ(record_to_json(record).at("inferred").dump(), R"(["name","country"])");
}

TEST(RecordToJson, WritesDatesAtTheirPrecision) {
    Record record = empty_record();
    record.signed_on = Located<PartialDate>{{2015, 11, 13}, {}};
    EXPECT_EQ(record_to_json(record).at("signed").dump(), R"("2015-11-13")");
    record.signed_on = Located<PartialDate>{{2012, 11, 0}, {}};
    EXPECT_EQ(record_to_json(record).at("signed").dump(), R"("2012-11")");
}

TEST(RecordToJson, KeepsCountryWithoutCodeAsWritten) {
    Record record = empty_record();
    record.country = Located<std::string>{"Germny", {}};
    const auto json = record_to_json(record);
    EXPECT_EQ(json.at("country").dump(), R"("Germny")");
    EXPECT_EQ(json.at("country_code").dump(), "null");
}

// --- JSON writer -------------------------------------------------------------

TEST(JsonWriter, WritesEmptyRecordsArrayWithoutRecords) {
    EXPECT_EQ(write_all(RecordFormat::json, {}), "{\n  \"records\": []\n}\n");
}

TEST(JsonWriter, WritesRecordsPrettyPrintedInsideRecordsArray) {
    Record second = empty_record();
    second.line = 7;
    second.end_line = 7;
    second.renewed = {Located<PartialDate>{{1996, 0, 0}, {}}};
    EXPECT_EQ(write_all(RecordFormat::json, {empty_record(), second}),
              "{\n"
              "  \"records\": [\n"
              "    {\n"
              "      \"name\": null,\n"
              "      \"country\": null,\n"
              "      \"country_code\": null,\n"
              "      \"subdivision\": null,\n"
              "      \"subdivision_code\": null,\n"
              "      \"latitude\": null,\n"
              "      \"longitude\": null,\n"
              "      \"population\": null,\n"
              "      \"population_year\": null,\n"
              "      \"signed\": null,\n"
              "      \"renewed\": [],\n"
              "      \"agreement\": null,\n"
              "      \"mayor\": null,\n"
              "      \"websites\": [],\n"
              "      \"cooperation_areas\": [],\n"
              "      \"extra\": [],\n"
              "      \"layout\": \"fields\",\n"
              "      \"notes\": [],\n"
              "      \"inferred\": [],\n"
              "      \"file\": \"x.txt\",\n"
              "      \"line\": 1,\n"
              "      \"end_line\": 1\n"
              "    },\n"
              "    {\n"
              "      \"name\": null,\n"
              "      \"country\": null,\n"
              "      \"country_code\": null,\n"
              "      \"subdivision\": null,\n"
              "      \"subdivision_code\": null,\n"
              "      \"latitude\": null,\n"
              "      \"longitude\": null,\n"
              "      \"population\": null,\n"
              "      \"population_year\": null,\n"
              "      \"signed\": null,\n"
              "      \"renewed\": [\n"
              "        \"1996\"\n"
              "      ],\n"
              "      \"agreement\": null,\n"
              "      \"mayor\": null,\n"
              "      \"websites\": [],\n"
              "      \"cooperation_areas\": [],\n"
              "      \"extra\": [],\n"
              "      \"layout\": \"fields\",\n"
              "      \"notes\": [],\n"
              "      \"inferred\": [],\n"
              "      \"file\": \"x.txt\",\n"
              "      \"line\": 7,\n"
              "      \"end_line\": 7\n"
              "    }\n"
              "  ]\n"
              "}\n");
}

TEST(JsonWriter, EscapesLineBreaksAndQuotesInStrings) {
    Record record = empty_record();
    record.name = Located<std::string>{"Say \"Hi\"\nthere", {}};
    const std::string out = write_all(RecordFormat::json, {record});
    EXPECT_NE(out.find(R"("name": "Say \"Hi\"\nthere",)"), std::string::npos) << out;
}

TEST(JsonWriter, KeepsUtf8AsIs) {
    Record record = empty_record();
    record.name = Located<std::string>{"Ko\xC5\xA1ice", {}};
    const std::string out = write_all(RecordFormat::json, {record});
    EXPECT_NE(out.find("\"name\": \"Ko\xC5\xA1ice\","), std::string::npos) << out;
}

TEST(JsonWriter, ReplacesInvalidUtf8) {
    Record record = empty_record();
    record.name = Located<std::string>{"Ko\xC5", {}};
    const std::string out = write_all(RecordFormat::json, {record});
    EXPECT_NE(out.find("\"name\": \"Ko\xEF\xBF\xBD\","), std::string::npos) << out;
}

// --- JSON Lines writer -------------------------------------------------------

TEST(JsonLinesWriter, WritesOneCompactRecordPerLine) {
    EXPECT_EQ(
        write_all(RecordFormat::jsonl, {empty_record(), empty_record()}),
        R"({"name":null,"country":null,"country_code":null,"subdivision":null,"subdivision_code":null,)"
        R"("latitude":null,"longitude":null,"population":null,"population_year":null,"signed":null,"renewed":[],"agreement":null,"mayor":null,"websites":[],)"
        R"("cooperation_areas":[],"extra":[],"layout":"fields","notes":[],"inferred":[],"file":"x.txt","line":1,"end_line":1})"
        "\n"
        R"({"name":null,"country":null,"country_code":null,"subdivision":null,"subdivision_code":null,)"
        R"("latitude":null,"longitude":null,"population":null,"population_year":null,"signed":null,"renewed":[],"agreement":null,"mayor":null,"websites":[],)"
        R"("cooperation_areas":[],"extra":[],"layout":"fields","notes":[],"inferred":[],"file":"x.txt","line":1,"end_line":1})"
        "\n");
}

TEST(JsonLinesWriter, WritesNothingWithoutRecords) { EXPECT_EQ(write_all(RecordFormat::jsonl, {}), ""); }

TEST(JsonLinesWriter, ReplacesInvalidUtf8) {
    Record record = empty_record();
    record.name = Located<std::string>{
        "a\xFF"
        "b",
        {}};
    const std::string out = write_all(RecordFormat::jsonl, {record});
    EXPECT_EQ(out.substr(0, 15),
              "{\"name\":\"a\xEF\xBF\xBD"
              "b\"");
}

// --- CSV writer --------------------------------------------------------------

TEST(CsvWriter, WritesHeaderRowEvenWithoutRecords) { EXPECT_EQ(write_all(RecordFormat::csv, {}), csv_header); }

TEST(CsvWriter, WritesOneRowPerRecordWithCrlf) {
    EXPECT_EQ(
        write_all(RecordFormat::csv, {full_record()}),
        std::string(csv_header) +
            "Pittsburgh,United States,US,Pennsylvania,US-PA,,,300431,2021,2001,2012-11; 2015-11-13,Sister City Agreement,"
            "Ed Gainey,https://pittsburghpa.gov/,revitalization of industrial areas; ecology,motto: City of "
            "Bridges,fields,,,"
            "list.txt,4,5\r\n");
}

TEST(CsvWriter, WritesEmptyCellsForNullAndEmptyLists) {
    EXPECT_EQ(write_all(RecordFormat::csv, {empty_record()}),
              std::string(csv_header) + ",,,,,,,,,,,,,,,,fields,,,x.txt,1,1\r\n");
}

TEST(CsvWriter, JoinsInferredFieldNames) {
    Record record = empty_record();
    record.inferred = {Field::name, Field::country};
    EXPECT_EQ(write_all(RecordFormat::csv, {record}),
              std::string(csv_header) + ",,,,,,,,,,,,,,,,fields,,name; country,x.txt,1,1\r\n");
}

TEST(CsvWriter, QuotesCellsThatHoldCommasQuotesOrLineBreaks) {
    Record record = empty_record();
    record.name = Located<std::string>{"Say \"Hi\"", {}};
    record.cooperation_areas = {Located<std::string>{"culture, sport", {}}, Located<std::string>{"youth", {}}};
    record.extra = {ExtraField{"note", "line one\nline two", {}}};
    EXPECT_EQ(write_all(RecordFormat::csv, {record}),
              std::string(csv_header) +
                  "\"Say \"\"Hi\"\"\",,,,,,,,,,,,,,\"culture, sport; youth\",\"note: line one\nline "
                  "two\",fields,,,x.txt,1,1\r\n");
}

TEST(CsvWriter, KeepsSeparatorAfterAnEmptyFirstListItem) {
    Record record = empty_record();
    record.cooperation_areas = {Located<std::string>{"", {}}, Located<std::string>{"sport", {}}};
    EXPECT_EQ(write_all(RecordFormat::csv, {record}),
              std::string(csv_header) + ",,,,,,,,,,,,,,; sport,,fields,,,x.txt,1,1\r\n");
}

TEST(CsvWriter, WritesSeveralRecords) {
    Record second = empty_record();
    second.name = Located<std::string>{"Split", {}};
    second.line = 9;
    second.end_line = 10;
    EXPECT_EQ(write_all(RecordFormat::csv, {empty_record(), second}), std::string(csv_header) +
                                                                          ",,,,,,,,,,,,,,,,fields,,,x.txt,1,1\r\n" +
                                                                          "Split,,,,,,,,,,,,,,,,fields,,,x.txt,9,10\r\n");
}

TEST(CsvColumns, ListsTheSchemaFieldsInOrder) {
    const auto columns = twinning::emit::csv_columns();
    ASSERT_EQ(columns.size(), 22U);
    EXPECT_EQ(columns[0], "name");
    EXPECT_EQ(columns[5], "latitude");
    EXPECT_EQ(columns[6], "longitude");
    EXPECT_EQ(columns[9], "signed");
    EXPECT_EQ(columns[10], "renewed");
    EXPECT_EQ(columns[11], "agreement");
    EXPECT_EQ(columns[12], "mayor");
    EXPECT_EQ(columns[16], "layout");
    EXPECT_EQ(columns[17], "notes");
    EXPECT_EQ(columns[18], "inferred");
    EXPECT_EQ(columns[21], "end_line");
}

// --- csv_cell ----------------------------------------------------------------

TEST(CsvCell, LeavesPlainTextUnquoted) {
    EXPECT_EQ(csv_cell("Split"), "Split");
    EXPECT_EQ(csv_cell("safe transport in Europe"), "safe transport in Europe");
    EXPECT_EQ(csv_cell("culture; sport"), "culture; sport");
    EXPECT_EQ(csv_cell("Ko\xC5\xA1ice"), "Ko\xC5\xA1ice");
    EXPECT_EQ(csv_cell("https://www.split.hr/"), "https://www.split.hr/");
}

TEST(CsvCell, LeavesEmptyTextEmpty) { EXPECT_EQ(csv_cell(""), ""); }

TEST(CsvCell, QuotesComma) { EXPECT_EQ(csv_cell("culture, sport"), "\"culture, sport\""); }

TEST(CsvCell, QuotesAndDoublesQuotes) {
    EXPECT_EQ(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_cell("\""), "\"\"\"\"");
}

TEST(CsvCell, QuotesLineBreaks) {
    EXPECT_EQ(csv_cell("line\nbreak"), "\"line\nbreak\"");
    EXPECT_EQ(csv_cell("line\r\nbreak"), "\"line\r\nbreak\"");
    EXPECT_EQ(csv_cell("a\rb"), "\"a\rb\"");
}

TEST(CsvCell, QuotesSpacesAtEitherEnd) {
    EXPECT_EQ(csv_cell(" Split"), "\" Split\"");
    EXPECT_EQ(csv_cell("Split "), "\"Split \"");
    EXPECT_EQ(csv_cell(" "), "\" \"");
}

// --- format names ------------------------------------------------------------

TEST(RecordFormatByName, KnowsJsonJsonlAndCsv) {
    EXPECT_EQ(twinning::emit::record_format_by_name("json"), std::optional<RecordFormat>(RecordFormat::json));
    EXPECT_EQ(twinning::emit::record_format_by_name("jsonl"), std::optional<RecordFormat>(RecordFormat::jsonl));
    EXPECT_EQ(twinning::emit::record_format_by_name("csv"), std::optional<RecordFormat>(RecordFormat::csv));
}

TEST(RecordFormatByName, RejectsOtherNames) {
    EXPECT_EQ(twinning::emit::record_format_by_name("JSON"), std::nullopt);
    EXPECT_EQ(twinning::emit::record_format_by_name("xml"), std::nullopt);
    EXPECT_EQ(twinning::emit::record_format_by_name(""), std::nullopt);
}

}  // namespace
