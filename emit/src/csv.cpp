#include "twinning/emit/csv.hpp"

#include <array>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/join.hpp>
#include <range/v3/view/transform.hpp>
#include <string>
#include <type_traits>

#include "twinning/text/unicode.hpp"

namespace twinning::emit {

namespace {

constexpr std::array<std::string_view, 19> columns{
    "name",   "country",  "country_code", "subdivision", "subdivision_code",  "population", "population_year",
    "signed", "renewed",  "agreement",    "websites",    "cooperation_areas", "extra",      "layout",
    "notes",  "inferred", "file",         "line",        "end_line",
};

constexpr std::string_view list_separator = "; ";
constexpr std::string_view row_end = "\r\n";

// The items, each formatted, with `separator` between them. GCC 12's
// <ranges> has no join_with, so range-v3 provides it.
template <typename Range, typename Format>
[[nodiscard]] std::string joined(const Range& items, Format format, std::string_view separator) {
    return items | ranges::views::transform(format) | ranges::views::join(separator) | ranges::to<std::string>();
}

template <typename T>
[[nodiscard]] std::string text_of(const std::optional<model::Located<T>>& located) {
    if (!located) {
        return {};
    }
    if constexpr (std::is_same_v<T, std::string>) {
        return located->value;
    } else {
        return std::to_string(located->value);
    }
}

[[nodiscard]] std::string date_text(const model::Located<model::PartialDate>& date) {
    return model::to_iso8601(date.value);
}

[[nodiscard]] std::string_view value_text(const model::Located<std::string>& item) { return item.value; }

// The record's cells in column order, each value written as the JSON
// output writes it (a date in ISO 8601, a count in digits), lists joined.
[[nodiscard]] std::array<std::string, columns.size()> cells_of(const model::Record& record) {
    return {
        text_of(record.name),
        text_of(record.country),
        record.country_code,
        text_of(record.subdivision),
        record.subdivision_code,
        text_of(record.population),
        record.population_year ? std::to_string(*record.population_year) : std::string(),
        record.signed_on ? date_text(*record.signed_on) : std::string(),
        joined(record.renewed, date_text, list_separator),
        text_of(record.agreement),
        joined(record.websites, value_text, list_separator),
        joined(record.cooperation_areas, value_text, list_separator),
        joined(
            record.extra, [](const model::ExtraField& field) { return field.label + ": " + field.value; },
            list_separator),
        std::string(model::to_string(record.layout)),
        joined(record.notes, value_text, list_separator),
        joined(
            record.inferred, [](model::Field field) { return std::string(model::to_string(field)); }, list_separator),
        record.file,
        std::to_string(record.line),
        std::to_string(record.end_line),
    };
}

class CsvWriter final : public RecordWriter {
public:
    CsvWriter(std::ostream& out, bool formula_safe) : out_(out), formula_safe_(formula_safe) {
        out_ << joined(
                    columns, [](std::string_view column) { return std::string(column); }, ",")
             << row_end;
    }

    void render(const model::Record& record, std::string& out) const override {
        const auto cells = cells_of(record);
        const auto cell = [&](const std::string& text) {
            return csv_cell(formula_safe_ ? defuse_formula(text) : text);
        };
        out += joined(cells, cell, ",");
        out += row_end;
    }
    void write_rendered(std::string_view text) override { out_ << text; }

    void finish() override {}

private:
    std::ostream& out_;
    bool formula_safe_;
};

}  // namespace

std::string defuse_formula(std::string text) {
    constexpr std::string_view formula_starts = "=+-@\t\r";
    if (!text.empty() && formula_starts.find(text.front()) != std::string_view::npos) {
        text.insert(text.begin(), '\'');
    }
    return text;
}

std::span<const std::string_view> csv_columns() { return columns; }

std::string csv_cell(std::string_view raw) {
    // A CSV file is text: bytes that are not UTF-8 become U+FFFD, as in JSON.
    const std::string valid = text::first_invalid_utf8(raw) ? text::valid_utf8(raw) : std::string(raw);
    const std::string_view text = valid;
    const bool edge_space = !text.empty() && (text.front() == ' ' || text.back() == ' ');
    if (!edge_space && text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"') {
            quoted += '"';
        }
        quoted += c;
    }
    return quoted + "\"";
}

std::unique_ptr<RecordWriter> make_csv_writer(std::ostream& out, bool formula_safe) {
    return std::make_unique<CsvWriter>(out, formula_safe);
}

}  // namespace twinning::emit
