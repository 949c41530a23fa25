// AVX2 block classification, compiled with a target attribute so the library
// itself needs no -mavx2 and still runs on CPUs without it (checked at run time).
#include "block_scanner.hpp"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

namespace sitrep::detail {
namespace {

__attribute__((target("avx2"))) inline std::uint64_t bits_of(__m256i lo, __m256i hi) {
  return static_cast<std::uint32_t>(_mm256_movemask_epi8(lo)) |
         (static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(hi))) << 32);
}

// The marks , ; : ( ) ! ? " . by nibble lookup (the simdjson technique): the
// low-nibble table says which low nibbles can be a mark for high nibble 2 (bit 0),
// for high nibble 3 (bit 1), and an opener ( or " (bit 2); the high-nibble table
// keeps the bits that apply to the byte's high nibble. Bytes >= 0x80 get nothing.
__attribute__((target("avx2"))) inline __m256i mark_bits(__m256i x) {
  const __m256i lo_table = _mm256_setr_epi8(0, 1, 5, 0, 0, 0, 0, 0, 5, 1, 2, 2, 1, 0, 1, 2,  //
                                            0, 1, 5, 0, 0, 0, 0, 0, 5, 1, 2, 2, 1, 0, 1, 2);
  const __m256i hi_table = _mm256_setr_epi8(0, 0, 5, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  //
                                            0, 0, 5, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i lo = _mm256_shuffle_epi8(lo_table, _mm256_and_si256(x, nibble));
  const __m256i hi = _mm256_shuffle_epi8(hi_table, _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble));
  return _mm256_and_si256(lo, hi);
}

__attribute__((target("avx2"))) inline std::uint64_t any_bit(__m256i t0, __m256i t1, char bits) {
  const __m256i b = _mm256_set1_epi8(bits), zero = _mm256_setzero_si256();
  return ~bits_of(_mm256_cmpeq_epi8(_mm256_and_si256(t0, b), zero), _mm256_cmpeq_epi8(_mm256_and_si256(t1, b), zero));
}

__attribute__((target("avx2"))) inline __m256i in_range(__m256i x, char lo, char hi) {
  return _mm256_and_si256(_mm256_cmpgt_epi8(x, _mm256_set1_epi8(static_cast<char>(lo - 1))),
                          _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(hi + 1)), x));
}

__attribute__((target("avx2"))) inline __m256i is(__m256i x, char c) {
  return _mm256_cmpeq_epi8(x, _mm256_set1_epi8(c));
}

// Start attributes, byte by byte (see start_attr).
__attribute__((target("avx2"))) inline __m256i start_attrs(__m256i up, __m256i q, __m256i mk, __m256i dg) {
  return _mm256_or_si256(_mm256_or_si256(_mm256_and_si256(up, _mm256_set1_epi8(start_attr::upper)),
                                         _mm256_and_si256(q, _mm256_set1_epi8(start_attr::quote))),
                         _mm256_or_si256(_mm256_and_si256(mk, _mm256_set1_epi8(start_attr::mark)),
                                         _mm256_and_si256(dg, _mm256_set1_epi8(start_attr::digit))));
}

}  // namespace

__attribute__((target("avx2"))) void classify_block_avx2(const unsigned char* p, block_classes& out) noexcept {
  const __m256i x0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
  const __m256i upper0 = in_range(x0, 'A', 'Z'), upper1 = in_range(x1, 'A', 'Z');
  const __m256i digit0 = in_range(x0, '0', '9'), digit1 = in_range(x1, '0', '9');
  const __m256i quote0 = is(x0, '"'), quote1 = is(x1, '"');
  const __m256i t0 = mark_bits(x0), t1 = mark_bits(x1);
  const __m256i zero = _mm256_setzero_si256();
  const __m256i mark0 = _mm256_cmpgt_epi8(_mm256_and_si256(t0, _mm256_set1_epi8(3)), zero);
  const __m256i mark1 = _mm256_cmpgt_epi8(_mm256_and_si256(t1, _mm256_set1_epi8(3)), zero);
  block_masks& m = out.m;
  m.upper = bits_of(upper0, upper1);
  m.lower = bits_of(in_range(x0, 'a', 'z'), in_range(x1, 'a', 'z'));
  m.digit = bits_of(digit0, digit1);
  m.space = bits_of(_mm256_or_si256(is(x0, ' '), in_range(x0, 0x09, 0x0D)),
                    _mm256_or_si256(is(x1, ' '), in_range(x1, 0x09, 0x0D)));
  m.newline = bits_of(is(x0, '\n'), is(x1, '\n'));
  m.period = bits_of(is(x0, '.'), is(x1, '.'));
  m.hyphen = bits_of(is(x0, '-'), is(x1, '-'));
  m.comma = bits_of(is(x0, ','), is(x1, ','));
  m.colon = bits_of(is(x0, ':'), is(x1, ':'));
  m.mark = bits_of(mark0, mark1);
  m.opener = any_bit(t0, t1, 4);
  _mm256_store_si256(reinterpret_cast<__m256i*>(out.attr), start_attrs(upper0, quote0, mark0, digit0));
  _mm256_store_si256(reinterpret_cast<__m256i*>(out.attr + 32), start_attrs(upper1, quote1, mark1, digit1));
}

bool cpu_has_avx2() noexcept {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}

}  // namespace sitrep::detail

#else

namespace sitrep::detail {
void classify_block_avx2(const unsigned char* p, block_classes& out) noexcept { classify_block_scalar(p, out); }
bool cpu_has_avx2() noexcept { return false; }
}  // namespace sitrep::detail

#endif
