// Full-parse throughput (docs/s, bytes/s) with the default engine, and engine load time.
#include <benchmark/benchmark.h>

#include "bench_corpus.hpp"
#include "sitrep/engine.hpp"

namespace {

using sitrep::bench::corpus;

void parse_corpus(benchmark::State& state, const corpus& c) {
  if (!c.missing_reason.empty()) {
    state.SkipWithError(c.missing_reason.c_str());
    return;
  }
  static const auto eng = sitrep::engine::load_default();
  if (!eng) {
    state.SkipWithError(eng.err().message.c_str());
    return;
  }
  sitrep::parse_options opt;
  opt.reference_date = sitrep::civil_date{2024, 1, 29};
  std::size_t records = 0;
  for (auto _ : state) {
    for (const auto& a : c.articles) {
      auto doc = eng.value().parse(a, opt);
      if (doc) records += doc.value().actors.size() + doc.value().locations.size() + doc.value().dates.size();
    }
    benchmark::DoNotOptimize(records);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.articles.size()),
                                                benchmark::Counter::kIsRate);
}

void load_engine(benchmark::State& state) {
  for (auto _ : state) {
    auto eng = sitrep::engine::load_default();
    benchmark::DoNotOptimize(eng.ok());
  }
}

BENCHMARK_CAPTURE(parse_corpus, corpus, sitrep::bench::news_corpus())->Name("BM_Parse_Corpus")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse_corpus, sample, sitrep::bench::sample_corpus())->Name("BM_Parse_Sample")->Unit(benchmark::kMillisecond);
BENCHMARK(load_engine)->Name("BM_EngineLoad_Default")->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
