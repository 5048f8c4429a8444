#include "record_json_text.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <type_traits>

#include "twinning/text/unicode.hpp"

namespace twinning::emit {

namespace {

using text::replacement_character;

void append_escaped_ascii(std::string& out, char c) {
    switch (c) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        case '\b':
            out += "\\b";
            return;
        case '\f':
            out += "\\f";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default:
            break;
    }
    if (static_cast<unsigned char>(c) < 0x20U) {
        fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
    } else {
        out += c;
    }
}

// The record's fields in schema order, written by a layout that knows
// where commas, line breaks and indentation go.
class Layout {
public:
    Layout(std::string& out, bool indented, int depth) : out_(out), indented_(indented), depth_(depth) {}

    void begin(char bracket) {
        out_ += bracket;
        ++depth_;
        first_ = true;
    }

    void end(char bracket) {
        --depth_;
        if (!first_) {
            break_line();
        }
        out_ += bracket;
        first_ = false;
    }

    // The schema's keys are plain ASCII: quoted as they are, not escaped.
    void key(std::string_view name) {
        element();
        out_ += '"';
        out_ += name;
        out_ += indented_ ? "\": " : "\":";
        pending_value_ = true;  // the value follows on the same line
    }

    // Before a value: a comma and a new line unless it is the first in
    // its container or follows its key.
    void element() {
        if (pending_value_) {
            pending_value_ = false;
            first_ = false;
            return;
        }
        if (!first_) {
            out_ += ',';
        }
        break_line();
        first_ = false;
    }

    void string(std::string_view text) {
        element();
        append_json_string(out_, text);
    }

    void null() {
        element();
        out_ += "null";
    }

    template <typename Number>
    void number(Number value) {
        element();
        fmt::format_to(std::back_inserter(out_), "{}", value);
    }

    // An empty container is `[]`, on the line of its key.
    void empty_array() {
        element();
        out_ += "[]";
    }

    template <typename List, typename Text>
    void strings(const List& list, Text text) {
        if (list.empty()) {
            empty_array();
            return;
        }
        element();
        begin('[');
        for (const auto& item : list) {
            string(text(item));
        }
        end(']');
    }

private:
    void break_line() {
        if (indented_) {
            out_ += '\n';
            out_.append(2 * static_cast<std::size_t>(depth_), ' ');
        }
    }

    std::string& out_;
    bool indented_;
    int depth_;
    bool first_ = true;
    bool pending_value_ = false;
};

// Each field's value as its shape writes it. A code is a plain string,
// empty when there is none; a date is written in ISO 8601.
void write_value(Layout& layout, const std::optional<model::Located<std::string>>& value) {
    if (value) {
        layout.string(value->value);
    } else {
        layout.null();
    }
}

void write_value(Layout& layout, const std::optional<model::Located<model::PartialDate>>& value) {
    if (value) {
        layout.string(model::to_iso8601(value->value));
    } else {
        layout.null();
    }
}

void write_value(Layout& layout, const std::optional<model::Located<std::uint64_t>>& value) {
    if (value) {
        layout.number(value->value);
    } else {
        layout.null();
    }
}

void write_value(Layout& layout, const std::optional<int>& value) {
    if (value) {
        layout.number(*value);
    } else {
        layout.null();
    }
}

void write_value(Layout& layout, const std::optional<double>& value) {
    if (value) {
        layout.number(*value);
    } else {
        layout.null();
    }
}

void write_value(Layout& layout, std::uint32_t value) { layout.number(value); }

void write_value(Layout& layout, model::Layout value) { layout.string(model::to_string(value)); }

void write_value(Layout& layout, const std::vector<model::Located<std::string>>& list) {
    layout.strings(list, [](const auto& item) -> std::string_view { return item.value; });
}

void write_value(Layout& layout, const std::vector<model::Located<model::PartialDate>>& list) {
    layout.strings(list, [](const auto& date) { return model::to_iso8601(date.value); });
}

void write_value(Layout& layout, const std::vector<model::Field>& list) {
    layout.strings(list, [](model::Field field) { return model::to_string(field); });
}

void write_value(Layout& layout, const std::vector<model::ExtraField>& list) {
    if (list.empty()) {
        layout.empty_array();
        return;
    }
    layout.element();
    layout.begin('[');
    for (const model::ExtraField& field : list) {
        layout.element();
        layout.begin('{');
        layout.key("label");
        layout.string(field.label);
        layout.key("value");
        layout.string(field.value);
        layout.end('}');
    }
    layout.end(']');
}

// A string the table calls text_or_null is null when empty; one it calls
// text is always written.
void write_value(Layout& layout, const std::string& text, model::Shape shape) {
    if (text.empty() && shape == model::Shape::text_or_null) {
        layout.null();
    } else {
        layout.string(text);
    }
}

// About how many bytes the record takes as JSON: its strings, quoted, with
// room for keys, separators and indentation. Reserving it first means a
// record with a megabyte-long list is written into one allocation of about
// its own size, where growing by doubling could take twice that.
class SizeEstimate {
public:
    explicit SizeEstimate(int depth) : per_string_(8 + 2 * static_cast<std::size_t>(depth + 3)) {}

    void operator()(const model::FieldInfo& /*field*/, const auto& value) { add(value); }

    [[nodiscard]] std::size_t size() const { return size_; }

private:
    void add_text(std::string_view text) { size_ += text.size() + per_string_; }
    void add(const std::optional<model::Located<std::string>>& value) {
        if (value) {
            add_text(value->value);
        }
    }
    void add(const std::vector<model::Located<std::string>>& list) {
        for (const auto& item : list) {
            add_text(item.value);
        }
    }
    void add(const std::vector<model::ExtraField>& list) {
        for (const auto& field : list) {
            add_text(field.label);
            add_text(field.value);
        }
    }
    void add(const std::vector<model::Located<model::PartialDate>>& list) { size_ += list.size() * (16 + per_string_); }
    // Numbers, dates, codes and names of fields fit in the fixed part.
    void add(const auto& /*value*/) {}

    static constexpr std::size_t fixed = 1024;  // keys, nulls, numbers and dates
    std::size_t per_string_;
    std::size_t size_ = fixed;
};

[[nodiscard]] std::size_t size_estimate(const model::Record& record, const model::Sources& sources, int depth) {
    SizeEstimate estimate(depth);
    model::for_each_field(record, sources, estimate);
    return estimate.size();
}

void write_record(Layout& layout, const model::Record& record, const model::Sources& sources) {
    layout.begin('{');
    model::for_each_field(record, sources, [&](const model::FieldInfo& field, const auto& value) {
        layout.key(field.key);
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>) {
            write_value(layout, value, field.shape);
        } else {
            write_value(layout, value);
        }
    });
    layout.end('}');
}

}  // namespace

// True for the bytes written as they are: printable ASCII but `"` and `\`.
[[nodiscard]] constexpr bool plain(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20U && byte < 0x80U && c != '"' && c != '\\';
}

void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        // Most text is plain ASCII: copy each run of it at once.
        std::size_t run = i;
        while (run < text.size() && plain(text[run])) {
            ++run;
        }
        out.append(text.substr(i, run - i));
        i = run;
        if (i == text.size()) {
            break;
        }
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80U) {
            append_escaped_ascii(out, text[i]);
            ++i;
            continue;
        }
        std::size_t skip = 0;
        const std::size_t length = text::utf8_sequence(text, i, skip);
        if (length == 0) {
            out += replacement_character;
            i += skip;
            continue;
        }
        const std::string_view sequence = text.substr(i, length);
        // Legal in JSON, but line breaks to JavaScript.
        if (sequence == "\xE2\x80\xA8") {
            out += "\\u2028";
        } else if (sequence == "\xE2\x80\xA9") {
            out += "\\u2029";
        } else {
            out += sequence;
        }
        i += length;
    }
    out += '"';
}

void append_record_line(std::string& out, const model::Record& record, const model::Sources& sources) {
    out.reserve(out.size() + size_estimate(record, sources, 0));
    Layout layout(out, false, 0);
    write_record(layout, record, sources);
}

void append_record_indented(std::string& out, const model::Record& record, const model::Sources& sources, int depth) {
    out.reserve(out.size() + size_estimate(record, sources, depth));
    Layout layout(out, true, depth);
    write_record(layout, record, sources);
}

}  // namespace twinning::emit
