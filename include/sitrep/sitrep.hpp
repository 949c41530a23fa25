// sitrep/sitrep.hpp — the whole public C++ API in one include.
//
//   engine.hpp     the engine (dictionaries, parse, tokenize)
//   records.hpp    actors, locations, dates, incidents, document
//   tokenizer.hpp  tokenize / split_sentences (usable without an engine)
//   token.hpp      token and sentence spans
//   result.hpp     result<T> and error codes
//   version.h      SITREP_VERSION_* (generated)
#pragma once

#include "sitrep/engine.hpp"
#include "sitrep/records.hpp"
#include "sitrep/result.hpp"
#include "sitrep/token.hpp"
#include "sitrep/tokenizer.hpp"
#include "sitrep/version.h"
