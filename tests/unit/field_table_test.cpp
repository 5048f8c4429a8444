#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "listings.hpp"
#include "twinning/model/field.hpp"

// The field table against what documents it: the JSON Schema and the
// README's record table must list its keys, in its order, with the types
// its shapes write.

namespace {

using twinning::model::field_table;
using twinning::model::FieldInfo;
using twinning::model::Shape;

const std::filesystem::path source_dir = TWINNING_SOURCE_DIR;

// How the README's record table names a shape's JSON type.
std::string readme_type(Shape shape) {
    switch (shape) {
        case Shape::text_or_null:
        case Shape::date_or_null:
            return "string or null";
        case Shape::count_or_null:
            return "integer or null";
        case Shape::number_or_null:
            return "number or null";
        case Shape::dates:
        case Shape::texts:
        case Shape::words:
            return "array of strings";
        case Shape::labelled_texts:
            return R"(array of `{"label", "value"}`)";
        case Shape::word:
        case Shape::text:
            return "string";
        case Shape::count:
            return "integer";
    }
    return "";
}

// True when the schema's property admits what the shape writes, and only
// that.
bool schema_matches(Shape shape, const nlohmann::ordered_json& property) {
    const auto items = property.value("items", nlohmann::ordered_json::object());
    const bool array = property.value("type", nlohmann::ordered_json()) == "array";
    switch (shape) {
        case Shape::text_or_null:
            return property.at("type") == nlohmann::ordered_json({"string", "null"});
        case Shape::count_or_null:
            return property.at("type") == nlohmann::ordered_json({"integer", "null"});
        case Shape::number_or_null:
            return property.at("type") == nlohmann::ordered_json({"number", "null"});
        case Shape::date_or_null:
            return property.at("oneOf") ==
                   nlohmann::ordered_json::parse(R"([{"$ref": "#/definitions/date"}, {"type": "null"}])");
        case Shape::dates:
            return array && items.value("$ref", "") == "#/definitions/date";
        case Shape::texts:
            return array && items.value("type", "") == "string";
        case Shape::labelled_texts:
            return array &&
                   items.value("required", nlohmann::ordered_json()) == nlohmann::ordered_json({"label", "value"});
        case Shape::word:
            return property.contains("enum");
        case Shape::words:
            return array && items.contains("enum");
        case Shape::text:
            return property.at("type") == "string";
        case Shape::count:
            return property.at("type") == "integer";
    }
    return false;
}

nlohmann::ordered_json record_schema() {
    const nlohmann::ordered_json schema =
        nlohmann::ordered_json::parse(twinning_test::read_file(source_dir / "docs/record.schema.json"));
    return schema.at("definitions").at("record");
}

std::vector<std::string> table_keys() {
    std::vector<std::string> keys;
    for (const FieldInfo& field : field_table) {
        keys.emplace_back(field.key);
    }
    return keys;
}

// The README's record table, one `| key | type |` line per row.
std::vector<std::string> readme_rows() {
    std::istringstream readme(twinning_test::read_file(source_dir / "README.md"));
    std::vector<std::string> rows;
    bool in_section = false;
    for (std::string line; std::getline(readme, line);) {
        if (line.starts_with("## ")) {
            in_section = line == "## Record schema";
            continue;
        }
        if (in_section && line.starts_with("| `")) {
            const std::size_t type_end = line.find(" |", line.find(" | ") + 3);
            rows.push_back(line.substr(0, type_end + 2));
        }
    }
    return rows;
}

TEST(FieldTable, SchemaListsTheTableKeysInOrderAndRequiresThemAll) {
    const nlohmann::ordered_json record = record_schema();
    std::vector<std::string> properties;
    for (const auto& [key, value] : record.at("properties").items()) {
        properties.push_back(key);
    }
    EXPECT_EQ(properties, table_keys());
    EXPECT_EQ(record.at("required").get<std::vector<std::string>>(), table_keys());
}

TEST(FieldTable, SchemaTypesFollowTheShapes) {
    const nlohmann::ordered_json properties = record_schema().at("properties");
    for (const FieldInfo& field : field_table) {
        EXPECT_TRUE(schema_matches(field.shape, properties.at(std::string(field.key)))) << field.key;
    }
}

// `inferred` names the fields a listing states, which inference may fill
// in, and the coordinates, which only the gazetteer gives.
TEST(FieldTable, SchemaInferredNamesTheFieldsListingsStateAndTheCoordinates) {
    std::vector<std::string> stated;
    for (const FieldInfo& field : field_table) {
        if (twinning::model::stated(field.field) || field.shape == Shape::number_or_null) {
            stated.emplace_back(field.key);
        }
    }
    const nlohmann::ordered_json inferred = record_schema().at("properties").at("inferred").at("items").at("enum");
    EXPECT_EQ(inferred.get<std::vector<std::string>>(), stated);
}

TEST(FieldTable, ReadmeRecordTableListsEveryFieldWithItsType) {
    std::vector<std::string> expected;
    for (const FieldInfo& field : field_table) {
        expected.push_back("| `" + std::string(field.key) + "` | " + readme_type(field.shape) + " |");
    }
    EXPECT_EQ(readme_rows(), expected);
}

}  // namespace
