#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/raw_record.hpp"

namespace twinning::parser {

// Receives records as the grammar finishes them, so a listing streams
// through without being collected first. The record's views are valid
// only during the call.
class RecordSink {
public:
    RecordSink() = default;
    RecordSink(const RecordSink&) = delete;
    RecordSink& operator=(const RecordSink&) = delete;
    RecordSink(RecordSink&&) = delete;
    RecordSink& operator=(RecordSink&&) = delete;
    virtual ~RecordSink() = default;

    virtual void record(const model::RawRecord& record) = 0;
    // Text that belongs to no record or field, trimmed.
    virtual void unrecognized(std::string_view text, const model::SourceSpan& span) = 0;
    // A comment line outside any record, trimmed. Comments inside a record
    // come with the record. Most sinks need neither.
    virtual void comment(std::string_view /*text*/, const model::SourceSpan& /*span*/) {}
    // A line that shapes the listing and names no partner: a list's
    // heading, a table's header row, trimmed.
    virtual void heading(std::string_view /*text*/, const model::SourceSpan& /*span*/) {}
};

// The most fields and notes one record holds; more fields start a new
// record, more prose is text. Real records have a dozen.
inline constexpr std::size_t max_fields_per_record = 1000;

// Parses a whole listing. Every byte that is not blank ends up in a header,
// a field, a comment, or the unrecognized text handed to the sink.
void parse_listing(std::string_view input, RecordSink& sink);

// A stretch of a listing that starts at a header after a blank line, or at
// the start. A record may span blank lines (a heading above them, blocks
// joined to it, prose about it), but none reaches past a header that
// follows a blank line, so there the grammar stands between records, and
// the parts of a listing parse one by one, or at the same time, to exactly
// what the whole listing gives.
struct ListingPart {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint32_t first_line = 1;  // the line `begin` is on
};

// Cuts a listing into parts of at least `target` bytes, each ending at the
// first place it can after that; a listing with no blank line is one part.
[[nodiscard]] std::vector<ListingPart> split_listing(std::string_view input, std::size_t target);

// Parses one part. `input` is the whole listing: spans count from its start.
// Returns the rules named by `# twinning: ignore[...]` comments after the
// part's last record; they belong to the first record of a later part.
[[nodiscard]] std::vector<std::string_view> parse_listing_part(std::string_view input, const ListingPart& part,
                                                               RecordSink& sink);

}  // namespace twinning::parser
