#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "twinning/model/field.hpp"
#include "twinning/model/source_span.hpp"

namespace twinning::model {

// How a field's label was read. Every reading but `colon` has no colon
// after the label; `shape` has no label at all, and is reported, so a user
// can filter to what the page stated.
enum class LabelReading : std::uint8_t {
    colon,     // `population: 41 250`
    dash,      // `Population – 41 250` or `Population 41 250`: a known label before a dash or a number
    own_line,  // a known label alone on its line, the value on the next
    shape,     // no label: a line of web addresses, a partnership phrase, a country
    column,    // a table cell, labelled by its column's header
};

// How a record was read: `fields`, every value under a label and colon, as
// the sample writes them; `lines`, some values from a line's shape or from
// a label without a colon; `list`, one line of a list of partners;
// `table`, one row of a table; `sentence`, a partner named in prose.
enum class Layout : std::uint8_t { fields, lines, list, table, sentence };

struct RawLabel {
    std::string_view text;       // as written, without the colon; empty when read by shape
    SourceSpan span;             // of `text`; empty, at the value, when read by shape
    Field kind = Field::extra;   // `extra` for a label that names no field
    std::string_view canonical;  // the table's spelling; empty for `extra`
    bool exact = true;           // false when matched through a typo
    bool by_words = false;       // not in the table, read by its words (`Twinning year`)
    LabelReading reading = LabelReading::colon;
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

// A line of prose inside a record that is no field, trimmed.
struct RawNote {
    std::string_view text;
    SourceSpan span;
};

// What was stripped from a list line around the partner it names: a
// bullet, a number, a reference mark, a country code, a flag's alt text.
struct RawDecoration {
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
    // Prose lines among its fields, in order.
    std::vector<RawNote> notes;
    // The first line of each block after a blank line that was read as the
    // rest of this record, because it has no header and repeats none of the
    // record's labels.
    std::vector<SourceSpan> joined_blocks;
    // `fields` or `lines` are told by the fields; the other layouts are
    // set by the parser, which read the record from a list line, a table
    // row or a sentence.
    Layout layout = Layout::fields;
    std::vector<RawDecoration> decorations;
};

}  // namespace twinning::model
