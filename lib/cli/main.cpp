// The sitrep command-line program: parse articles, print records.
#include <atomic>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "cli/json_input.hpp"
#include "cli/options.hpp"
#include "lexicon/bundle.hpp"
#include "lexicon/dictionary_sources.hpp"
#include "output/json_writer.hpp"
#include "output/tabular_writers.hpp"
#include "sitrep/engine.hpp"
#include "sitrep/tokenizer.hpp"
#include "sitrep/version.h"

namespace sitrep::cli {
namespace {

constexpr int kExitOk = 0, kExitSomeFailed = 1, kExitUsage = 2;

bool read_all(const std::string& path, std::string& out, std::string& message) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = std::move(ss).str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    message = fmt::format("cannot open '{}'", path);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return true;
}

// Writes documents in the chosen format, keeping what CSV and GeoJSON need
// around a stream of documents (a header, a surrounding collection).
class document_sink {
 public:
  explicit document_sink(output_format f) : format_(f) {}
  void begin() {
    if (format_ == output_format::csv) {
      std::string h;
      detail::append_incident_csv_header(h);
      std::fwrite(h.data(), 1, h.size(), stdout);
    } else if (format_ == output_format::geojson) {
      std::fputs("{\"type\":\"FeatureCollection\",\"features\":[", stdout);
    }
  }
  // Formats one document (thread-safe: no shared state besides the format).
  std::string format(const document& doc, bool geo_first) const {
    std::string s;
    switch (format_) {
      case output_format::json: detail::append_document_json(s, doc, 2); s += '\n'; break;
      case output_format::jsonl: detail::append_document_json(s, doc); s += '\n'; break;
      case output_format::csv: detail::append_incident_csv_rows(s, doc); break;
      case output_format::geojson: detail::append_geojson_features(s, doc, geo_first); break;
      case output_format::text: break;
    }
    return s;
  }
  void write(const std::string& s) {
    if (s.empty()) return;
    if (format_ == output_format::geojson && wrote_feature_) std::fputc(',', stdout);
    if (format_ == output_format::geojson) wrote_feature_ = true;
    std::fwrite(s.data(), 1, s.size(), stdout);
  }
  void end() {
    if (format_ == output_format::geojson) std::fputs("]}\n", stdout);
  }
  output_format kind() const { return format_; }

 private:
  output_format format_;
  bool wrote_feature_ = false;
};

std::string error_line(std::string_view id, std::string_view message) {
  std::string s = "{\"id\":";
  detail::append_json_string(s, id);
  s += ",\"error\":";
  detail::append_json_string(s, message);
  s += "}\n";
  return s;
}

int run_parse_jsonl(const engine& eng, const options& o, document_sink& sink) {
  // Streams in batches: memory stays bounded by the batch, not the input.
  constexpr std::size_t kBatch = 256;
  bool any_failed = false;
  std::vector<std::string> lines, outs;
  std::vector<char> failed;
  auto flush = [&] {
    outs.assign(lines.size(), std::string());
    failed.assign(lines.size(), 0);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t k; (k = next.fetch_add(1)) < lines.size();) {
        input_record rec;
        std::string message;
        if (!parse_input_line(lines[k], rec, message)) {
          outs[k] = error_line(rec.id, message);
          failed[k] = 1;
          continue;
        }
        parse_options po;
        po.id = rec.id;
        po.reference_date = rec.date ? rec.date : o.date;
        auto doc = eng.parse(rec.text, po);
        if (!doc) {
          outs[k] = error_line(rec.id, doc.err().message);
          failed[k] = 1;
          continue;
        }
        outs[k] = sink.format(doc.value(), true);
      }
    };
    const unsigned n = std::min<unsigned>(o.threads, static_cast<unsigned>(lines.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (failed[k]) {
        any_failed = true;
        if (sink.kind() == output_format::jsonl || sink.kind() == output_format::json) sink.write(outs[k]);
        else std::fputs(outs[k].c_str(), stderr);
      } else {
        sink.write(outs[k]);
      }
    }
    lines.clear();
  };
  auto consume = [&](std::istream& in) {
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      lines.push_back(std::move(line));
      if (lines.size() == kBatch) flush();
    }
  };
  std::vector<std::string> files = o.files.empty() ? std::vector<std::string>{"-"} : o.files;
  for (const auto& f : files) {
    if (f == "-") {
      consume(std::cin);
    } else {
      std::ifstream in(f, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "sitrep: cannot open '%s'\n", f.c_str());
        any_failed = true;
        continue;
      }
      consume(in);
    }
  }
  flush();
  return any_failed ? kExitSomeFailed : kExitOk;
}

int run_parse_text(const engine& eng, const options& o, document_sink& sink) {
  std::vector<std::string> files = o.files.empty() ? std::vector<std::string>{"-"} : o.files;
  bool any_failed = false;
  const bool array = sink.kind() == output_format::json && files.size() > 1;
  if (array) std::fputs("[\n", stdout);
  bool first = true;
  for (const auto& f : files) {
    std::string text, message;
    if (!read_all(f, text, message)) {
      std::fprintf(stderr, "sitrep: %s\n", message.c_str());
      any_failed = true;
      continue;
    }
    parse_options po;
    po.id = f == "-" ? "stdin" : f;
    po.reference_date = o.date;
    auto doc = eng.parse(text, po);
    if (!doc) {
      std::fprintf(stderr, "sitrep: %s: %s\n", po.id.c_str(), doc.err().message.c_str());
      any_failed = true;
      continue;
    }
    if (array && !first) std::fputs(",\n", stdout);
    first = false;
    sink.write(sink.format(doc.value(), true));
  }
  if (array) std::fputs("]\n", stdout);
  return any_failed ? kExitSomeFailed : kExitOk;
}

std::string flag_names(std::uint16_t f) {
  static constexpr std::pair<std::uint16_t, const char*> kNames[] = {
      {token_flag::capitalized, "Cap"},   {token_flag::all_caps, "CAPS"},
      {token_flag::hyphenated, "hyphen"}, {token_flag::non_ascii, "utf8"},
      {token_flag::has_digit, "digit"},   {token_flag::abbreviation, "abbr"},
      {token_flag::initial, "initial"},   {token_flag::possessive, "poss"},
      {token_flag::quote, "quote"},       {token_flag::dash, "dash"},
      {token_flag::newline_before, "nl"}, {token_flag::paragraph_before, "para"}};
  std::string s;
  for (auto [bit, name] : kNames)
    if (f & bit) {
      if (!s.empty()) s += ',';
      s += name;
    }
  return s;
}

int run_tokenize(const engine& eng, const options& o) {
  std::vector<std::string> files = o.files.empty() ? std::vector<std::string>{"-"} : o.files;
  bool any_failed = false;
  for (const auto& f : files) {
    std::string text, message;
    if (!read_all(f, text, message)) {
      std::fprintf(stderr, "sitrep: %s\n", message.c_str());
      any_failed = true;
      continue;
    }
    auto r = eng.tokenize(text);
    if (!r) {
      std::fprintf(stderr, "sitrep: %s: %s\n", f.c_str(), r.err().message.c_str());
      any_failed = true;
      continue;
    }
    const auto& t = r.value();
    std::string out;
    if (o.format == output_format::json) {
      detail::append_tokenization_json(out, text, t, f);
      out += '\n';
    } else {
      for (std::size_t si = 0; si < t.sentences.size(); ++si) {
        const auto& s = t.sentences[si];
        std::string_view body = std::string_view(text).substr(s.start, s.end - s.start);
        std::string flat(body);
        for (char& c : flat)
          if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        out += fmt::format("# sentence {} [{},{}) {}\n", si + 1, s.start, s.end, flat);
        for (std::uint32_t k = s.first_token; k < s.last_token; ++k) {
          const token& tk = t.tokens[k];
          out += fmt::format("{}\t{}\t{}\t{}\t{}\n", tk.start, tk.end, detail::token_kind_name(tk.kind),
                             flag_names(tk.flags), tk.view(text));
        }
        out += '\n';
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return any_failed ? kExitSomeFailed : kExitOk;
}

int run_compile(const options& o) {
  const auto entries = detail::read_dictionaries(o.files);
  if (!entries) {
    std::fprintf(stderr, "sitrep: %s\n", entries.err().message.c_str());
    return kExitSomeFailed;
  }
  const auto bytes = detail::compile_bundle(entries.value());
  std::ofstream out(o.output, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    std::fprintf(stderr, "sitrep: cannot write '%s'\n", o.output.c_str());
    return kExitUsage;
  }
  std::fprintf(stderr, "sitrep: %zu entries, %zu bytes -> %s\n", entries.value().size(), bytes.size(), o.output.c_str());
  return kExitOk;
}

}  // namespace
}  // namespace sitrep::cli

int main(int argc, char** argv) {
  using namespace sitrep::cli;
  std::ios::sync_with_stdio(false);
  std::string message;
  const auto opt = parse_arguments(argc, argv, message);
  if (!opt) {
    std::fprintf(stderr, "sitrep: %s\n(run 'sitrep --help' for usage)\n", message.c_str());
    return kExitUsage;
  }
  if (opt->command == "help") {
    std::fputs(usage(), stdout);
    return kExitOk;
  }
  if (opt->command == "version") {
    std::printf("sitrep %s\n", SITREP_VERSION_STRING);
    return kExitOk;
  }
  try {
    if (opt->command == "compile") return run_compile(*opt);
    sitrep::engine_options eo;
    for (const auto& d : opt->data) {
      const bool bundle = d.size() > 7 && d.compare(d.size() - 7, 7, ".bundle") == 0;
      (bundle ? eo.bundles : eo.overlays).push_back(d);
    }
    auto eng = sitrep::engine::load(eo);
    if (!eng) {
      std::fprintf(stderr, "sitrep: %s\n", eng.err().message.c_str());
      return kExitUsage;
    }
    if (opt->command == "tokenize") return run_tokenize(eng.value(), *opt);
    document_sink sink(opt->format);
    sink.begin();
    const int rc = opt->input == input_format::jsonl ? run_parse_jsonl(eng.value(), *opt, sink)
                                                     : run_parse_text(eng.value(), *opt, sink);
    sink.end();
    std::fflush(stdout);
    return rc;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sitrep: internal error: %s\n", e.what());
    return kExitUsage;
  }
}
