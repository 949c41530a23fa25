// AVX2 block classification, compiled with a target attribute so the library
// itself needs no -mavx2 and still runs on CPUs without it (checked at run time).
#include "block_scanner.hpp"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

namespace sitrep::detail {
namespace {

#define SITREP_AVX2 __attribute__((target("avx2"))) inline

SITREP_AVX2 std::uint64_t bits_of(__m256i lo, __m256i hi) {
  return static_cast<std::uint32_t>(_mm256_movemask_epi8(lo)) |
         (static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(hi))) << 32);
}

// Bytes in [lo, hi]. Signed compares: bytes >= 0x80 are negative and fall
// outside every ASCII range.
SITREP_AVX2 __m256i in_range(__m256i x, char lo, char hi) {
  return _mm256_and_si256(_mm256_cmpgt_epi8(x, _mm256_set1_epi8(static_cast<char>(lo - 1))),
                          _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(hi + 1)), x));
}

SITREP_AVX2 __m256i is(__m256i x, char c) { return _mm256_cmpeq_epi8(x, _mm256_set1_epi8(c)); }

// The ASCII symbols # $ % & * + < = > \ ^ _ | ~ by nibble lookup (the simdjson
// technique): the low-nibble table says for which high nibbles (2, 3, 5, 7 as
// bits 0-3) a low nibble is a symbol; the high-nibble table picks the bit.
SITREP_AVX2 __m256i symbols(__m256i x) {
  const __m256i lo_table = _mm256_setr_epi8(0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 2 | 4 | 8, 2, 2 | 4 | 8, 4,  //
                                            0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 2 | 4 | 8, 2, 2 | 4 | 8, 4);
  const __m256i hi_table = _mm256_setr_epi8(0, 0, 1, 2, 0, 4, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0,  //
                                            0, 0, 1, 2, 0, 4, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i lo = _mm256_shuffle_epi8(lo_table, _mm256_and_si256(x, nibble));
  const __m256i hi = _mm256_shuffle_epi8(hi_table, _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble));
  return _mm256_cmpgt_epi8(_mm256_and_si256(lo, hi), _mm256_setzero_si256());
}

struct half {
  __m256i upper, lower, digit, space, mark, period, quote, symbol;
};

SITREP_AVX2 half classify_half(__m256i x) {
  half h;
  h.upper = in_range(x, 'A', 'Z');
  h.lower = in_range(x, 'a', 'z');
  h.digit = in_range(x, '0', '9');
  h.space = _mm256_or_si256(is(x, ' '), in_range(x, 0x09, 0x0D));
  h.period = is(x, '.');
  h.quote = _mm256_or_si256(is(x, '"'), is(x, '`'));
  h.symbol = symbols(x);
  // Marks: printable ASCII that is not a letter or digit, less the bytes with
  // rules of their own: ' (apostrophes), - (hyphens and dashes), @ (e-mail).
  const __m256i alnum = _mm256_or_si256(_mm256_or_si256(h.upper, h.lower), h.digit);
  const __m256i own_rules = _mm256_or_si256(_mm256_or_si256(is(x, '\''), is(x, '-')), is(x, '@'));
  h.mark = _mm256_andnot_si256(_mm256_or_si256(alnum, own_rules), in_range(x, 0x21, 0x7E));
  return h;
}

// Start attributes, byte by byte (see start_attr); `after_space` is the space
// bytes shifted one place up.
SITREP_AVX2 __m256i bit(__m256i v, std::uint8_t b) { return _mm256_and_si256(v, _mm256_set1_epi8(static_cast<char>(b))); }

SITREP_AVX2 __m256i start_attrs(const half& h, __m256i after_space) {
  return _mm256_or_si256(
      _mm256_or_si256(_mm256_or_si256(bit(h.upper, start_attr::upper), bit(h.quote, start_attr::quote)),
                      _mm256_or_si256(bit(h.mark, start_attr::mark), bit(h.digit, start_attr::digit))),
      _mm256_or_si256(bit(h.symbol, start_attr::symbol), bit(after_space, start_attr::after_space)));
}

}  // namespace

__attribute__((target("avx2"))) void classify_block_avx2(const unsigned char* p, block_classes& out) noexcept {
  const __m256i x0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
  const half h0 = classify_half(x0), h1 = classify_half(x1);
  block_masks& m = out.m;
  m.upper = bits_of(h0.upper, h1.upper);
  m.lower = bits_of(h0.lower, h1.lower);
  m.digit = bits_of(h0.digit, h1.digit);
  m.space = bits_of(h0.space, h1.space);
  m.newline = bits_of(is(x0, '\n'), is(x1, '\n'));
  m.period = bits_of(h0.period, h1.period);
  m.hyphen = bits_of(is(x0, '-'), is(x1, '-'));
  m.comma = bits_of(is(x0, ','), is(x1, ','));
  m.colon = bits_of(is(x0, ':'), is(x1, ':'));
  m.slash = bits_of(is(x0, '/'), is(x1, '/'));
  m.mark = bits_of(h0.mark, h1.mark);
  // "The byte before is white space": the space bytes shifted one place up, the
  // byte before the window counting as white space.
  const __m256i all = _mm256_set1_epi8(-1);
  const __m256i after0 = _mm256_alignr_epi8(h0.space, _mm256_permute2x128_si256(all, h0.space, 0x21), 15);
  const __m256i after1 = _mm256_alignr_epi8(h1.space, _mm256_permute2x128_si256(h0.space, h1.space, 0x21), 15);
  _mm256_store_si256(reinterpret_cast<__m256i*>(out.attr), start_attrs(h0, after0));
  _mm256_store_si256(reinterpret_cast<__m256i*>(out.attr + 32), start_attrs(h1, after1));
}

#undef SITREP_AVX2

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
