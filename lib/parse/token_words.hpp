// The lower-case keys of a document's tokens and the small word tests that the
// pattern scanners (dates, quantities, casualties) all read tokens through.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parse/number_words.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

class token_words {
 public:
  token_words(std::string_view text, std::span<const token> tokens) : text_(text), toks_(tokens) {
    keys_.reserve(tokens.size());
    heads_.reserve(tokens.size());
    for (const token& t : tokens) {
      keys_.push_back(token_key(text, t));
      heads_.push_back(head_of(keys_.back()));
    }
  }

 protected:
  /// The key of token i ("" past the end).
  std::string_view k(std::size_t i) const {
    return i < keys_.size() ? std::string_view(keys_[i]) : std::string_view();
  }
  /// Is token i the word `w`? Called at every token by every pattern: one
  /// integer compare of the first eight bytes (constant for a literal `w`)
  /// decides nearly every call without a library compare.
  bool is(std::size_t i, std::string_view w) const {
    if (i >= keys_.size()) return false;
    const std::string& s = keys_[i];
    return s.size() == w.size() && heads_[i] == head_of(w) &&
           (w.size() <= 8 || std::memcmp(s.data() + 8, w.data() + 8, w.size() - 8) == 0);
  }
  /// Is token i the one-character punctuation `c`?
  bool punct(std::size_t i, char c) const {
    return i < toks_.size() && toks_[i].kind == token_kind::punctuation && toks_[i].size() == 1 &&
           text_[toks_[i].start] == c;
  }

  std::string_view text_;
  std::span<const token> toks_;
  std::vector<std::string> keys_;

 private:
  /// The first eight bytes of a key as an integer, zero-padded.
  static constexpr std::uint64_t head_of(std::string_view w) noexcept {
    std::uint64_t h = 0;
    for (std::size_t i = 0; i < w.size() && i < 8; ++i) h |= static_cast<std::uint64_t>(static_cast<unsigned char>(w[i])) << (8 * i);
    return h;
  }

  std::vector<std::uint64_t> heads_;  // head_of() of each key
};

}  // namespace sitrep::detail
