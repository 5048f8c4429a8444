#include "twinning/emit/record_writer.hpp"

#include <array>
#include <string>

#include "record_json_text.hpp"
#include "twinning/emit/csv.hpp"

namespace twinning::emit {

namespace {

// `{"records": [...]}`, pretty-printed, written one record at a time.
class JsonWriter final : public RecordWriter {
public:
    JsonWriter(std::ostream& out, const model::Sources& sources) : out_(out), sources_(sources) {
        out_ << "{\n  \"records\": [";
    }

    // Each record two levels deep, inside the document's object and array.
    void render(const model::Record& record, std::string& out) const override {
        append_record_indented(out, record, sources_, 2);
    }
    void write_rendered(std::string_view text) override {
        out_ << (first_ ? "\n    " : ",\n    ") << text;
        first_ = false;
    }

    void finish() override { out_ << (first_ ? "]\n}\n" : "\n  ]\n}\n"); }

private:
    std::ostream& out_;
    const model::Sources& sources_;
    bool first_ = true;
};

// One compact record per line.
class JsonLinesWriter final : public RecordWriter {
public:
    JsonLinesWriter(std::ostream& out, const model::Sources& sources) : out_(out), sources_(sources) {}

    void render(const model::Record& record, std::string& out) const override {
        append_record_line(out, record, sources_);
        out += '\n';
    }
    void write_rendered(std::string_view text) override { out_ << text; }
    void finish() override {}

private:
    std::ostream& out_;
    const model::Sources& sources_;
};

}  // namespace

std::string record_json_line(const model::Record& record, const model::Sources& sources) {
    std::string line;
    append_record_line(line, record, sources);
    return line;
}

std::optional<RecordFormat> record_format_by_name(std::string_view name) {
    if (name == "json") {
        return RecordFormat::json;
    }
    if (name == "jsonl") {
        return RecordFormat::jsonl;
    }
    if (name == "csv") {
        return RecordFormat::csv;
    }
    return std::nullopt;
}

std::unique_ptr<RecordWriter> make_record_writer(RecordFormat format, std::ostream& out, const model::Sources& sources,
                                                 bool csv_formula_safe) {
    switch (format) {
        case RecordFormat::json:
            return std::make_unique<JsonWriter>(out, sources);
        case RecordFormat::jsonl:
            return std::make_unique<JsonLinesWriter>(out, sources);
        case RecordFormat::csv:
            return make_csv_writer(out, sources, csv_formula_safe);
    }
    return nullptr;
}

}  // namespace twinning::emit
