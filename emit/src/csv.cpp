#include "twinning/emit/csv.hpp"

#include <fmt/format.h>

#include <array>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/join.hpp>
#include <range/v3/view/transform.hpp>
#include <string>

#include "twinning/text/unicode.hpp"

namespace twinning::emit {

namespace {

// The header row: the field table's keys, in its order.
constexpr std::array<std::string_view, model::field_count> columns = [] {
    std::array<std::string_view, model::field_count> keys{};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        keys.at(i) = model::field_table.at(i).key;
    }
    return keys;
}();

constexpr std::string_view list_separator = "; ";
constexpr std::string_view row_end = "\r\n";

// The items, each formatted, with `separator` between them. GCC 12's
// <ranges> has no join_with, so range-v3 provides it.
template <typename Range, typename Format>
[[nodiscard]] std::string joined(const Range& items, Format format, std::string_view separator) {
    return items | ranges::views::transform(format) | ranges::views::join(separator) | ranges::to<std::string>();
}

[[nodiscard]] std::string date_text(const model::Located<model::PartialDate>& date) {
    return model::to_iso8601(date.value);
}

[[nodiscard]] std::string_view value_text(const model::Located<std::string>& item) { return item.value; }

// Each field's value as a cell: written as the JSON output writes it (a
// date in ISO 8601, a count in digits), lists joined, null empty.
[[nodiscard]] std::string cell_text(const std::string& text) { return text; }
[[nodiscard]] std::string cell_text(std::uint32_t number) { return std::to_string(number); }
[[nodiscard]] std::string cell_text(model::Layout layout) { return std::string(model::to_string(layout)); }

[[nodiscard]] std::string cell_text(const std::optional<int>& number) {
    return number ? std::to_string(*number) : std::string();
}

[[nodiscard]] std::string cell_text(const std::optional<double>& number) {
    return number ? fmt::format("{}", *number) : std::string();
}

[[nodiscard]] std::string cell_text(const std::optional<model::Located<std::string>>& value) {
    return value ? value->value : std::string();
}

[[nodiscard]] std::string cell_text(const std::optional<model::Located<std::uint64_t>>& value) {
    return value ? std::to_string(value->value) : std::string();
}

[[nodiscard]] std::string cell_text(const std::optional<model::Located<model::PartialDate>>& value) {
    return value ? date_text(*value) : std::string();
}

[[nodiscard]] std::string cell_text(const std::vector<model::Located<model::PartialDate>>& list) {
    return joined(list, date_text, list_separator);
}

[[nodiscard]] std::string cell_text(const std::vector<model::Located<std::string>>& list) {
    return joined(list, value_text, list_separator);
}

[[nodiscard]] std::string cell_text(const std::vector<model::ExtraField>& list) {
    return joined(
        list, [](const model::ExtraField& field) { return field.label + ": " + field.value; }, list_separator);
}

[[nodiscard]] std::string cell_text(const std::vector<model::Field>& list) {
    return joined(
        list, [](model::Field field) { return std::string(model::to_string(field)); }, list_separator);
}

// The record's cells in column order.
[[nodiscard]] std::array<std::string, columns.size()> cells_of(const model::Record& record,
                                                               const model::Sources& sources) {
    std::array<std::string, columns.size()> cells;
    model::for_each_field(record, sources, [&](const model::FieldInfo& field, const auto& value) {
        cells.at(static_cast<std::size_t>(field.field)) = cell_text(value);
    });
    return cells;
}

class CsvWriter final : public RecordWriter {
public:
    CsvWriter(std::ostream& out, const model::Sources& sources, bool formula_safe)
        : out_(out), sources_(sources), formula_safe_(formula_safe) {
        out_ << joined(
                    columns, [](std::string_view column) { return std::string(column); }, ",")
             << row_end;
    }

    void render(const model::Record& record, std::string& out) const override {
        const auto cells = cells_of(record, sources_);
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
    const model::Sources& sources_;
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

std::unique_ptr<RecordWriter> make_csv_writer(std::ostream& out, const model::Sources& sources, bool formula_safe) {
    return std::make_unique<CsvWriter>(out, sources, formula_safe);
}

}  // namespace twinning::emit
