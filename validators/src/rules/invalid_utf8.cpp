// invalid-utf8: see the documentation below, which `twinning rules invalid-utf8` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc invalid_utf8_doc{
    .rule = Rule::invalid_utf8,
    .what = "Bytes that are not valid UTF-8, such as text saved in Windows-1250 and pasted into a UTF-8 file.",
    .why =
        "The bytes cannot be shown or compared reliably. twinning still parses the rest; in JSON output each bad byte "
        "becomes U+FFFD. The message gives the byte offset so the bytes can be found with a hex viewer.",
    .example = "Ko\\x9Aice (Slovakia)",
    .instead = "Košice (Slovakia)",
};

model::Diagnostic report_invalid_utf8(std::size_t offset, unsigned char byte, const model::SourceSpan& span,
                                      const std::string& file) {
    model::Diagnostic diagnostic =
        model::make_diagnostic(Rule::invalid_utf8, file, span,
                               fmt::format("byte 0x{:02X} at byte offset {} is not valid UTF-8", byte, offset));
    diagnostic.suggestion = "save the file as UTF-8";
    return diagnostic;
}

}  // namespace twinning::validators::rules
