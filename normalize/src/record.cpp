#include "twinning/normalize/record.hpp"

#include <algorithm>
#include <cmath>

#include "record_normalizer.hpp"
#include "twinning/normalize/country.hpp"
#include "twinning/normalize/gazetteer.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/normalize/inference.hpp"
#include "twinning/normalize/website.hpp"
#include "twinning/text/spaces.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::normalize {

namespace detail {

namespace {

// Areas are listed with commas, or semicolons where an area has a comma.
constexpr std::string_view area_separators = ",;";

}  // namespace

model::Record RecordNormalizer::run() {
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
    infer_region();
    infer_coordinates();
    return std::move(record_);
}

void RecordNormalizer::note(Rule rule, const SourceSpan& span, std::string_view text, model::FactDetail detail) {
    record_.facts.push_back({rule, span, std::string(text), std::move(detail)});
}

void RecordNormalizer::pick_first_fields() {
    for (const model::RawField& field : raw_.fields) {
        const auto kind = static_cast<std::size_t>(field.label.kind);
        if (model::stated(field.label.kind) && first_.at(kind) == nullptr) {
            first_.at(kind) = &field;
        }
    }
}

// The first field of a kind that has a value to read.
const model::RawField* RecordNormalizer::field(Field kind) const {
    const model::RawField* found = first_.at(static_cast<std::size_t>(kind));
    return found != nullptr && !found->value.empty() ? found : nullptr;
}

void RecordNormalizer::read_header() {
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

void RecordNormalizer::read_name_and_country_fields() {
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

void RecordNormalizer::resolve_country(std::string_view written, const SourceSpan& span) {
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

void RecordNormalizer::resolve_region() {
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

// A field kept as its wording, as a register gives it, its spaces
// cleaned: the first of its kind with a value. An empty first one is
// reported as empty, and a later one still read.
void RecordNormalizer::read_text(Field kind, std::optional<Located<std::string>>& into) {
    const auto found = std::ranges::find_if(
        raw_.fields, [kind](const model::RawField& field) { return field.label.kind == kind && !field.value.empty(); });
    if (found != raw_.fields.end()) {
        into = Located<std::string>{text::collapse_whitespace(found->value), found->value_span};
    }
}

void RecordNormalizer::read_websites() {
    const model::RawField* websites = field(Field::websites);
    if (websites == nullptr) {
        return;
    }
    ValueSpans spans(websites->value, websites->value_span);
    for (const Piece& piece : split_words(websites->value)) {
        if (auto url = normalize_url(piece.text)) {
            record_.websites.push_back({std::move(*url), spans.of(piece)});
            read_domain(record_.websites.back());
        } else {
            note(Rule::invalid_url, spans.of(piece), piece.text);
        }
    }
}

void RecordNormalizer::read_domain(const Located<std::string>& website) {
    InferredPlace place = infer_from_host(url_host(website.value));
    if (place.country_code) {
        note(Rule::website_country_mismatch, website.span, website.value, model::DomainFact{*place.country_code});
    }
    if (!first_site_) {
        first_site_ = std::move(place);
    }
}

void RecordNormalizer::read_cooperation_areas() {
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
void RecordNormalizer::read_country_heading() {
    const model::RawField& first = raw_.fields.front();
    if (first.label.kind != Field::extra || !first.label.canonical.empty() || first.value.empty() ||
        !find_country(first.label.text)) {
        return;
    }
    record_.name = Located<std::string>{text::collapse_whitespace(first.value), first.value_span};
    resolve_country(first.label.text, first.label.span);
    country_heading_ = &first;
}

void RecordNormalizer::read_notes() {
    for (const model::RawNote& note : raw_.notes) {
        record_.notes.push_back({text::collapse_whitespace(note.text), note.span});
    }
    const bool without_colon = std::ranges::any_of(
        raw_.fields, [](const model::RawField& field) { return field.label.reading != model::LabelReading::colon; });
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
void RecordNormalizer::read_decorations() {
    for (const model::RawDecoration& decoration : raw_.decorations) {
        note(Rule::decoration_stripped, decoration.span, decoration.text);
    }
}

void RecordNormalizer::read_extra_fields() {
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

void RecordNormalizer::infer_missing_header() {
    if (raw_.header || !first_site_) {
        return;
    }
    const Located<std::string>& website = record_.websites.front();
    const InferredPlace& place = *first_site_;
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

// Only where asked, and only for a city the gazetteer holds once in its
// country: of two Springfields, neither says which region is meant. The
// region's span is the name's, which it is read from.
void RecordNormalizer::infer_region() {
    if (!options_.infer_regions || record_.subdivision || !record_.name || record_.country_code.empty()) {
        return;
    }
    const auto places = places_in(text::fold_key(record_.name->value), record_.country_code);
    if (places.size() != 1 || places.front().region.empty()) {
        return;
    }
    record_.subdivision = Located<std::string>{std::string(places.front().region), record_.name->span};
    record_.subdivision_code = std::string(places.front().region_code);
    record_.inferred.push_back(Field::subdivision);
}

// Rounded to four decimals, about eleven metres, which is all a city's
// point means, and what the outputs write.
void RecordNormalizer::infer_coordinates() {
    if (!options_.with_coordinates || !record_.name || record_.country_code.empty()) {
        return;
    }
    const auto places = places_in(text::fold_key(record_.name->value), record_.country_code);
    if (places.size() != 1) {
        return;
    }
    constexpr double ten_thousandths = 1e4;
    const auto rounded = [&](float degrees) { return std::round(degrees * ten_thousandths) / ten_thousandths; };
    record_.latitude = rounded(places.front().latitude);
    record_.longitude = rounded(places.front().longitude);
    record_.inferred.push_back(Field::latitude);
    record_.inferred.push_back(Field::longitude);
}

}  // namespace detail

model::Record normalize_record(const model::RawRecord& raw, const Options& options) {
    return detail::RecordNormalizer(raw, options).run();
}

}  // namespace twinning::normalize
