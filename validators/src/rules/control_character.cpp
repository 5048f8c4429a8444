// control-character: see the documentation below, which `twinning rules control-character` prints.

#include "../rules.hpp"

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

model::Diagnostic report_control_character(char32_t code_point, const model::SourceSpan& span,
                                           const std::string& file) {
    model::Diagnostic diagnostic = model::make_diagnostic(
        Rule::control_character, file, span,
        fmt::format("control character U+{:04X} in the text", static_cast<unsigned>(code_point)));
    diagnostic.suggestion = "delete it";
    return diagnostic;
}

}  // namespace twinning::validators::rules
