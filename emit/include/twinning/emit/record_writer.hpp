#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "twinning/model/record.hpp"

namespace twinning::emit {

enum class RecordFormat { json, jsonl, csv };

[[nodiscard]] std::optional<RecordFormat> record_format_by_name(std::string_view name);

// Writes records as they arrive, so output starts before input ends and
// memory does not grow with the listing.
class RecordWriter {
public:
    RecordWriter() = default;
    RecordWriter(const RecordWriter&) = delete;
    RecordWriter& operator=(const RecordWriter&) = delete;
    RecordWriter(RecordWriter&&) = delete;
    RecordWriter& operator=(RecordWriter&&) = delete;
    virtual ~RecordWriter() = default;

    // The record's own text, without what stands between records. It
    // changes nothing in the writer, so threads may render records at once.
    virtual void render(const model::Record& record, std::string& out) const = 0;
    // Writes text render() made, as the next record.
    virtual void write_rendered(std::string_view text) = 0;
    // Renders the record and writes it.
    void write(const model::Record& record) {
        text_.clear();
        render(record, text_);
        write_rendered(text_);
    }
    // Closes the document; call once after the last record.
    virtual void finish() = 0;

private:
    std::string text_;  // reused, so a run allocates for its longest record only
};

// `sources` names the records' files, and must outlive the writer.
// `csv_formula_safe` applies to CSV only; see make_csv_writer.
[[nodiscard]] std::unique_ptr<RecordWriter> make_record_writer(RecordFormat format, std::ostream& out,
                                                               const model::Sources& sources,
                                                               bool csv_formula_safe = false);

// One record as the line `--format jsonl` writes for it, without the line
// break.
[[nodiscard]] std::string record_json_line(const model::Record& record, const model::Sources& sources);

// The CSV header row's field names, in column order.
[[nodiscard]] std::span<const std::string_view> csv_columns();

}  // namespace twinning::emit
