#include "command_line.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <limits>
#include <thread>

#include "config_file.hpp"
#include "selection.hpp"
#include "twinning/text/spaces.hpp"
#include "vocabulary.hpp"

namespace twinning::cli {

namespace {

[[nodiscard]] std::chrono::year_month_day today() {
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

void check_selectors(const std::optional<std::vector<std::string>>& selectors, std::string_view option) {
    for (const std::string& selector : selectors.value_or(std::vector<std::string>{})) {
        if (rules_named_by(selector).empty()) {
            throw UsageError{fmt::format("{} `{}` names no rule; `twinning rules` lists them", option, selector)};
        }
    }
}

// A count given on the command line, with a message a person can read
// (CLI11's own range check prints a bound of some 300 digits).
[[nodiscard]] CLI::Validator whole_number(long least = 0, long most = std::numeric_limits<int>::max()) {
    return {[least, most](const std::string& text) -> std::string {
                const bool digits = !text.empty() && text.size() <= 10 &&
                                    std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
                const long value = digits ? std::stol(text) : -1;
                if (value < least || value > most) {
                    return most == std::numeric_limits<int>::max()
                               ? fmt::format("`{}` is not a whole number of {} or more", text, least)
                               : fmt::format("`{}` is not a whole number from {} to {}", text, least, most);
                }
                return {};
            },
            "N"};
}

// An option that takes a list: one value a use, split at commas, and the
// option may be repeated. Taking one value a use is what keeps
// `--select TW2 a.txt` from reading a.txt as a rule.
void add_list_option(CLI::App& command, const std::string& name, std::vector<std::string>& values,
                     const std::string& help) {
    command.add_option(name, values, help + " (comma-separated; may be repeated)")
        ->delimiter(',')
        ->allow_extra_args(false);
}

// The items of a list option without the spaces around them, so
// `--select "TW2, TW5"` reads as it looks; an empty item says nothing.
[[nodiscard]] std::vector<std::string> list_items(const std::vector<std::string>& values) {
    std::vector<std::string> items;
    for (const std::string& value : values) {
        const std::string_view item = twinning::text::trim(value);
        if (!item.empty()) {
            items.emplace_back(item);
        }
    }
    return items;
}

constexpr int human_max_per_rule = 20;

// The per-rule limit is for a person reading the findings. Machine formats,
// which CI reads, carry every finding unless a limit is asked for, and a
// new baseline records every one.
[[nodiscard]] std::size_t per_rule_limit(const Settings& settings, const RunOptions& run) {
    if (!run.write_baseline.empty() || run.statistics) {
        return 0;
    }
    if (settings.max_per_rule) {
        return static_cast<std::size_t>(*settings.max_per_rule);
    }
    return run.diagnostics == twinning::emit::DiagnosticsFormat::human ? human_max_per_rule : 0;
}

// The words of a vocabulary file; a file that cannot be read is a usage
// mistake.
[[nodiscard]] std::unordered_set<std::string> vocabulary_at(const std::string& path) {
    auto vocabulary = read_vocabulary(path);
    if (auto* words = std::get_if<std::unordered_set<std::string>>(&vocabulary)) {
        return std::move(*words);
    }
    throw UsageError{std::get<VocabularyError>(vocabulary).message};
}

}  // namespace

void CommandLine::add_to(CLI::App& command) {
    command.add_option("files", files, "Listings to read; - for standard input");
    command.add_flag("--show-settings", show_settings,
                     "Print the settings in force and the file they came from, then exit");
    command.add_option("--diagnostics", diagnostics, "How to write diagnostics")
        ->check(CLI::IsMember({"human", "json", "sarif", "github", "gitlab"}))
        ->capture_default_str();
    command.add_option("--diagnostics-file", diagnostics_file,
                       "Write the diagnostics to this file, atomically, instead of the command's stream");
    command.add_flag("--exit-zero", exit_zero, "Exit 0 whatever is found; 2 still means the run failed");
    command.add_flag("-q,--quiet", quiet, "Write the findings and nothing else: no summary, no notes on stderr");
    command.add_flag("--statistics", statistics, "Count the findings of each rule instead of showing them");
    command.add_option("--stdin-filename", stdin_filename,
                       "The file name standard input goes by in diagnostics and for twinning.toml");
    command.add_option("--config", config, "Read settings from this file instead of the nearest twinning.toml");
    for (const SettingRow& row : setting_table()) {
        add_setting(command, row);
    }
    command.add_option("--baseline", baseline, "Report only findings that this baseline does not have");
    command.add_option("--write-baseline", write_baseline, "Record today's findings in this file and exit 0");
    command
        .add_option("-j,--jobs", jobs,
                    "Parse a large listing on N threads (default: the number of cores); the output is the same")
        ->check(whole_number(1, 1024));
}

// A setting of the table as an option, `--KEY`.
void CommandLine::add_setting(CLI::App& command, const SettingRow& row) {
    using Text = std::optional<std::string> Settings::*;
    const std::string name = "--" + std::string(row.key);
    const std::string help(row.help);
    switch (row.kind) {
        case SettingKind::rules:
        case SettingKind::severities:
            add_list_option(command, name, lists[row.key], help);
            return;
        case SettingKind::flag:
            command.add_flag(name, flags[row.key], help);
            return;
        case SettingKind::count:
            command.add_option(name, given.*std::get<std::optional<int> Settings::*>(row.member), help)
                ->check(whole_number());
            return;
        case SettingKind::date_order:
            command.add_option(name, given.*std::get<Text>(row.member), help)->check(CLI::IsMember({"dmy", "mdy"}));
            return;
        case SettingKind::date:
        case SettingKind::path:
            command.add_option(name, given.*std::get<Text>(row.member), help);
            return;
    }
}

Settings CommandLine::settings() const {
    Settings settings = given;
    for (const SettingRow& row : setting_table()) {
        const auto list = lists.find(row.key);
        const std::vector<std::string> items =
            list == lists.end() ? std::vector<std::string>{} : list_items(list->second);
        if (row.kind == SettingKind::rules && !items.empty()) {
            settings.*std::get<std::optional<std::vector<std::string>> Settings::*>(row.member) = items;
        } else if (row.kind == SettingKind::severities) {
            auto& severities = settings.*std::get<std::map<std::string, std::string> Settings::*>(row.member);
            for (const std::string& choice : items) {
                const auto split = split_severity_choice(choice);
                if (!split) {
                    throw UsageError{fmt::format("--{} takes NAME=level, got `{}`", row.key, choice)};
                }
                severities[split->rule] = split->level;
            }
        } else if (row.kind == SettingKind::flag && flags.contains(row.key) && flags.at(row.key)) {
            settings.*std::get<std::optional<bool> Settings::*>(row.member) = true;
        } else if (const auto* text = std::get_if<std::optional<std::string> Settings::*>(&row.member);
                   text != nullptr && settings.**text == std::string()) {
            (settings.**text).reset();  // an empty value says nothing, as an empty list item does
        }
    }
    return settings;
}

// The folder an input's twinning.toml is looked for from: the file's
// own, or for standard input the folder of --stdin-filename, else the
// current one.
std::filesystem::path CommandLine::search_start(const std::string& file) const {
    const std::string& named = file == "-" ? stdin_filename : file;
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(named.empty() ? "." : named, error);
    return file == "-" && named.empty() ? absolute : absolute.parent_path();
}

// The config file in force: --config, or the twinning.toml found upward
// from each input, which must be the same for all of them, as the files
// of one run are checked with one set of settings.
std::optional<std::filesystem::path> CommandLine::config_path() const {
    if (!config.empty()) {
        return config;
    }
    if (files.empty()) {
        return find_config(search_start("-"));
    }
    std::optional<std::filesystem::path> chosen;
    for (std::size_t index = 0; index < files.size(); ++index) {
        const auto found = find_config(search_start(files.at(index)));
        if (index == 0) {
            chosen = found;
        } else if (found != chosen) {
            auto name = [](const std::optional<std::filesystem::path>& path) {
                return path ? path->string() : std::string("none");
            };
            throw UsageError{
                fmt::format("{} and {} have different twinning.toml files ({} and {}); check them in separate runs, or "
                            "give --config",
                            files.front(), files.at(index), name(chosen), name(found))};
        }
    }
    return chosen;
}

// The config file's settings with the command line's on top.
Settings CommandLine::merged() const {
    Settings merged;
    const std::optional<std::filesystem::path> path = config_path();
    if (path) {
        auto read = read_config(*path);
        if (const auto* error = std::get_if<ConfigError>(&read)) {
            throw UsageError{error->message};
        }
        merged = std::get<Settings>(read);
    }
    merged.override_with(settings());
    return merged;
}

// `--show-settings`: the settings the files would be checked with.
std::string CommandLine::shown_settings() const {
    const twinning::validators::CheckOptions defaults;
    const auto today_date = today();
    const std::string today_text =
        fmt::format("{:04}-{:02}-{:02}", static_cast<int>(today_date.year()), static_cast<unsigned>(today_date.month()),
                    static_cast<unsigned>(today_date.day()));
    return settings_text(merged(), config_path(), {today_text, defaults.stale_population_years, human_max_per_rule});
}

RunOptions CommandLine::resolve() const {
    if (files.empty()) {
        throw UsageError{"give at least one FILE, or - for standard input"};
    }
    const Settings s = merged();
    check_selectors(s.select, "--select");
    check_selectors(s.ignore, "--ignore");
    RunOptions run;
    run.files = files;
    run.diagnostics = *twinning::emit::diagnostics_format_by_name(diagnostics);
    run.strict = s.strict.value_or(false);
    run.max_warnings = s.max_warnings;
    run.baseline = baseline;
    run.write_baseline = write_baseline;
    run.diagnostics_file = diagnostics_file;
    run.exit_zero = exit_zero;
    run.quiet = quiet;
    run.statistics = statistics;
    run.stdin_filename = stdin_filename;
    if (statistics && run.diagnostics != twinning::emit::DiagnosticsFormat::human) {
        throw UsageError{"--statistics writes a table of counts, so it goes only with --diagnostics human"};
    }
    auto& checks = run.pipeline.checks;
    checks.enabled =
        enabled_rules(s.select.value_or(std::vector<std::string>{}), s.ignore.value_or(std::vector<std::string>{}));
    checks.reference_date = today();
    if (s.reference_date) {
        const auto date = parse_iso_date(*s.reference_date);
        if (!date) {
            throw UsageError{fmt::format("--reference-date: expected a date as YYYY-MM-DD, got {}", *s.reference_date)};
        }
        checks.reference_date = *date;
    }
    if (s.date_order) {
        run.pipeline.date_order = parse_date_order(*s.date_order);
    }
    if (s.vocabulary) {
        checks.vocabulary = vocabulary_at(*s.vocabulary);
    }
    run.pipeline.infer_regions = s.infer_regions.value_or(false);
    run.pipeline.with_coordinates = s.with_coordinates.value_or(false);
    checks.stale_population_years = s.stale_population_years.value_or(checks.stale_population_years);
    run.pipeline.max_per_rule = per_rule_limit(s, run);
    run.pipeline.jobs = jobs.value_or(std::max(1U, std::thread::hardware_concurrency()));
    for (const auto& [selector, level] : s.severity) {
        const auto severity = twinning::model::severity_by_name(level);
        const auto rules = rules_named_by(selector);
        if (!severity || rules.empty()) {
            throw UsageError{
                fmt::format("--severity {}={}: use a rule name or code and error, warning or info", selector, level)};
        }
        for (const auto rule : rules) {
            run.pipeline.severity.at(static_cast<std::size_t>(rule)) = severity;
        }
    }
    return run;
}

}  // namespace twinning::cli
