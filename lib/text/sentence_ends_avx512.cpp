// AVX-512 kernel of the sentence splitter's first test (sentence_ends.hpp),
// built with a target attribute and chosen only where the CPU has it.
//
// The tokens' flags and kinds come eight at a time out of their 12-byte
// records by one permute; the masks are vector compares. Only punctuation (one
// token in seven) needs its first byte, read by a scalar load per token: a
// gather would read past the text's end for a mark that closes it.
#include "sentence_ends.hpp"
#include "token_dwords.hpp"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"  // GCC bug 105593, as in token_keys_avx512.cpp
#pragma GCC diagnostic ignored "-Wuninitialized"
#endif

namespace sitrep::detail {

#define SITREP_ENDS_TARGET "avx512f,avx512bw,avx512vl,bmi"

__attribute__((target(SITREP_ENDS_TARGET))) sentence_end_masks sentence_end_masks_avx512(
    const unsigned char* text, std::size_t text_size, const token* tokens) noexcept {
  const __m512i meta_dwords = _mm512_loadu_si512(kMetaDword);
  const __m256i after_flags = _mm256_set1_epi32(kEndsAfterFlags);
  const __m256i paragraph = _mm256_set1_epi32(token_flag::paragraph_before);
  const __m256i kind_mask = _mm256_set1_epi32(0xFF << 16);
  const __m256i punctuation = _mm256_set1_epi32(static_cast<int>(token_kind::punctuation) << 16);
  std::uint64_t flagged = 0, marks = 0, before = 0;
  for (unsigned g = 0; g < 8; ++g) {
    const auto* fields = reinterpret_cast<const int*>(tokens + 8 * g);
    const __m512i first16 = _mm512_loadu_si512(fields);
    const __m512i last8 = _mm512_castsi256_si512(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(fields + 16)));
    const __m256i meta = _mm512_castsi512_si256(_mm512_permutex2var_epi32(first16, meta_dwords, last8));
    flagged |= std::uint64_t{_mm256_test_epi32_mask(meta, after_flags)} << (8 * g);
    before |= std::uint64_t{_mm256_test_epi32_mask(meta, paragraph)} << (8 * g);
    marks |= std::uint64_t{_mm256_cmpeq_epi32_mask(_mm256_and_si256(meta, kind_mask), punctuation)} << (8 * g);
  }
  std::uint64_t after = flagged;
  for (; marks != 0; marks &= marks - 1) {
    const unsigned j = static_cast<unsigned>(__builtin_ctzll(marks));
    const std::uint32_t start = tokens[j].start;
    const unsigned char opening = start < text_size ? text[start] : 0;
    after |= std::uint64_t{kMayEndAfter[opening]} << j;
  }
  return {after, before};
}

#undef SITREP_ENDS_TARGET

bool sentence_end_masks_avx512_supported() noexcept {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
         __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("bmi");
}

}  // namespace sitrep::detail

#else

namespace sitrep::detail {
sentence_end_masks sentence_end_masks_avx512(const unsigned char* text, std::size_t text_size,
                                             const token* tokens) noexcept {
  return sentence_end_masks_scalar(text, text_size, tokens, 64);
}
bool sentence_end_masks_avx512_supported() noexcept { return false; }
}  // namespace sitrep::detail

#endif
