// AVX2 block classification, compiled with a target attribute so the library
// itself needs no -mavx2 and still runs on CPUs without it (checked at run time).
#include "block_scanner.hpp"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

namespace sitrep::detail {
namespace {

#define SITREP_AVX2 __attribute__((target("avx2"))) inline

// Constant vectors live in memory, read as operands: the kernel is called once
// per window, and building each constant in registers would cost more than the
// compares that use it.
struct alignas(32) byte_vector {
  char b[32];
};
constexpr byte_vector splat(char c) {
  byte_vector v{};
  for (char& x : v.b) x = c;
  return v;
}
template <std::size_t N>
constexpr byte_vector twice(const char (&half)[N]) {
  static_assert(N == 17);  // 16 bytes and the terminating NUL of a string literal
  byte_vector v{};
  for (int i = 0; i < 16; ++i) v.b[i] = v.b[i + 16] = half[i];
  return v;
}

// The ASCII symbols # $ % & * + < = > \ ^ _ | ~ by nibble lookup (the simdjson
// technique): the low-nibble table says for which high nibbles (2, 3, 5, 7 as
// bits 0-3) a low nibble is a symbol; the high-nibble table picks the bit.
constexpr byte_vector kSymbolLow = twice("\0\0\0\1\1\1\1\0\0\0\1\1\16\2\16\4");
constexpr byte_vector kSymbolHigh = twice("\0\0\1\2\0\4\0\10\0\0\0\0\0\0\0\0");
constexpr byte_vector kNibble = splat(0x0F);
// Signed range tests need one compare each after moving the range to the bottom
// of the signed bytes: x + (-128 - lo) is below -128 + (hi - lo + 1) exactly when
// lo <= x <= hi.
constexpr byte_vector kUpperShift = splat(static_cast<char>(-128 - 'A')), kUpperLimit = splat(static_cast<char>(-128 + 26));
constexpr byte_vector kLowerShift = splat(static_cast<char>(-128 - 'a')), kLowerLimit = kUpperLimit;
constexpr byte_vector kDigitShift = splat(static_cast<char>(-128 - '0')), kDigitLimit = splat(static_cast<char>(-128 + 10));
constexpr byte_vector kControlShift = splat(static_cast<char>(-128 - 0x09)), kControlLimit = splat(static_cast<char>(-128 + 5));
constexpr byte_vector kPrintShift = splat(static_cast<char>(-128 - 0x21)), kPrintLimit = splat(static_cast<char>(-128 + 94));
constexpr byte_vector kSpace = splat(' '), kNewline = splat('\n'), kPeriod = splat('.'), kHyphen = splat('-');
constexpr byte_vector kComma = splat(','), kColon = splat(':'), kSlash = splat('/'), kQuote = splat('"');
constexpr byte_vector kBacktick = splat('`'), kApostrophe = splat('\''), kAt = splat('@');
constexpr byte_vector kAttrUpper = splat(start_attr::upper), kAttrQuote = splat(start_attr::quote);
constexpr byte_vector kAttrMark = splat(start_attr::mark), kAttrDigit = splat(start_attr::digit);
constexpr byte_vector kAttrSymbol = splat(static_cast<char>(start_attr::symbol));
constexpr byte_vector kAttrAfterSpace = splat(start_attr::after_space);

SITREP_AVX2 __m256i load(const byte_vector& v) { return _mm256_load_si256(reinterpret_cast<const __m256i*>(v.b)); }

SITREP_AVX2 std::uint64_t bits_of(__m256i lo, __m256i hi) {
  return static_cast<std::uint32_t>(_mm256_movemask_epi8(lo)) |
         (static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(hi))) << 32);
}

SITREP_AVX2 __m256i in_range(__m256i x, const byte_vector& shift, const byte_vector& limit) {
  return _mm256_cmpgt_epi8(load(limit), _mm256_add_epi8(x, load(shift)));
}

SITREP_AVX2 __m256i is(__m256i x, const byte_vector& c) { return _mm256_cmpeq_epi8(x, load(c)); }

SITREP_AVX2 __m256i symbols(__m256i x) {
  const __m256i nibble = load(kNibble);
  const __m256i lo = _mm256_shuffle_epi8(load(kSymbolLow), _mm256_and_si256(x, nibble));
  const __m256i hi = _mm256_shuffle_epi8(load(kSymbolHigh), _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble));
  return _mm256_cmpgt_epi8(_mm256_and_si256(lo, hi), _mm256_setzero_si256());
}

struct half {
  __m256i upper, lower, digit, space, mark, quote, symbol;
};

SITREP_AVX2 half classify_half(__m256i x) {
  half h;
  h.upper = in_range(x, kUpperShift, kUpperLimit);
  h.lower = in_range(x, kLowerShift, kLowerLimit);
  h.digit = in_range(x, kDigitShift, kDigitLimit);
  h.space = _mm256_or_si256(is(x, kSpace), in_range(x, kControlShift, kControlLimit));
  h.quote = _mm256_or_si256(is(x, kQuote), is(x, kBacktick));
  h.symbol = symbols(x);
  // Marks: printable ASCII that is not a letter or digit, less the bytes with
  // rules of their own: ' (apostrophes), - (hyphens and dashes), @ (e-mail).
  const __m256i alnum = _mm256_or_si256(_mm256_or_si256(h.upper, h.lower), h.digit);
  const __m256i own_rules = _mm256_or_si256(_mm256_or_si256(is(x, kApostrophe), is(x, kHyphen)), is(x, kAt));
  h.mark = _mm256_andnot_si256(_mm256_or_si256(alnum, own_rules), in_range(x, kPrintShift, kPrintLimit));
  return h;
}

// Start attributes, byte by byte (see start_attr); `after_space` is the space
// bytes shifted one place up.
SITREP_AVX2 __m256i bit(__m256i v, const byte_vector& b) { return _mm256_and_si256(v, load(b)); }

SITREP_AVX2 __m256i start_attrs(const half& h, __m256i after_space) {
  return _mm256_or_si256(
      _mm256_or_si256(_mm256_or_si256(bit(h.upper, kAttrUpper), bit(h.quote, kAttrQuote)),
                      _mm256_or_si256(bit(h.mark, kAttrMark), bit(h.digit, kAttrDigit))),
      _mm256_or_si256(bit(h.symbol, kAttrSymbol), bit(after_space, kAttrAfterSpace)));
}

SITREP_AVX2 void classify_block_avx2(const unsigned char* p, block_classes& out) noexcept {
  const __m256i x0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
  const half h0 = classify_half(x0), h1 = classify_half(x1);
  block_masks& m = out.m;
  m.upper = bits_of(h0.upper, h1.upper);
  m.lower = bits_of(h0.lower, h1.lower);
  m.digit = bits_of(h0.digit, h1.digit);
  m.space = bits_of(h0.space, h1.space);
  m.newline = bits_of(is(x0, kNewline), is(x1, kNewline));
  m.period = bits_of(is(x0, kPeriod), is(x1, kPeriod));
  m.hyphen = bits_of(is(x0, kHyphen), is(x1, kHyphen));
  m.comma = bits_of(is(x0, kComma), is(x1, kComma));
  m.colon = bits_of(is(x0, kColon), is(x1, kColon));
  m.slash = bits_of(is(x0, kSlash), is(x1, kSlash));
  m.mark = bits_of(h0.mark, h1.mark);
  // "The byte before is white space": the space bytes shifted one place up, the
  // byte before the window counting as white space.
  const __m256i all = _mm256_set1_epi8(-1);
  const __m256i after0 = _mm256_alignr_epi8(h0.space, _mm256_permute2x128_si256(all, h0.space, 0x21), 15);
  const __m256i after1 = _mm256_alignr_epi8(h1.space, _mm256_permute2x128_si256(h0.space, h1.space, 0x21), 15);
  _mm256_store_si256(reinterpret_cast<__m256i*>(out.attr), start_attrs(h0, after0));
  _mm256_store_si256(reinterpret_cast<__m256i*>(out.attr + 32), start_attrs(h1, after1));
}

// 0xFF in byte i of the result for each bit 32 * half + i of `mask`, else 0: the mask
// is broadcast (once, for both halves), each byte picks the mask byte holding its bit,
// and a compare turns the bit into 0xFF.
struct mask_bytes {
  __m256i low, high;  // bytes for bits 0-31 and 32-63
};
SITREP_AVX2 mask_bytes bytes_of_bits(std::uint64_t mask) {
  const __m256i low_bytes = _mm256_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1,  //
                                             2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3);
  const __m256i high_bytes = _mm256_setr_epi8(4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5,  //
                                              6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7);
  const __m256i bit_of_byte = _mm256_set1_epi64x(static_cast<long long>(0x8040201008040201ull));
  const __m256i v = _mm256_set1_epi64x(static_cast<long long>(mask));
  const __m256i low = _mm256_and_si256(_mm256_shuffle_epi8(v, low_bytes), bit_of_byte);
  const __m256i high = _mm256_and_si256(_mm256_shuffle_epi8(v, high_bytes), bit_of_byte);
  return {_mm256_cmpeq_epi8(low, bit_of_byte), _mm256_cmpeq_epi8(high, bit_of_byte)};
}

// bytes[i] |= bit for each bit i of mask (64 bytes, 32-aligned).
SITREP_AVX2 void spread_bits(std::uint64_t mask, std::uint8_t bit, std::uint8_t* bytes) {
  const __m256i value = _mm256_set1_epi8(static_cast<char>(bit));
  const mask_bytes set = bytes_of_bits(mask);
  auto* at = reinterpret_cast<__m256i*>(bytes);
  _mm256_store_si256(at, _mm256_or_si256(_mm256_load_si256(at), _mm256_and_si256(set.low, value)));
  _mm256_store_si256(at + 1, _mm256_or_si256(_mm256_load_si256(at + 1), _mm256_and_si256(set.high, value)));
}

// bytes[i] = the OR of bits[k] over the masks[k] with bit i set, for 64 bytes (32-aligned).
// Gathered in registers and stored once: spreading mask by mask into memory chains each
// read of the bytes behind the previous write.
template <std::size_t N>
SITREP_AVX2 void fill_bits(const std::uint64_t (&masks)[N], const std::uint8_t (&bits)[N], std::uint8_t* bytes) {
  __m256i low = _mm256_setzero_si256(), high = _mm256_setzero_si256();
  for (std::size_t k = 0; k < N; ++k) {
    const mask_bytes set = bytes_of_bits(masks[k]);
    const __m256i value = _mm256_set1_epi8(static_cast<char>(bits[k]));
    low = _mm256_or_si256(low, _mm256_and_si256(set.low, value));
    high = _mm256_or_si256(high, _mm256_and_si256(set.high, value));
  }
  _mm256_store_si256(reinterpret_cast<__m256i*>(bytes), low);
  _mm256_store_si256(reinterpret_cast<__m256i*>(bytes) + 1, high);
}

struct avx2_kernel {
  SITREP_AVX2 static void classify(const unsigned char* p, block_classes& out) noexcept { classify_block_avx2(p, out); }
  SITREP_AVX2 static void spread(std::uint64_t mask, std::uint8_t bit, std::uint8_t* bytes) noexcept {
    spread_bits(mask, bit, bytes);
  }
  template <std::size_t N>
  SITREP_AVX2 static void fill(const std::uint64_t (&masks)[N], const std::uint8_t (&bits)[N], std::uint8_t* bytes) noexcept {
    fill_bits(masks, bits, bytes);
  }
};

}  // namespace

// Everything the scanner calls is inlined here, under the AVX2 target: the
// constants stay in registers across windows and the masks never touch memory.
__attribute__((target("avx2"), flatten)) void scan_text_avx2(std::string_view text, std::vector<token>& out) {
  scan_text<avx2_kernel>(text, out);
}

#undef SITREP_AVX2

bool cpu_has_avx2() noexcept {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}

}  // namespace sitrep::detail

#else

namespace sitrep::detail {
void scan_text_avx2(std::string_view text, std::vector<token>& out) { scan_text_scalar(text, out); }
bool cpu_has_avx2() noexcept { return false; }
}  // namespace sitrep::detail

#endif
