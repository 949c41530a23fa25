// Tokenizer throughput (bytes/s, docs/s) against ICU's word BreakIterator on the
// same text in the same binary, so the ratio survives a noisy machine.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "sitrep/tokenizer.hpp"

#if SITREP_HAVE_ICU
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#endif

namespace {

using sitrep::bench::corpus;

void report_sizes(benchmark::State& state, const corpus& c) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.articles.size()));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.articles.size()),
                                                benchmark::Counter::kIsRate);
}

void tokenize_corpus(benchmark::State& state, const corpus& c, sitrep::tokenizer_kernel kernel) {
  if (!c.missing_reason.empty()) {
    state.SkipWithError(c.missing_reason.c_str());
    return;
  }
  std::vector<sitrep::token> tokens;
  tokens.reserve(1 << 16);
  std::size_t count = 0;
  for (auto _ : state) {
    for (const auto& a : c.articles) {
      tokens.clear();
      sitrep::tokenize(a, tokens, kernel);
      count += tokens.size();
    }
    benchmark::DoNotOptimize(count);
  }
  report_sizes(state, c);
  state.counters["tokens/doc"] = static_cast<double>(count) / static_cast<double>(state.iterations() * c.articles.size());
}

void tokenize_and_split(benchmark::State& state, const corpus& c) {
  if (!c.missing_reason.empty()) {
    state.SkipWithError(c.missing_reason.c_str());
    return;
  }
  std::vector<sitrep::token> tokens;
  std::vector<sitrep::sentence> sentences;
  for (auto _ : state) {
    for (const auto& a : c.articles) {
      tokens.clear();
      sentences.clear();
      sitrep::tokenize(a, tokens);
      sitrep::split_sentences(a, tokens, sentences);
    }
    benchmark::DoNotOptimize(sentences.data());
  }
  report_sizes(state, c);
}

#if SITREP_HAVE_ICU
// ICU's word iterator for a benchmark on corpus `c`; null (the benchmark marked
// skipped, with the reason) when the corpus is missing or ICU has no iterator.
std::unique_ptr<icu::BreakIterator> icu_word_iterator(benchmark::State& state, const corpus& c) {
  if (!c.missing_reason.empty()) {
    state.SkipWithError(c.missing_reason.c_str());
    return nullptr;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getUS(), status));
  if (!U_FAILURE(status)) return it;
  state.SkipWithError("ICU word break iterator unavailable");
  return nullptr;
}

// ICU's word segmentation of one article over UTF-8 (no conversion to UTF-16),
// keeping the spans of non-space segments: the same work the tokenizer does.
void icu_spans(icu::BreakIterator& it, const std::string& a, std::vector<std::pair<int32_t, int32_t>>& spans) {
  UErrorCode status = U_ZERO_ERROR;
  spans.clear();
  UText* ut = utext_openUTF8(nullptr, a.data(), static_cast<int64_t>(a.size()), &status);
  it.setText(ut, status);
  int32_t prev = it.first();
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; prev = b, b = it.next()) {
    const unsigned char c0 = static_cast<unsigned char>(a[static_cast<std::size_t>(prev)]);
    if (c0 != ' ' && c0 != '\n' && c0 != '\t' && c0 != '\r') spans.emplace_back(prev, b);
  }
  utext_close(ut);
}

void icu_word_break(benchmark::State& state, const corpus& c) {
  const auto it = icu_word_iterator(state, c);
  if (!it) return;
  std::vector<std::pair<int32_t, int32_t>> spans;
  for (auto _ : state) {
    for (const auto& a : c.articles) icu_spans(*it, a, spans);
    benchmark::DoNotOptimize(spans.data());
  }
  report_sizes(state, c);
}

// The tokenizer and ICU taking turns on the same batches of articles, each batch
// timed for both: a neighbour that slows the machine for a while slows both, so
// the ratio (x_icu) holds steadier than one of two separate benchmarks.
void tokenize_paired_with_icu(benchmark::State& state, const corpus& c) {
  const auto it = icu_word_iterator(state, c);
  if (!it) return;
  using clock = std::chrono::steady_clock;
  constexpr std::size_t kBatch = 256;  // about 220 KB: long enough to time, short next to the machine's swings
  std::vector<sitrep::token> tokens;
  std::vector<std::pair<int32_t, int32_t>> spans;
  clock::duration ours{}, icu{};
  for (auto _ : state) {
    for (std::size_t from = 0; from < c.articles.size(); from += kBatch) {
      const std::size_t to = std::min(c.articles.size(), from + kBatch);
      const auto t0 = clock::now();
      for (std::size_t i = from; i < to; ++i) {
        tokens.clear();
        sitrep::tokenize(c.articles[i], tokens);
      }
      const auto t1 = clock::now();
      for (std::size_t i = from; i < to; ++i) icu_spans(*it, c.articles[i], spans);
      const auto t2 = clock::now();
      ours += t1 - t0;
      icu += t2 - t1;
      benchmark::DoNotOptimize(tokens.data());
      benchmark::DoNotOptimize(spans.data());
    }
  }
  const double bytes = static_cast<double>(state.iterations()) * static_cast<double>(c.bytes);
  const double ours_s = std::chrono::duration<double>(ours).count(), icu_s = std::chrono::duration<double>(icu).count();
  state.counters["sitrep_MB/s"] = ours_s > 0 ? bytes / ours_s / 1e6 : 0;
  state.counters["icu_MB/s"] = icu_s > 0 ? bytes / icu_s / 1e6 : 0;
  state.counters["x_icu"] = ours_s > 0 ? icu_s / ours_s : 0;
}
#endif

const corpus& news() { return sitrep::bench::news_corpus(); }
const corpus& sample() { return sitrep::bench::sample_corpus(); }

BENCHMARK_CAPTURE(tokenize_corpus, BM_Tokenize_Corpus_auto, news(), sitrep::tokenizer_kernel::automatic)
    ->Name("BM_Tokenize_Corpus/auto")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize_corpus, BM_Tokenize_Corpus_avx2, news(), sitrep::tokenizer_kernel::avx2)
    ->Name("BM_Tokenize_Corpus/avx2")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize_corpus, BM_Tokenize_Corpus_scalar, news(), sitrep::tokenizer_kernel::scalar)
    ->Name("BM_Tokenize_Corpus/scalar")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize_corpus, BM_Tokenize_Sample_auto, sample(), sitrep::tokenizer_kernel::automatic)
    ->Name("BM_Tokenize_Sample/auto")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize_corpus, BM_Tokenize_Sample_scalar, sample(), sitrep::tokenizer_kernel::scalar)
    ->Name("BM_Tokenize_Sample/scalar")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize_and_split, BM_TokenizeSplit_Corpus, news())
    ->Name("BM_TokenizeAndSplitSentences_Corpus")->Unit(benchmark::kMillisecond);
#if SITREP_HAVE_ICU
BENCHMARK_CAPTURE(icu_word_break, BM_IcuWordBreak_Corpus, news())
    ->Name("BM_IcuWordBreak_Corpus")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(icu_word_break, BM_IcuWordBreak_Sample, sample())
    ->Name("BM_IcuWordBreak_Sample")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize_paired_with_icu, BM_TokenizeVsIcu_Corpus, news())
    ->Name("BM_TokenizeVsIcu_Corpus")->Unit(benchmark::kMillisecond);
#endif

// Console output plus, at the end, the tokenizer/ICU throughput ratios.
class ratio_reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const auto& r : runs) {
      if (r.error_occurred || r.run_type != Run::RT_Iteration) continue;
      const auto it = r.counters.find("bytes_per_second");
      // With --benchmark_repetitions the best run counts: on a shared machine the
      // slower runs measure the neighbours, not the code.
      if (it != r.counters.end()) {
        double& best = rates_[r.benchmark_name()];
        best = std::max(best, it->second.value);
      }
    }
  }
  void Finalize() override {
    ConsoleReporter::Finalize();
    for (const char* set : {"Corpus", "Sample"}) {
      const auto ours = rates_.find(std::string("BM_Tokenize_") + set + "/auto");
      const auto icu = rates_.find(std::string("BM_IcuWordBreak_") + set);
      if (ours == rates_.end() || icu == rates_.end() || icu->second <= 0) continue;
      std::printf("ratio %s: sitrep tokenizer %.2f GB/s, ICU word break %.3f GB/s, %.1fx ICU (kernel %s)\n", set,
                  ours->second / 1e9, icu->second / 1e9, ours->second / icu->second,
                  sitrep::tokenizer_kernel_name(sitrep::best_tokenizer_kernel()));
    }
  }

 private:
  std::map<std::string, double> rates_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (!sitrep::bench::news_corpus().missing_reason.empty())
    std::fprintf(stderr, "note: %s; corpus benchmarks are skipped\n", sitrep::bench::news_corpus().missing_reason.c_str());
  ratio_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
