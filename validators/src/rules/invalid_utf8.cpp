// invalid-utf8: see the documentation below, which `twinning rules invalid-utf8` prints.

#include "../rules.hpp"
#include "twinning/text/unicode.hpp"

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

void check_invalid_utf8(const TextPart& part, Diagnostics& out) {
    model::PositionCursor cursor = part.cursor();
    std::size_t i = part.begin;
    while (i < part.end) {
        if (const auto code_point = text::decode(part.input, i)) {
            i += code_point->length;
            continue;
        }
        const auto byte = static_cast<unsigned char>(part.input[i]);
        out.push_back(with_suggestion(
            model::make_diagnostic(Rule::invalid_utf8, part.file, cursor.span(i, 1),
                                   fmt::format("byte 0x{:02X} at byte offset {} is not valid UTF-8", byte, i)),
            "save the file as UTF-8"));
        ++i;
    }
}

}  // namespace twinning::validators::rules
