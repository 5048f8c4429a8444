#include "twinning/emit/csv.hpp"

#include <array>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/join.hpp>
#include <range/v3/view/transform.hpp>

namespace twinning::emit {

namespace {

constexpr std::array<std::string_view, 16> columns{
    "name",
    "country",
    "country_code",
    "subdivision",
    "subdivision_code",
    "population",
    "population_year",
    "signed",
    "renewed",
    "websites",
    "cooperation_areas",
    "extra",
    "inferred",
    "file",
    "line",
    "end_line",
};

constexpr std::string_view list_separator = "; ";
constexpr std::string_view row_end = "\r\n";

// The items, each formatted, with `separator` between them. GCC 12's
// <ranges> has no join_with, so range-v3 provides it.
template <typename Range, typename Format>
[[nodiscard]] std::string joined(const Range& items, Format format, std::string_view separator) {
    return items | ranges::views::transform(format) | ranges::views::join(separator) | ranges::to<std::string>();
}

// The JSON form is the one source of truth for every value's text.
[[nodiscard]] std::string cell_text(const nlohmann::ordered_json& value) {
    if (value.is_null()) {
        return {};
    }
    if (value.is_string()) {
        return value.get<std::string>();
    }
    if (value.is_array()) {
        return joined(
            value,
            [](const nlohmann::ordered_json& item) {
                if (item.is_object()) {
                    return item.at("label").get<std::string>() + ": " + item.at("value").get<std::string>();
                }
                return cell_text(item);
            },
            list_separator);
    }
    return value.dump();
}

class CsvWriter final : public RecordWriter {
public:
    CsvWriter(std::ostream& out, bool formula_safe) : out_(out), formula_safe_(formula_safe) {
        write_row([](std::string_view column) { return std::string(column); });
    }

    void write(const model::Record& record) override {
        const nlohmann::ordered_json json = record_to_json(record);
        write_row([&](std::string_view column) {
            std::string text = cell_text(json.at(column));
            return csv_cell(formula_safe_ ? defuse_formula(std::move(text)) : text);
        });
    }

    void finish() override {}

private:
    template <typename Cell>
    void write_row(Cell cell) {
        out_ << joined(columns, cell, ",") << row_end;
    }

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

std::string csv_cell(std::string_view text) {
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
