#include "settings.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace twinning::cli {

namespace {

template <typename T>
void take(std::optional<T>& mine, const std::optional<T>& theirs) {
    if (theirs) {
        mine = theirs;
    }
}

}  // namespace

void Settings::override_with(const Settings& other) {
    take(select, other.select);
    take(ignore, other.ignore);
    for (const auto& [rule, level] : other.severity) {
        severity[rule] = level;
    }
    take(strict, other.strict);
    take(max_warnings, other.max_warnings);
    take(reference_date, other.reference_date);
    take(date_order, other.date_order);
    take(vocabulary, other.vocabulary);
    take(stale_population_years, other.stale_population_years);
    take(max_per_rule, other.max_per_rule);
}

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

}  // namespace

std::string settings_text(const Settings& settings, const std::optional<std::filesystem::path>& source,
                          const SettingDefaults& defaults) {
    std::string out = source ? fmt::format("# settings from {}, with the command line's on top\n", source->string())
                             : std::string("# no twinning.toml: the command line's settings and the defaults\n");
    auto line = [&out](std::string_view key, const std::string& value, std::string_view note = {}) {
        out += fmt::format("{} = {}{}{}\n", key, value, note.empty() ? "" : "  # ", note);
    };
    line("select", toml_list(settings.select.value_or(std::vector<std::string>{})),
         settings.select ? "" : "every rule that is on by default");
    line("ignore", toml_list(settings.ignore.value_or(std::vector<std::string>{})));
    line("strict", settings.strict.value_or(false) ? "true" : "false");
    if (settings.max_warnings) {
        line("max-warnings", std::to_string(*settings.max_warnings));
    } else {
        out += "# max-warnings: no limit\n";
    }
    line("reference-date", toml_string(settings.reference_date.value_or(defaults.today)),
         settings.reference_date ? "" : "today");
    if (settings.date_order) {
        line("date-order", toml_string(*settings.date_order));
    } else {
        out += "# date-order: as each file's own slash dates show, else dmy\n";
    }
    if (settings.vocabulary) {
        line("vocabulary", toml_string(*settings.vocabulary));
    } else {
        out += "# vocabulary: none, so unknown-cooperation-area is off\n";
    }
    line("stale-population-years",
         std::to_string(settings.stale_population_years.value_or(defaults.stale_population_years)));
    if (settings.max_per_rule) {
        line("max-per-rule", std::to_string(*settings.max_per_rule));
    } else {
        out += fmt::format("# max-per-rule: {} for human output, every finding for machine formats\n",
                           defaults.human_max_per_rule);
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
