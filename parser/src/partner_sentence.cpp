#include "partner_sentence.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "twinning/normalize/country.hpp"
#include "twinning/normalize/date.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

namespace twinning::parser {

namespace {

// The words that tell of a partnership; a sentence needs one.
constexpr std::array<std::string_view, 16> partnership_words = {
    "agreement", "partnership", "partnerships", "partner", "partners",   "twinned", "twin",     "twinning",
    "sister",    "cooperation", "co-operation", "signed",  "friendship", "since",   "jumelage", "twinnings",
};

// What a place is called between its adjective and its name: `the
// Austrian town of Tulln`.
constexpr std::array<std::string_view, 13> place_nouns = {
    "town",   "city",   "municipality", "village", "commune",   "borough",  "district",
    "region", "county", "capital",      "port",    "community", "province",
};

// Small words inside a name: `Frankfurt am Main`, `Stratford-upon-Avon`.
constexpr std::array<std::string_view, 16> name_connectors = {
    "am", "an", "der", "den", "im", "upon", "on", "sur", "de", "del", "la", "le", "di", "nad", "pod", "na",
};

// Capitalised words that start a sentence rather than a name.
constexpr std::array<std::string_view, 22> sentence_starters = {
    "the", "a",    "an",   "with", "in", "since", "our", "its",  "this",    "that",  "their",
    "and", "both", "also", "from", "on", "by",    "for", "then", "between", "today", "we",
};

// The most words of a name in prose, and of a country after a comma or `in`.
constexpr std::size_t name_words = 4;
constexpr std::size_t country_words = 3;
// The longest bracket group read as a country, with its region.
constexpr std::size_t longest_group = 64;

struct Word {
    std::size_t begin = 0;  // the word as written, punctuation and all
    std::size_t end = 0;
    std::size_t core_begin = 0;  // without brackets, quotes and punctuation around it
    std::size_t core_end = 0;
};

[[nodiscard]] bool is_one_of(std::string_view folded, auto table) {
    return std::ranges::find(table, folded) != table.end();
}

[[nodiscard]] std::string folded(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (const char c : word) {
        out.push_back(text::ascii_lower(c));
    }
    return out;
}

[[nodiscard]] bool is_wrapping(char c) {
    return c == '(' || c == ')' || c == '"' || c == '\'' || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' ||
           c == '?';
}

[[nodiscard]] bool is_blank(std::string_view text, std::size_t i) {
    return text::space_length(text, i) != 0 || text::is_line_break(text[i]);
}

// The words of a sentence, which may run over line breaks.
[[nodiscard]] std::vector<Word> words_of(std::string_view sentence) {
    std::vector<Word> found;
    for (std::size_t i = 0; i < sentence.size();) {
        if (is_blank(sentence, i)) {
            i += std::max<std::size_t>(text::space_length(sentence, i), 1);
            continue;
        }
        const std::size_t at = i;
        while (i < sentence.size() && !is_blank(sentence, i)) {
            ++i;
        }
        Word w{at, i, at, i};
        while (w.core_begin < w.core_end && is_wrapping(sentence[w.core_begin])) {
            ++w.core_begin;
        }
        while (w.core_end > w.core_begin && is_wrapping(sentence[w.core_end - 1])) {
            --w.core_end;
        }
        found.push_back(w);
    }
    return found;
}

class SentenceReader {
public:
    explicit SentenceReader(std::string_view sentence) : sentence_(sentence), words_(words_of(sentence)) {}

    std::optional<PartnerSentence> read() {
        if (sentence_.size() > longest_sentence || !names_partnership()) {
            return std::nullopt;
        }
        PartnerSentence result;
        result.sentence = {0, sentence_.size()};
        for (std::size_t i = 0; i < words_.size(); ++i) {
            place_in_brackets(i, result);
            place_before_comma_country(i, result);
            place_in_country(i, result);
            place_after_adjective(i, result);
        }
        if (result.partners.empty()) {
            return std::nullopt;
        }
        std::ranges::sort(result.partners, {}, [](const SentencePartner& p) { return p.place.begin; });
        result.date = first_date();
        return result;
    }

private:
    [[nodiscard]] std::string_view core(std::size_t i) const {
        return sentence_.substr(words_[i].core_begin, words_[i].core_end - words_[i].core_begin);
    }

    [[nodiscard]] bool names_partnership() const {
        return std::ranges::any_of(words_, [&](const Word& word) {
            return is_one_of(folded(sentence_.substr(word.core_begin, word.core_end - word.core_begin)),
                             partnership_words);
        });
    }

    [[nodiscard]] bool is_name_word(std::size_t i) const { return words::starts_as_name(core(i)); }

    [[nodiscard]] bool is_connector(std::size_t i) const { return is_one_of(core(i), name_connectors); }

    // A word with nothing around it but a name can hold: none, or the full
    // stop of an abbreviation such as `St.` (a capital and at most one
    // small letter).
    [[nodiscard]] bool is_clean(std::size_t i) const {
        const Word& word = words_[i];
        if (word.core_end == word.end) {
            return true;
        }
        const std::size_t length = word.core_end - word.core_begin;
        return word.end - word.core_end == 1 && sentence_[word.core_end] == '.' && length >= 1 && length <= 2 &&
               words::is_upper(sentence_[word.core_begin]) &&
               (length == 1 || !words::is_upper(sentence_[word.core_begin + 1]));
    }

    // The first word of the name that ends with word `last`: capitalised
    // words and the small words between them, no punctuation inside.
    [[nodiscard]] std::optional<std::size_t> name_ending_at(std::size_t last) const {
        if (!is_name_word(last) || words_[last].core_begin != words_[last].begin) {
            return std::nullopt;
        }
        std::size_t first = last;
        while (first > 0 && last - first + 1 < name_words) {
            const std::size_t before = first - 1;
            if (!is_clean(before) || (!is_name_word(before) && !is_connector(before))) {
                break;
            }
            first = before;
        }
        while (first < last && (is_connector(first) || is_one_of(folded(core(first)), sentence_starters))) {
            ++first;
        }
        if (is_one_of(folded(core(first)), sentence_starters)) {
            return std::nullopt;
        }
        return first;
    }

    // The last word of the name that starts with word `first`.
    [[nodiscard]] std::optional<std::size_t> name_starting_at(std::size_t first) const {
        if (first >= words_.size() || !is_name_word(first)) {
            return std::nullopt;
        }
        std::size_t last = first;
        while (last + 1 < words_.size() && last - first + 1 < name_words && is_clean(last) &&
               (is_name_word(last + 1) ||
                (is_connector(last + 1) && last + 2 < words_.size() && is_name_word(last + 2)))) {
            ++last;
        }
        return last;
    }

    // The words from `first` on that name a country, ending a clause; the
    // index of the last.
    [[nodiscard]] std::optional<std::size_t> country_from(std::size_t first) const {
        for (std::size_t count = std::min(country_words, words_.size() - first); count > 0; --count) {
            const std::size_t last = first + count - 1;
            const std::string_view text =
                sentence_.substr(words_[first].core_begin, words_[last].core_end - words_[first].core_begin);
            if (words_[first].core_begin == words_[first].begin && words::starts_as_name(text) &&
                normalize::find_country_as_written(text)) {
                return last;
            }
        }
        return std::nullopt;
    }

    // A place that overlaps one found before is the same partner; the
    // longer reading wins (`Atlanta, Georgia, USA` over `Atlanta, Georgia`).
    void add(PartnerSentence& result, LinePiece place, LinePiece country) {
        const auto known = std::ranges::find_if(result.partners, [&](const SentencePartner& p) {
            return p.place.begin < place.end && place.begin < p.place.end;
        });
        if (known == result.partners.end()) {
            result.partners.push_back({place, country});
        } else if (place.begin <= known->place.begin && known->place.end <= place.end) {
            *known = {place, country};
        }
    }

    // `Tulln (Austria)` or `Tulln (Lower Austria, Austria)`.
    void place_in_brackets(std::size_t i, PartnerSentence& result) {
        const Word& word = words_[i];
        if (i == 0 || sentence_[word.begin] != '(') {
            return;
        }
        const std::size_t close = sentence_.find(')', word.begin);
        if (close == std::string_view::npos || close - word.begin > longest_group) {
            return;
        }
        const std::string_view group = sentence_.substr(word.begin + 1, close - word.begin - 1);
        const normalize::CountryParts parts = normalize::split_country_region({group, 0});
        if (!normalize::find_country_as_written(parts.country.text)) {
            return;
        }
        if (const auto first = name_ending_at(i - 1)) {
            add(result, {words_[*first].core_begin, close + 1}, {});
        }
    }

    // `Tulln, Austria` or `Salem, Oregon, USA`.
    void place_before_comma_country(std::size_t i, PartnerSentence& result) {
        const Word& word = words_[i];
        if (word.end == word.begin || sentence_[word.end - 1] != ',' || word.core_end + 1 != word.end ||
            i + 1 >= words_.size()) {
            return;
        }
        // `Haarlem, the Netherlands`
        const std::size_t from = core(i + 1) == "the" && i + 2 < words_.size() ? i + 2 : i + 1;
        const auto country = country_from(from);
        if (!country || !is_name_word(i)) {
            return;
        }
        // The name ends at this word; a region may stand between it and the
        // country, after a comma of its own.
        auto first = name_ending_at(i);
        if (first && *first > 0) {
            const std::size_t before = *first - 1;
            if (sentence_[words_[before].end - 1] == ',' && words_[before].core_end + 1 == words_[before].end) {
                if (const auto region_first = name_ending_at(before)) {
                    first = region_first;
                }
            }
        }
        if (first) {
            add(result, {words_[*first].core_begin, words_[*country].core_end}, {});
        }
    }

    // `Tulln in Austria`.
    void place_in_country(std::size_t i, PartnerSentence& result) {
        if (i == 0 || i + 1 >= words_.size() || core(i) != "in" || words_[i].core_end != words_[i].end) {
            return;
        }
        // `in the United States`
        const std::size_t from = core(i + 1) == "the" && i + 2 < words_.size() ? i + 2 : i + 1;
        const auto country = country_from(from);
        if (!country) {
            return;
        }
        if (const auto first = name_ending_at(i - 1); first && words_[i - 1].core_end == words_[i - 1].end) {
            add(result, {words_[*first].core_begin, words_[i - 1].core_end},
                {words_[from].core_begin, words_[*country].core_end});
        }
    }

    // `the Austrian town of Tulln`, `the Welsh town Brecon`.
    void place_after_adjective(std::size_t i, PartnerSentence& result) {
        const Word& word = words_[i];
        if (!words::starts_as_name(core(i))) {
            return;
        }
        const auto adjective = normalize::adjective_at(sentence_.substr(word.core_begin));
        if (!adjective) {
            return;
        }
        const std::size_t adjective_end = word.core_begin + adjective->length;
        std::size_t next = i;
        while (next < words_.size() && words_[next].begin < adjective_end) {
            ++next;
        }
        if (next >= words_.size() || !is_one_of(folded(core(next)), place_nouns)) {
            return;
        }
        ++next;
        if (next < words_.size() && core(next) == "of") {
            ++next;
        }
        const auto last = name_starting_at(next);
        if (!last) {
            return;
        }
        add(result, {words_[next].core_begin, words_[*last].core_end}, {word.core_begin, adjective_end});
    }

    // The first date the sentence holds: `12 May 1982`, `May 1982`, `1982`.
    [[nodiscard]] LinePiece first_date() const {
        for (const Word& word : words_) {
            const std::string_view rest = sentence_.substr(word.core_begin);
            if (rest.empty() || (!words::is_digit(rest.front()) && !words::is_upper(rest.front()))) {
                continue;
            }
            const auto date = normalize::read_date(rest, normalize::DateOrder::dmy);
            if (date && date->date.year >= 1000) {
                std::size_t end = word.core_begin + date->length;
                while (end > word.core_begin && is_wrapping(sentence_[end - 1])) {
                    --end;
                }
                return {word.core_begin, end};
            }
        }
        return {};
    }

    std::string_view sentence_;
    std::vector<Word> words_;
};

}  // namespace

bool tells_of_partnership(std::string_view word) { return is_one_of(folded(word), partnership_words); }

std::optional<PartnerSentence> read_partner_sentence(std::string_view sentence) {
    return SentenceReader(sentence).read();
}

}  // namespace twinning::parser
