#include "lexicon/token_keys.hpp"

namespace sitrep::detail {

token_keys_written write_token_keys_scalar(std::string_view text, const token* tokens, std::size_t n,
                                           const token_key_columns& out, const start_sets& starts,
                                           const key_cache& cache) noexcept {
  token_keys_written r;
  for (std::size_t i = 0; i < n; ++i) {
    if (!write_one_token_key(text, tokens, i, out, starts, r.key_bytes)) continue;
    cache.prefetch(out.key_hash[i]);  // in cache by the time the matcher asks for it
    out.candidates[r.candidates++] = static_cast<std::uint32_t>(i);
  }
  return r;
}

token_keys_written write_token_keys(std::string_view text, const token* tokens, std::size_t n,
                                    const token_key_columns& out, const start_sets& starts,
                                    const key_cache& cache) noexcept {
  static const bool avx512 = token_keys_avx512_supported();
  return avx512 ? write_token_keys_avx512(text, tokens, n, out, starts, cache)
                : write_token_keys_scalar(text, tokens, n, out, starts, cache);
}

}  // namespace sitrep::detail
