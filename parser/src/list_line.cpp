#include "list_line.hpp"

#include <array>

#include "line_roles.hpp"
#include "partner_sentence.hpp"
#include "twinning/normalize/country.hpp"
#include "twinning/normalize/date.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/parser/label_table.hpp"
#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

namespace twinning::parser {

namespace {

using words::is_digit;
using words::is_letter;

// The marks an item of a list starts with, besides its number.
constexpr std::array<std::string_view, 15> bullets = {
    "\xE2\x80\xA2",  // •
    "\xC2\xB7",      // ·
    "\xE2\x96\xAA",  // ▪
    "\xE2\x97\xA6",  // ◦
    "\xE2\x96\xBA",  // ►
    "\xE2\x80\xA3",  // ‣
    "\xE2\x97\x8F",  // ●
    "\xE2\x97\x8B",  // ○
    "\xE2\x96\xA0",  // ■
    "\xE2\x80\x93",  // –
    "\xE2\x80\x94",  // —
    "\xC2\xBB",      // »
    "-",
    "*",
    "+",
};

// The words a list heading is made of, one of which it must hold.
constexpr std::array<std::string_view, 11> heading_words = {
    "twin",     "twins",       "twinned",      "twinning",   "sister",    "partner",
    "partners", "partnership", "partnerships", "friendship", "jumelages",
};

// The small words a partnership phrase joins its date with.
constexpr std::array<std::string_view, 5> phrase_links = {"since", "in", "from", "on", "city"};

// The words a register's agreement starts with, after the city, written
// with a capital: `Agreement on …`, `Twinning Charter`, `Sister City
// Agreement`.
constexpr std::array<std::string_view, 14> agreement_words = {
    "agreement", "memorandum", "treaty",   "protocol", "declaration", "contract",    "accord",
    "charter",   "letter",     "twinning", "sister",   "friendship",  "partnership", "cooperation",
};

// The words a count of people ends with, or starts with (`pop. 16 800`).
constexpr std::array<std::string_view, 6> people_words = {
    "inhabitants", "residents", "people", "citizens", "population", "inh",
};

// The most words a partner's place has, name and region together: more
// is a phrase, not a place.
constexpr std::size_t place_words = 9;
// The most words in small letters a place has: `Frankfurt am Main`,
// `Bad Homburg vor der Höhe`. More is running text: `Oxford also has a
// friendship link with Ramallah, Palestine`.
constexpr std::size_t small_place_words = 3;
// The longest country name the line readers look for.
constexpr std::size_t longest_country = 48;
// The most words of a name standing alone below a list heading.
constexpr std::size_t bare_name_words = 5;
// The longest reference mark: `[12]`, `[a]`, `[citation needed]`.
constexpr std::size_t longest_reference = 32;
// The most words a heading has.
constexpr std::size_t list_heading_words = 10;
// The most words before a register's agreement wording: country and city.
constexpr std::size_t register_lead_words = 8;

// Blanks and, in a register line wrapped onto the next, its line break.
[[nodiscard]] std::size_t skip_blanks(std::string_view line, std::size_t i) {
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

// Blanks before `end`, walked back over.
[[nodiscard]] std::size_t trim_back(std::string_view line, std::size_t begin, std::size_t end) {
    const std::string_view trimmed = text::trim(line.substr(begin, end - begin));
    return trimmed.empty() ? begin : static_cast<std::size_t>(trimmed.data() - line.data()) + trimmed.size();
}

[[nodiscard]] bool is_one_of(std::string_view folded, auto table) {
    return std::ranges::find(table, folded) != table.end();
}

// The word at `at` in lower case, letters only, no longer than a word of
// the tables.
[[nodiscard]] std::string folded_word(std::string_view line, std::size_t at) {
    constexpr std::size_t longest = 16;
    std::string word;
    for (std::size_t i = at; i < line.size() && is_letter(line[i]) && word.size() <= longest; ++i) {
        word.push_back(text::ascii_lower(line[i]));
    }
    return word;
}

// The length of the bullet or number that starts `rest`, with the blank
// after it; 0 for none.
[[nodiscard]] std::size_t item_mark_length(std::string_view rest) {
    for (const std::string_view bullet : bullets) {
        if (rest.starts_with(bullet)) {
            const std::size_t after = bullet.size();
            // An ASCII mark needs a blank after it: `-5` or `*note` is text.
            if (text::space_length(rest, after) != 0 || (static_cast<unsigned char>(bullet.front()) >= 0x80U &&
                                                         after < rest.size() && is_letter(rest[after]))) {
                return after;
            }
            return 0;
        }
    }
    // `1.`, `12)`, `(3)` or `a)`, then a blank.
    std::size_t i = rest.starts_with('(') ? 1 : 0;
    const std::size_t digits_begin = i;
    while (i < rest.size() && is_digit(rest[i]) && i - digits_begin < 3) {
        ++i;
    }
    if (i == digits_begin && i + 1 < rest.size() && rest[i] >= 'a' && rest[i] <= 'z' && rest[i + 1] == ')') {
        ++i;
    }
    if (i == digits_begin || i >= rest.size()) {
        return 0;
    }
    const char close = rest[i];
    const bool closed = digits_begin == 1 ? close == ')' : close == '.' || close == ')';
    return closed && text::space_length(rest, i + 1) != 0 ? i + 1 : 0;
}

// The length of an ISO alpha-3 code and its blank at the start of `rest`:
// `AUT Tulln, Austria`.
[[nodiscard]] std::size_t country_code_length(std::string_view rest) {
    constexpr std::size_t code = 3;
    if (rest.size() <= code + 1 || text::space_length(rest, code) == 0 ||
        !std::ranges::all_of(rest.substr(0, code), words::is_upper)) {
        return 0;
    }
    const auto country = normalize::find_country_as_written(rest.substr(0, code));
    return country && !country->via_alias ? code : 0;
}

// The reference mark `[…]` that ends at `end`, or npos.
[[nodiscard]] std::size_t reference_before(std::string_view line, std::size_t begin, std::size_t end) {
    if (end == begin || line[end - 1] != ']') {
        return std::string_view::npos;
    }
    const std::size_t open = line.rfind('[', end - 1);
    if (open == std::string_view::npos || open < begin || end - open > longest_reference ||
        line.substr(open + 1, end - open - 2).find_first_of("[]") != std::string_view::npos) {
        return std::string_view::npos;
    }
    return open;
}

class ListLineReader {
public:
    // `country_first` reads only lines that start with their country: a
    // register's, or `Austria: Tulln`; others are passed over at once.
    ListLineReader(std::string_view line, bool under_heading, bool country_first = false)
        : line_(line), under_heading_(under_heading), country_first_(country_first) {}

    std::optional<ListLine> read() {
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

private:
    // `Austria: Tulln` or `Austria – Tulln`: the country first, then a colon
    // or a spaced dash.
    void read_leading_country(ListPartner& partner) {
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

    void decoration(std::size_t begin, std::size_t end) { result_.decorations.push_back({begin, end}); }

    void strip_leading_marks() {
        while (begin_ < end_) {
            const std::string_view rest = line_.substr(begin_, end_ - begin_);
            std::size_t length = item_mark_length(rest);
            if (length == 0) {
                length = country_code_length(rest);
                if (length != 0) {
                    result_.country_code = {begin_, begin_ + length};
                }
            }
            if (length == 0) {
                return;
            }
            decoration(begin_, begin_ + length);
            begin_ = skip_blanks(line_, begin_ + length);
        }
    }

    // Reference marks, commas, semicolons and a full stop at the end.
    void strip_trailing_marks() {
        while (end_ > begin_) {
            std::size_t from = reference_before(line_, begin_, end_);
            if (from == std::string_view::npos) {
                const char last = line_[end_ - 1];
                if (last != ',' && last != ';' && last != '.') {
                    return;
                }
                from = end_ - 1;
            }
            decoration(from, end_);
            end_ = trim_back(line_, begin_, from);
        }
    }

    [[nodiscard]] std::string_view middle() const { return line_.substr(begin_, end_ - begin_); }

    // `1982 - Tulln, Austria` or `1982: Tulln`: a date, then a dash or colon.
    void read_leading_date(ListPartner& partner) {
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

    // A count and a date after the place, in either order.
    void read_trailing_facts(ListPartner& partner) {
        for (int pass = 0; pass < 2; ++pass) {
            if (partner.count.empty()) {
                read_trailing_count(partner);
            }
            if (partner.date.empty()) {
                read_trailing_date(partner);
            }
        }
    }

    void read_trailing_date(ListPartner& partner) {
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

    // `Tulln, Austria – partnership since 1982`, `Tulln (Austria) (twinned
    // in 1982)`: a tail after a spaced dash, a comma or in brackets, whose
    // words before the date all tell of the partnership.
    [[nodiscard]] static std::optional<DateTail> trailing_partnership_phrase(std::string_view rest) {
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

    // `- 16 800 inhabitants`, `, 16,800 residents` or `(16 800 inhabitants)`.
    void read_trailing_count(ListPartner& partner) {
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
        while (number > begin_ && (is_digit(line_[number - 1]) || line_[number - 1] == ' ' ||
                                   line_[number - 1] == ',' || line_[number - 1] == '.')) {
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

    // The spaced dash that ends the text before `at`, or npos.
    [[nodiscard]] std::size_t dash_before(std::size_t at) const {
        for (const std::size_t length : {std::size_t{1}, std::size_t{3}}) {
            if (at >= begin_ + length && text::dash_length(line_, at - length) == length) {
                return at - length;
            }
        }
        return std::string_view::npos;
    }

    // `Austria Tulln Agreement on … 12/5/1982. Renewal of the Agreement,
    // 1996`: a known country, its city, then the agreement's wording.
    bool read_register(ListPartner& partner) {
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
        words::for_each_word(line_.substr(country->end, end_ - country->end), [&](std::string_view word,
                                                                                  std::size_t at) {
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

    // The wording runs up to its first date, or to `in Tulln` before it;
    // a renewal word starts the renewals.
    void read_register_wording(ListPartner& partner, std::size_t wording) {
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

    // One place, or two joined by `and`, each naming its country.
    bool read_places(ListPartner& partner) {
        if (const std::size_t joint = joint_of_two(); joint != std::string_view::npos) {
            ListPartner second = partner;
            partner.place = place_piece(begin_, trim_back(line_, begin_, joint));
            second.place = place_piece(skip_blanks(line_, joint + joint_length(joint)), end_);
            result_.partners.push_back(partner);
            result_.partners.push_back(second);
            return true;
        }
        LinePiece place = place_piece(begin_, end_);
        if (partner.country.empty()) {
            place = place_in_country(place, partner);
        }
        if (!is_place(place, under_heading_ || !partner.country.empty() || !result_.country_code.empty())) {
            return false;
        }
        partner.place = place;
        result_.partners.push_back(partner);
        return true;
    }

    // `and` or `&` between two places that each name a country.
    [[nodiscard]] std::size_t joint_of_two() const {
        std::size_t found = std::string_view::npos;
        words::for_each_word(middle(), [&](std::string_view word, std::size_t at) {
            if (word == "and" || word == "&") {
                found = begin_ + at;
                return false;
            }
            return true;
        });
        if (found == std::string_view::npos) {
            return found;
        }
        std::size_t left_end = trim_back(line_, begin_, found);
        if (left_end > begin_ && line_[left_end - 1] == ',') {
            --left_end;
        }
        const LinePiece left{begin_, left_end};
        const LinePiece right{skip_blanks(line_, found + joint_length(found)), end_};
        return names_country(left) && names_country(right) ? found : std::string_view::npos;
    }

    [[nodiscard]] std::size_t joint_length(std::size_t at) const { return line_[at] == '&' ? 1 : 3; }

    // A place without the comma before a joint, and without a flag's alt
    // text glued before the name: `AustriaLower Austria Tulln, Lower
    // Austria, Austria` repeats the country, then the region.
    [[nodiscard]] LinePiece place_piece(std::size_t begin, std::size_t end) {
        end = trim_back(line_, begin, end);
        while (end > begin && (line_[end - 1] == ',' || line_[end - 1] == ';')) {
            end = trim_back(line_, begin, end - 1);
        }
        const std::string_view place = line_.substr(begin, end - begin);
        const normalize::HeaderParts parts = normalize::split_header(place);
        if (!parts.country) {
            return {begin, end};
        }
        const std::string_view country = parts.country->text;
        const std::size_t glued = country.size();
        if (place.size() > glued && place.starts_with(country) && words::is_upper(place[glued])) {
            std::size_t name = begin + glued;
            decoration(begin, name);
            if (parts.region && line_.substr(name).starts_with(parts.region->text) &&
                text::space_length(line_, name + parts.region->text.size()) != 0) {
                const std::size_t after = skip_blanks(line_, name + parts.region->text.size());
                decoration(name, after);
                name = after;
            }
            return {name, end};
        }
        return {begin, end};
    }

    // `Tulln in Austria`: the name before `in`, the country after it.
    [[nodiscard]] LinePiece place_in_country(const LinePiece& place, ListPartner& partner) const {
        const std::string_view text = place.in(line_);
        const std::size_t in = text.rfind(" in ");
        if (in == std::string_view::npos || names_country(place)) {
            return place;
        }
        const std::string_view country = text::trim(text.substr(in + 4));
        if (country.empty() || !words::starts_as_name(country) || !normalize::find_country_as_written(country)) {
            return place;
        }
        const std::size_t country_begin = place.begin + (country.data() - text.data());
        partner.country = {country_begin, country_begin + country.size()};
        return {place.begin, trim_back(line_, place.begin, place.begin + in)};
    }

    [[nodiscard]] bool names_country(const LinePiece& piece) const {
        const normalize::HeaderParts parts = normalize::split_header(piece.in(line_));
        return parts.country && normalize::find_country_as_written(parts.country->text) && !parts.name.text.empty();
    }

    // `We are twinned with Krems (Austria)`, `Partnership with Haarlem`: a
    // sentence, whose words tell of the partnership a place's name never
    // does; only `Twin Falls` and `Sister Bay` start so.
    [[nodiscard]] static bool tells_of_partnership_in(std::string_view place) {
        bool tells = false;
        words::for_each_word(place, [&](std::string_view word, std::size_t /*at*/) {
            const bool small = word.front() >= 'a' && word.front() <= 'z';
            const bool in_names =
                text::equal_ignoring_ascii_case(word, "twin") || text::equal_ignoring_ascii_case(word, "sister");
            tells = tells_of_partnership(word) && (small || !in_names);
            return !tells;
        });
        return tells;
    }

    // A place that names its country, with a name that reads as one; or,
    // below a list heading, a short name alone.
    [[nodiscard]] bool is_place(const LinePiece& piece, bool under_heading) const {
        const std::string_view place = piece.in(line_);
        if (place.empty() || !words::starts_as_name(place) || place.find(':') != std::string_view::npos ||
            words::count_words(place, place_words) > place_words ||
            words::count_small_words(place, small_place_words) > small_place_words || tells_of_partnership_in(place)) {
            return false;
        }
        if (names_country(piece)) {
            return true;
        }
        return under_heading && words::count_words(place, bare_name_words) <= bare_name_words &&
               std::ranges::none_of(place, is_digit);
    }

    std::string_view line_;
    bool under_heading_;
    bool country_first_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    ListLine result_;
};

}  // namespace

std::optional<ListLine> read_list_line(std::string_view line, bool under_heading) {
    return ListLineReader(line, under_heading).read();
}

std::optional<ListLine> read_register_line(std::string_view lines) {
    auto item = ListLineReader(lines, false, true).read();
    if (!item || item->partners.size() != 1 || item->partners.front().country.empty()) {
        return std::nullopt;
    }
    return item;
}

namespace {

// Where the partners of an inline list part: at semicolons when it has
// them; else after each `(Country)` followed by a comma or `and`; else at
// commas and `and`, a country after a comma staying with the name before
// it (`Tulln, Austria`).
[[nodiscard]] std::vector<LinePiece> inline_parts(std::string_view line, std::size_t begin) {
    std::vector<LinePiece> parts;
    const std::string_view rest = line.substr(begin);
    const auto add = [&](std::size_t from, std::size_t to) {
        const std::size_t b = skip_blanks(line, begin + from);
        const std::size_t e = trim_back(line, b, begin + to);
        if (b < e) {
            parts.push_back({b, e});
        }
    };
    if (rest.find(';') != std::string_view::npos) {
        std::size_t from = 0;
        for (std::size_t at = rest.find(';');; at = rest.find(';', from)) {
            add(from, at == std::string_view::npos ? rest.size() : at);
            if (at == std::string_view::npos) {
                break;
            }
            from = at + 1;
        }
        return parts;
    }
    // Split at commas and `and` outside brackets, but not at the `and` of
    // a country's name: `Bosnia and Herzegovina`.
    const auto names_country_up_to_comma = [&](std::size_t from) {
        const std::size_t comma = rest.find(',', from);
        const std::string_view piece =
            text::trim(rest.substr(from, comma == std::string_view::npos ? comma : comma - from));
        return piece.size() <= longest_country && normalize::find_country_as_written(piece).has_value();
    };
    // `Tulln (Austria), Krems`: the part before names its country already.
    const auto names_country_in_brackets = [&](const LinePiece& piece) {
        const std::string_view text = piece.in(line);
        const normalize::HeaderParts header = normalize::split_header(text);
        return text.ends_with(')') && header.country && normalize::find_country_as_written(header.country->text);
    };
    std::size_t from = 0;
    int depth = 0;
    for (std::size_t i = 0; i <= rest.size(); ++i) {
        if (i < rest.size() && (rest[i] == '(' || rest[i] == ')')) {
            depth += rest[i] == '(' ? 1 : -1;
        }
        const bool comma = depth == 0 && i < rest.size() && rest[i] == ',';
        const bool joint = depth == 0 && rest.substr(i, 5) == " and " && !names_country_up_to_comma(from);
        if (!comma && !joint && i < rest.size()) {
            continue;
        }
        const std::size_t b = skip_blanks(line, begin + from);
        const std::size_t e = trim_back(line, b, begin + i);
        const std::string_view part = line.substr(b, e - b);
        if (!parts.empty() && !part.empty() && normalize::find_country_as_written(part) &&
            !names_country_in_brackets(parts.back())) {
            parts.back().end = e;  // `Tulln, Austria`, `Frankfurt (Oder), Germany`
        } else {
            add(from, i);
        }
        from = i + (joint ? 5 : 1);
        i = from - 1;
    }
    return parts;
}

}  // namespace

std::optional<InlineList> read_inline_list(std::string_view line) {
    if (line.size() > longest_list_line) {
        return std::nullopt;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || !is_list_heading(line.substr(0, colon + 1))) {
        return std::nullopt;
    }
    InlineList list;
    list.heading = {skip_blanks(line, 0), colon + 1};
    const std::vector<LinePiece> parts = inline_parts(line, colon + 1);
    if (parts.empty()) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string_view part = parts[i].in(line);
        auto item = read_list_line(part, true);
        if (!item) {
            return std::nullopt;
        }
        const std::size_t shift = parts[i].begin;
        for (LinePiece& decoration : item->decorations) {
            decoration = {decoration.begin + shift, decoration.end + shift};
        }
        if (!item->country_code.empty()) {
            item->country_code = {item->country_code.begin + shift, item->country_code.end + shift};
        }
        for (ListPartner& partner : item->partners) {
            for (LinePiece* piece : {&partner.place, &partner.country, &partner.region, &partner.date,
                                     &partner.date_field, &partner.count, &partner.agreement, &partner.renewal}) {
                if (!piece->empty()) {
                    *piece = {piece->begin + shift, piece->end + shift};
                }
            }
        }
        // The stretch runs to the next partner, over the separator.
        const std::size_t stretch_end = i + 1 < parts.size() ? trim_back(line, 0, parts[i + 1].begin) : line.size();
        // The first runs from the heading, over anything before its partner
        // (a stray comma), so the whole line is covered.
        const std::size_t stretch_begin = i == 0 ? skip_blanks(line, colon + 1) : parts[i].begin;
        list.stretches.push_back({stretch_begin, trim_back(line, stretch_begin, stretch_end)});
        list.items.push_back(std::move(*item));
    }
    return list;
}

bool is_list_heading(std::string_view line) {
    line = text::trim(line);
    // `Ostrava is twinned with:[45]`
    while (!line.empty() && line.back() == ']') {
        const std::size_t open = reference_before(line, 0, line.size());
        if (open == std::string_view::npos) {
            break;
        }
        line = text::trim(line.substr(0, open));
    }
    const bool colon = line.ends_with(':');
    if (colon) {
        line.remove_suffix(1);
    }
    // Full stops and brackets may stand in the town's name (`St. Pölten`,
    // `Frankfurt (Oder) is twinned with:`), but a sentence ends in one.
    if (line.empty() || line.size() > longest_list_line || !is_letter(line.front()) || line.ends_with('.') ||
        line.find_first_of("0123456789:!?") != std::string_view::npos ||
        words::count_words(line, list_heading_words) > list_heading_words) {
        return false;
    }
    // `Partnership agreement signed:` is a label, its value to come.
    // A heading made of a label's words (`Town twinning`) is still a heading.
    if (const auto label = match_label_as_written(label_key(line));
        label && label->kind != model::Field::extra && !label->by_words) {
        return false;
    }
    bool named = false;
    words::for_each_word(line, [&](std::string_view /*word*/, std::size_t at) {
        named = is_one_of(folded_word(line, at), heading_words);
        return !named;
    });
    return named;
}

bool starts_with_bullet(std::string_view line) {
    const std::string_view rest = text::trim(line);
    return item_mark_length(rest) != 0;
}

}  // namespace twinning::parser
