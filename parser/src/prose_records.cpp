#include "line_roles.hpp"
#include "list_line.hpp"
#include "partner_sentence.hpp"
#include "record_builder.hpp"
#include "twinning/parser/header_scan.hpp"
#include "twinning/text/spaces.hpp"

// The records of partners that prose names: a record for each partner a
// sentence names, and the prose around the sentences as text.

namespace twinning::parser {

void RecordBuilder::partner_prose(const char* begin, const char* end) {
    const std::size_t at = offset(begin);
    const auto prose = prose_at_ == at ? std::move(prose_) : read_partner_prose(input_, at);
    prose_at_ = std::string_view::npos;
    if (!prose) {
        return;  // unreachable: the rule that just matched asked the same question
    }
    under_heading_ = false;
    const std::string_view text = view(begin, end);
    std::size_t done = 0;
    for (const PartnerSentence& sentence : prose->sentences) {
        add_prose_text(text.substr(done, sentence.sentence.begin - done));
        flush();
        for (const SentencePartner& partner : sentence.partners) {
            model::RawRecord record;
            record.layout = model::Layout::sentence;
            const std::string_view place = partner.place.in(text);
            record.header = model::RawHeader{place, span_of(place)};
            if (!partner.country.empty()) {
                record.fields.push_back(shape_field(partner.country.in(text), model::Field::country));
            }
            if (!sentence.date.empty()) {
                record.fields.push_back(shape_field(sentence.date.in(text), model::Field::signed_on));
            }
            const std::string_view whole = sentence.sentence.in(text);
            record.notes.push_back({whole, span_of(whole)});
            record.span = span_of(whole);
            hand_over(record);
        }
        done = sentence.sentence.end;
    }
    add_prose_text(text.substr(done));
    previous_end_ = offset(end);
}

std::size_t RecordBuilder::partner_prose_length(std::size_t at) {
    prose_ = read_partner_prose(input_, at, [this](std::size_t line) { return starts_other_than_prose(line); });
    prose_at_ = at;
    return prose_ ? prose_->length : 0;
}

bool RecordBuilder::starts_other_than_prose(std::size_t line) {
    std::size_t at = line;
    while (at < input_.size() && text::space_length(input_, at) != 0) {
        at += text::space_length(input_, at);
    }
    const auto text = line_within(input_, at, longest_list_line);
    return scanner_.label_at(at, true).has_value() || header_text_length(input_, at, scanner_, false) != 0 ||
           dash_label_at(input_, at) || own_line_label_at(input_, at) || (text && is_list_heading(*text));
}

void RecordBuilder::add_prose_text(std::string_view text) {
    while (!text.empty()) {
        const std::size_t line_end = text.find('\n');
        const std::string_view line = text.substr(0, line_end);
        if (!text::trim(line).empty()) {
            flush();
            sink_.unrecognized(text::trim(line), span_of(text::trim(line)));
        }
        text = line_end == std::string_view::npos ? std::string_view() : text.substr(line_end + 1);
    }
}

}  // namespace twinning::parser
