#include <array>

#include "list_line.hpp"
#include "list_line_reader.hpp"
#include "twinning/normalize/country.hpp"
#include "twinning/normalize/date.hpp"
#include "twinning/parser/label_table.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

// A register's line, the country first: `Austria Tulln Agreement on
// Cooperation between the Cities 12/5/1982`. The reader of a list line
// tries it first, once the marks around the partner are stripped.

namespace twinning::parser {

namespace {

using words::is_digit;

// The words a register's agreement starts with, after the city, written
// with a capital: `Agreement on …`, `Twinning Charter`, `Sister City
// Agreement`.
constexpr std::array<std::string_view, 14> agreement_words = {
    "agreement", "memorandum", "treaty",   "protocol", "declaration", "contract",    "accord",
    "charter",   "letter",     "twinning", "sister",   "friendship",  "partnership", "cooperation",
};

// The most words before a register's agreement wording: country and city.
constexpr std::size_t register_lead_words = 8;

}  // namespace

bool ListLineReader::read_register(ListPartner& partner) {
    // Most lines hold no agreement's word; they are spared the country
    // lookups, the costly part.
    bool has_wording = false;
    words::for_each_word(middle(), [&](std::string_view word, std::size_t at) {
        has_wording = words::starts_as_name(word) && is_one_of(folded_word(line_, begin_ + at), agreement_words);
        return !has_wording;
    });
    if (!has_wording) {
        return false;
    }
    // The longest country the line starts with: `United States of
    // America`, not `United States`.
    std::optional<LinePiece> country;
    words::for_each_word(middle(), [&](std::string_view word, std::size_t at) {
        const std::size_t end = begin_ + at + word.size();
        if (normalize::find_country_as_written(line_.substr(begin_, end - begin_))) {
            country = LinePiece{begin_, end};
        }
        return at + word.size() < longest_country;
    });
    if (!country) {
        return false;
    }
    std::optional<std::size_t> wording;
    std::size_t count = 0;
    words::for_each_word(line_.substr(country->end, end_ - country->end), [&](std::string_view word, std::size_t at) {
        const std::size_t offset = country->end + at;
        if (count > 0 && is_one_of(folded_word(line_, offset), agreement_words) && words::starts_as_name(word)) {
            wording = offset;
            return false;
        }
        return ++count < register_lead_words;
    });
    if (!country || !wording || country->end >= *wording) {
        return false;
    }
    const std::size_t city_begin = skip_blanks(line_, country->end);
    const std::size_t city_end = trim_back(line_, city_begin, *wording);
    if (city_begin >= city_end || !words::starts_as_name(line_.substr(city_begin))) {
        return false;
    }
    partner.country = *country;
    partner.place = {city_begin, city_end};
    // `Sacramento, California`: the region after the comma.
    if (const std::size_t comma = line_.substr(city_begin, city_end - city_begin).find(',');
        comma != std::string_view::npos) {
        const std::size_t region_begin = skip_blanks(line_, city_begin + comma + 1);
        partner.place = {city_begin, trim_back(line_, city_begin, city_begin + comma)};
        if (region_begin < city_end) {
            partner.region = {region_begin, city_end};
        }
    }
    read_register_wording(partner, *wording);
    return true;
}

void ListLineReader::read_register_wording(ListPartner& partner, std::size_t wording) {
    std::size_t first_date = end_;
    std::size_t renewal = end_;
    std::size_t previous_word = wording;
    std::size_t word_before_previous = wording;
    words::for_each_word(line_.substr(wording, end_ - wording), [&](std::string_view word, std::size_t at) {
        const std::size_t offset = wording + at;
        const std::string folded = folded_word(line_, offset);
        if (first_date == end_ && is_digit(word.front()) &&
            normalize::read_date(line_.substr(offset, end_ - offset), normalize::DateOrder::dmy)) {
            first_date = offset;
            // `in Tulln 12/5/1982`: the place of signing goes with the date.
            if (folded_word(line_, word_before_previous) == "in" && previous_word != offset) {
                first_date = word_before_previous;
            }
        }
        if (renewal == end_ && first_date != end_ && is_renewal_word(folded)) {
            renewal = offset;
            return false;
        }
        word_before_previous = previous_word;
        previous_word = offset;
        return true;
    });
    partner.agreement = {wording, trim_back(line_, wording, first_date)};
    if (first_date != end_) {
        std::size_t date_end = trim_back(line_, first_date, renewal);
        while (date_end > first_date && (line_[date_end - 1] == '.' || line_[date_end - 1] == ',')) {
            --date_end;
        }
        partner.date = {first_date, date_end};
        partner.date_field = partner.date;
    }
    if (renewal != end_) {
        partner.renewal = {renewal, end_};
    }
}

std::optional<ListLine> read_register_line(std::string_view lines) {
    auto item = ListLineReader(lines, false, true).read();
    if (!item || item->partners.size() != 1 || item->partners.front().country.empty()) {
        return std::nullopt;
    }
    return item;
}

}  // namespace twinning::parser
