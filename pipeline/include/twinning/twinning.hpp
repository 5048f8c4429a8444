#pragma once

// twinning as a library: parse a listing, get typed records and every
// diagnostic. The stages can also be used one by one; see their headers.

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/diagnostic.hpp"
#include "twinning/model/record.hpp"
#include "twinning/normalize/date.hpp"
#include "twinning/validators/validate.hpp"

namespace twinning {

struct Options {
    // How to read slash dates; when unset, the file's own dates decide.
    std::optional<normalize::DateOrder> date_order;
    // Whether a record's missing region is taken from the gazetteer.
    bool infer_regions = false;
    // Whether records get the gazetteer's coordinates of their city.
    bool with_coordinates = false;
    validators::CheckOptions checks;
    // Severities set by the user, per rule; unset keeps the default.
    std::array<std::optional<model::Severity>, validators::rule_count> severity{};
    // At most this many findings of one rule are kept per file; the rest
    // are counted in one too-many-findings finding. 0 keeps them all.
    std::size_t max_per_rule = 0;
    // Findings the caller already knows, such as a baseline's. Each finding
    // is asked about, with its fingerprint, before max_per_rule counts it: a
    // known one is counted in ListingReport::known and not shown, so the
    // limit never hides a finding from this question. Called in input order
    // on the thread that calls Checker::process.
    std::function<bool(const model::Diagnostic&)> known;
    // Threads that parse, normalize and check records on their own. A
    // listing larger than `part_bytes` is cut into parts at blank lines,
    // which one job takes in turn and more jobs at once; records are still
    // checked against each other, and handed on, in input order, so the
    // outcome is the same for any count.
    std::size_t jobs = 1;
    std::size_t part_bytes = std::size_t{1} << 18U;

    // The limit a check keeps to within one record: none when findings are
    // matched against known ones, which must see every finding.
    [[nodiscard]] std::size_t record_limit() const { return known ? 0 : max_per_rule; }
};

struct ListingReport {
    std::size_t records = 0;
    // In input order.
    std::vector<model::Diagnostic> diagnostics;
    // Findings past max_per_rule, by severity (info, warning, error): not in
    // `diagnostics`, but they count.
    std::array<std::size_t, 3> hidden{};
    // Findings Options::known knew: not in `diagnostics`, and not counted.
    std::size_t known = 0;
};

using RecordHandler = std::function<void(const model::Record&)>;

// Turns a record into the text it is written as. With several jobs it runs
// on the threads that check records, at the same time on each.
using RecordRenderer = std::function<void(const model::Record&, std::string& out)>;
// Receives each record in input order with the text the renderer made.
using RenderedRecordHandler = std::function<void(const model::Record&, std::string_view rendered)>;

// Runs listings through every stage. One Checker serves all the files of a
// run, so duplicates are found across files and the spelling cache is
// shared. Records and diagnostics name their file by its id in `sources`,
// which must outlive the Checker and hold every file it is given.
class Checker {
public:
    Checker(Options options, const model::Sources& sources);
    Checker(const Checker&) = delete;
    Checker& operator=(const Checker&) = delete;
    Checker(Checker&&) noexcept;
    Checker& operator=(Checker&&) noexcept;
    ~Checker();

    // Parses, normalizes and validates one listing. Each record goes to
    // `on_record` in input order, so the caller can stream it: with one job
    // as soon as it is complete, with more once its part is done.
    [[nodiscard]] ListingReport process(std::string_view input, model::FileId file, const RecordHandler& on_record);

    // The same, with each record rendered before it is handed on: on the
    // threads that check records, so writing the output is parallel too.
    [[nodiscard]] ListingReport process(std::string_view input, model::FileId file, const RecordRenderer& render,
                                        const RenderedRecordHandler& on_record);

private:
    struct State;
    std::unique_ptr<State> state_;
};

// One listing with a Checker of its own.
[[nodiscard]] ListingReport process_listing(std::string_view input, const model::Sources& sources, model::FileId file,
                                            const Options& options, const RecordHandler& on_record);

}  // namespace twinning
