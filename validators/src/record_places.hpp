#pragma once

// What the gazetteer knows of a record's city, for the place rules.

#include <algorithm>
#include <optional>
#include <span>
#include <string>

#include "twinning/model/record.hpp"
#include "twinning/normalize/gazetteer.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators {

struct RecordPlaces {
    std::span<const normalize::Place> named;       // of the record's name, in any country
    std::span<const normalize::Place> in_country;  // of those, in the record's country
};

// None when the record has no name and country as written: an inferred
// name or country is the gazetteer's business only through inference.
[[nodiscard]] inline std::optional<RecordPlaces> record_places(const model::Record& record) {
    const auto inferred = [&](model::Field field) {
        return std::ranges::find(record.inferred, field) != record.inferred.end();
    };
    if (!record.name || record.country_code.empty() || inferred(model::Field::name) ||
        inferred(model::Field::country)) {
        return std::nullopt;
    }
    const std::string folded = text::fold_key(record.name->value);
    const auto named = normalize::places_named(folded);
    return RecordPlaces{.named = named, .in_country = normalize::places_in(folded, record.country_code)};
}

}  // namespace twinning::validators
