#include <benchmark/benchmark.h>

#include <ostream>
#include <streambuf>
#include <vector>

#include "listing.hpp"
#include "twinning/emit/record_writer.hpp"
#include "twinning/twinning.hpp"

namespace {

// An ostream that drops what it is given, so only the writer is measured.
class NullBuffer final : public std::streambuf {
protected:
    int_type overflow(int_type c) override { return c; }
    std::streamsize xsputn(const char* /*s*/, std::streamsize n) override { return n; }
};

const std::vector<twinning::model::Record>& records() {
    static const std::vector<twinning::model::Record> all = [] {
        std::vector<twinning::model::Record> kept;
        const auto report =
            twinning::process_listing(twinning_bench::megabyte_listing(), twinning_bench::sources(),
                                      twinning_bench::file, {}, [&](const auto& record) { kept.push_back(record); });
        benchmark::DoNotOptimize(report.records);
        return kept;
    }();
    return all;
}

void write_records(benchmark::State& state, twinning::emit::RecordFormat format) {
    const auto& all = records();
    NullBuffer buffer;
    std::ostream out(&buffer);
    for (auto _ : state) {
        const auto writer = twinning::emit::make_record_writer(format, out, twinning_bench::sources());
        for (const auto& record : all) {
            writer->write(record);
        }
        writer->finish();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * all.size()));
}

void json_lines(benchmark::State& state) { write_records(state, twinning::emit::RecordFormat::jsonl); }
void json(benchmark::State& state) { write_records(state, twinning::emit::RecordFormat::json); }
void csv(benchmark::State& state) { write_records(state, twinning::emit::RecordFormat::csv); }
BENCHMARK(json_lines)->Unit(benchmark::kMillisecond);
BENCHMARK(json)->Unit(benchmark::kMillisecond);
BENCHMARK(csv)->Unit(benchmark::kMillisecond);

}  // namespace
