// Runs both kernels of the matcher's first pass (lexicon/token_keys.hpp) over one
// text and compares every column they write. Shared by the unit tests and the
// fuzz target.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/token_keys.hpp"
#include "sitrep/token.hpp"

namespace sitrep::test {

/// Start sets with every other bit set, so both answers occur.
inline detail::start_sets alternating_start_sets() {
  static const std::vector<std::uint64_t> words(1u << 14, 0x5555555555555555ull);
  return {words.data(), 17, words.data(), 12, words.data(), 20};
}

/// Owned arrays for the key pass over `n` tokens of a text of `text_bytes` bytes,
/// sized as token_keys.hpp asks.
struct token_key_buffers {
  std::string scratch;
  std::vector<std::size_t> key_at;
  std::vector<std::uint64_t> key_hash, word_hash;
  std::vector<std::uint32_t> next_bit, candidates;
  token_key_buffers(std::size_t text_bytes, std::size_t n)
      : scratch(4 * text_bytes + 16, '\0'), key_at(n), key_hash(n), word_hash(n), next_bit(n), candidates(n + 8) {}
  detail::token_key_columns view() {
    return {scratch.data(), key_at.data(), key_hash.data(), word_hash.data(), next_bit.data(), candidates.data()};
  }
};

/// "" when the AVX-512 kernel writes what the scalar one does for `tokens` of
/// `text` (or the CPU lacks AVX-512); otherwise the first difference.
inline std::string token_key_kernels_differ(std::string_view text, const std::vector<token>& tokens,
                                            const detail::start_sets& starts) {
  if (!detail::token_keys_avx512_supported()) return "";
  const std::size_t n = tokens.size();
  token_key_buffers scalar(text.size(), n), vector(text.size(), n);
  const auto a = detail::write_token_keys_scalar(text, tokens.data(), n, scalar.view(), starts);
  const auto b = detail::write_token_keys_avx512(text, tokens.data(), n, vector.view(), starts);
  if (a.key_bytes != b.key_bytes) return "key bytes";
  if (a.candidates != b.candidates) return "candidate count";
  for (std::size_t i = 0; i < a.candidates; ++i)
    if (scalar.candidates[i] != vector.candidates[i]) return "candidate " + std::to_string(i);
  for (std::size_t i = 0; i < n; ++i)
    if (scalar.key_at[i] != vector.key_at[i] || scalar.key_hash[i] != vector.key_hash[i] ||
        scalar.word_hash[i] != vector.word_hash[i] || scalar.next_bit[i] != vector.next_bit[i])
      return "columns of token " + std::to_string(i);
  return "";
}

}  // namespace sitrep::test
