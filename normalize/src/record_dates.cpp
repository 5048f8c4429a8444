#include <algorithm>

#include "record_normalizer.hpp"
#include "twinning/normalize/population.hpp"
#include "twinning/text/spaces.hpp"

// The record's count and dates: the population with its year, the signing,
// the places it was signed in, and the renewals.

namespace twinning::normalize::detail {

void RecordNormalizer::read_population() {
    const model::RawField* population = field(Field::population);
    if (population == nullptr) {
        return;
    }
    // A table's header may give the unit its counts are in:
    // `Population (thousands)`.
    const auto scale =
        population->label.reading == model::LabelReading::column ? header_scale(population->label.text) : std::nullopt;
    const auto count =
        scale ? parse_population_in_unit(population->value, *scale) : parse_population(population->value);
    if (!count) {
        note(Rule::invalid_population, population->value_span, population->value);
        return;
    }
    record_.population = Located<std::uint64_t>{count->count, population->value_span};
    record_.population_year = count->year;
    // A count in words, rounded or scaled by its header is read, but
    // the reader should see the number it became.
    if (count->word_unit || count->approximate) {
        note(Rule::population_in_words, population->value_span, population->value, model::CountFact{count->count});
    }
    if (count->header_unit) {
        note(Rule::count_scaled, population->value_span, population->value, model::CountFact{count->count});
    }
}

// Keeps the dates that are on the calendar and notes the others, and
// the slash dates that read both ways.
std::optional<Located<model::PartialDate>> RecordNormalizer::checked_date(const DateInValue& date,
                                                                          std::string_view value, ValueSpans& spans) {
    const SourceSpan span = spans.of(date.offset, date.length);
    const std::string_view text = value.substr(date.offset, date.length);
    if (!date.on_calendar) {
        note(Rule::invalid_date, span, text, model::DateProblem::off_calendar);
        return std::nullopt;
    }
    if (date.ambiguous) {
        const bool settled = options_.slash_dates.settled_by != OrderSource::default_order;
        note(Rule::ambiguous_date, span, text, model::SlashDateFact{date.date, settled});
    }
    return Located<model::PartialDate>{date.date, span};
}

void RecordNormalizer::read_dates(const model::RawField& field, const AgreementDates& dates) {
    ValueSpans spans(field.value, field.value_span);
    if (dates.signed_on) {
        record_.signed_on = checked_date(*dates.signed_on, field.value, spans);
    }
    for (const DateInValue& renewal : dates.renewed) {
        if (auto date = checked_date(renewal, field.value, spans)) {
            record_.renewed.push_back(*date);
        }
    }
    if (dates.unread_offset) {
        const std::size_t at = *dates.unread_offset;
        note(Rule::invalid_date, spans.of(at, field.value.size() - at), field.value.substr(at),
             dates.unread_is_date ? model::DateProblem::without_renewed : model::DateProblem::unreadable);
    }
}

void RecordNormalizer::read_agreement() {
    const model::RawField* agreement = field(Field::signed_on);
    if (agreement == nullptr) {
        return;
    }
    const DateOrder order = options_.slash_dates.order;
    if (const auto places = read_dates_in_places(agreement->value, order); !places.empty()) {
        read_signing_in_places(*agreement, places);
        return;
    }
    read_dates(*agreement, read_agreement_dates(agreement->value, order));
}

// Signed in two places: one date is the signing, different dates leave
// it unknown. The fact lists each place with its date.
void RecordNormalizer::read_signing_in_places(const model::RawField& field, const std::vector<DateInPlace>& places) {
    ValueSpans spans(field.value, field.value_span);
    const model::PartialDate& first = places.front().date.date;
    if (std::ranges::all_of(places, [&first](const DateInPlace& place) { return place.date.date == first; })) {
        record_.signed_on = checked_date(places.front().date, field.value, spans);
        return;
    }
    std::vector<model::Signing> signings;
    signings.reserve(places.size());
    for (const DateInPlace& place : places) {
        signings.push_back({text::collapse_whitespace(field.value.substr(place.date.offset, place.date.length)),
                            text::collapse_whitespace(place.place.text)});
    }
    const std::size_t begin = places.front().offset;
    const DateInValue& last = places.back().date;
    const std::size_t length = last.offset + last.length - begin;
    note(Rule::signed_in_two_places, spans.of(begin, length), field.value.substr(begin, length), std::move(signings));
}

void RecordNormalizer::read_renewals() {
    const model::RawField* renewed = field(Field::renewed);
    if (renewed == nullptr) {
        return;
    }
    // A line read by its shape is a phrase (`Renewed in 2002`); a value
    // under a label is the dates alone.
    const DateOrder order = options_.slash_dates.order;
    read_dates(*renewed, renewed->label.reading == model::LabelReading::shape
                             ? read_renewal_phrase(renewed->value, order)
                             : read_date_list(renewed->value, order));
}

}  // namespace twinning::normalize::detail
