#include <benchmark/benchmark.h>

#include <string_view>

#include "twinning/parser/label_table.hpp"

namespace {

// One label as the scanner asks about it: the key, then the table.
void match(benchmark::State& state, std::string_view candidate) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(twinning::parser::match_label(twinning::parser::label_key(candidate)));
    }
}

void exact_label(benchmark::State& state) { match(state, "partnership agreement signed"); }
void misspelled_label(benchmark::State& state) { match(state, "populataion"); }
void not_a_label(benchmark::State& state) { match(state, "commercial industrial"); }
BENCHMARK(exact_label);
BENCHMARK(misspelled_label);
BENCHMARK(not_a_label);

}  // namespace
