#include "config_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <map>

#include "selection.hpp"
#include "source_file.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::cli {

namespace {

constexpr std::string_view file_name = "twinning.toml";

// Thrown inside this file only, to stop at the first mistake.
struct Mistake {
    toml::source_region where;
    std::string what;
};

[[nodiscard]] std::string text_of(const toml::node& node, std::string_view key) {
    const auto value = node.value_exact<std::string>();
    if (!value) {
        throw Mistake{node.source(), fmt::format("`{}` must be a string", key)};
    }
    return *value;
}

[[nodiscard]] std::vector<std::string> selectors_of(const toml::node& node, std::string_view key) {
    const toml::array* array = node.as_array();
    if (array == nullptr) {
        throw Mistake{node.source(), fmt::format("`{}` must be an array of rule names or codes", key)};
    }
    std::vector<std::string> selectors;
    for (const toml::node& item : *array) {
        std::string selector = text_of(item, key);
        if (rules_named_by(selector).empty()) {
            throw Mistake{item.source(), fmt::format("`{}` names no rule", selector)};
        }
        selectors.push_back(std::move(selector));
    }
    return selectors;
}

// Exactly a TOML integer: toml++'s value<> would also take 3.0, or a float
// too large for any integer.
[[nodiscard]] int whole_number_of(const toml::node& node, std::string_view key) {
    const auto value = node.value_exact<std::int64_t>();
    if (!value || *value < 0 || *value > std::numeric_limits<int>::max()) {
        throw Mistake{node.source(), fmt::format("`{}` must be a whole number of zero or more", key)};
    }
    return static_cast<int>(*value);
}

void read_severities(const toml::node& node, std::map<std::string, std::string>& severities) {
    const toml::table* table = node.as_table();
    if (table == nullptr) {
        throw Mistake{node.source(), R"(`severity` must be a table of rule = "error" | "warning" | "info")"};
    }
    for (const auto& [rule, level] : *table) {
        if (rules_named_by(rule.str()).empty()) {
            throw Mistake{rule.source(), fmt::format("`{}` names no rule", rule.str())};
        }
        std::string text = text_of(level, rule.str());
        if (!model::severity_by_name(text)) {
            throw Mistake{level.source(), fmt::format("`{}` is not a severity: use error, warning or info", text)};
        }
        severities[std::string(rule.str())] = std::move(text);
    }
}

// `reference-date = 2026-01-01` (a TOML date) or the same as a string.
[[nodiscard]] std::string date_of(const toml::node& node, std::string_view key) {
    if (const auto* date = node.as_date()) {
        const toml::date value = date->get();
        return fmt::format("{:04}-{:02}-{:02}", value.year, value.month, value.day);
    }
    std::string text = text_of(node, key);
    if (!parse_iso_date(text)) {
        throw Mistake{node.source(), fmt::format("`{}` is not a date as YYYY-MM-DD", text)};
    }
    return text;
}

[[nodiscard]] bool flag_of(const toml::node& node, std::string_view key) {
    const auto value = node.value_exact<bool>();
    if (!value) {
        throw Mistake{node.source(), fmt::format("`{}` must be true or false", key)};
    }
    return *value;
}

[[nodiscard]] std::string date_order_of(const toml::node& node, std::string_view key) {
    std::string text = text_of(node, key);
    if (!parse_date_order(text)) {
        throw Mistake{node.source(), fmt::format("`{}` is not a date order: use dmy or mdy", text)};
    }
    return text;
}

// Reads the node as the row's kind says, into the row's member.
void read_setting(const SettingRow& row, const toml::node& node, Settings& settings,
                  const std::filesystem::path& folder) {
    using Text = std::optional<std::string> Settings::*;
    switch (row.kind) {
        case SettingKind::rules:
            settings.*std::get<std::optional<std::vector<std::string>> Settings::*>(row.member) =
                selectors_of(node, row.key);
            return;
        case SettingKind::severities:
            read_severities(node, settings.*std::get<std::map<std::string, std::string> Settings::*>(row.member));
            return;
        case SettingKind::flag:
            settings.*std::get<std::optional<bool> Settings::*>(row.member) = flag_of(node, row.key);
            return;
        case SettingKind::count:
            settings.*std::get<std::optional<int> Settings::*>(row.member) = whole_number_of(node, row.key);
            return;
        case SettingKind::date:
            settings.*std::get<Text>(row.member) = date_of(node, row.key);
            return;
        case SettingKind::date_order:
            settings.*std::get<Text>(row.member) = date_order_of(node, row.key);
            return;
        case SettingKind::path:
            settings.*std::get<Text>(row.member) = (folder / text_of(node, row.key)).string();
            return;
    }
}

// One line: the file's own keys and values, and toml++'s quote of the
// character it stopped at, may hold line breaks.
[[nodiscard]] std::string located(const std::filesystem::path& path, const toml::source_region& where,
                                  std::string_view what) {
    return text::escape_controls(
        fmt::format("{}:{}:{}: {}", path.string(), where.begin.line, where.begin.column, what));
}

}  // namespace

std::variant<Settings, ConfigError> read_config(const std::filesystem::path& path) {
    auto source = read_source(path.string());
    if (const auto* failure = std::get_if<ReadError>(&source)) {
        return ConfigError{failure->message};
    }
    return parse_config(std::get<SourceFile>(source).text, path);
}

std::variant<Settings, ConfigError> parse_config(std::string_view text, const std::filesystem::path& path) {
    toml::table table;
    try {
        table = toml::parse(text, path.string());
    } catch (const toml::parse_error& error) {
        return ConfigError{located(path, error.source(), error.description())};
    }
    Settings settings;
    const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
    try {
        for (const auto& [key, node] : table) {
            const auto rows = setting_table();
            const auto row = std::ranges::find(rows, key.str(), &SettingRow::key);
            if (row == rows.end()) {
                throw Mistake{key.source(), fmt::format("unknown setting `{}`", key.str())};
            }
            read_setting(*row, node, settings, folder);
        }
    } catch (const Mistake& mistake) {
        return ConfigError{located(path, mistake.where, mistake.what)};
    }
    return settings;
}

std::optional<std::filesystem::path> find_config(const std::filesystem::path& start) {
    std::error_code error;
    for (std::filesystem::path folder = std::filesystem::absolute(start, error); !folder.empty();
         folder = folder.parent_path()) {
        const std::filesystem::path candidate = folder / file_name;
        if (std::filesystem::is_regular_file(candidate, error)) {
            return candidate;
        }
        if (folder == folder.root_path()) {
            break;
        }
    }
    return std::nullopt;
}

}  // namespace twinning::cli
