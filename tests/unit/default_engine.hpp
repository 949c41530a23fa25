// The default engine, loaded once for the whole unit-test binary and shared by every
// test file that parses through it (the engine is immutable).
#pragma once

#include <doctest/doctest.h>

#include "sitrep/engine.hpp"

inline const sitrep::engine& default_engine() {
  static const auto e = sitrep::engine::load_default();
  REQUIRE(e.ok());
  return e.value();
}
