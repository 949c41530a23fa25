// libFuzzer target: arbitrary bytes as a user dictionary. The first byte picks the
// format (PETRARCH verbs, actors or agents, or a TSV); the rest is the file. Reading
// must fail with a reason or succeed; what it reads must compile into a bundle that
// opens, and an engine on that bundle alone must parse a sentence that uses it.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

#include "lexicon/bundle.hpp"
#include "lexicon/dictionary_sources.hpp"
#include "sitrep/engine.hpp"

namespace {

std::string write_temp(const std::string& suffix, const char* data, std::size_t size) {
  const std::string path = "/tmp/sitrep-fuzz-" + std::to_string(::getpid()) + suffix;
  std::ofstream(path, std::ios::binary).write(data, static_cast<std::streamsize>(size));
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kSuffixes[] = {".verbs", ".actors", ".agents", ".tsv"};
  const std::string path = write_temp(kSuffixes[data[0] % 4], reinterpret_cast<const char*>(data + 1), size - 1);
  const auto entries = sitrep::detail::read_dictionary(path);
  if (!entries) {
    if (entries.err().message.empty()) std::abort();  // a failure always says why
    return 0;
  }
  const auto bytes = sitrep::detail::compile_bundle(entries.value());
  if (!sitrep::detail::bundle_view::open(bytes.data(), bytes.size(), "fuzz.bundle")) std::abort();
  const std::string bundle = write_temp(".bundle", reinterpret_cast<const char*>(bytes.data()), bytes.size());
  sitrep::engine_options options;
  options.bundles.push_back(bundle);
  const auto engine = sitrep::engine::load(options);
  if (!engine) std::abort();  // a bundle that opens must load
  sitrep::parse_options parse;
  parse.reference_date = sitrep::civil_date{2001, 5, 1};
  (void)engine.value().parse("Arnor welcomed a resumption of economic ties with Gondor, officials said on Monday.", parse);
  return 0;
}
