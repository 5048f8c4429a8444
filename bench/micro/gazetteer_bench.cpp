#include <benchmark/benchmark.h>

#include <string>

#include "twinning/normalize/gazetteer.hpp"
#include "twinning/text/unicode.hpp"

namespace {

// A place rule's lookup: fold the name, probe the hash table, narrow to the
// country.
void lookup(benchmark::State& state, const std::string& name, const std::string& country) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(twinning::normalize::places_in(twinning::text::fold_key(name), country));
    }
}

void known_place(benchmark::State& state) { lookup(state, "Katowice", "PL"); }
void known_place_with_marks(benchmark::State& state) { lookup(state, "Žilina", "SK"); }
void place_of_many_countries(benchmark::State& state) { lookup(state, "Springfield", "US"); }
void unknown_place(benchmark::State& state) { lookup(state, "Katowitz", "PL"); }

// The probe alone, for a name already folded.
void probe_only(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(twinning::normalize::places_named("katowice"));
    }
}

BENCHMARK(known_place);
BENCHMARK(known_place_with_marks);
BENCHMARK(place_of_many_countries);
BENCHMARK(unknown_place);
BENCHMARK(probe_only);

}  // namespace
