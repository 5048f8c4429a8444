#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "twinning/model/source_span.hpp"

namespace twinning::model {

// What a label names. `unknown` labels are kept as extra fields.
enum class LabelKind : std::uint8_t {
    name,
    country,
    subdivision,
    population,
    signed_on,
    renewed,
    websites,
    cooperation_areas,
    unknown,
};

struct RawLabel {
    std::string_view text;  // as written, without the colon
    SourceSpan span;        // of `text`
    LabelKind kind = LabelKind::unknown;
    std::string_view canonical;  // the table's spelling; empty for unknown
    bool exact = true;           // false when matched through a typo
};

struct RawField {
    SourceSpan span;  // the whole field: label, colon and value
    RawLabel label;
    std::string_view value;  // trimmed; may span several lines
    SourceSpan value_span;   // of `value`; empty span right after the label when empty
};

// A `#` line, trimmed.
struct RawComment {
    std::string_view text;
    SourceSpan span;
};

struct RawHeader {
    std::string_view text;  // trimmed
    SourceSpan span;
};

// A record as the grammar found it: where its parts are, nothing judged.
// The views point into the input and live as long as it does.
struct RawRecord {
    std::optional<RawHeader> header;
    std::vector<RawField> fields;
    SourceSpan span;
    // True when the record started right after the previous one's last line.
    bool follows_without_blank_line = false;
    // Rule names from `# twinning: ignore[...]` comments right before it.
    std::vector<std::string_view> suppressed;
    // Comment lines between its header and fields, in order.
    std::vector<RawComment> comments;
};

}  // namespace twinning::model
