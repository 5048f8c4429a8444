#include "list_line.hpp"

#include <array>

#include "line_roles.hpp"
#include "list_line_reader.hpp"
#include "twinning/normalize/country.hpp"
#include "twinning/parser/label_table.hpp"
#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

namespace twinning::parser {

namespace {

using words::is_digit;
using words::is_letter;

// The small words a partnership phrase joins its date with.
constexpr std::array<std::string_view, 5> phrase_links = {"since", "in", "from", "on", "city"};

// The words a count of people ends with, or starts with (`pop. 16 800`).
constexpr std::array<std::string_view, 6> people_words = {
    "inhabitants", "residents", "people", "citizens", "population", "inh",
};

}  // namespace

std::size_t skip_blanks(std::string_view line, std::size_t i) {
    while (i < line.size()) {
        if (const std::size_t space = text::space_length(line, i); space != 0) {
            i += space;
        } else if (text::is_line_break(line[i])) {
            ++i;
        } else {
            break;
        }
    }
    return i;
}

std::size_t trim_back(std::string_view line, std::size_t begin, std::size_t end) {
    const std::string_view trimmed = text::trim(line.substr(begin, end - begin));
    return trimmed.empty() ? begin : static_cast<std::size_t>(trimmed.data() - line.data()) + trimmed.size();
}

std::string folded_word(std::string_view line, std::size_t at) {
    constexpr std::size_t longest = 16;
    std::string word;
    for (std::size_t i = at; i < line.size() && is_letter(line[i]) && word.size() <= longest; ++i) {
        word.push_back(text::ascii_lower(line[i]));
    }
    return word;
}

std::optional<ListLine> ListLineReader::read() {
    if (line_.size() > longest_list_line) {
        return std::nullopt;
    }
    begin_ = skip_blanks(line_, 0);
    end_ = trim_back(line_, begin_, line_.size());
    strip_leading_marks();
    strip_trailing_marks();
    if (begin_ >= end_ || (!is_letter(line_[begin_]) && !is_digit(line_[begin_]))) {
        return std::nullopt;
    }
    ListPartner partner;
    if (read_register(partner)) {
        result_.partners.push_back(partner);
        return std::move(result_);
    }
    read_leading_date(partner);
    read_leading_country(partner);
    if (country_first_ && partner.country.empty()) {
        return std::nullopt;
    }
    read_trailing_facts(partner);
    if (!read_places(partner)) {
        return std::nullopt;
    }
    return std::move(result_);
}

void ListLineReader::read_leading_country(ListPartner& partner) {
    const std::string_view rest = middle();
    std::size_t cut = rest.find(':');
    std::size_t after = cut + 1;
    if (cut == std::string_view::npos) {
        for (std::size_t i = 1; i + 1 < rest.size() && i < longest_country; ++i) {
            const std::size_t dash = text::dash_length(rest, i);
            if (dash != 0 && words::space_before(rest, i) && text::space_length(rest, i + dash) != 0) {
                cut = i;
                after = i + dash;
                break;
            }
        }
    }
    if (cut == std::string_view::npos || cut > longest_country) {
        return;
    }
    const std::string_view country = text::trim(rest.substr(0, cut));
    const std::size_t place = skip_blanks(line_, begin_ + after);
    if (country.empty() || place >= end_ || !normalize::find_country_as_written(country)) {
        return;
    }
    const auto country_begin = static_cast<std::size_t>(country.data() - line_.data());
    partner.country = {country_begin, country_begin + country.size()};
    begin_ = place;
}

void ListLineReader::read_leading_date(ListPartner& partner) {
    std::size_t i = begin_;
    while (i < end_ && (is_digit(line_[i]) || line_[i] == '.' || line_[i] == '/')) {
        ++i;
    }
    if (i == begin_ || !is_date_phrase(line_.substr(begin_, i - begin_))) {
        return;
    }
    std::size_t after = skip_blanks(line_, i);
    const std::size_t dash = text::dash_length(line_, after);
    if (dash != 0) {
        after += dash;
    } else if (after < end_ && line_[after] == ':') {
        ++after;
    } else {
        return;
    }
    after = skip_blanks(line_, after);
    if (after >= end_) {
        return;
    }
    partner.date = {begin_, i};
    partner.date_field = {begin_, i};
    begin_ = after;
}

void ListLineReader::read_trailing_facts(ListPartner& partner) {
    for (int pass = 0; pass < 2; ++pass) {
        if (partner.count.empty()) {
            read_trailing_count(partner);
        }
        if (partner.date.empty()) {
            read_trailing_date(partner);
        }
    }
}

void ListLineReader::read_trailing_date(ListPartner& partner) {
    const std::string_view rest = middle();
    // The phrase first: `since 1982` alone would leave `partnership` in the place.
    auto tail = trailing_partnership_phrase(rest);
    if (!tail) {
        tail = trailing_date(rest);
    }
    if (!tail) {
        return;
    }
    partner.date = {begin_ + tail->date_begin, begin_ + tail->date_end};
    partner.date_field = {begin_ + tail->tail_begin, end_};
    end_ = trim_back(line_, begin_, begin_ + tail->tail_begin);
    strip_trailing_marks();
}

std::optional<DateTail> ListLineReader::trailing_partnership_phrase(std::string_view rest) {
    const bool bracketed = rest.ends_with(')');
    std::size_t tail = bracketed ? rest.rfind('(') : std::string_view::npos;
    std::size_t phrase = tail == std::string_view::npos ? tail : tail + 1;
    if (!bracketed) {
        for (std::size_t i = rest.size(); i-- > 1;) {
            const std::size_t dash = text::dash_length(rest, i);
            if (rest[i] == ',' || (dash != 0 && words::space_before(rest, i))) {
                tail = i;
                phrase = i + (dash != 0 ? dash : 1);
                break;
            }
        }
    }
    if (tail == std::string_view::npos || tail == 0) {
        return std::nullopt;
    }
    const std::string_view inner = rest.substr(phrase, rest.size() - phrase - (bracketed ? 1 : 0));
    std::size_t date = inner.size();
    while (date > 0 && (is_digit(inner[date - 1]) || inner[date - 1] == '.' || inner[date - 1] == '/')) {
        --date;
    }
    if (date == inner.size() || !is_date_phrase(inner.substr(date))) {
        return std::nullopt;
    }
    bool partnership = false;
    bool only_phrase_words = true;
    words::for_each_word(inner.substr(0, date), [&](std::string_view /*word*/, std::size_t at) {
        const std::string word = folded_word(inner, at);
        // `since` alone is a date's own word, read by trailing_date.
        const bool link = is_one_of(word, phrase_links);
        const bool named = !link && (is_partnership_word(word) || is_one_of(word, heading_words));
        partnership = partnership || named;
        only_phrase_words = named || link || is_filler_word(word);
        return only_phrase_words;
    });
    if (!partnership || !only_phrase_words) {
        return std::nullopt;
    }
    const std::size_t offset = phrase + date;
    return DateTail{tail, offset, rest.size() - (bracketed ? 1 : 0)};
}

void ListLineReader::read_trailing_count(ListPartner& partner) {
    std::size_t word_end = end_;
    const bool bracketed = line_[end_ - 1] == ')';
    if (bracketed) {
        --word_end;
    }
    std::size_t word_begin = word_end;
    while (word_begin > begin_ && is_letter(line_[word_begin - 1])) {
        --word_begin;
    }
    if (word_begin == word_end || !is_one_of(folded_word(line_, word_begin), people_words)) {
        return;
    }
    std::size_t number = word_begin;
    while (number > begin_ && (is_digit(line_[number - 1]) || line_[number - 1] == ' ' || line_[number - 1] == ',' ||
                               line_[number - 1] == '.')) {
        --number;
    }
    number = skip_blanks(line_, number);
    if (number >= word_begin || !is_digit(line_[number])) {
        return;
    }
    std::size_t cut = trim_back(line_, begin_, number);
    if (bracketed) {
        if (cut == begin_ || line_[cut - 1] != '(') {
            return;
        }
        --cut;
    } else if (cut > begin_ && (line_[cut - 1] == ',' || line_[cut - 1] == ';')) {
        --cut;
    } else if (const std::size_t dash = dash_before(cut); dash != std::string_view::npos) {
        cut = dash;
    } else {
        return;
    }
    partner.count = {number, word_end};
    end_ = trim_back(line_, begin_, cut);
}

std::size_t ListLineReader::dash_before(std::size_t at) const {
    for (const std::size_t length : {std::size_t{1}, std::size_t{3}}) {
        if (at >= begin_ + length && text::dash_length(line_, at - length) == length) {
            return at - length;
        }
    }
    return std::string_view::npos;
}

std::optional<ListLine> read_list_line(std::string_view line, bool under_heading) {
    return ListLineReader(line, under_heading).read();
}

}  // namespace twinning::parser
