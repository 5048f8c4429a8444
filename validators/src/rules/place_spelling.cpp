// place-spelling: see the documentation below, which `twinning rules place-spelling` prints.

#include "../record_places.hpp"
#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc place_spelling_doc{
    .rule = Rule::place_spelling,
    .what =
        "A city whose name folds to one the gazetteer knows in that country, but is written differently: most often "
        "without its diacritics. The fix writes the gazetteer's spelling, and is unsafe. A spelling that would drop "
        "marks the text has is never offered: the gazetteer writes some cities in plain letters (`Lodz`), and "
        "`Łódź` stays `Łódź`.",
    .why =
        "`Presov` and `Prešov` are one city to a reader but two to a search, a merge or a duplicate check run by "
        "another tool.",
    .example = "Presov (Slovakia)",
    .instead = "Prešov (Slovakia)",
};

namespace {

// The code points of a text.
[[nodiscard]] std::vector<char32_t> code_points(std::string_view text) {
    std::vector<char32_t> points;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = text::decode(text, i);
        points.push_back(c ? c->value : U'\uFFFD');
        i += c ? c->length : 1;
    }
    return points;
}

// True when writing `spelling` for `written` loses no mark the text has:
// plain text may take any marks; text with marks only where the spelling
// has the same letter.
[[nodiscard]] bool keeps_every_mark(std::string_view written, std::string_view spelling) {
    const std::vector<char32_t> text = code_points(text::to_lower(written));
    const std::vector<char32_t> gazetteer = code_points(text::to_lower(spelling));
    const auto plain = [](char32_t c) { return c < 0x80; };
    if (std::ranges::all_of(text, plain)) {
        return true;
    }
    if (text.size() != gazetteer.size()) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!plain(text[i]) && text[i] != gazetteer[i]) {
            return false;
        }
    }
    return true;
}

}  // namespace

void check_place_spelling(const RecordContext& context, Diagnostics& out) {
    const auto places = record_places(context.record);
    if (!places || places->in_country.empty()) {
        return;
    }
    const model::Located<std::string>& name = *context.record.name;
    const std::string_view spelling = places->in_country.front().name;
    if (text::to_lower(name.value) == text::to_lower(spelling) || !keeps_every_mark(name.value, spelling)) {
        return;
    }
    model::Diagnostic diagnostic = diagnose(Rule::place_spelling, context, name.span,
                                            fmt::format("the gazetteer writes `{}` as `{}`", name.value, spelling));
    diagnostic.fix = replace(name.span, std::string(spelling), false);
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators::rules
