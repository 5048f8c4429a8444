#pragma once

// The one collector of a file's diagnostics: the user's severities, the
// record's suppressions, fingerprints, the baseline's question and the
// per-rule limit, and the file rules' judgements at its end. Every
// finding of every phase goes through it, in input order.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "twinning/text/ascii.hpp"
#include "twinning/text/hash.hpp"
#include "twinning/text/unicode.hpp"
#include "twinning/twinning.hpp"

namespace twinning {

// The record's identity in fingerprints, as two parts hashed with a 0x1F
// between them: folded name and country code, or its first field's label
// and value when it has no name. The parts are views, so a record with a
// megabyte-long first value costs no copy of it.
struct Identity {
    std::string_view first;
    std::string_view second;
};

// `folded_name` holds the folded name the identity points into.
[[nodiscard]] inline Identity record_identity(const model::RawRecord& raw, const model::Record& record,
                                              std::string& folded_name) {
    if (record.name) {
        folded_name = text::fold_key(record.name->value);
        return {folded_name, record.country_code};
    }
    const model::RawField& first = raw.fields.front();
    return {first.label.text, first.value};
}

// The identity, worked out the first time a finding needs it: most
// records have none.
class LazyIdentity {
public:
    LazyIdentity(const model::RawRecord& raw, const model::Record& record) : raw_(raw), record_(record) {}

    [[nodiscard]] const Identity& get() {
        if (!identity_) {
            identity_ = record_identity(raw_, record_, folded_name_);
        }
        return *identity_;
    }

private:
    const model::RawRecord& raw_;
    const model::Record& record_;
    std::string folded_name_;
    std::optional<Identity> identity_;
};

// Gives each diagnostic of one file its fingerprint: the file, the rule, the
// record's identity and the text under the span, plus a count to tell apart
// equal findings. Line numbers take no part, so unrelated edits keep it
// stable.
class Fingerprints {
public:
    Fingerprints(std::string_view input, std::string_view file) : input_(input), file_(file) {}

    // The hash of `file \x1f rule \x1f identity \x1f text \x1f occurrence`,
    // streamed, so a megabyte-long span costs no copy of itself. A finding
    // about no record has an empty identity.
    void assign(model::Diagnostic& diagnostic, const Identity* identity) {
        const std::string_view quoted =
            input_.substr(std::min(diagnostic.span.offset(), input_.size()), diagnostic.span.length());
        text::StableHash key;
        key.add(file_).add("\x1f").add(model::info(diagnostic.rule).name).add("\x1f");
        if (identity != nullptr) {
            key.add(identity->first).add("\x1f").add(identity->second);
        }
        key.add("\x1f").add_collapsed(quoted);
        const int occurrence = occurrences_[key.value()]++;
        key.add("\x1f").add(std::to_string(occurrence));
        diagnostic.fingerprint = fmt::format("{:016x}", key.value());
    }

private:
    std::string_view input_;
    std::string_view file_;  // its name, which keeps fingerprints apart across files
    std::unordered_map<std::uint64_t, int> occurrences_;
};

// True when a `# twinning: ignore[...]` name or code covers the rule; case
// does not matter, as in the marker itself.
[[nodiscard]] inline bool suppressed(const model::RawRecord& raw, model::Rule rule) {
    const model::RuleInfo& info = model::info(rule);
    return std::ranges::any_of(raw.suppressed, [&](std::string_view name) {
        return text::equal_ignoring_ascii_case(name, info.name) || text::equal_ignoring_ascii_case(name, info.code);
    });
}

// Keeps one file's diagnostics: the user's severities, fingerprints, and the
// per-rule limit, which bounds the memory a hostile file can take. The
// findings the file rules judge wait for the end of the file.
class Collector {
public:
    Collector(const Options& options, const validators::Validator& validator, std::string_view input,
              model::FileId file, std::string_view file_name, ListingReport& report)
        : options_(options), validator_(validator), file_(file), report_(report), fingerprints_(input, file_name) {
        for (std::size_t rule = 0; rule < validators::rule_count; ++rule) {
            held_back_.set(rule, validators::Validator::held_back(static_cast<model::Rule>(rule)));
        }
    }

    void add(model::Diagnostic diagnostic, const Identity* identity) {
        if (held_back_.test(static_cast<std::size_t>(diagnostic.rule))) {
            hold(std::move(diagnostic), identity);
            return;
        }
        show(std::move(diagnostic), identity);
    }

    // Findings a check only counted, past the limit within one record: past
    // it for the file too.
    void add_dropped(model::Rule rule, const validators::Diagnostics::Dropped& dropped) {
        if (dropped.count == 0) {
            return;
        }
        Tally& tally = tallies_.at(static_cast<std::size_t>(rule));
        if (tally.found <= options_.max_per_rule) {
            tally.first_hidden = dropped.first;
        }
        tally.found += dropped.count;
        report_.hidden.at(static_cast<std::size_t>(severity_of(rule))) += dropped.count;
    }

    // Text outside every record, counted whether or not its rule runs.
    void note_stray_text(const model::SourceSpan& span) {
        if (file_end_.stray_lines++ == 0) {
            file_end_.first_stray = span;
        }
    }

    // The end of the file: the file rules judge what they held back, then
    // each rule past the limit is counted in one finding, and the findings
    // are put in input order.
    void finish() {
        file_end_.records = report_.records;
        for (std::size_t rule = 0; rule < validators::rule_count; ++rule) {
            if (held_back_.test(rule)) {
                judge_held(static_cast<model::Rule>(rule));
            }
        }
        count_hidden();
        std::ranges::stable_sort(report_.diagnostics, {},
                                 [](const model::Diagnostic& d) { return d.span.begin.offset; });
    }

private:
    struct Tally {
        std::size_t found = 0;
        model::SourceSpan first_hidden;
    };

    // Held findings of one rule: as many as could be shown, each with the
    // fingerprint its record gives it, and a count of the rest.
    struct Held {
        std::size_t count = 0;
        model::SourceSpan first;
        model::SourceSpan first_unkept;
        std::vector<model::Diagnostic> kept;
    };

    void show(model::Diagnostic diagnostic, const Identity* identity) {
        const auto rule = static_cast<std::size_t>(diagnostic.rule);
        if (const auto& chosen = options_.severity.at(rule)) {
            diagnostic.severity = *chosen;
        }
        if (options_.known) {
            if (diagnostic.fingerprint.empty()) {
                fingerprints_.assign(diagnostic, identity);
            }
            if (options_.known(diagnostic)) {
                ++report_.known;
                return;
            }
        }
        Tally& tally = tallies_.at(rule);
        ++tally.found;
        if (options_.max_per_rule != 0 && tally.found > options_.max_per_rule) {
            if (tally.found == options_.max_per_rule + 1) {
                tally.first_hidden = diagnostic.span;
            }
            ++report_.hidden.at(static_cast<std::size_t>(diagnostic.severity));
            return;
        }
        if (diagnostic.fingerprint.empty()) {  // a held finding has its own already
            fingerprints_.assign(diagnostic, identity);
        }
        report_.diagnostics.push_back(std::move(diagnostic));
    }

    // One finding for the file in place of the held ones, or, when the file
    // rules that run see nothing to say, the held ones as they came.
    void judge_held(model::Rule rule) {
        Held& held = held_.at(static_cast<std::size_t>(rule));
        if (auto judged = validator_.judge_held(rule, {held.count, held.first}, file_end_, file_)) {
            show(std::move(*judged), nullptr);
        } else {
            for (model::Diagnostic& diagnostic : held.kept) {
                show(std::move(diagnostic), nullptr);
            }
            add_dropped(rule, {held.count - held.kept.size(), held.first_unkept});
        }
        held = {};
    }

    // One too-many-findings finding for each rule that went past the limit.
    void count_hidden() {
        for (std::size_t rule = 0; rule < tallies_.size(); ++rule) {
            const Tally& tally = tallies_.at(rule);
            if (tally.found > shown(tally)) {
                model::Diagnostic diagnostic = validators::Validator::count_hidden(
                    static_cast<model::Rule>(rule), tally.found - shown(tally), tally.first_hidden, file_);
                fingerprints_.assign(diagnostic, nullptr);
                report_.diagnostics.push_back(std::move(diagnostic));
            }
        }
    }

    void hold(model::Diagnostic diagnostic, const Identity* identity) {
        Held& held = held_.at(static_cast<std::size_t>(diagnostic.rule));
        if (held.count++ == 0) {
            held.first = diagnostic.span;
        }
        // Known findings are told apart only when shown, so with them every
        // held finding is kept.
        if (options_.max_per_rule != 0 && !options_.known && held.kept.size() >= options_.max_per_rule) {
            if (held.count == held.kept.size() + 1) {
                held.first_unkept = diagnostic.span;
            }
            return;
        }
        fingerprints_.assign(diagnostic, identity);
        held.kept.push_back(std::move(diagnostic));
    }

    [[nodiscard]] std::size_t shown(const Tally& tally) const {
        return options_.max_per_rule == 0 ? tally.found : std::min(tally.found, options_.max_per_rule);
    }
    [[nodiscard]] model::Severity severity_of(model::Rule rule) const {
        return options_.severity.at(static_cast<std::size_t>(rule)).value_or(model::info(rule).default_severity);
    }

    const Options& options_;
    const validators::Validator& validator_;
    model::FileId file_;
    ListingReport& report_;
    Fingerprints fingerprints_;
    std::bitset<validators::rule_count> held_back_;
    std::array<Tally, validators::rule_count> tallies_{};
    std::array<Held, validators::rule_count> held_{};
    validators::FileEnd file_end_;
};

}  // namespace twinning
