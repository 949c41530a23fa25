// The immutable state an engine shares between threads.
#pragma once

#include <cstddef>
#include <memory>

#include "sitrep/engine.hpp"

namespace sitrep::detail {

struct engine_state {
  std::size_t max_document_bytes = 0;
};

}  // namespace sitrep::detail
