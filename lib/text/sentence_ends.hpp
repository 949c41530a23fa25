// The sentence splitter's first test, for 64 tokens at a time: where may a
// sentence end? Only before a paragraph break, or after an abbreviation, a
// quote, or punctuation opening in a byte a sentence can end after. In news
// text one token in twenty passes (Reuters-21578: 159,000 of 3.15M, 103,000 of
// them boundaries); the splitter looks at those one by one.
//
// Thread-safety: pure functions of their arguments.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "sitrep/token.hpp"

namespace sitrep::detail {

/// The first bytes of the punctuation a sentence can end after: terminal marks
/// (". ! ?", and the E2 of "…"), and closers that may follow one (") ]", and
/// quotes, which carry their own flag). Commas, the commonest punctuation, are not.
inline constexpr std::array<bool, 256> kMayEndAfter = [] {
  std::array<bool, 256> t{};
  for (const unsigned char c : std::array<unsigned char, 6>{'.', '!', '?', ')', ']', 0xE2}) t[c] = true;
  return t;
}();

/// The flags of tokens a sentence may end after whatever their bytes: an
/// abbreviation's period, and quotes.
inline constexpr std::uint16_t kEndsAfterFlags = token_flag::abbreviation | token_flag::quote;

/// Of 64 tokens: bit j of `after` if a sentence may end after token j, bit j of
/// `before` if a paragraph break precedes token j.
struct sentence_end_masks {
  std::uint64_t after = 0;
  std::uint64_t before = 0;
};

/// May a sentence end after token `t` of `text`? A token past the text's end (a
/// token of another text) reads as no punctuation rather than out of bounds.
inline bool may_end_after(const unsigned char* text, std::size_t text_size, const token& t) noexcept {
  const unsigned char opening = t.start < text_size ? text[t.start] : 0;
  return ((t.flags & kEndsAfterFlags) != 0) | ((t.kind == token_kind::punctuation) & kMayEndAfter[opening]);
}

/// The masks of tokens[0, count), count ≤ 64, one token at a time.
inline sentence_end_masks sentence_end_masks_scalar(const unsigned char* text, std::size_t text_size,
                                                    const token* tokens, std::size_t count) noexcept {
  sentence_end_masks m;
  for (std::size_t j = 0; j < count; ++j) {
    m.after |= std::uint64_t{may_end_after(text, text_size, tokens[j])} << j;
    m.before |= std::uint64_t{(tokens[j].flags & token_flag::paragraph_before) != 0} << j;
  }
  return m;
}

/// The masks of tokens[0, 64), eight tokens to a vector. Only where
/// sentence_end_masks_avx512_supported().
sentence_end_masks sentence_end_masks_avx512(const unsigned char* text, std::size_t text_size,
                                             const token* tokens) noexcept;
bool sentence_end_masks_avx512_supported() noexcept;

}  // namespace sitrep::detail
