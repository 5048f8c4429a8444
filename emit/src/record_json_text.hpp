#pragma once

// Records as JSON text, written straight from the record instead of through
// a JSON value: the same bytes nlohmann-json would write for it, at a
// fraction of the time and without a second copy of every value in memory.
// A test holds the two to the same bytes, with an oracle built on
// nlohmann-json.

#include <string>
#include <string_view>

#include "twinning/model/record.hpp"

namespace twinning::emit {

// Appends `text` as a JSON string: quoted, control characters escaped,
// U+2028 and U+2029 escaped, and each invalid UTF-8 sequence replaced by
// U+FFFD as nlohmann-json's `replace` handler does.
void append_json_string(std::string& out, std::string_view text);

// Appends the record as one line of JSON; `sources` names its file.
void append_record_line(std::string& out, const model::Record& record, const model::Sources& sources);

// Appends the record indented by two spaces a level, as an element `depth`
// levels deep: every line after the first starts with 2 * depth spaces more.
void append_record_indented(std::string& out, const model::Record& record, const model::Sources& sources, int depth);

}  // namespace twinning::emit
