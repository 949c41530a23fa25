// sitrep/engine.hpp — the parsing engine: dictionaries loaded once, shared by all threads.
//
// An `engine` holds the compiled dictionaries (gazetteer, actors, roles, event
// triggers). It is immutable after construction: every member function is const
// and safe to call from any number of threads at once on the same engine.
// Copies are cheap (they share the same immutable state by reference count).
// Memory per thread: each thread that parses keeps its own scratch space and a
// 2 MiB cache of dictionary look-ups, allocated on its first parse and freed when
// the thread exits; no lock is taken, and engines never see each other's entries.
//
//   auto eng = sitrep::engine::load_default();          // embedded dictionaries
//   if (!eng) { /* eng.err().message */ }
//   sitrep::parse_options opt;
//   opt.reference_date = sitrep::civil_date{2024, 1, 29};
//   auto doc = eng.value().parse(text, opt);            // sitrep::result<document>
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/export.h"
#include "sitrep/records.hpp"
#include "sitrep/result.hpp"
#include "sitrep/token.hpp"

namespace sitrep {
namespace detail {
struct engine_state;  // internal, immutable once built
}
inline namespace v0 {

/// How to build an engine.
struct engine_options {
  /// Dictionary bundle files (made by `sitrep compile`) to load instead of the
  /// embedded default; empty = the default.
  std::vector<std::string> bundles;
  /// Dictionary sources (TSV as in data/, or PETRARCH .actors/.agents/.verbs
  /// files) laid over the bundle: their entries are added to, and for the same
  /// name take precedence over, the base entries.
  std::vector<std::string> overlays;
  /// Upper bound on one article's size in bytes; larger input is rejected with
  /// errc::input_too_large. 0 = the absolute limit (4 GiB - 1).
  std::size_t max_document_bytes = 64u << 20;
};

/// Per-call options of `engine::parse`.
struct parse_options {
  std::string id;                            ///< echoed in the document
  std::optional<civil_date> reference_date;  ///< publication date; none = relative dates unresolved
};

/// Tokens and sentences of one text.
struct tokenization {
  std::vector<token> tokens;
  std::vector<sentence> sentences;
};

class SITREP_API engine {
 public:
  /// An engine with the embedded default dictionaries. Each call builds a new
  /// engine (tens of milliseconds): build one per process and share it.
  static result<engine> load_default();
  /// An engine built from `options` (bundles, overlays, limits).
  static result<engine> load(const engine_options& options);

  /// Reads one article. Rejects invalid UTF-8, NUL bytes and oversized input
  /// with an error naming the byte offset. Thread-safe.
  [[nodiscard]] result<document> parse(std::string_view text, const parse_options& options = {}) const;

  /// Tokens and sentences only (the first stage of `parse`). Never fails on
  /// content: invalid bytes become `invalid` tokens. Thread-safe.
  [[nodiscard]] result<tokenization> tokenize(std::string_view text) const;

  /// Counts of the loaded dictionary entries by kind, for diagnostics.
  [[nodiscard]] std::string describe() const;

  /// Internal: the shared immutable state.
  [[nodiscard]] const detail::engine_state& state() const noexcept { return *state_; }

 private:
  explicit engine(std::shared_ptr<const detail::engine_state> s) : state_(std::move(s)) {}
  document run_pipeline(std::string_view text, const parse_options& options) const;
  std::shared_ptr<const detail::engine_state> state_;
};

}  // namespace v0
}  // namespace sitrep
