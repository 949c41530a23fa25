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

/// The lower-case keys of one document's tokens (token_key of each), built once
/// per document and shared by the pattern scanners: one buffer, no string per token.
/// Keeps views into nothing but itself; immutable once built.
class token_keys {
 public:
  token_keys(std::string_view text, std::span<const token> tokens) {
    offsets_.reserve(tokens.size() + 1);
    heads_.reserve(tokens.size());
    chars_.reserve(text.size() + tokens.size());
    for (const token& t : tokens) {
      const std::string key = token_key(text, t);
      offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
      heads_.push_back(head_of(key));
      chars_ += key;
    }
    offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
  }

  std::size_t size() const noexcept { return heads_.size(); }
  std::string_view operator[](std::size_t i) const noexcept {
    return std::string_view(chars_).substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  /// head_of() of key i.
  std::uint64_t head(std::size_t i) const noexcept { return heads_[i]; }

  /// The first eight bytes of a word as an integer, zero-padded.
  static constexpr std::uint64_t head_of(std::string_view w) noexcept {
    std::uint64_t h = 0;
    for (std::size_t i = 0; i < w.size() && i < 8; ++i) h |= static_cast<std::uint64_t>(static_cast<unsigned char>(w[i])) << (8 * i);
    return h;
  }

 private:
  std::string chars_;
  std::vector<std::uint32_t> offsets_;  // key i is chars_[offsets_[i], offsets_[i + 1])
  std::vector<std::uint64_t> heads_;
};

/// A fixed list of words with their heads (token_keys::head_of) computed at compile
/// time, for token_words::which: a pattern that tries a dozen words at every token
/// compares integers, not strings.
template <std::size_t N>
struct word_list {
  std::string_view words[N];
  std::uint64_t heads[N];
  constexpr explicit word_list(const std::string_view (&w)[N]) : words{}, heads{} {
    for (std::size_t i = 0; i < N; ++i) {
      words[i] = w[i];
      heads[i] = token_keys::head_of(w[i]);
    }
  }
};

class token_words {
 public:
  /// `keys` must be token_keys(text, tokens) and outlive the scanner.
  token_words(std::string_view text, std::span<const token> tokens, const token_keys& keys)
      : text_(text), toks_(tokens), keys_(keys) {}

 protected:
  /// The key of token i ("" past the end).
  std::string_view k(std::size_t i) const { return i < keys_.size() ? keys_[i] : std::string_view(); }
  /// Is token i the word `w`? Called at every token by every pattern: one
  /// integer compare of the first eight bytes (constant for a literal `w`)
  /// decides nearly every call without a library compare.
  /// Always inlined: out of line, the head of `w` is computed byte by byte at every
  /// call (the parse spent a tenth of its instructions there).
  [[gnu::always_inline]] bool is(std::size_t i, std::string_view w) const {
    if (i >= keys_.size() || keys_.head(i) != token_keys::head_of(w)) return false;
    return same_beyond_head(keys_[i], w);
  }
  /// The index in `list` of token i's word, or -1.
  template <std::size_t N>
  int which(std::size_t i, const word_list<N>& list) const {
    if (i >= keys_.size()) return -1;
    const std::uint64_t h = keys_.head(i);
    for (std::size_t n = 0; n < N; ++n)
      if (list.heads[n] == h && same_beyond_head(keys_[i], list.words[n])) return static_cast<int>(n);
    return -1;
  }
  /// Two words whose heads (first eight bytes) are equal: are they equal?
  static bool same_beyond_head(std::string_view s, std::string_view w) {
    return s.size() == w.size() && (w.size() <= 8 || std::memcmp(s.data() + 8, w.data() + 8, w.size() - 8) == 0);
  }
  /// Is token i the one-character punctuation `c`?
  bool punct(std::size_t i, char c) const {
    return i < toks_.size() && toks_[i].kind == token_kind::punctuation && toks_[i].size() == 1 &&
           text_[toks_[i].start] == c;
  }

  std::string_view text_;
  std::span<const token> toks_;
  const token_keys& keys_;
};

}  // namespace sitrep::detail
