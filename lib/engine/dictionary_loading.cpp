// Assembles an engine's dictionary layers: user overlays (compiled in memory),
// then user bundles or the embedded default.
#include <fmt/format.h>

#include <cstring>
#include <fstream>

#include "engine/engine_state.hpp"
#include "lexicon/dictionary_sources.hpp"

extern "C" const unsigned char sitrep_default_bundle_begin[];
extern "C" const unsigned char sitrep_default_bundle_end[];

namespace sitrep::detail {

result<bundle_view> default_bundle_view() {
  const auto size = static_cast<std::size_t>(sitrep_default_bundle_end - sitrep_default_bundle_begin);
  // The build made and embedded this bundle, so a failure here is a build defect
  // (a bundle left from an older format): say so rather than guess.
  auto v = bundle_view::open(sitrep_default_bundle_begin, size, "embedded default bundle");
  if (!v) return error{errc::internal, -1, v.err().message + " (rebuild the library: the embedded bundle is stale)"};
  return v;
}

namespace {

result<std::shared_ptr<const bundle_view>> view_of(std::shared_ptr<std::vector<std::uint64_t>> words, std::size_t size,
                                                   const std::string& origin) {
  auto v = bundle_view::open(reinterpret_cast<const unsigned char*>(words->data()), size, origin);
  if (!v) return v.err();
  auto view = std::make_shared<bundle_view>(v.value());
  view->storage = std::move(words);
  return std::shared_ptr<const bundle_view>(std::move(view));
}

result<std::shared_ptr<const bundle_view>> load_bundle_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return error{errc::io_error, -1, fmt::format("{}: cannot open bundle", path)};
  const auto size = static_cast<std::size_t>(in.tellg());
  in.seekg(0);
  // 8-byte words: bundles are used in place and need that alignment.
  auto words = std::make_shared<std::vector<std::uint64_t>>((size + 7) / 8);
  in.read(reinterpret_cast<char*>(words->data()), static_cast<std::streamsize>(size));
  if (!in) return error{errc::io_error, -1, fmt::format("{}: cannot read bundle", path)};
  return view_of(std::move(words), size, path);
}

}  // namespace

result<std::unique_ptr<const lexicon>> load_dictionaries(const engine_options& options) {
  std::vector<std::shared_ptr<const bundle_view>> layers;
  if (!options.overlays.empty()) {
    std::vector<entry_source> entries;
    for (const auto& path : options.overlays) {
      auto part = read_dictionary(path);
      if (!part) return part.err();  // nothing is loaded half
      for (auto& e : part.value()) entries.push_back(std::move(e));
    }
    const auto bytes = compile_bundle(entries);
    auto words = std::make_shared<std::vector<std::uint64_t>>((bytes.size() + 7) / 8);
    std::memcpy(words->data(), bytes.data(), bytes.size());
    auto v = view_of(std::move(words), bytes.size(), "overlay dictionaries");
    if (!v) return v.err();
    layers.push_back(std::move(v).value());
  }
  if (options.bundles.empty()) {
    auto v = default_bundle_view();
    if (!v) return v.err();
    layers.push_back(std::make_shared<const bundle_view>(std::move(v).value()));
  } else {
    for (const auto& path : options.bundles) {
      auto v = load_bundle_file(path);
      if (!v) return v.err();
      layers.push_back(std::move(v).value());
    }
  }
  return std::unique_ptr<const lexicon>(new lexicon(std::move(layers)));
}

}  // namespace sitrep::detail
