#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace twinning::model {

// A record's field, and what a label names. A label twinning knows but has
// no field for (`address`), and one it does not know, name `extra`: their
// values are kept there, as written.
enum class Field : std::uint8_t {
#define TWINNING_FIELD(member, key, shape, label) member,
#include "twinning/model/fields.def"
#undef TWINNING_FIELD
};

// How many fields there are, counted from the table: one element a row.
inline constexpr std::size_t field_count =
    std::initializer_list<Field>{
#define TWINNING_FIELD(member, key, shape, label) Field::member,
#include "twinning/model/fields.def"
#undef TWINNING_FIELD
    }
        .size();

// How a field's value is written: the JSON type, and the CSV cell.
enum class Shape : std::uint8_t {
    text_or_null,    // a string, or null when absent
    count_or_null,   // an integer, or null when absent
    number_or_null,  // a decimal number, or null when absent
    date_or_null,    // an ISO 8601 date at the source's precision, or null
    dates,           // an array of such dates
    texts,           // an array of strings
    labelled_texts,  // an array of {"label", "value"}
    word,            // one of a fixed set of strings
    words,           // an array of such strings
    text,            // a string, always present
    count,           // an integer, always present
};

struct FieldInfo {
    Field field;
    std::string_view key;
    Shape shape;
    std::string_view label;  // empty when no label states it
};

inline constexpr std::array<FieldInfo, field_count> field_table{{
#define TWINNING_FIELD(member, key, shape, label) {Field::member, key, Shape::shape, label},
#include "twinning/model/fields.def"
#undef TWINNING_FIELD
}};

[[nodiscard]] constexpr const FieldInfo& info(Field field) { return field_table.at(static_cast<std::size_t>(field)); }

// The field's JSON key and CSV column.
[[nodiscard]] constexpr std::string_view to_string(Field field) { return info(field).key; }

// True for a field a listing states under a label of its own, which a
// record holds once: the first such field is read, a later one is a
// duplicate.
[[nodiscard]] constexpr bool stated(Field field) { return !info(field).label.empty(); }

}  // namespace twinning::model
