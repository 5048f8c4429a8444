#include "settings.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>

namespace twinning::cli {

namespace {

// A TOML string: quotes and backslashes escaped, control characters too.
[[nodiscard]] std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20U || c == 0x7F) {
            out += fmt::format("\\u{:04X}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
            out += c;
        }
    }
    return out + "\"";
}

[[nodiscard]] std::string toml_list(const std::vector<std::string>& items) {
    std::vector<std::string> each;
    each.reserve(items.size());
    for (const std::string& item : items) {
        each.push_back(toml_string(item));
    }
    return fmt::format("[{}]", fmt::join(each, ", "));
}

using Rules = std::optional<std::vector<std::string>> Settings::*;
using Levels = std::map<std::string, std::string> Settings::*;
using Flag = std::optional<bool> Settings::*;
using Count = std::optional<int> Settings::*;
using Text = std::optional<std::string> Settings::*;

// clang-format off
constexpr std::array<SettingRow, 12> rows{{
    {"select", "Run only these rules: names, codes or code prefixes", SettingKind::rules, Rules{&Settings::select},
     [](const SettingDefaults&) { return UnsetText{"[]", "every rule that is on by default"}; }},
    {"ignore", "Do not run these rules: names, codes or code prefixes", SettingKind::rules, Rules{&Settings::ignore},
     [](const SettingDefaults&) { return UnsetText{"[]", ""}; }},
    {"severity", "Report a rule at another level: NAME=error|warning|info", SettingKind::severities,
     Levels{&Settings::severity}, [](const SettingDefaults&) { return UnsetText{}; }},
    {"strict", "Fail (exit 1) on warnings too", SettingKind::flag, Flag{&Settings::strict},
     [](const SettingDefaults&) { return UnsetText{"false", ""}; }},
    {"max-warnings", "Fail (exit 1) on more than N warnings", SettingKind::count, Count{&Settings::max_warnings},
     [](const SettingDefaults&) { return UnsetText{"", "no limit"}; }},
    {"reference-date", "The date taken as today, YYYY-MM-DD", SettingKind::date, Text{&Settings::reference_date},
     [](const SettingDefaults& defaults) { return UnsetText{toml_string(defaults.today), "today"}; }},
    {"date-order", "How to read slash dates such as 3/4/2012: dmy or mdy", SettingKind::date_order,
     Text{&Settings::date_order},
     [](const SettingDefaults&) { return UnsetText{"", "as each file's own slash dates show, else dmy"}; }},
    {"vocabulary", "Known areas of cooperation, one a line", SettingKind::path, Text{&Settings::vocabulary},
     [](const SettingDefaults&) { return UnsetText{"", "none, so unknown-cooperation-area is off"}; }},
    {"stale-population-years", "Flag counts older than this many years", SettingKind::count,
     Count{&Settings::stale_population_years},
     [](const SettingDefaults& defaults) { return UnsetText{std::to_string(defaults.stale_population_years), ""}; }},
    {"max-per-rule",
     "Show at most N findings of one rule per file (0 shows all; default 20 for human output, all for machine "
     "formats)",
     SettingKind::count, Count{&Settings::max_per_rule},
     [](const SettingDefaults& defaults) {
         return UnsetText{"", fmt::format("{} for human output, every finding for machine formats",
                                          defaults.human_max_per_rule)};
     }},
    {"infer-regions",
     "Infer a missing region from the gazetteer where the city is the only one of its name in its country",
     SettingKind::flag, Flag{&Settings::infer_regions}, [](const SettingDefaults&) { return UnsetText{"false", ""}; }},
    {"with-coordinates", "Give each record the gazetteer's latitude and longitude of its city", SettingKind::flag,
     Flag{&Settings::with_coordinates}, [](const SettingDefaults&) { return UnsetText{"false", ""}; }},
}};
// clang-format on

// The setting's value as twinning.toml writes it; none when unset.
[[nodiscard]] std::optional<std::string> toml_value(const Settings& settings, const SettingRow& row) {
    struct Writer {
        const Settings& settings;
        std::optional<std::string> operator()(Rules member) const {
            const auto& items = settings.*member;
            return items ? std::optional(toml_list(*items)) : std::nullopt;
        }
        std::optional<std::string> operator()(Levels /*member*/) const { return std::nullopt; }
        std::optional<std::string> operator()(Flag member) const {
            const auto& flag = settings.*member;
            return flag ? std::optional<std::string>(*flag ? "true" : "false") : std::nullopt;
        }
        std::optional<std::string> operator()(Count member) const {
            const auto& count = settings.*member;
            return count ? std::optional(std::to_string(*count)) : std::nullopt;
        }
        std::optional<std::string> operator()(Text member) const {
            const auto& text = settings.*member;
            return text ? std::optional(toml_string(*text)) : std::nullopt;
        }
    };
    return std::visit(Writer{settings}, row.member);
}

}  // namespace

std::span<const SettingRow> setting_table() { return rows; }

void Settings::override_with(const Settings& other) {
    for (const SettingRow& row : rows) {
        std::visit(
            [&](auto member) {
                if constexpr (std::is_same_v<decltype(member), Levels>) {
                    for (const auto& [rule, level] : other.*member) {
                        (this->*member)[rule] = level;
                    }
                } else if ((other.*member).has_value()) {
                    this->*member = other.*member;
                }
            },
            row.member);
    }
}

std::string settings_text(const Settings& settings, const std::optional<std::filesystem::path>& source,
                          const SettingDefaults& defaults) {
    std::string out = source ? fmt::format("# settings from {}, with the command line's on top\n", source->string())
                             : std::string("# no twinning.toml: the command line's settings and the defaults\n");
    auto line = [&out](std::string_view key, const std::string& value, std::string_view note = {}) {
        out += fmt::format("{} = {}{}{}\n", key, value, note.empty() ? "" : "  # ", note);
    };
    for (const SettingRow& row : rows) {
        if (row.kind == SettingKind::severities) {
            continue;  // a table of its own, below
        }
        if (const auto value = toml_value(settings, row)) {
            line(row.key, *value);
            continue;
        }
        const UnsetText unset = row.unset(defaults);
        if (unset.value.empty()) {
            out += fmt::format("# {}: {}\n", row.key, unset.note);
        } else {
            line(row.key, unset.value, unset.note);
        }
    }
    if (!settings.severity.empty()) {
        out += "\n[severity]\n";
        for (const auto& [rule, level] : settings.severity) {
            line(rule, toml_string(level));
        }
    }
    return out;
}

}  // namespace twinning::cli
