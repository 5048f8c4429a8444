#include "twinning/normalize/population.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::normalize {

namespace {

// Words that scale the number before them, with the zeros they add.
struct UnitWord {
    std::string_view word;
    std::size_t zeros = 0;
};

// An abbreviation with its dot comes before the one without, so the dot is
// taken with it.
constexpr std::array<UnitWord, 6> unit_words{{
    {"thousand", 3},
    {"million", 6},
    {"mln.", 6},
    {"mln", 6},
    {"mio.", 6},
    {"mio", 6},
}};

// Words and signs before a count that say it is rounded.
constexpr std::array<std::string_view, 13> approximation_words{
    "approximately", "approx.", "approx", "about", "around", "roughly",      "circa",
    "ca.",           "ca",      "c.",     "some",  "~",      "\xE2\x89\x88",  // ≈
};

// Words after a count that say what was counted.
constexpr std::array<std::string_view, 4> noun_words{"inhabitants", "people", "residents", "population"};

// Words inside the year's brackets, before and after the year.
constexpr std::array<std::string_view, 2> words_before_year{"as of", "census"};
constexpr std::array<std::string_view, 3> words_after_year{"census", "estimate", "est."};

class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}

    [[nodiscard]] bool done() const { return at_ == text_.size(); }
    [[nodiscard]] std::size_t at() const { return at_; }
    void seek(std::size_t at) { at_ = at; }

    // Digits at the cursor, appended to `value`; how many were read.
    [[nodiscard]] std::size_t digits(std::uint64_t& value) {
        std::size_t count = 0;
        while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') {
            const auto digit = static_cast<std::uint64_t>(text_[at_] - '0');
            if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) {
                overflow_ = true;
            }
            value = value * 10 + digit;
            ++at_;
            ++count;
        }
        return count;
    }

    // The dot or comma before a fraction, which may also group thousands.
    [[nodiscard]] bool decimal_separator() { return literal(',') || literal('.'); }

    void spaces() { at_ += text::blank_run_length(text_, at_); }

    // Spaces, and whether there were any.
    [[nodiscard]] bool blank() {
        const std::size_t before = at_;
        spaces();
        return at_ != before;
    }

    [[nodiscard]] bool literal(char c) {
        if (at_ < text_.size() && text_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }

    // `expected` in any case, a space in it standing for any run of spaces.
    // A phrase that ends in a letter must end a word: `ca` is not the start
    // of `cat`. The reader moves only when the phrase is there.
    [[nodiscard]] bool phrase(std::string_view expected) {
        std::size_t end = at_;
        for (const char c : expected) {
            if (c == ' ') {
                const std::size_t run = text::blank_run_length(text_, end);
                if (run == 0) {
                    return false;
                }
                end += run;
            } else if (end < text_.size() && text::ascii_lower(text_[end]) == c) {
                ++end;
            } else {
                return false;
            }
        }
        if (text::is_ascii_letter(expected.back()) && end < text_.size() && text::is_ascii_letter(text_[end])) {
            return false;
        }
        at_ = end;
        return true;
    }

    [[nodiscard]] bool overflowed() const { return overflow_; }

private:
    std::string_view text_;
    std::size_t at_ = 0;
    bool overflow_ = false;
};

constexpr std::size_t group_width = 3;
constexpr std::size_t year_width = 4;
constexpr std::uint64_t ten = 10;

template <std::size_t size>
[[nodiscard]] bool any_phrase(Reader& reader, const std::array<std::string_view, size>& phrases) {
    return std::ranges::any_of(phrases, [&reader](std::string_view phrase) { return reader.phrase(phrase); });
}

[[nodiscard]] bool approximation(Reader& reader) { return any_phrase(reader, approximation_words); }
[[nodiscard]] bool noun(Reader& reader) { return any_phrase(reader, noun_words); }

// The zeros of the unit word at the reader.
[[nodiscard]] std::optional<std::size_t> unit(Reader& reader) {
    for (const UnitWord& unit : unit_words) {
        if (reader.phrase(unit.word)) {
            return unit.zeros;
        }
    }
    return std::nullopt;
}

// What `read` finds after spaces; the reader stays put unless both are there.
template <typename Read>
[[nodiscard]] auto after_blank(Reader& reader, Read read) -> decltype(read(reader)) {
    Reader probe = reader;
    if (!probe.blank()) {
        return {};
    }
    auto found = read(probe);
    if (found) {
        reader = probe;
    }
    return found;
}

// A number as written, before any unit word scales it.
struct Number {
    std::uint64_t whole = 0;
    std::uint64_t fraction = 0;
    std::size_t fraction_digits = 0;
    bool grouped = false;
    bool grouped_by_mark = false;  // a comma or dot between groups, as a fraction has
};

[[nodiscard]] std::optional<Number> number(Reader& reader) {
    Number number;
    const std::size_t lead = reader.digits(number.whole);
    if (lead == 0) {
        return std::nullopt;
    }
    // Further groups only after a short lead group, each of exactly three
    // digits; `2021` in `281 711 (2021)` is not a group because of the bracket.
    // A group follows a comma, a dot, or spaces; a run of spaces and line
    // breaks reads as one space, as everywhere in twinning, so `67  805`
    // and `67 805` are the same count.
    while (lead <= group_width) {
        const std::size_t before = reader.at();
        std::uint64_t extended = number.whole;
        const bool mark = reader.decimal_separator();
        if ((!mark && !reader.blank()) || reader.digits(extended) != group_width) {
            reader.seek(before);
            break;
        }
        number.whole = extended;
        number.grouped = true;
        number.grouped_by_mark = number.grouped_by_mark || mark;
    }
    const std::size_t before_fraction = reader.at();
    if (reader.decimal_separator()) {
        number.fraction_digits = reader.digits(number.fraction);
        if (number.fraction_digits == 0) {
            reader.seek(before_fraction);
        }
    }
    return number;
}

// `value` times ten to the `zeros`, unless that does not fit.
[[nodiscard]] std::optional<std::uint64_t> with_zeros(std::uint64_t value, std::size_t zeros) {
    for (std::size_t i = 0; i < zeros; ++i) {
        if (value > std::numeric_limits<std::uint64_t>::max() / ten) {
            return std::nullopt;
        }
        value *= ten;
    }
    return value;
}

// `1.2` before `million`: the whole part and the fraction, each scaled.
[[nodiscard]] std::optional<std::uint64_t> scaled(const Number& number, std::size_t zeros) {
    if (number.grouped || number.fraction_digits > zeros) {
        return std::nullopt;
    }
    const auto whole = with_zeros(number.whole, zeros);
    const auto fraction = with_zeros(number.fraction, zeros - number.fraction_digits);
    if (!whole || !fraction || *whole > std::numeric_limits<std::uint64_t>::max() - *fraction) {
        return std::nullopt;
    }
    return *whole + *fraction;
}

// Under a header's unit a count may have a fraction and groups apart by
// spaces (`1 250` thousand), but no groups apart by a comma or dot: `1.250`
// under `(thousands)` reads as 1250 and as 1 250 000 alike.
[[nodiscard]] std::optional<std::uint64_t> scaled_by_header(Number number, std::size_t zeros) {
    if (number.grouped_by_mark) {
        return std::nullopt;
    }
    number.grouped = false;
    return scaled(number, zeros);
}

// Without a unit a count has no fraction: `1.5` people is no count.
[[nodiscard]] std::optional<std::uint64_t> unscaled(const Number& number) {
    if (number.fraction_digits > 0) {
        return std::nullopt;
    }
    return number.whole;
}

// `(2021)`, `(as of 2019)`, `(2019 census)`, the opening bracket read.
[[nodiscard]] std::optional<int> bracketed_year(Reader& reader) {
    reader.spaces();
    (void)any_phrase(reader, words_before_year);
    reader.spaces();
    std::uint64_t year = 0;
    if (reader.digits(year) != year_width) {
        return std::nullopt;
    }
    reader.spaces();
    (void)any_phrase(reader, words_after_year);
    reader.spaces();
    if (!reader.literal(')')) {
        return std::nullopt;
    }
    return static_cast<int>(year);
}

// A population value; `header_zeros` are those of its column's unit, when
// a header gives one.
[[nodiscard]] std::optional<Population> read_population(std::string_view value,
                                                        std::optional<std::size_t> header_zeros) {
    Reader reader(text::trim(value));
    Population population;
    population.approximate = approximation(reader);
    reader.spaces();
    const auto written = number(reader);
    if (!written) {
        return std::nullopt;
    }
    const auto zeros = after_blank(reader, unit);
    if (zeros && header_zeros) {
        return std::nullopt;  // `85 thousand` under `(thousands)`: which unit counts is not known
    }
    std::optional<std::uint64_t> count;
    if (header_zeros) {
        count = scaled_by_header(*written, *header_zeros);
    } else {
        count = zeros ? scaled(*written, *zeros) : unscaled(*written);
    }
    if (!count) {
        return std::nullopt;
    }
    population.count = *count;
    population.word_unit = zeros.has_value();
    population.header_unit = header_zeros.has_value();
    (void)after_blank(reader, noun);
    reader.spaces();
    if (reader.literal('(')) {
        population.year = bracketed_year(reader);
        if (!population.year) {
            return std::nullopt;
        }
        reader.spaces();
    }
    if (!reader.done() || reader.overflowed()) {
        return std::nullopt;
    }
    return population;
}

// A unit as a header writes it in brackets, with what it multiplies by.
// Spellings are compared without case, spaces, commas or dots, with `×`
// as `x` and a curly apostrophe as a straight one: `(× 1,000)` is `x1000`.
struct HeaderUnit {
    std::string_view key;
    std::uint64_t scale = 0;
};

constexpr std::uint64_t thousand = 1000;
constexpr std::uint64_t million = 1000 * thousand;

// `(m)` is left out: a header may use it for metres as well.
constexpr auto header_units = std::to_array<HeaderUnit>({
    // clang-format off
    {"thousands",    thousand}, {"thousand",  thousand}, {"inthousands", thousand}, {"inthousand", thousand},
    {"'000",         thousand}, {"'000s",     thousand}, {"in'000",      thousand}, {"in'000s",    thousand},
    {"000",          thousand}, {"000s",      thousand}, {"x1000",       thousand}, {"1000s",      thousand},
    {"k",            thousand}, {"ths",       thousand}, {"thous",       thousand},
    {"millions",     million},  {"million",   million},  {"inmillions",  million},  {"inmillion",  million},
    {"mln",          million},  {"inmln",     million},  {"mio",         million},  {"x1000000",   million},
    // clang-format on
});

// The bracket's text as header_units spells it; empty when it is longer
// than any unit, so a long header costs no more than a short one.
[[nodiscard]] std::string unit_key(std::string_view written) {
    constexpr std::size_t longest = 16;
    std::string key;
    for (std::size_t i = 0; i < written.size();) {
        if (key.size() > longest) {
            return {};
        }
        if (const std::size_t space = text::space_length(written, i); space > 0) {
            i += space;
        } else if (written.substr(i, 2) == "\xC3\x97") {  // ×
            key += 'x';
            i += 2;
        } else if (written.substr(i, 3) == "\xE2\x80\x99" || written.substr(i, 3) == "\xE2\x80\x98") {  // ’ ‘
            key += '\'';
            i += 3;
        } else {
            if (written[i] != ',' && written[i] != '.') {
                key += text::ascii_lower(written[i]);
            }
            ++i;
        }
    }
    return key;
}

[[nodiscard]] std::optional<std::size_t> zeros_of(std::uint64_t scale) {
    std::size_t zeros = 0;
    for (; scale > 1 && scale % ten == 0; scale /= ten) {
        ++zeros;
    }
    return scale == 1 ? std::optional<std::size_t>(zeros) : std::nullopt;
}

}  // namespace

std::optional<Population> parse_population(std::string_view value) { return read_population(value, std::nullopt); }

std::optional<Population> parse_population_in_unit(std::string_view value, std::uint64_t scale) {
    const auto zeros = zeros_of(scale);
    if (!zeros) {
        return std::nullopt;
    }
    return read_population(value, zeros);
}

std::optional<std::uint64_t> header_scale(std::string_view label_text) {
    const std::string_view label = text::trim(label_text);
    const std::size_t open = label.rfind('(');
    if (label.empty() || label.back() != ')' || open == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string key = unit_key(label.substr(open + 1, label.size() - open - 2));
    const auto* found = std::ranges::find(header_units, key, &HeaderUnit::key);
    if (key.empty() || found == header_units.end()) {
        return std::nullopt;
    }
    return found->scale;
}

}  // namespace twinning::normalize
