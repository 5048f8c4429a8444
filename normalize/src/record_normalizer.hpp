#pragma once

// The normalizer of one record, shared by the files that hold its steps:
// record.cpp reads the header, the names and the plain fields;
// record_dates.cpp reads the counts and the dates.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/raw_record.hpp"
#include "twinning/model/record.hpp"
#include "twinning/normalize/date.hpp"
#include "twinning/normalize/inference.hpp"
#include "twinning/normalize/pieces.hpp"
#include "twinning/normalize/record.hpp"

namespace twinning::normalize::detail {

using model::Field;
using model::Located;
using model::Rule;
using model::SourceSpan;

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

// Reads one raw record into a typed one, a step a field.
class RecordNormalizer {
public:
    RecordNormalizer(const model::RawRecord& raw, const Options& options) : raw_(raw), options_(options) {}

    model::Record run();

private:
    void note(Rule rule, const SourceSpan& span, std::string_view text, model::FactDetail detail = {});

    void pick_first_fields();

    // The first field of a kind that has a value to read.
    [[nodiscard]] const model::RawField* field(Field kind) const;

    void read_header();

    void read_name_and_country_fields();

    void resolve_country(std::string_view written, const SourceSpan& span);

    void resolve_region();

    void read_population();

    // Keeps the dates that are on the calendar and notes the others, and
    // the slash dates that read both ways.
    std::optional<Located<model::PartialDate>> checked_date(const DateInValue& date, std::string_view value,
                                                            ValueSpans& spans);

    void read_dates(const model::RawField& field, const AgreementDates& dates);

    void read_agreement();

    // Signed in two places: one date is the signing, different dates leave
    // it unknown. The fact lists each place with its date.
    void read_signing_in_places(const model::RawField& field, const std::vector<DateInPlace>& places);

    void read_renewals();

    // A field kept as its wording, as a register gives it, its spaces
    // cleaned: the first of its kind with a value. An empty first one is
    // reported as empty, and a later one still read.
    void read_text(Field kind, std::optional<Located<std::string>>& into);

    void read_websites();

    // What a web site's host says: a fact for its country-code domain, and
    // the first site's place, kept for a record without a header.
    void read_domain(const Located<std::string>& website);

    void read_cooperation_areas();

    // `Austria: Tulln` heads a record the way `Tulln (Austria)` does: a
    // first field whose unknown label is a country names the place.
    void read_country_heading();

    void read_notes();

    // What the parser stripped from a list line around its partner.
    void read_decorations();

    void read_extra_fields();

    void infer_missing_header();
    void infer_region();
    void infer_coordinates();

    const model::RawRecord& raw_;
    const Options& options_;
    model::Record record_;
    std::array<const model::RawField*, model::field_count> first_{};
    std::optional<Located<std::string>> region_;
    const model::RawField* country_heading_ = nullptr;  // `Austria: Tulln`, read as the header
    std::optional<InferredPlace> first_site_;           // what the first web site's host says
};

}  // namespace twinning::normalize::detail
