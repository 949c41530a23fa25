#include "bench_corpus.hpp"

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "cli/json_input.hpp"

namespace sitrep::bench {
namespace {

corpus load_jsonl(const std::string& path) {
  corpus c;
  std::ifstream in(path);
  if (!in) {
    c.missing_reason = "corpus not found at " + path + " (set SITREP_CORPUS)";
    return c;
  }
  std::size_t limit = SIZE_MAX;
  if (const char* l = std::getenv("SITREP_CORPUS_LIMIT")) limit = std::strtoull(l, nullptr, 10);
  std::string line, message;
  while (c.articles.size() < limit && std::getline(in, line)) {
    cli::input_record rec;
    if (!cli::parse_input_line(line, rec, message, /*strict_date=*/false)) continue;
    c.bytes += rec.text.size();
    c.articles.push_back(std::move(rec.text));
  }
  if (c.articles.empty()) c.missing_reason = "corpus at " + path + " has no articles";
  return c;
}

}  // namespace

const corpus& news_corpus() {
  static const corpus c = [] {
    const char* env = std::getenv("SITREP_CORPUS");
    return load_jsonl(env ? env : SITREP_DEFAULT_CORPUS);
  }();
  return c;
}

const corpus& sample_corpus() {
  static const corpus c = [] {
    corpus s;
    std::ifstream in(SITREP_SAMPLE_ARTICLE, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    if (text.empty()) {
      s.missing_reason = "sample article missing";
      return s;
    }
    while (s.bytes < (1u << 20)) {
      s.articles.push_back(text);
      s.bytes += text.size();
    }
    return s;
  }();
  return c;
}

const std::string& joined(const corpus& c) {
  static std::map<const corpus*, std::string> cache;
  auto& s = cache[&c];
  if (s.empty())
    for (const auto& a : c.articles) {
      s += a;
      s += "\n\n";
    }
  return s;
}

}  // namespace sitrep::bench
