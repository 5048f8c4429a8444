// control-character: see the documentation below, which `twinning rules control-character` prints.

#include "../rules.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators::rules {

const RuleDoc control_character_doc{
    .rule = Rule::control_character,
    .what =
        "An invisible control character (U+0000 to U+001F other than tab and line ends, U+007F, or U+0080 to U+009F).",
    .why =
        "Control characters come from copying out of PDFs and terminals. They are invisible, break comparisons and can "
        "corrupt other tools' output.",
    .example = "population: 281\\x07711 (2021)",
    .instead = "population: 281 711 (2021)",
};

namespace {

// C0 controls other than tab and line ends, DEL, and the C1 controls.
[[nodiscard]] bool is_control(char32_t c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

}  // namespace

void check_control_character(const TextPart& part, Diagnostics& out) {
    model::PositionCursor cursor = part.cursor();
    std::size_t i = part.begin;
    while (i < part.end) {
        const auto code_point = text::decode(part.input, i);
        if (!code_point) {
            ++i;  // invalid-utf8's to report
            continue;
        }
        if (is_control(code_point->value)) {
            out.push_back(with_suggestion(
                model::make_diagnostic(
                    Rule::control_character, part.file, cursor.span(i, code_point->length),
                    fmt::format("control character U+{:04X} in the text", static_cast<unsigned>(code_point->value))),
                "delete it"));
        }
        i += code_point->length;
    }
}

}  // namespace twinning::validators::rules
