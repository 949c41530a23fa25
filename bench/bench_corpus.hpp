// Benchmark inputs: the news corpus (when present) and the bundled sample article.
#pragma once

#include <string>
#include <vector>

namespace sitrep::bench {

struct corpus {
  std::vector<std::string> articles;  // one article text each
  std::size_t bytes = 0;
  std::string missing_reason;         // non-empty when it could not be loaded
};

/// The news corpus: $SITREP_CORPUS, else the shared corpus next to the checkout.
/// $SITREP_CORPUS_LIMIT caps the number of articles (smoke runs).
const corpus& news_corpus();
/// The bundled example article, repeated to about 1 MiB so timings are stable.
const corpus& sample_corpus();
/// All articles of `c` joined with blank lines (one long text).
const std::string& joined(const corpus& c);

}  // namespace sitrep::bench
