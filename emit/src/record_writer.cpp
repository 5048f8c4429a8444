#include "twinning/emit/record_writer.hpp"

#include <array>
#include <string>

#include "twinning/emit/csv.hpp"
#include "twinning/emit/json_text.hpp"

namespace twinning::emit {

namespace {

constexpr int json_indent = 2;

// `{"records": [...]}`, pretty-printed, written one record at a time.
class JsonWriter final : public RecordWriter {
public:
    explicit JsonWriter(std::ostream& out) : out_(out) { out_ << "{\n  \"records\": ["; }

    void write(const model::Record& record) override {
        std::string text = json_text(record_to_json(record), json_indent);
        // Nest the record two levels deep: strings hold no raw line
        // breaks (JSON escapes them), so every break is layout.
        std::string nested;
        nested.reserve(text.size() + text.size() / 8);
        for (const char c : text) {
            nested.push_back(c);
            if (c == '\n') {
                nested.append("    ");
            }
        }
        out_ << (first_ ? "\n    " : ",\n    ") << nested;
        first_ = false;
    }

    void finish() override { out_ << (first_ ? "]\n}\n" : "\n  ]\n}\n"); }

private:
    std::ostream& out_;
    bool first_ = true;
};

// One compact record per line.
class JsonLinesWriter final : public RecordWriter {
public:
    explicit JsonLinesWriter(std::ostream& out) : out_(out) {}

    void write(const model::Record& record) override { out_ << json_text(record_to_json(record)) << '\n'; }
    void finish() override {}

private:
    std::ostream& out_;
};

}  // namespace

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

std::unique_ptr<RecordWriter> make_record_writer(RecordFormat format, std::ostream& out, bool csv_formula_safe) {
    switch (format) {
        case RecordFormat::json:
            return std::make_unique<JsonWriter>(out);
        case RecordFormat::jsonl:
            return std::make_unique<JsonLinesWriter>(out);
        case RecordFormat::csv:
            return make_csv_writer(out, csv_formula_safe);
    }
    return nullptr;
}

}  // namespace twinning::emit
