#pragma once

// A record as a nlohmann JSON value, written out field by field without the
// field table: the oracle the record writers are tested against. It lives
// with the tests so the product does not link it.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "test_sources.hpp"
#include "twinning/model/record.hpp"

namespace twinning::testing {

using nlohmann::ordered_json;

namespace detail {

template <typename T>
[[nodiscard]] ordered_json optional_value(const std::optional<model::Located<T>>& located) {
    return located ? ordered_json(located->value) : ordered_json(nullptr);
}

[[nodiscard]] inline ordered_json text_or_null(const std::string& text) {
    return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

template <typename T>
[[nodiscard]] ordered_json values(const std::vector<model::Located<T>>& list) {
    ordered_json array = ordered_json::array();
    for (const auto& item : list) {
        array.push_back(item.value);
    }
    return array;
}

[[nodiscard]] inline ordered_json dates(const std::vector<model::Located<model::PartialDate>>& list) {
    ordered_json array = ordered_json::array();
    for (const auto& item : list) {
        array.push_back(model::to_iso8601(item.value));
    }
    return array;
}

}  // namespace detail

// The record as the oracle writes it, key by key, so a test can hold the
// table-driven writers to it.
inline ordered_json record_to_json(const model::Record& record) {
    ordered_json object;
    object["name"] = detail::optional_value(record.name);
    object["country"] = detail::optional_value(record.country);
    object["country_code"] = detail::text_or_null(record.country_code);
    object["subdivision"] = detail::optional_value(record.subdivision);
    object["subdivision_code"] = detail::text_or_null(record.subdivision_code);
    object["latitude"] = record.latitude ? ordered_json(*record.latitude) : nullptr;
    object["longitude"] = record.longitude ? ordered_json(*record.longitude) : nullptr;
    object["population"] = detail::optional_value(record.population);
    object["population_year"] = record.population_year ? ordered_json(*record.population_year) : nullptr;
    object["signed"] = record.signed_on ? ordered_json(model::to_iso8601(record.signed_on->value)) : nullptr;
    object["renewed"] = detail::dates(record.renewed);
    object["agreement"] = detail::optional_value(record.agreement);
    object["mayor"] = detail::optional_value(record.mayor);
    object["websites"] = detail::values(record.websites);
    object["cooperation_areas"] = detail::values(record.cooperation_areas);
    ordered_json extra = ordered_json::array();
    for (const model::ExtraField& field : record.extra) {
        extra.push_back({{"label", field.label}, {"value", field.value}});
    }
    object["extra"] = std::move(extra);
    object["layout"] = model::to_string(record.layout);
    object["notes"] = detail::values(record.notes);
    ordered_json inferred = ordered_json::array();
    for (const model::Field field : record.inferred) {
        inferred.push_back(model::to_string(field));
    }
    object["inferred"] = std::move(inferred);
    object["file"] = twinning_test::file_name(record.file);
    object["line"] = record.line;
    object["end_line"] = record.end_line;
    return object;
}

}  // namespace twinning::testing
