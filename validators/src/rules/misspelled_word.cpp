// misspelled-word: see the documentation below, which `twinning rules misspelled-word` prints.

#include <fmt/ranges.h>

#include "../rules.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators::rules {

const RuleDoc misspelled_word_doc{
    .rule = Rule::misspelled_word,
    .what =
        "A word in the areas of cooperation that neither the American nor the British English hunspell dictionary "
        "knows. Words with digits and short all-capital acronyms are skipped.",
    .why =
        "Misspelled areas do not match when listings are searched or merged. The likeliest word meant is offered as "
        "an unsafe fix, and up to two more as help: the dictionary words a typist most likely slipped from, the "
        "common ones first.",
    .example = "main areas of cooperation: aktivity of self-governing bodies",
    .instead = "main areas of cooperation: activity of self-governing bodies",
};

namespace {

// Acronyms (`EU`, `UNESCO`) and words with digits are not for a dictionary.
[[nodiscard]] bool worth_checking(std::string_view word) {
    constexpr std::size_t longest_acronym = 6;
    const bool all_capitals = std::ranges::all_of(word, [](char c) { return c >= 'A' && c <= 'Z'; });
    const bool has_digit = std::ranges::any_of(word, [](char c) { return c >= '0' && c <= '9'; });
    return word.size() > 1 && !has_digit && !(all_capitals && word.size() <= longest_acronym);
}

[[nodiscard]] bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }

// Where the word starting at `begin` ends. Words are letters, marks and
// digits of any script; an apostrophe belongs to a word only between two
// letters (`people's`), so quotes around a word stay outside it.
[[nodiscard]] std::size_t word_end(std::string_view source, std::size_t begin) {
    std::size_t i = begin;
    while (i < source.size()) {
        const auto c = text::decode(source, i);
        if (c && text::is_word_character(c->value)) {
            i += c->length;
            continue;
        }
        if (c && is_apostrophe(c->value)) {
            const auto next = text::decode(source, i + c->length);
            if (next && text::is_word_character(next->value)) {
                i += c->length;
                continue;
            }
        }
        return i;
    }
    return i;
}

void check_area(const RecordContext& context, const model::Located<std::string>& area, std::string_view source,
                Diagnostics& out) {
    // Words are found in the source text, so spans are exact even where
    // the area's whitespace was collapsed.
    model::PositionCursor cursor(source, area.span.begin);
    std::size_t i = 0;
    while (i < source.size()) {
        const auto c = text::decode(source, i);
        if (!c || !text::is_word_character(c->value)) {
            i += c ? c->length : 1;
            continue;
        }
        const std::size_t begin = i;
        i = word_end(source, begin);
        const std::string_view word = source.substr(begin, i - begin);
        if (!worth_checking(word)) {
            continue;
        }
        const Spelling::Verdict& verdict = context.spelling.check(word);
        if (!verdict.misspelled) {
            continue;
        }
        const model::SourceSpan span = cursor.span(area.span.begin.offset + begin, word.size());
        model::Diagnostic diagnostic =
            diagnose(Rule::misspelled_word, context, span, fmt::format("`{}` is not an English word", word));
        if (!verdict.suggestions.empty()) {
            diagnostic.fix = replace(span, verdict.suggestions.front(), false);
        }
        // The fix names the first guess; help is for the others.
        if (verdict.suggestions.size() > 1) {
            diagnostic.suggestion =
                fmt::format("other suggestions: `{}`",
                            fmt::join(verdict.suggestions.begin() + 1, verdict.suggestions.end(), "`, `"));
        }
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace

void check_misspelled_word(const RecordContext& context, Diagnostics& out) {
    for (const auto& area : context.record.cooperation_areas) {
        check_area(context, area, source_text(context.raw, area.span), out);
    }
}

}  // namespace twinning::validators::rules
