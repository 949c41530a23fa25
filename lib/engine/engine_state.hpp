// The immutable state an engine shares between threads.
#pragma once

#include <cstddef>
#include <memory>

#include "lexicon/lexicon.hpp"
#include "sitrep/engine.hpp"

namespace sitrep::detail {

struct engine_state {
  std::size_t max_document_bytes = 0;
  std::unique_ptr<const lexicon> dictionaries;
};

/// The bundle embedded in the library at build time.
result<bundle_view> default_bundle_view();

/// The dictionary layers `options` asks for (overlays first, then bundles or the default).
result<std::unique_ptr<const lexicon>> load_dictionaries(const engine_options& options);

}  // namespace sitrep::detail
