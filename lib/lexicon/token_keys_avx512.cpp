// AVX-512 kernel of the matcher's first pass (token_keys.hpp), eight tokens at a
// time, built with a target attribute and chosen only where the CPU has it.
//
// Nearly every token of news text (98.7% of Reuters-21578) is plain: 1 to 16
// ASCII bytes needing no folding but lower case, ASCII dashes and quotes among
// them. For those the vector lanes do the work the scalar kernel does one token
// at a time: mask and lower-case the token's bytes, hash them (hash_word, then
// hash_combine with the seed), derive the next-word bit, test the start sets
// (lower-case words, digits, other first words) and compress the candidates'
// indices. The bytes and the start sets' words come in by scalar loads, as
// gathers ran slower on Zen 4 (and on Zen 5; so did one permute of the group's
// text, 128 bytes, into the lanes). A group of eight plain tokens places its
// keys by a prefix sum in the vector; any other group places them one by one,
// keying the tokens that are not plain through the scalar kernel's own step
// (write_one_token_key).
#include "lexicon/token_keys.hpp"
#include "text/token_dwords.hpp"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

// GCC 12's intrinsics read a deliberately undefined register (_mm256_undefined_*)
// when narrowing or widening, which -Wmaybe-uninitialized reports at every use
// (GCC bug 105593). Nothing here reads an undefined value.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <cstddef>
#include <cstring>

namespace sitrep::detail {

#define SITREP_KEYS_TARGET "avx512f,avx512bw,avx512vl,avx512dq,popcnt"

namespace {

// x ^ (x >> shift), the mixing step of the key hashes (normalize.hpp).
__attribute__((target(SITREP_KEYS_TARGET))) inline __m512i mix_shift(__m512i x, unsigned shift) {
  return _mm512_xor_si512(x, _mm512_srli_epi64(x, shift));
}

// lower_ascii_word (ascii.hpp) on eight words.
__attribute__((target(SITREP_KEYS_TARGET))) inline __m512i lower_ascii(__m512i bytes) {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  const __m512i above_at = _mm512_add_epi64(bytes, _mm512_set1_epi64(static_cast<long long>(0x3F * ones)));
  const __m512i above_z = _mm512_add_epi64(bytes, _mm512_set1_epi64(static_cast<long long>(0x25 * ones)));
  // above_at & ~above_z & highs (truth table 0x20: a & ~b & c).
  const __m512i upper = _mm512_ternarylogic_epi64(above_at, above_z,
                                                  _mm512_set1_epi64(static_cast<long long>(0x8080808080808080ull)), 0x20);
  return _mm512_or_si512(bytes, _mm512_srli_epi64(upper, 2));
}

// Two 8-byte words of `text`, from the starts of two tokens (or `limit`, if
// less) + skip. The starts are read from the records, not from a vector: moving
// lanes to general registers costs shuffles, this loop's scarcest resource.
__attribute__((target(SITREP_KEYS_TARGET))) inline __m128i load_two(const char* text, const token* t,
                                                                    std::uint32_t limit, unsigned skip) {
  long long a, b;
  std::memcpy(&a, text + (t[0].start < limit ? t[0].start : limit) + skip, 8);
  std::memcpy(&b, text + (t[1].start < limit ? t[1].start : limit) + skip, 8);
  return _mm_insert_epi64(_mm_cvtsi64_si128(a), b, 1);
}

// Eight 8-byte words of `text`, from the starts of tokens t[0, 8) (or `limit`) + skip.
__attribute__((target(SITREP_KEYS_TARGET))) inline __m512i load_eight(const char* text, const token* t,
                                                                      std::uint32_t limit, unsigned skip) {
  const __m256i low = _mm256_inserti128_si256(_mm256_castsi128_si256(load_two(text, t, limit, skip)),
                                              load_two(text, t + 2, limit, skip), 1);
  const __m256i high = _mm256_inserti128_si256(_mm256_castsi128_si256(load_two(text, t + 4, limit, skip)),
                                               load_two(text, t + 6, limit, skip), 1);
  return _mm512_inserti64x4(_mm512_castsi256_si512(low), high, 1);
}

// The words at two addresses (each a const std::uint64_t* stored as an integer).
__attribute__((target(SITREP_KEYS_TARGET))) inline __m128i load_two_at(const std::uint64_t* address) {
  long long a, b;
  std::memcpy(&a, reinterpret_cast<const void*>(static_cast<std::uintptr_t>(address[0])), 8);
  std::memcpy(&b, reinterpret_cast<const void*>(static_cast<std::uintptr_t>(address[1])), 8);
  return _mm_insert_epi64(_mm_cvtsi64_si128(a), b, 1);
}

// The words at eight addresses.
__attribute__((target(SITREP_KEYS_TARGET))) inline __m512i load_eight_at(const std::uint64_t* address) {
  const __m256i low = _mm256_inserti128_si256(_mm256_castsi128_si256(load_two_at(address)), load_two_at(address + 2), 1);
  const __m256i high =
      _mm256_inserti128_si256(_mm256_castsi128_si256(load_two_at(address + 4)), load_two_at(address + 6), 1);
  return _mm512_inserti64x4(_mm512_castsi256_si512(low), high, 1);
}

}  // namespace

__attribute__((target(SITREP_KEYS_TARGET))) token_keys_written write_token_keys_avx512(
    std::string_view text, const token* tokens, std::size_t n, const token_key_columns& out,
    const start_sets& starts) noexcept {
  token_keys_written r;
  std::size_t i = 0;
  // A plain token's bytes are read as two whole 8-byte chunks: it needs 16 bytes
  // of text from its start. Texts under 16 bytes take the scalar step throughout.
  const std::uint64_t last_start = text.size() >= 16 ? text.size() - 16 : 0;
  const auto start_limit = static_cast<std::uint32_t>(last_start > 0xFFFFFFFFu ? 0xFFFFFFFFu : last_start);
  const bool vector_ok = text.size() >= 16;

  const __m512i start_dwords = _mm512_loadu_si512(kStartDword);
  const __m512i end_dwords = _mm512_loadu_si512(kEndDword);
  const __m512i meta_dwords = _mm512_loadu_si512(kMetaDword);
  const __m256i folded_flags = _mm256_set1_epi32(kFoldedTokenFlags);
  const __m256i mark_flags = _mm256_set1_epi32(kMarkTokenFlags);
  const __m512i all_ones = _mm512_set1_epi64(-1);
  const __m512i seed_term = _mm512_set1_epi64(static_cast<long long>(kHashSeed * kCombineMultipliers[0]));
  alignas(32) std::uint32_t sizes[8];
  alignas(64) std::uint64_t set_address[8];
  const __m512i lowercase_base = _mm512_set1_epi64(static_cast<long long>(reinterpret_cast<std::uintptr_t>(starts.lowercase)));
  const __m512i digit_base = _mm512_set1_epi64(static_cast<long long>(reinterpret_cast<std::uintptr_t>(starts.digit)));
  const __m512i first_word_base =
      _mm512_set1_epi64(static_cast<long long>(reinterpret_cast<std::uintptr_t>(starts.first_word)));

  for (; vector_ok && i + 8 <= n; i += 8) {
    const auto* fields = reinterpret_cast<const int*>(tokens + i);
    const __m512i first16 = _mm512_loadu_si512(fields);
    const __m512i last8 = _mm512_castsi256_si512(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(fields + 16)));
    const __m256i start = _mm512_castsi512_si256(_mm512_permutex2var_epi32(first16, start_dwords, last8));
    const __m256i end = _mm512_castsi512_si256(_mm512_permutex2var_epi32(first16, end_dwords, last8));
    const __m256i meta = _mm512_castsi512_si256(_mm512_permutex2var_epi32(first16, meta_dwords, last8));
    const __m256i size = _mm256_sub_epi32(end, start);
    const __m256i kind = _mm256_and_si256(_mm256_srli_epi32(meta, 16), _mm256_set1_epi32(0xFF));

    // is_short_plain_token, widened to 16 bytes: a dash or quote only as ASCII
    // punctuation not opening in a backquote (tested once its bytes are in).
    const __mmask8 mark = _mm256_test_epi32_mask(meta, mark_flags);
    const __mmask8 punctuation =
        _mm256_cmpeq_epi32_mask(kind, _mm256_set1_epi32(static_cast<int>(token_kind::punctuation)));
    const __mmask8 plain_flags = _mm256_testn_epi32_mask(meta, folded_flags) & ~(mark & ~punctuation) &
                                 _mm256_cmple_epu32_mask(kind, _mm256_set1_epi32(static_cast<int>(token_kind::symbol))) &
                                 _mm256_cmplt_epu32_mask(_mm256_sub_epi32(size, _mm256_set1_epi32(1)),
                                                         _mm256_set1_epi32(16)) &
                                 _mm256_cmple_epu32_mask(start, _mm256_set1_epi32(static_cast<int>(start_limit)));
    // The bytes, by scalar loads: the gather instruction took a third of this
    // loop's time on Zen 4 (perf). Starts past the limit (tokens
    // that are not plain) read from the limit instead, and are masked off.
    const __m512i bytes0 = load_eight(text.data(), tokens + i, start_limit, 0);
    const __mmask8 backquote =
        _mm512_cmpeq_epi64_mask(_mm512_and_si512(bytes0, _mm512_set1_epi64(0xFF)), _mm512_set1_epi64('`'));
    const __mmask8 plain = plain_flags & ~(mark & backquote);
    const __mmask8 two_chunks = plain & _mm256_cmpgt_epu32_mask(size, _mm256_set1_epi32(8));
    const __m512i raw0 = _mm512_maskz_mov_epi64(plain, bytes0);
    const __m512i raw1 = _mm512_maskz_mov_epi64(two_chunks, load_eight(text.data(), tokens + i, start_limit, 8));

    // The token's bytes only (first_bytes), lower-cased.
    const __m512i size64 = _mm512_cvtepu32_epi64(size);
    const __m512i bits = _mm512_slli_epi64(size64, 3);
    const __m512i keep0 = _mm512_srlv_epi64(
        all_ones, _mm512_sub_epi64(_mm512_set1_epi64(64), _mm512_min_epu64(bits, _mm512_set1_epi64(64))));
    // 128 - bits is 56..0 for 9 to 16 bytes, and 64 or more (nothing kept) below.
    const __m512i keep1 = _mm512_srlv_epi64(all_ones, _mm512_sub_epi64(_mm512_set1_epi64(128), bits));
    const __m512i chunk0 = lower_ascii(_mm512_and_si512(raw0, keep0));
    const __m512i chunk1 = lower_ascii(_mm512_and_si512(raw1, keep1));

    // hash_word: the length, then one or two chunks; then hash_combine(kHashSeed, word).
    const __m512i begin = _mm512_mullo_epi64(size64, _mm512_set1_epi64(static_cast<long long>(kWordLengthMultiplier)));
    const __m512i chunk_mul = _mm512_set1_epi64(static_cast<long long>(kChunkMultiplier));
    const __m512i one = mix_shift(_mm512_mullo_epi64(_mm512_xor_si512(begin, chunk0), chunk_mul), 32);
    const __m512i two = mix_shift(_mm512_mullo_epi64(_mm512_xor_si512(one, chunk1), chunk_mul), 32);
    const __m512i word = _mm512_mask_blend_epi64(two_chunks, one, two);
    __m512i hash = mix_shift(_mm512_add_epi64(seed_term, word), 33);
    hash = mix_shift(_mm512_mullo_epi64(hash, _mm512_set1_epi64(static_cast<long long>(kCombineMultipliers[1]))), 29);
    hash = mix_shift(_mm512_mullo_epi64(hash, _mm512_set1_epi64(static_cast<long long>(kCombineMultipliers[2]))), 32);

    _mm512_storeu_si512(out.key_hash + i, hash);
    _mm512_storeu_si512(out.word_hash + i, word);
    const __m512i next = _mm512_sllv_epi64(_mm512_set1_epi64(1), _mm512_srli_epi64(hash, 59));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out.next_bit + i), _mm512_cvtepi64_epi32(next));

    // may_start_phrase: a word or a number whose start set has it: the lower-case
    // set for a word opening in a lower-case letter, the digit set for a token
    // opening in a digit, the first-word set for the rest. Each lane reads its word
    // of its set by a scalar load (gathers are slow even from L1).
    const __mmask8 word_kind = _mm256_cmpeq_epi32_mask(kind, _mm256_set1_epi32(static_cast<int>(token_kind::word)));
    const __mmask8 starts_kind =
        _mm256_cmple_epu32_mask(kind, _mm256_set1_epi32(static_cast<int>(token_kind::number)));
    const __m512i opening = _mm512_and_si512(raw0, _mm512_set1_epi64(0xFF));
    const __mmask8 lower_word =
        plain & word_kind &
        _mm512_cmplt_epu64_mask(_mm512_sub_epi64(opening, _mm512_set1_epi64('a')), _mm512_set1_epi64(26));
    const __mmask8 digit_led =
        plain & starts_kind &
        _mm512_cmplt_epu64_mask(_mm512_sub_epi64(opening, _mm512_set1_epi64('0')), _mm512_set1_epi64(10));
    const __mmask8 other_led = plain & starts_kind & ~lower_word & ~digit_led;
    __m512i bit = _mm512_mask_blend_epi64(digit_led, _mm512_srli_epi64(hash, 64 - starts.lowercase_log2),
                                          _mm512_srli_epi64(hash, 64 - starts.digit_log2));
    bit = _mm512_mask_blend_epi64(other_led, bit, _mm512_srli_epi64(hash, 64 - starts.first_word_log2));
    __m512i set_base = _mm512_mask_blend_epi64(digit_led, lowercase_base, digit_base);
    set_base = _mm512_mask_blend_epi64(other_led, set_base, first_word_base);
    _mm512_store_si512(set_address, _mm512_add_epi64(set_base, _mm512_slli_epi64(_mm512_srli_epi64(bit, 6), 3)));
    // Read back through memory: left to itself the compiler moves the lanes to
    // general registers by shuffles, which this loop has too many of already
    // (the store and eight loads measured 2% faster).
    asm("" : "+m"(set_address));
    const __m512i set_words = load_eight_at(set_address);
    const __mmask8 in_set = _mm512_test_epi64_mask(
        _mm512_srlv_epi64(set_words, _mm512_and_si512(bit, _mm512_set1_epi64(63))), _mm512_set1_epi64(1));
    unsigned keep = plain & starts_kind & in_set;

    // Where the keys lie in the document's key string (token_keys.hpp): a plain
    // token's key is as long as the token; any other is keyed by the scalar step,
    // which also overwrites the columns the vectors wrote.
    if (plain == 0xFF) {
      // The common group, all plain: offsets are a prefix sum of the lengths plus
      // their spaces.
      const __m512i step = _mm512_add_epi64(size64, _mm512_set1_epi64(1));
      const __m512i zero = _mm512_setzero_si512();
      __m512i sum = _mm512_add_epi64(step, _mm512_alignr_epi64(step, zero, 7));
      sum = _mm512_add_epi64(sum, _mm512_alignr_epi64(sum, zero, 6));
      sum = _mm512_add_epi64(sum, _mm512_alignr_epi64(sum, zero, 4));
      _mm512_storeu_si512(out.key_at + i,
                          _mm512_add_epi64(_mm512_sub_epi64(sum, step), _mm512_set1_epi64(static_cast<long long>(r.key_bytes))));
      r.key_bytes += static_cast<std::size_t>(_mm512_cvtsi512_si32(_mm512_alignr_epi64(zero, sum, 7)));
    } else {
      _mm256_store_si256(reinterpret_cast<__m256i*>(sizes), size);
      for (unsigned l = 0; l < 8; ++l) {
        if ((plain >> l) & 1u) {
          out.key_at[i + l] = r.key_bytes;
          r.key_bytes += sizes[l] + 1;
        } else if (write_one_token_key(text, tokens, i + l, out, starts, r.key_bytes)) {
          keep |= 1u << l;
        }
      }
    }

    const __m256i index = _mm256_add_epi32(_mm256_set1_epi32(static_cast<int>(i)), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out.candidates + r.candidates),
                        _mm256_maskz_compress_epi32(static_cast<__mmask8>(keep), index));
    r.candidates += static_cast<std::size_t>(__builtin_popcount(keep));
  }

  write_token_keys_from(text, tokens, i, n, out, starts, r);
  return r;
}

#undef SITREP_KEYS_TARGET

bool token_keys_avx512_supported() noexcept {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
         __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("popcnt");
}

}  // namespace sitrep::detail

#else

namespace sitrep::detail {
token_keys_written write_token_keys_avx512(std::string_view text, const token* tokens, std::size_t n,
                                           const token_key_columns& out, const start_sets& starts) noexcept {
  return write_token_keys_scalar(text, tokens, n, out, starts);
}
bool token_keys_avx512_supported() noexcept { return false; }
}  // namespace sitrep::detail

#endif
