// The lower-case keys of a document's tokens and the small word tests that the
// pattern scanners (dates, quantities, casualties) all read tokens through.
#pragma once

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
    for (const token& t : tokens) keys_.push_back(token_key(text, t));
  }

 protected:
  /// The key of token i ("" past the end).
  std::string_view k(std::size_t i) const {
    return i < keys_.size() ? std::string_view(keys_[i]) : std::string_view();
  }
  /// Is token i the word `w`? Called at every token by every pattern: the first
  /// byte rejects almost all candidates before a library compare.
  bool is(std::size_t i, std::string_view w) const {
    if (i >= keys_.size()) return false;
    const std::string& s = keys_[i];
    return s.size() == w.size() && (w.empty() || (s[0] == w[0] && s.compare(1, s.npos, w.substr(1)) == 0));
  }
  /// Is token i the one-character punctuation `c`?
  bool punct(std::size_t i, char c) const {
    return i < toks_.size() && toks_[i].kind == token_kind::punctuation && toks_[i].size() == 1 &&
           text_[toks_[i].start] == c;
  }

  std::string_view text_;
  std::span<const token> toks_;
  std::vector<std::string> keys_;
};

}  // namespace sitrep::detail
