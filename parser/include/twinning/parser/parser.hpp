#pragma once

#include <string>
#include <string_view>

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
};

// The most fields one record holds; more start a new record. Real records
// have a dozen.
inline constexpr std::size_t max_fields_per_record = 1000;

// Parses a whole listing. Every byte that is not blank ends up in a header,
// a field, a comment, or the unrecognized text handed to the sink.
void parse_listing(std::string_view input, const std::string& file, RecordSink& sink);

}  // namespace twinning::parser
