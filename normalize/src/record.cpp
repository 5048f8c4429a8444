#include "twinning/normalize/record.hpp"

#include <algorithm>
#include <array>

#include "twinning/normalize/country.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/normalize/inference.hpp"
#include "twinning/normalize/pieces.hpp"
#include "twinning/normalize/population.hpp"
#include "twinning/normalize/website.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::normalize {

namespace {

using model::Field;
using model::Located;
using model::Rule;
using model::SourceSpan;

// Areas are listed with commas, or semicolons where an area has a comma.
constexpr std::string_view area_separators = ",;";

// Spans of the parts of one value, resolved from the value's own span.
// Parts are asked for in order, so resolving them is one walk.
class ValueSpans {
public:
    ValueSpans(std::string_view value, const SourceSpan& span) : base_(span.begin.offset), cursor_(value, span.begin) {}

    [[nodiscard]] SourceSpan of(const Piece& piece) { return of(piece.offset, piece.text.size()); }
    [[nodiscard]] SourceSpan of(std::size_t offset, std::size_t length) { return cursor_.span(base_ + offset, length); }

private:
    std::size_t base_;
    model::PositionCursor cursor_;
};

class RecordNormalizer {
public:
    RecordNormalizer(const model::RawRecord& raw, const std::string& file, const Options& options)
        : raw_(raw), file_(file), options_(options) {}

    model::Record run() {
        record_.file = file_;
        record_.line = raw_.span.begin.line;
        record_.end_line = raw_.span.end.line;
        pick_first_fields();
        read_header();
        read_name_and_country_fields();
        read_population();
        read_agreement();
        read_renewals();
        read_text(Field::agreement, record_.agreement);
        read_text(Field::mayor, record_.mayor);
        read_websites();
        read_cooperation_areas();
        read_extra_fields();
        read_notes();
        read_decorations();
        infer_missing_header();
        return std::move(record_);
    }

private:
    void note(Rule rule, const SourceSpan& span, std::string_view text, model::FactDetail detail = {}) {
        record_.facts.push_back({rule, span, std::string(text), std::move(detail)});
    }

    void pick_first_fields() {
        for (const model::RawField& field : raw_.fields) {
            const auto kind = static_cast<std::size_t>(field.label.kind);
            if (model::stated(field.label.kind) && first_.at(kind) == nullptr) {
                first_.at(kind) = &field;
            }
        }
    }

    // The first field of a kind that has a value to read.
    [[nodiscard]] const model::RawField* field(Field kind) const {
        const model::RawField* found = first_.at(static_cast<std::size_t>(kind));
        return found != nullptr && !found->value.empty() ? found : nullptr;
    }

    void read_header() {
        if (!raw_.header) {
            read_country_heading();
            return;
        }
        const std::string_view text = raw_.header->text;
        ValueSpans spans(text, raw_.header->span);
        const HeaderParts parts = split_header(text);
        if (!parts.name.text.empty()) {
            record_.name = Located<std::string>{text::collapse_whitespace(parts.name.text), spans.of(parts.name)};
        }
        if (parts.country) {
            resolve_country(parts.country->text, spans.of(*parts.country));
        }
        if (parts.region) {
            region_ = Located<std::string>{text::collapse_whitespace(parts.region->text), spans.of(*parts.region)};
        }
    }

    void read_name_and_country_fields() {
        if (const model::RawField* name = field(Field::name); name != nullptr && !record_.name) {
            record_.name = Located<std::string>{text::collapse_whitespace(name->value), name->value_span};
        }
        if (const model::RawField* country = field(Field::country); country != nullptr && !record_.country) {
            ValueSpans spans(country->value, country->value_span);
            const CountryParts parts = split_country_region(Piece{country->value, 0});
            resolve_country(parts.country.text, spans.of(parts.country));
            if (parts.region && !region_) {
                region_ = Located<std::string>{text::collapse_whitespace(parts.region->text), spans.of(*parts.region)};
            }
        }
        if (const model::RawField* region = field(Field::subdivision); region != nullptr && !region_) {
            region_ = Located<std::string>{text::collapse_whitespace(region->value), region->value_span};
        }
        resolve_region();
    }

    void resolve_country(std::string_view written, const SourceSpan& span) {
        // A sentence may give the country by its adjective: `the Welsh town of Brecon`.
        // An adjective is looked up first, or `Austrian` would be a typo.
        auto country = raw_.layout == model::Layout::sentence ? find_country_by_adjective(written) : std::nullopt;
        if (!country) {
            country = find_country(written);
        }
        if (country) {
            record_.country = Located<std::string>{std::string(country->name), span};
            record_.country_code = std::string(country->alpha2);
            if (country->via_typo) {
                // A misspelled nation of the UK is mended to the nation's name.
                const std::string_view meant =
                    country->subdivision_name.empty() ? country->name : country->subdivision_name;
                note(Rule::country_typo, span, written, model::NameFact{std::string(meant)});
            } else if (country->via_alias) {
                note(Rule::country_alias, span, written, model::NameFact{std::string(country->name)});
            }
            // `Scotland` names a region too; a region the record gives of
            // its own replaces it in resolve_region.
            if (!country->subdivision_code.empty()) {
                record_.subdivision = Located<std::string>{std::string(country->subdivision_name), span};
                record_.subdivision_code = std::string(country->subdivision_code);
            }
            return;
        }
        // Kept as written so nothing is lost; the code stays empty.
        record_.country = Located<std::string>{text::collapse_whitespace(written), span};
        note(Rule::unknown_country, span, written,
             model::NameFact{std::string(closest_country_name(written).value_or(""))});
    }

    void resolve_region() {
        if (!region_) {
            return;
        }
        record_.subdivision = region_;
        record_.subdivision_code.clear();  // the country's own part, if it named one, gives way
        if (record_.country_code.empty()) {
            return;
        }
        if (const auto subdivision = find_subdivision(record_.country_code, region_->value)) {
            record_.subdivision->value = std::string(subdivision->name);
            record_.subdivision_code = std::string(subdivision->code);
            return;
        }
        note(Rule::unknown_subdivision, region_->span, region_->value, model::NameFact{record_.country_code});
    }

    void read_population() {
        const model::RawField* population = field(Field::population);
        if (population == nullptr) {
            return;
        }
        // A table's header may give the unit its counts are in:
        // `Population (thousands)`.
        const auto scale = population->label.reading == model::LabelReading::column
                               ? header_scale(population->label.text)
                               : std::nullopt;
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
    std::optional<Located<model::PartialDate>> checked_date(const DateInValue& date, std::string_view value,
                                                            ValueSpans& spans) {
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

    void read_dates(const model::RawField& field, const AgreementDates& dates) {
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

    void read_agreement() {
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
    void read_signing_in_places(const model::RawField& field, const std::vector<DateInPlace>& places) {
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
        note(Rule::signed_in_two_places, spans.of(begin, length), field.value.substr(begin, length),
             std::move(signings));
    }

    void read_renewals() {
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

    // The wording is kept as the register gives it, its spaces cleaned. An
    // empty first one is reported as empty, and a later one still read.
    // A field kept as its wording, whitespace cleaned: the first of its kind
    // with a value.
    void read_text(Field kind, std::optional<Located<std::string>>& into) {
        const auto found = std::ranges::find_if(raw_.fields, [kind](const model::RawField& field) {
            return field.label.kind == kind && !field.value.empty();
        });
        if (found != raw_.fields.end()) {
            into = Located<std::string>{text::collapse_whitespace(found->value), found->value_span};
        }
    }

    void read_websites() {
        const model::RawField* websites = field(Field::websites);
        if (websites == nullptr) {
            return;
        }
        ValueSpans spans(websites->value, websites->value_span);
        for (const Piece& piece : split_words(websites->value)) {
            if (auto url = normalize_url(piece.text)) {
                record_.websites.push_back({std::move(*url), spans.of(piece)});
            } else {
                note(Rule::invalid_url, spans.of(piece), piece.text);
            }
        }
    }

    void read_cooperation_areas() {
        const model::RawField* areas = field(Field::cooperation_areas);
        if (areas == nullptr) {
            return;
        }
        ValueSpans spans(areas->value, areas->value_span);
        // Counted first, so a megabyte-long list is allocated once, with no
        // list of pieces beside it.
        std::size_t count = 0;
        for_each_trimmed(areas->value, area_separators, [&](const Piece& /*piece*/) { ++count; });
        record_.cooperation_areas.reserve(count);
        for_each_trimmed(areas->value, area_separators, [&](const Piece& piece) {
            record_.cooperation_areas.push_back({text::collapse_whitespace(piece.text), spans.of(piece)});
        });
    }

    // `Austria: Tulln` heads a record the way `Tulln (Austria)` does: a
    // first field whose unknown label is a country names the place.
    void read_country_heading() {
        const model::RawField& first = raw_.fields.front();
        if (first.label.kind != Field::extra || !first.label.canonical.empty() || first.value.empty() ||
            !find_country(first.label.text)) {
            return;
        }
        record_.name = Located<std::string>{text::collapse_whitespace(first.value), first.value_span};
        resolve_country(first.label.text, first.label.span);
        country_heading_ = &first;
    }

    void read_notes() {
        for (const model::RawNote& note : raw_.notes) {
            record_.notes.push_back({text::collapse_whitespace(note.text), note.span});
        }
        const bool without_colon = std::ranges::any_of(raw_.fields, [](const model::RawField& field) {
            return field.label.reading != model::LabelReading::colon;
        });
        record_.layout = raw_.layout;
        if (raw_.layout == model::Layout::fields && (without_colon || !raw_.notes.empty())) {
            record_.layout = model::Layout::lines;
        }
        for (const model::RawField& field : raw_.fields) {
            const auto kind = static_cast<std::size_t>(field.label.kind);
            if (field.label.reading == model::LabelReading::shape && model::stated(field.label.kind) &&
                first_.at(kind) == &field) {
                record_.inferred.push_back(field.label.kind);
            }
        }
    }

    // What the parser stripped from a list line around its partner.
    void read_decorations() {
        for (const model::RawDecoration& decoration : raw_.decorations) {
            note(Rule::decoration_stripped, decoration.span, decoration.text);
        }
    }

    void read_extra_fields() {
        for (const model::RawField& field : raw_.fields) {
            if (&field == country_heading_) {
                continue;
            }
            if (field.label.kind == Field::extra) {
                record_.extra.push_back({text::collapse_whitespace(field.label.text),
                                         text::collapse_whitespace(field.value), field.value_span});
            }
        }
    }

    void infer_missing_header() {
        if (raw_.header || record_.websites.empty()) {
            return;
        }
        const Located<std::string>& website = record_.websites.front();
        const InferredPlace place = infer_from_host(url_host(website.value));
        if (!record_.name && place.name) {
            record_.name = Located<std::string>{*place.name, website.span};
            record_.inferred.push_back(Field::name);
        }
        if (!record_.country && place.country_code) {
            const auto country = country_by_alpha2(*place.country_code);
            record_.country = Located<std::string>{std::string(country->name), website.span};
            record_.country_code = *place.country_code;
            record_.inferred.push_back(Field::country);
        }
    }

    const model::RawRecord& raw_;
    const std::string& file_;
    const Options& options_;
    model::Record record_;
    std::array<const model::RawField*, model::field_count> first_{};
    std::optional<Located<std::string>> region_;
    const model::RawField* country_heading_ = nullptr;  // `Austria: Tulln`, read as the header
};

}  // namespace

model::Record normalize_record(const model::RawRecord& raw, const std::string& file, const Options& options) {
    return RecordNormalizer(raw, file, options).run();
}

}  // namespace twinning::normalize
