#include "lexicon/token_keys.hpp"

namespace sitrep::detail {

token_keys_written write_token_keys_scalar(std::string_view text, const token* tokens, std::size_t n,
                                           const token_key_columns& out, const start_sets& starts) noexcept {
  token_keys_written r;
  write_token_keys_from(text, tokens, 0, n, out, starts, r);
  return r;
}

token_keys_written write_token_keys(std::string_view text, const token* tokens, std::size_t n,
                                    const token_key_columns& out, const start_sets& starts) noexcept {
  static const bool avx512 = token_keys_avx512_supported();
  return avx512 ? write_token_keys_avx512(text, tokens, n, out, starts)
                : write_token_keys_scalar(text, tokens, n, out, starts);
}

}  // namespace sitrep::detail
