// AVX2 block classification, compiled with a target attribute so the library
// itself needs no -mavx2 and still runs on CPUs without it (checked at run time).
#include "block_scanner.hpp"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

#include <array>

namespace sitrep::detail {
namespace {

// Marks and symbols by one nibble lookup (the simdjson technique): a byte's class
// bits are low_table[low nibble] & high_table[high nibble]. Each bit stands for
// one high nibble and the low nibbles that make a mark (or a symbol) with it.
// Marks take five bits (high nibbles 2, 3, 5, 6, 7), symbols the top three (2, 3,
// and 5 with 7, whose symbols' low nibbles differ only in F: 0x7F reads as a
// symbol, but it is no mark, so a chunk holding it goes to the general splitter
// and no token starts at it). Bytes of 0x80 and above have no bits.
struct nibble_bit {
  unsigned high, bit;
  bool symbol;
};
constexpr nibble_bit kNibbleBits[] = {{2, 0x01, false}, {3, 0x02, false}, {5, 0x04, false}, {6, 0x08, false},
                                      {7, 0x10, false}, {2, 0x20, true},  {3, 0x40, true},  {5, 0x80, true},
                                      {7, 0x80, true}};
constexpr unsigned kMarkBits = 0x1F;  // symbol bits are the rest: a symbol byte's bits are 0x20 or more
constexpr std::array<char, 16> nibble_table(bool low) {
  std::array<char, 16> t{};
  for (const auto& [high, bit, symbol] : kNibbleBits)
    for (unsigned n = 0; n < 16; ++n) {
      const unsigned c = high << 4 | n;
      if (symbol ? is_symbol_byte(c) : is_mark_byte(c)) t[low ? n : high] |= static_cast<char>(bit);
    }
  return t;
}
constexpr std::array<char, 16> kClassLow = nibble_table(true), kClassHigh = nibble_table(false);
constexpr unsigned nibble_classes(unsigned c) {
  return c < 0x80 ? static_cast<unsigned char>(kClassLow[c & 15]) & static_cast<unsigned char>(kClassHigh[c >> 4]) : 0;
}
constexpr bool nibble_tables_agree() {
  for (unsigned c = 0; c < 256; ++c) {
    if (((nibble_classes(c) & kMarkBits) != 0) != is_mark_byte(c)) return false;
    if ((nibble_classes(c) > kMarkBits) != (is_symbol_byte(c) || c == 0x7F)) return false;
  }
  return true;
}
static_assert(nibble_tables_agree());

// BMI1/BMI2 come with AVX2 on every x86 CPU that has it (Haswell, Zen and later)
// and give the mask algebra three-operand forms (andn, shlx, shrx, blsr): fewer
// register copies in a loop that has more live masks than registers.
#define SITREP_AVX2_TARGET "avx2,bmi,bmi2"
#define SITREP_AVX2 __attribute__((target(SITREP_AVX2_TARGET))) inline

// The constants a window needs, built once per call and then opaque to the
// compiler: left visible, it rebuilds each from an immediate (three
// instructions) at every use inside the loop instead of keeping it in a
// register or reading it from the stack as an operand.
SITREP_AVX2 __m256i opaque(__m256i v) {
  asm("" : "+x"(v));
  return v;
}
SITREP_AVX2 __m256i splat(char c) { return opaque(_mm256_set1_epi8(c)); }
// 16 bytes twice (the shuffles index within each 128-bit lane).
SITREP_AVX2 __m256i twice(const std::array<char, 16>& half) {
  return opaque(_mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(half.data()))));
}

SITREP_AVX2 std::uint64_t bits_of(__m256i lo, __m256i hi) {
  return static_cast<std::uint32_t>(_mm256_movemask_epi8(lo)) |
         (static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(hi))) << 32);
}

// Signed range tests need one compare each after moving the range to the bottom
// of the signed bytes: x + (-128 - lo) is below -128 + (hi - lo + 1) exactly when
// lo <= x <= hi.
struct byte_range {
  __m256i shift, limit;
};
SITREP_AVX2 byte_range range(unsigned char lo, unsigned char hi) {
  return {splat(static_cast<char>(-128 - lo)), splat(static_cast<char>(-128 + (hi - lo + 1)))};
}
SITREP_AVX2 __m256i in_range(__m256i x, const byte_range& r) {
  return _mm256_cmpgt_epi8(r.limit, _mm256_add_epi8(x, r.shift));
}

struct avx2_kernel {
  __m256i class_low = twice(kClassLow), class_high = twice(kClassHigh);
  __m256i nibble = splat(0x0F), mark_bits = splat(kMarkBits);
  // Saturating adds that set bit 7 of a byte exactly when it is above 0 (marks)
  // or above kMarkBits (symbols).
  __m256i above_zero = splat(0x7F), above_mark_bits = splat(0x7F - kMarkBits);
  byte_range upper = range('A', 'Z'), lower = range('a', 'z'), digit = range('0', '9');
  byte_range control = range(0x09, 0x0D);
  __m256i space = splat(' '), newline = splat('\n'), period = splat('.'), hyphen = splat('-');
  __m256i comma = splat(','), colon = splat(':'), slash = splat('/'), quote = splat('"');
  __m256i backtick = splat('`'), apostrophe = splat('\'');
  __m256i attr_upper = splat(start_attr::upper), attr_mark = splat(start_attr::mark);
  __m256i attr_quote = splat(start_attr::quote | start_attr::mark), attr_digit = splat(start_attr::digit);
  __m256i attr_symbol = splat(static_cast<char>(start_attr::symbol | start_attr::mark));
  __m256i attr_possessive = splat(start_attr::possessive);
  __m256i case_bit = splat(0x20), ess = splat('s');
  __m256i attr_after_space = splat(start_attr::after_space);
  // For turning bit masks into bytes: each byte picks the mask byte holding its
  // bit, and the bit it must test.
  __m256i low_bytes = opaque(_mm256_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1,  //
                                              2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3));
  __m256i high_bytes = opaque(_mm256_setr_epi8(4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5,  //
                                               6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7));
  __m256i bit_of_byte = opaque(_mm256_set1_epi64x(static_cast<long long>(0x8040201008040201ull)));

  SITREP_AVX2 avx2_kernel() = default;

  // A byte is in a class when bit 7 of its byte here is set (the mark and symbol
  // bytes may hold other bits too: only bit 7 is read, by movemask and blendv).
  struct half {
    __m256i upper, lower, digit, space, mark, quote, symbol, apostrophe;
  };

  SITREP_AVX2 __m256i is(__m256i x, __m256i c) const { return _mm256_cmpeq_epi8(x, c); }

  SITREP_AVX2 half classify_half(__m256i x) const {
    half h;
    h.upper = in_range(x, upper);
    h.lower = in_range(x, lower);
    h.digit = in_range(x, digit);
    h.space = _mm256_or_si256(is(x, space), in_range(x, control));
    h.quote = _mm256_or_si256(is(x, quote), is(x, backtick));
    h.apostrophe = is(x, apostrophe);
    const __m256i classes =
        _mm256_and_si256(_mm256_shuffle_epi8(class_low, _mm256_and_si256(x, nibble)),
                         _mm256_shuffle_epi8(class_high, _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble)));
    h.mark = _mm256_adds_epu8(_mm256_and_si256(classes, mark_bits), above_zero);
    h.symbol = _mm256_adds_epu8(classes, above_mark_bits);
    return h;
  }

  // Start attributes, byte by byte (see start_attr); `after_space` is the space
  // bytes shifted one place up. The classes but after_space exclude each other,
  // except that symbols and quotes are marks: each picks its value in turn, those
  // two after marks.
  SITREP_AVX2 __m256i start_attrs(const half& h, __m256i after_space) const {
    __m256i a = _mm256_and_si256(h.upper, attr_upper);
    a = _mm256_blendv_epi8(a, attr_mark, h.mark);
    a = _mm256_blendv_epi8(a, attr_symbol, h.symbol);
    a = _mm256_blendv_epi8(a, attr_quote, h.quote);
    a = _mm256_blendv_epi8(a, attr_digit, h.digit);
    a = _mm256_blendv_epi8(a, attr_possessive, h.apostrophe);
    return _mm256_or_si256(a, _mm256_and_si256(after_space, attr_after_space));
  }

  SITREP_AVX2 block_masks classify(const unsigned char* p, std::uint8_t* attr) const noexcept {
    const __m256i x0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
    const half h0 = classify_half(x0), h1 = classify_half(x1);
    block_masks m;
    m.upper = bits_of(h0.upper, h1.upper);
    m.lower = bits_of(h0.lower, h1.lower);
    m.digit = bits_of(h0.digit, h1.digit);
    m.space = bits_of(h0.space, h1.space);
    m.newline = bits_of(is(x0, newline), is(x1, newline));
    m.period = bits_of(is(x0, period), is(x1, period));
    m.hyphen = bits_of(is(x0, hyphen), is(x1, hyphen));
    m.comma = bits_of(is(x0, comma), is(x1, comma));
    m.colon = bits_of(is(x0, colon), is(x1, colon));
    m.slash = bits_of(is(x0, slash), is(x1, slash));
    m.mark = bits_of(h0.mark, h1.mark);
    const std::uint64_t esses = bits_of(is(_mm256_or_si256(x0, case_bit), ess), is(_mm256_or_si256(x1, case_bit), ess));
    m.apostrophe_s = bits_of(h0.apostrophe, h1.apostrophe) & (esses >> 1);
    // "The byte before is white space": the space bytes shifted one place up, the
    // byte before the window counting as white space.
    const __m256i all = _mm256_set1_epi8(-1);
    const __m256i after0 = _mm256_alignr_epi8(h0.space, _mm256_permute2x128_si256(all, h0.space, 0x21), 15);
    const __m256i after1 = _mm256_alignr_epi8(h1.space, _mm256_permute2x128_si256(h0.space, h1.space, 0x21), 15);
    _mm256_store_si256(reinterpret_cast<__m256i*>(attr), start_attrs(h0, after0));
    _mm256_store_si256(reinterpret_cast<__m256i*>(attr + 32), start_attrs(h1, after1));
    return m;
  }

  // 0xFF in byte i of the result for each bit 32 * half + i of `mask`, else 0: the
  // mask is broadcast (once, for both halves), each byte picks the mask byte holding
  // its bit, and a compare turns the bit into 0xFF.
  struct mask_bytes {
    __m256i low, high;  // bytes for bits 0-31 and 32-63
  };
  SITREP_AVX2 mask_bytes bytes_of_bits(std::uint64_t mask) const {
    const __m256i v = _mm256_set1_epi64x(static_cast<long long>(mask));
    const __m256i low = _mm256_and_si256(_mm256_shuffle_epi8(v, low_bytes), bit_of_byte);
    const __m256i high = _mm256_and_si256(_mm256_shuffle_epi8(v, high_bytes), bit_of_byte);
    return {_mm256_cmpeq_epi8(low, bit_of_byte), _mm256_cmpeq_epi8(high, bit_of_byte)};
  }

  // bytes[i] |= bit for each bit i of mask (64 bytes, 32-aligned).
  SITREP_AVX2 void spread(std::uint64_t mask, std::uint8_t bit, std::uint8_t* bytes) const noexcept {
    const __m256i value = _mm256_set1_epi8(static_cast<char>(bit));
    const mask_bytes set = bytes_of_bits(mask);
    auto* at = reinterpret_cast<__m256i*>(bytes);
    _mm256_store_si256(at, _mm256_or_si256(_mm256_load_si256(at), _mm256_and_si256(set.low, value)));
    _mm256_store_si256(at + 1, _mm256_or_si256(_mm256_load_si256(at + 1), _mm256_and_si256(set.high, value)));
  }

  // bytes[i] = the OR of bits[k] over the masks[k] with bit i set, for 64 bytes
  // (32-aligned). Gathered in registers and stored once: spreading mask by mask into
  // memory chains each read of the bytes behind the previous write.
  template <std::size_t N>
  SITREP_AVX2 void fill(const std::uint64_t (&masks)[N], const std::uint8_t (&bits)[N],
                        std::uint8_t* bytes) const noexcept {
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
};

}  // namespace

// Everything the scanner calls is inlined here, under the AVX2 target: the
// constants stay in registers across windows and the masks never touch memory.
__attribute__((target(SITREP_AVX2_TARGET), flatten)) void scan_text_avx2(std::string_view text, std::vector<token>& out) {
  scan_text(text, out, avx2_kernel{});
}

#undef SITREP_AVX2
#undef SITREP_AVX2_TARGET

bool cpu_has_avx2() noexcept {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
}

}  // namespace sitrep::detail

#else

namespace sitrep::detail {
void scan_text_avx2(std::string_view text, std::vector<token>& out) { scan_text_scalar(text, out); }
bool cpu_has_avx2() noexcept { return false; }
}  // namespace sitrep::detail

#endif
