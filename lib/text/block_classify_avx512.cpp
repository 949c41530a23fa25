// AVX-512 window kernel (BW, VBMI and VBMI2: Ice Lake, Zen 4 and later), built
// with a target attribute like the AVX2 one and chosen only where the CPU has it.
//
// Three things get cheaper with 64-byte registers and mask registers:
// - classification: one 128-entry byte lookup (vpermi2b) gives each ASCII byte
//   its classes, and each class is one test into a mask register, with no
//   movemask pairs; the start attributes are a second lookup;
// - turning masks into bytes (spread, fill): one masked add per mask;
// - writing tokens: the window's token starts and last bytes are compressed into
//   byte vectors of offsets (vpcompressb), their attributes gathered with byte
//   permutes, the flag bytes looked up 64 tokens at a time, and the 12-byte
//   records assembled sixteen at a time by dword permutes: no per-token work.
#include "block_scanner.hpp"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

#include <array>

namespace sitrep::detail {
namespace {

#define SITREP_AVX512_TARGET "avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,bmi,bmi2,popcnt"
#define SITREP_AVX512 __attribute__((target(SITREP_AVX512_TARGET))) inline

// The classes read from the lookup; the single bytes with rules of their own
// (newline . - , : / ') are compared directly.
enum : std::uint8_t { kUpper = 1u << 0, kLower = 1u << 1, kDigit = 1u << 2, kSpace = 1u << 3, kMark = 1u << 4,
                      kEss = 1u << 5 };

using table128 = std::array<std::uint8_t, 128>;
constexpr table128 make_class_table() {
  table128 t{};
  for (unsigned c = 0; c < 128; ++c) {
    std::uint8_t k = 0;
    if (c >= 'A' && c <= 'Z') k |= kUpper;
    if (c >= 'a' && c <= 'z') k |= kLower;
    if (c >= '0' && c <= '9') k |= kDigit;
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) k |= kSpace;
    if (is_mark_byte(c)) k |= kMark;
    if (c == 's' || c == 'S') k |= kEss;
    t[c] = k;
  }
  return t;
}
constexpr table128 make_start_table() {
  table128 t{};
  for (unsigned c = 0; c < 128; ++c) t[c] = kStartAttrs.of[c];
  return t;
}
// Byte `byte` (0: flags' low byte, 1: their high byte, 2: the kind) of the
// start or end value of each attribute byte, kAttrValues split into bytes.
using table256 = std::array<std::uint8_t, 256>;
constexpr table256 make_value_byte_table(bool start, unsigned byte) {
  table256 t{};
  for (unsigned a = 0; a < 256; ++a)
    t[a] = static_cast<std::uint8_t>((start ? kAttrValues.start[a] : kAttrValues.end[a]) >> (8 * byte));
  return t;
}
// A token's value is start + end (see attr_value_tables); adding byte by byte
// gives the same sum because the start's and the end's flag bits never overlap
// (no carry between the flag bytes) and the kind byte stays in 0..6.
constexpr bool flag_bits_disjoint() {
  unsigned start_flags = 0, end_flags = 0;
  for (unsigned a = 0; a < 256; ++a) {
    start_flags |= kAttrValues.start[a] & 0xFFFFu;
    end_flags |= kAttrValues.end[a] & 0xFFFFu;
  }
  return (start_flags & end_flags) == 0;
}
static_assert(flag_bits_disjoint());

alignas(64) constexpr table128 kClassTable = make_class_table();
alignas(64) constexpr table128 kStartTable = make_start_table();
alignas(64) constexpr table256 kValueTables[2][3] = {
    {make_value_byte_table(true, 0), make_value_byte_table(true, 1), make_value_byte_table(true, 2)},
    {make_value_byte_table(false, 0), make_value_byte_table(false, 1), make_value_byte_table(false, 2)}};

// Dword permutes that interleave sixteen starts (S), ends (E) and values (V)
// into sixteen 12-byte tokens, three 64-byte stores: dword d of store j is field
// (16j + d) % 3 of token (16j + d) / 3.
struct interleave_plan {
  std::uint32_t start_end[3][16];  // index into S (0-15) or E (16-31)
  std::uint32_t value[3][16];      // index into V
  std::uint16_t value_lanes[3];    // the dwords that take V
  constexpr interleave_plan() : start_end{}, value{}, value_lanes{} {
    for (unsigned j = 0; j < 3; ++j)
      for (unsigned d = 0; d < 16; ++d) {
        const unsigned q = 16 * j + d, t = q / 3, field = q % 3;
        start_end[j][d] = field == 1 ? 16 + t : t;
        value[j][d] = t;
        if (field == 2) value_lanes[j] = static_cast<std::uint16_t>(value_lanes[j] | 1u << d);
      }
  }
};
alignas(64) constexpr interleave_plan kInterleave{};

// Byte permutes that put bytes 16g..16g+15 of a vector into byte 0 (and, for
// the values, bytes 1 and 2) of sixteen dwords.
struct spread_plan {
  std::uint8_t first[4][64];  // dword i, byte 0 <- byte 16g + i
  std::uint8_t value[4][64];  // dword i <- (lo, hi) = bytes 16g + i of the two sources
  constexpr spread_plan() : first{}, value{} {
    for (unsigned g = 0; g < 4; ++g)
      for (unsigned i = 0; i < 16; ++i) {
        first[g][4 * i] = static_cast<std::uint8_t>(16 * g + i);
        value[g][4 * i] = static_cast<std::uint8_t>(16 * g + i);
        value[g][4 * i + 1] = static_cast<std::uint8_t>(64 + 16 * g + i);  // bit 6: the second source
        value[g][4 * i + 2] = static_cast<std::uint8_t>(16 * g + i);
      }
  }
};
alignas(64) constexpr spread_plan kSpread{};
constexpr __mmask64 kByte0 = 0x1111111111111111ull;  // byte 0 of each dword
constexpr __mmask64 kByte2 = 0x4444444444444444ull;  // byte 2 of each dword

SITREP_AVX512 __m512i load64(const void* p) { return _mm512_load_si512(p); }
SITREP_AVX512 __m512i splat(char c) { return _mm512_set1_epi8(c); }

// A 256-entry byte table looked up for 64 indices: two 128-entry lookups, and
// bit 7 of each index picks between them.
SITREP_AVX512 __m512i lookup256(__m512i index, const table256& t) {
  const __m512i low = _mm512_permutex2var_epi8(load64(t.data()), index, load64(t.data() + 64));
  const __m512i high = _mm512_permutex2var_epi8(load64(t.data() + 128), index, load64(t.data() + 192));
  return _mm512_mask_blend_epi8(_mm512_movepi8_mask(index), low, high);
}

SITREP_AVX512 std::uint64_t has(__m512i classes, std::uint8_t bit) {
  return _mm512_test_epi8_mask(classes, splat(static_cast<char>(bit)));
}
SITREP_AVX512 std::uint64_t is(__m512i x, char c) { return _mm512_cmpeq_epi8_mask(x, splat(c)); }

alignas(64) constexpr std::uint8_t kIota[64] = {
    0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
    44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63};

// The tokens of one window as byte vectors, token k in byte k: its first and last
// byte within the window and the three bytes of its value.
struct window_token_bytes {
  __m512i first, last, flags_low, flags_high, kind;
};

// Writes tokens 16g..16g+15 of the window (192 bytes at out).
SITREP_AVX512 void write_token_group(const window_token_bytes& t, unsigned g, std::uint32_t base, unsigned char* out) {
  const __m512i first = load64(kSpread.first[g]);
  const __m512i starts = _mm512_add_epi32(_mm512_maskz_permutexvar_epi8(kByte0, first, t.first),
                                          _mm512_set1_epi32(static_cast<int>(base)));
  const __m512i ends = _mm512_add_epi32(_mm512_maskz_permutexvar_epi8(kByte0, first, t.last),
                                        _mm512_set1_epi32(static_cast<int>(base + 1)));
  const __m512i value_index = load64(kSpread.value[g]);
  const __m512i flags = _mm512_maskz_permutex2var_epi8(kByte0 | kByte0 << 1, t.flags_low, value_index, t.flags_high);
  const __m512i values = _mm512_mask_permutexvar_epi8(flags, kByte2, value_index, t.kind);
  for (unsigned j = 0; j < 3; ++j) {
    const __m512i start_end = _mm512_permutex2var_epi32(starts, load64(kInterleave.start_end[j]), ends);
    const __m512i dwords =
        _mm512_mask_permutexvar_epi32(start_end, kInterleave.value_lanes[j], load64(kInterleave.value[j]), values);
    _mm512_storeu_si512(out + 192 * g + 64 * j, dwords);
  }
}

struct avx512_kernel {
  SITREP_AVX512 block_masks classify(const unsigned char* p, std::uint8_t* attr) const noexcept {
    const __m512i x = _mm512_loadu_si512(p);
    // vpermi2b reads seven bits of each index: bytes of 0x80 and above are
    // zeroed by the mask instead, as they have no classes.
    const __mmask64 ascii = ~_mm512_movepi8_mask(x);
    const __m512i classes =
        _mm512_maskz_permutex2var_epi8(ascii, load64(kClassTable.data()), x, load64(kClassTable.data() + 64));
    block_masks m;
    m.upper = has(classes, kUpper);
    m.lower = has(classes, kLower);
    m.digit = has(classes, kDigit);
    m.space = has(classes, kSpace);
    m.mark = has(classes, kMark);
    m.newline = is(x, '\n');
    m.period = is(x, '.');
    m.hyphen = is(x, '-');
    m.comma = is(x, ',');
    m.colon = is(x, ':');
    m.slash = is(x, '/');
    m.apostrophe_s = is(x, '\'') & (has(classes, kEss) >> 1);
    // Start attributes: the byte's own, plus after_space where the byte before is
    // white space (the byte before the window counts as such).
    const __m512i own =
        _mm512_maskz_permutex2var_epi8(ascii, load64(kStartTable.data()), x, load64(kStartTable.data() + 64));
    const __mmask64 after_space = (m.space << 1) | 1;
    _mm512_store_si512(attr, _mm512_mask_add_epi8(own, after_space, own, splat(start_attr::after_space)));
    return m;
  }

  // bytes[i] |= bit for each bit i of mask (64 bytes, 64-aligned).
  SITREP_AVX512 void spread(std::uint64_t mask, std::uint8_t bit, std::uint8_t* bytes) const noexcept {
    const __m512i v = load64(bytes);
    _mm512_store_si512(bytes, _mm512_mask_mov_epi8(v, mask, _mm512_or_si512(v, splat(static_cast<char>(bit)))));
  }

  // bytes[i] = the OR of bits[k] over the masks[k] with bit i set. The bits are
  // distinct, so a masked add of each is the OR.
  template <std::size_t N>
  SITREP_AVX512 void fill(const std::uint64_t (&masks)[N], const std::uint8_t (&bits)[N],
                          std::uint8_t* bytes) const noexcept {
    __m512i v = _mm512_setzero_si512();
    for (std::size_t k = 0; k < N; ++k) v = _mm512_mask_add_epi8(v, masks[k], v, splat(static_cast<char>(bits[k])));
    _mm512_store_si512(bytes, v);
  }

  // Writes the tokens of a window without chunks for the general splitter: token
  // k starts at the k-th bit of `starts` and ends after the k-th bit of `lasts`.
  // Writes whole groups of sixteen (the sink has room for 64); returns the end of
  // the real ones.
  SITREP_AVX512 token* emit_window(std::uint64_t starts, std::uint64_t lasts, const std::uint8_t* attr,
                                   const std::uint8_t* word_attr, std::uint32_t base, token* dst) const noexcept {
    const unsigned count = static_cast<unsigned>(std::popcount(starts));
    const __m512i iota = load64(kIota);
    window_token_bytes t;
    t.first = _mm512_maskz_compress_epi8(starts, iota);
    t.last = _mm512_maskz_compress_epi8(lasts, iota);
    // (The zero-masking form with every byte kept: GCC 12 warns about the plain
    // form's undefined pass-through operand.)
    const __m512i start_attrs = _mm512_maskz_permutexvar_epi8(~0ull, t.first, load64(attr));
    const __m512i end_attrs = _mm512_maskz_permutexvar_epi8(~0ull, t.last, load64(word_attr));
    const auto& s = kValueTables[0];
    const auto& e = kValueTables[1];
    t.flags_low = _mm512_or_si512(lookup256(start_attrs, s[0]), lookup256(end_attrs, e[0]));
    t.flags_high = _mm512_or_si512(lookup256(start_attrs, s[1]), lookup256(end_attrs, e[1]));
    t.kind = _mm512_add_epi8(lookup256(start_attrs, s[2]), lookup256(end_attrs, e[2]));
    auto* out = reinterpret_cast<unsigned char*>(dst);
    write_token_group(t, 0, base, out);
    if (count > 16) [[unlikely]] {
      for (unsigned g = 1; g * 16 < count; ++g) write_token_group(t, g, base, out);
    }
    return dst + count;
  }
};

}  // namespace

// Everything the scanner calls is inlined here, under the AVX-512 target.
__attribute__((target(SITREP_AVX512_TARGET), flatten)) void scan_text_avx512(std::string_view text,
                                                                            std::vector<token>& out) {
  scan_text(text, out, avx512_kernel{});
}

#undef SITREP_AVX512
#undef SITREP_AVX512_TARGET

bool cpu_has_avx512() noexcept {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
         __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vbmi") &&
         __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
}

}  // namespace sitrep::detail

#else

namespace sitrep::detail {
void scan_text_avx512(std::string_view text, std::vector<token>& out) { scan_text_scalar(text, out); }
bool cpu_has_avx512() noexcept { return false; }
}  // namespace sitrep::detail

#endif
