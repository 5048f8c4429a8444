#include "record_json_text.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>

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

template <typename T>
void optional_string(Layout& layout, const std::optional<model::Located<T>>& located) {
    if (located) {
        layout.string(located->value);
    } else {
        layout.null();
    }
}

void text_or_null(Layout& layout, const std::string& text) {
    if (text.empty()) {
        layout.null();
    } else {
        layout.string(text);
    }
}

// About how many bytes the record takes as JSON: its strings, quoted, with
// room for keys, separators and indentation. Reserving it first means a
// record with a megabyte-long list is written into one allocation of about
// its own size, where growing by doubling could take twice that.
[[nodiscard]] std::size_t json_size_estimate(const model::Record& record, int depth) {
    constexpr std::size_t fixed = 1024;  // keys, nulls, numbers and dates
    const std::size_t per_string = 8 + 2 * static_cast<std::size_t>(depth + 3);
    std::size_t size = fixed;
    auto add = [&](std::string_view text) { size += text.size() + per_string; };
    for (const auto* located : {&record.name, &record.country, &record.subdivision, &record.agreement}) {
        if (*located) {
            add((*located)->value);
        }
    }
    for (const auto& site : record.websites) {
        add(site.value);
    }
    for (const auto& area : record.cooperation_areas) {
        add(area.value);
    }
    for (const auto& field : record.extra) {
        add(field.label);
        add(field.value);
    }
    for (const auto& note : record.notes) {
        add(note.value);
    }
    size += record.renewed.size() * (16 + per_string);
    return size;
}

void write_record(Layout& layout, const model::Record& record) {
    layout.begin('{');
    layout.key("name");
    optional_string(layout, record.name);
    layout.key("country");
    optional_string(layout, record.country);
    layout.key("country_code");
    text_or_null(layout, record.country_code);
    layout.key("subdivision");
    optional_string(layout, record.subdivision);
    layout.key("subdivision_code");
    text_or_null(layout, record.subdivision_code);
    layout.key("population");
    if (record.population) {
        layout.number(record.population->value);
    } else {
        layout.null();
    }
    layout.key("population_year");
    if (record.population_year) {
        layout.number(*record.population_year);
    } else {
        layout.null();
    }
    layout.key("signed");
    if (record.signed_on) {
        layout.string(model::to_iso8601(record.signed_on->value));
    } else {
        layout.null();
    }
    layout.key("renewed");
    layout.strings(record.renewed, [](const auto& date) { return model::to_iso8601(date.value); });
    layout.key("agreement");
    optional_string(layout, record.agreement);
    layout.key("websites");
    layout.strings(record.websites, [](const auto& site) -> std::string_view { return site.value; });
    layout.key("cooperation_areas");
    layout.strings(record.cooperation_areas, [](const auto& area) -> std::string_view { return area.value; });
    layout.key("extra");
    if (record.extra.empty()) {
        layout.empty_array();
    } else {
        layout.element();
        layout.begin('[');
        for (const model::ExtraField& field : record.extra) {
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
    layout.key("layout");
    layout.string(model::to_string(record.layout));
    layout.key("notes");
    layout.strings(record.notes, [](const auto& note) -> std::string_view { return note.value; });
    layout.key("inferred");
    layout.strings(record.inferred, [](model::Field field) { return model::to_string(field); });
    layout.key("file");
    layout.string(record.file);
    layout.key("line");
    layout.number(record.line);
    layout.key("end_line");
    layout.number(record.end_line);
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

void append_record_line(std::string& out, const model::Record& record) {
    out.reserve(out.size() + json_size_estimate(record, 0));
    Layout layout(out, false, 0);
    write_record(layout, record);
}

void append_record_indented(std::string& out, const model::Record& record, int depth) {
    out.reserve(out.size() + json_size_estimate(record, depth));
    Layout layout(out, true, depth);
    write_record(layout, record);
}

}  // namespace twinning::emit
