// Drives the block scanner over a whole text with the chosen kernel.
#include "sitrep/tokenizer.hpp"

#include <cstring>

#include "block_scanner.hpp"

namespace sitrep {
inline namespace v0 {

tokenizer_kernel best_tokenizer_kernel() noexcept {
  static const tokenizer_kernel best =
      detail::cpu_has_avx2() ? tokenizer_kernel::avx2 : tokenizer_kernel::scalar;
  return best;
}

namespace {

template <detail::block_masks (*Classify)(const unsigned char*) noexcept>
void run_kernel(std::string_view text, std::vector<token>& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<std::uint32_t>(text.size());
  // About one token per six bytes of news text: reserve once, not per token.
  out.reserve(out.size() + n / 5 + 16);
  detail::chunk_state st;
  std::uint32_t base = 0;
  for (; base + 64 <= n; base += 64) detail::scan_block(text, base, Classify(p + base), st, out);
  if (base < n) {
    // The tail is copied into a block padded with spaces: no read past the input.
    unsigned char tail[64];
    std::memset(tail, ' ', sizeof tail);
    std::memcpy(tail, p + base, n - base);
    detail::scan_block(text, base, Classify(tail), st, out);
  }
  if (st.open) detail::finish_chunk(text, st, n, out);
}

}  // namespace

void tokenize(std::string_view text, std::vector<token>& out, tokenizer_kernel kernel) {
  if (kernel == tokenizer_kernel::automatic) kernel = best_tokenizer_kernel();
  if (kernel == tokenizer_kernel::avx2 && best_tokenizer_kernel() == tokenizer_kernel::avx2)
    run_kernel<detail::classify_block_avx2>(text, out);
  else
    run_kernel<detail::classify_block_scalar>(text, out);
}

}  // namespace v0
}  // namespace sitrep
