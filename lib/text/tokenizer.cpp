// Chooses the tokenizer kernel and runs the window scanner with it.
#include "sitrep/tokenizer.hpp"

#include "block_scanner.hpp"

namespace sitrep {
namespace detail {

void split_special_chunk(std::string_view text, std::uint32_t prev_end, std::uint32_t start, std::uint32_t end,
                         std::vector<token>& out) {
  split_chunk(text, start, end, gap_flags(text, prev_end, start), out);
}

void tokenize_by_chunks(std::string_view text, std::vector<token>& out) {
  const auto n = static_cast<std::uint32_t>(text.size());
  std::uint32_t prev_end = 0, i = 0;
  while (i < n) {
    if (is_ascii_space(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::uint32_t j = i;
    while (j < n && !is_ascii_space(static_cast<unsigned char>(text[j]))) ++j;
    split_chunk(text, i, j, gap_flags(text, prev_end, i), out);
    prev_end = i = j;
  }
}

}  // namespace detail

inline namespace v0 {

tokenizer_kernel best_tokenizer_kernel() noexcept {
  static const tokenizer_kernel best = detail::cpu_has_avx512() ? tokenizer_kernel::avx512
                                       : detail::cpu_has_avx2() ? tokenizer_kernel::avx2
                                                                : tokenizer_kernel::scalar;
  return best;
}

const char* tokenizer_kernel_name(tokenizer_kernel kernel) noexcept {
  switch (kernel) {
    case tokenizer_kernel::scalar: return "scalar";
    case tokenizer_kernel::avx2: return "avx2";
    case tokenizer_kernel::avx512: return "avx512";
    case tokenizer_kernel::automatic: break;
  }
  return "automatic";
}

void tokenize(std::string_view text, std::vector<token>& out, tokenizer_kernel kernel) {
  const tokenizer_kernel best = best_tokenizer_kernel();
  // The enumerators are ordered by the CPU features they need.
  if (kernel == tokenizer_kernel::automatic || kernel > best) kernel = best;
  switch (kernel) {
    case tokenizer_kernel::avx512: detail::scan_text_avx512(text, out); break;
    case tokenizer_kernel::avx2: detail::scan_text_avx2(text, out); break;
    default: detail::scan_text_scalar(text, out); break;
  }
}

}  // namespace v0
}  // namespace sitrep
