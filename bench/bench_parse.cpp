// Full-parse throughput (docs/s, bytes/s) with the default engine, and engine load time.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "engine/engine_state.hpp"
#include "lexicon/token_keys.hpp"
#include "sitrep/engine.hpp"
#include "sitrep/tokenizer.hpp"

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

// Resident set size in MiB (Linux), for the memory an engine costs.
double resident_mib() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0);
}

void load_engine(benchmark::State& state) {
  const double before = resident_mib();
  double after = before;
  for (auto _ : state) {
    auto eng = sitrep::engine::load_default();
    benchmark::DoNotOptimize(eng.ok());
    after = resident_mib();
  }
  state.counters["rss_MiB"] = after;
  state.counters["rss_growth_MiB"] = after - before;
}

// Tokenizer + sentence splitter + dictionary phrase matching: the lexicon's hot path.
// Its target is stated in MB/s (10^6 bytes), and Google Benchmark's bytes_per_second
// counts 2^20-byte megabytes, so the decimal rate is printed too.
void tokenize_and_match(benchmark::State& state, const corpus& c) {
  if (!c.missing_reason.empty()) {
    state.SkipWithError(c.missing_reason.c_str());
    return;
  }
  static const auto eng = sitrep::engine::load_default();
  const auto& dictionaries = *eng.value().state().dictionaries;
  std::vector<sitrep::token> tokens;
  std::vector<sitrep::sentence> sentences;
  sitrep::detail::match_set matches;
  std::size_t found = 0;
  for (auto _ : state) {
    for (const auto& a : c.articles) {
      tokens.clear();
      sentences.clear();
      matches.matches.clear();
      matches.candidates.clear();
      sitrep::tokenize(a, tokens);
      sitrep::split_sentences(a, tokens, sentences);
      dictionaries.match(a, tokens, sentences, matches);
      found += matches.matches.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["decimal_bytes/s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.bytes),
                                                         benchmark::Counter::kIsRate, benchmark::Counter::kIs1000);
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.articles.size()),
                                                benchmark::Counter::kIsRate);
}

// The corpus tokenized (and split into sentences) once, outside the timed loops,
// so the stages after the tokenizer can be measured on their own.
struct tokenized_corpus {
  std::vector<std::vector<sitrep::token>> tokens;
  std::vector<std::vector<sitrep::sentence>> sentences;
};

const tokenized_corpus& tokenized(const corpus& c) {
  static const tokenized_corpus t = [&] {
    tokenized_corpus r;
    r.tokens.resize(c.articles.size());
    r.sentences.resize(c.articles.size());
    for (std::size_t i = 0; i < c.articles.size(); ++i) {
      sitrep::tokenize(c.articles[i], r.tokens[i]);
      sitrep::split_sentences(c.articles[i], r.tokens[i], r.sentences[i]);
    }
    return r;
  }();
  return t;
}

// Sentence splitting alone, over pre-tokenized articles (bytes are the articles' text).
void split_sentences_only(benchmark::State& state, const corpus& c) {
  if (!c.missing_reason.empty()) {
    state.SkipWithError(c.missing_reason.c_str());
    return;
  }
  const auto& t = tokenized(c);
  std::vector<sitrep::sentence> sentences;
  std::size_t found = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.articles.size(); ++i) {
      sentences.clear();
      sitrep::split_sentences(c.articles[i], t.tokens[i], sentences);
      found += sentences.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.articles.size()),
                                                benchmark::Counter::kIsRate);
}

// Dictionary phrase matching alone, over pre-tokenized and pre-split articles.
void match_only(benchmark::State& state, const corpus& c) {
  if (!c.missing_reason.empty()) {
    state.SkipWithError(c.missing_reason.c_str());
    return;
  }
  static const auto eng = sitrep::engine::load_default();
  const auto& dictionaries = *eng.value().state().dictionaries;
  const auto& t = tokenized(c);
  sitrep::detail::match_set matches;
  std::size_t found = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.articles.size(); ++i) {
      matches.matches.clear();
      matches.candidates.clear();
      dictionaries.match(c.articles[i], t.tokens[i], t.sentences[i], matches);
      found += matches.matches.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.articles.size()),
                                                benchmark::Counter::kIsRate);
}

// The matcher's first pass (every token's key and hash, and the candidates) alone,
// per kernel, over pre-tokenized articles. The start sets have the default
// lexicon's shapes with every other bit set.
void token_keys_only(benchmark::State& state, const corpus& c, bool avx512) {
  if (!c.missing_reason.empty()) {
    state.SkipWithError(c.missing_reason.c_str());
    return;
  }
  if (avx512 && !sitrep::detail::token_keys_avx512_supported()) {
    state.SkipWithError("this CPU lacks AVX-512 F/BW/VL/DQ");
    return;
  }
  const auto& t = tokenized(c);
  static const std::vector<std::uint64_t> set_words(1u << 14, 0x5555555555555555ull);
  const sitrep::detail::start_sets starts{set_words.data(), 17, set_words.data(), 12, set_words.data(), 20};
  std::string scratch;
  std::vector<std::size_t> key_at;
  std::vector<std::uint64_t> key_hash, word_hash;
  std::vector<std::uint32_t> next_bit, candidates;
  std::size_t found = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.articles.size(); ++i) {
      const std::string& text = c.articles[i];
      const std::size_t n = t.tokens[i].size();
      if (scratch.size() < 4 * text.size() + 16) scratch.resize(4 * text.size() + 16);
      if (key_at.size() < n + 8) {
        key_at.resize(n + 8), key_hash.resize(n + 8), word_hash.resize(n + 8);
        next_bit.resize(n + 8), candidates.resize(n + 8);
      }
      const sitrep::detail::token_key_columns out{scratch.data(), key_at.data(), key_hash.data(),
                                                  word_hash.data(), next_bit.data(), candidates.data()};
      found += (avx512 ? sitrep::detail::write_token_keys_avx512 : sitrep::detail::write_token_keys_scalar)(
                   text, t.tokens[i].data(), n, out, starts)
                   .candidates;
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.articles.size()),
                                                benchmark::Counter::kIsRate);
}

BENCHMARK_CAPTURE(parse_corpus, corpus, sitrep::bench::news_corpus())->Name("BM_Parse_Corpus")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse_corpus, sample, sitrep::bench::sample_corpus())->Name("BM_Parse_Sample")->Unit(benchmark::kMillisecond);
BENCHMARK(load_engine)->Name("BM_EngineLoad_Default")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize_and_match, corpus, sitrep::bench::news_corpus())
    ->Name("BM_TokenizeMatch_Corpus")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(split_sentences_only, corpus, sitrep::bench::news_corpus())
    ->Name("BM_SplitSentences_Corpus")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(match_only, corpus, sitrep::bench::news_corpus())
    ->Name("BM_Match_Corpus")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(token_keys_only, scalar, sitrep::bench::news_corpus(), false)
    ->Name("BM_TokenKeys_Corpus/scalar")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(token_keys_only, avx512, sitrep::bench::news_corpus(), true)
    ->Name("BM_TokenKeys_Corpus/avx512")->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
