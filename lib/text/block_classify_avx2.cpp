// AVX2 block classification, compiled with a target attribute so the library
// itself needs no -mavx2 and still runs on CPUs without it (checked at run time).
#include "block_scanner.hpp"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

namespace sitrep::detail {
namespace {

__attribute__((target("avx2"))) inline std::uint64_t between(__m256i lo_v, __m256i hi_v, __m256i x0,
                                                              __m256i x1) {
  // Signed compares: bytes >= 0x80 are negative and fall outside every ASCII range.
  const __m256i a0 = _mm256_and_si256(_mm256_cmpgt_epi8(x0, lo_v), _mm256_cmpgt_epi8(hi_v, x0));
  const __m256i a1 = _mm256_and_si256(_mm256_cmpgt_epi8(x1, lo_v), _mm256_cmpgt_epi8(hi_v, x1));
  return static_cast<std::uint32_t>(_mm256_movemask_epi8(a0)) |
         (static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(a1))) << 32);
}

}  // namespace

__attribute__((target("avx2"))) block_masks classify_block_avx2(const unsigned char* p) noexcept {
  const __m256i x0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
  block_masks m;
  m.upper = between(_mm256_set1_epi8('A' - 1), _mm256_set1_epi8('Z' + 1), x0, x1);
  m.lower = between(_mm256_set1_epi8('a' - 1), _mm256_set1_epi8('z' + 1), x0, x1);
  m.digit = between(_mm256_set1_epi8('0' - 1), _mm256_set1_epi8('9' + 1), x0, x1);
  const __m256i sp = _mm256_set1_epi8(' ');
  const std::uint64_t ctl = between(_mm256_set1_epi8(0x08), _mm256_set1_epi8(0x0E), x0, x1);
  const std::uint64_t spaces =
      static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x0, sp))) |
      (static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x1, sp)))) << 32);
  m.space = spaces | ctl;
  const __m256i nl = _mm256_set1_epi8('\n');
  m.newline = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x0, nl))) |
              (static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(x1, nl)))) << 32);
  return m;
}

bool cpu_has_avx2() noexcept {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}

}  // namespace sitrep::detail

#else

namespace sitrep::detail {
block_masks classify_block_avx2(const unsigned char* p) noexcept { return classify_block_scalar(p); }
bool cpu_has_avx2() noexcept { return false; }
}  // namespace sitrep::detail

#endif
