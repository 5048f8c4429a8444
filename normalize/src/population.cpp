#include "twinning/normalize/population.hpp"

#include <limits>

#include "twinning/text/spaces.hpp"

namespace twinning::normalize {

namespace {

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

    // A thousands separator: a comma, a dot, or spaces. A run of spaces
    // and line breaks reads as one space, as everywhere in twinning, so
    // `67  805` and `67 805` are the same count.
    [[nodiscard]] bool group_separator() {
        if (at_ < text_.size() && (text_[at_] == ',' || text_[at_] == '.')) {
            ++at_;
            return true;
        }
        const std::size_t before = at_;
        spaces();
        return at_ != before;
    }

    void spaces() { at_ += text::blank_run_length(text_, at_); }

    [[nodiscard]] bool literal(char c) {
        if (at_ < text_.size() && text_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }

    [[nodiscard]] bool overflowed() const { return overflow_; }

private:
    std::string_view text_;
    std::size_t at_ = 0;
    bool overflow_ = false;
};

constexpr std::size_t group_width = 3;
constexpr std::size_t year_width = 4;

}  // namespace

std::optional<Population> parse_population(std::string_view value) {
    Reader reader(text::trim(value));
    Population population;
    const std::size_t lead = reader.digits(population.count);
    if (lead == 0) {
        return std::nullopt;
    }
    // Further groups only after a short lead group, each of exactly three
    // digits; `2021` in `281 711 (2021)` is not a group because of the bracket.
    while (lead <= group_width) {
        const std::size_t before = reader.at();
        std::uint64_t extended = population.count;
        if (!reader.group_separator() || reader.digits(extended) != group_width) {
            reader.seek(before);
            break;
        }
        population.count = extended;
    }
    reader.spaces();
    if (reader.literal('(')) {
        reader.spaces();
        std::uint64_t year = 0;
        if (reader.digits(year) != year_width) {
            return std::nullopt;
        }
        reader.spaces();
        if (!reader.literal(')')) {
            return std::nullopt;
        }
        population.year = static_cast<int>(year);
        reader.spaces();
    }
    if (!reader.done() || reader.overflowed()) {
        return std::nullopt;
    }
    return population;
}

}  // namespace twinning::normalize
