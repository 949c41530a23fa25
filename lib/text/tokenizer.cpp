// Chooses the tokenizer kernel and runs the block scanner with it.
#include "sitrep/tokenizer.hpp"

#include "abbreviations.hpp"
#include "block_scanner.hpp"

namespace sitrep {
namespace detail {

void emit_special_chunk(std::string_view text, std::uint32_t prev_end, std::uint32_t start, std::uint32_t end,
                        std::vector<token>& out) {
  const std::uint16_t gap = gap_flags(text, prev_end, start);
  if (!split_simple_chunk(text, start, end, gap, out)) split_chunk(text, start, end, gap, out);
}

bool trailing_marks_split(std::string_view text, std::uint32_t word_start, std::uint32_t mark_start,
                          std::uint32_t mark_end, bool digit_led) noexcept {
  for (std::uint32_t q = mark_start; q < mark_end; ++q) {
    const char c = text[q];
    if (c != ',' && c != '.' && c != ';' && c != ':' && c != ')' && c != '!' && c != '?' && c != '"') return false;
  }
  if (text[mark_start] != '.') return true;
  if (mark_end - mark_start == 2 && text[mark_start + 1] == '.') return false;  // ".." starts an ellipsis
  if (digit_led) return true;
  // A period after a single letter or a known abbreviation belongs to the word.
  const std::uint32_t len = mark_start - word_start;
  return len > 1 && (len > 6 || abbreviation_of(text.substr(word_start, len)) == abbreviation_kind::none);
}

}  // namespace detail

inline namespace v0 {

tokenizer_kernel best_tokenizer_kernel() noexcept {
  static const tokenizer_kernel best =
      detail::cpu_has_avx2() ? tokenizer_kernel::avx2 : tokenizer_kernel::scalar;
  return best;
}

void tokenize(std::string_view text, std::vector<token>& out, tokenizer_kernel kernel) {
  // About one token per five bytes of news text: reserve once, not per token.
  out.reserve(out.size() + text.size() / 4 + 16);
  if (kernel == tokenizer_kernel::automatic) kernel = best_tokenizer_kernel();
  if (kernel == tokenizer_kernel::avx2 && best_tokenizer_kernel() == tokenizer_kernel::avx2)
    detail::scan_text<detail::classify_block_avx2>(text, out);
  else
    detail::scan_text<detail::classify_block_scalar>(text, out);
}

}  // namespace v0
}  // namespace sitrep
