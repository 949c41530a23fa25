// sitrep_bundle_compiler: builds the default dictionary bundle from data/ at
// build time (the library embeds its output). Standalone on purpose: it links
// only the text and lexicon layers, so it exists before the library does.
//
//   sitrep_bundle_compiler -o OUT.bundle DATA_DIR_OR_FILE...
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "lexicon/bundle.hpp"
#include "lexicon/dictionary_sources.hpp"

int main(int argc, char** argv) {
  std::string out_path;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-o" && i + 1 < argc) out_path = argv[++i];
    else inputs.push_back(a);
  }
  if (out_path.empty() || inputs.empty()) {
    std::fprintf(stderr, "usage: %s -o OUT.bundle DATA_DIR_OR_FILE...\n", argv[0]);
    return 2;
  }
  const auto entries = sitrep::detail::read_dictionaries(inputs);
  if (!entries) {
    std::fprintf(stderr, "sitrep_bundle_compiler: %s\n", entries.err().message.c_str());
    return 1;
  }
  const auto bytes = sitrep::detail::compile_bundle(entries.value());
  std::ofstream out(out_path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::fprintf(stderr, "sitrep_bundle_compiler: cannot write %s\n", out_path.c_str());
    return 1;
  }
  std::printf("sitrep_bundle_compiler: %zu entries, %zu bytes -> %s\n", entries.value().size(), bytes.size(), out_path.c_str());
  return 0;
}
