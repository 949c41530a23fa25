// The matcher's first pass over a document: every token's dictionary key and
// hashes, and the list of tokens that may start a phrase.
//
// It is the one step of matching that runs for every token (one in four is
// listed, one in seven goes on to a lookup), so it has two kernels: a scalar
// one, and an AVX-512 one that keys eight tokens at a time and is chosen at run
// time where the CPU has AVX-512 F, BW, VL and DQ. Both write identical columns
// (the unit tests and the fuzz target compare them).
//
// Thread-safety: pure functions of their arguments; they write only `out`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lexicon/bundle_format.hpp"
#include "lexicon/token_key.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

/// Where the pass writes, for tokens [0, n). The caller owns every array.
///
/// The keys themselves are not kept: a lookup needs a key's bytes only when the
/// cache misses (a few percent of lookups), and write_phrase_key writes them
/// then. `key_at` places each key, followed by one space, in the document's key
/// string as if it were written, so a phrase's key length is a subtraction.
struct token_key_columns {
  char* scratch;              // where a token the vector lanes cannot key is keyed: 4 × text.size() + 16 bytes
  std::size_t* key_at;        // [n]: where token i's key starts in the document's key string
  std::uint64_t* key_hash;    // [n]: hash_bytes(kHashSeed, key)
  std::uint64_t* word_hash;   // [n]: hash_word(key), for a one-word key
  std::uint32_t* next_bit;    // [n]: next_word_bit(key_hash) of a one-word key; ~0u for others
  std::uint32_t* candidates;  // n + 8 entries: the tokens that may start a phrase, in order
};

/// The first words of phrases, as bit sets indexed by the top `log2` bits of a
/// one-word key's hash (lexicon.hpp): in `lowercase`, those a lower-case surface
/// may name; in `digit`, those opening in a digit; in `first_word`, all of them.
/// A word opening in a lower-case ASCII letter is tested against `lowercase`, a
/// token opening in a digit against `digit`, any other word or number against
/// `first_word`; one whose bit is clear starts nothing.
struct start_sets {
  const std::uint64_t* lowercase;
  unsigned lowercase_log2;
  const std::uint64_t* digit;
  unsigned digit_log2;
  const std::uint64_t* first_word;
  unsigned first_word_log2;

  static bool has(const std::uint64_t* words, unsigned log2, std::uint64_t key_hash) noexcept {
    return has_bit(words, key_hash >> (64 - log2));
  }
};

/// Result of the pass: the length of the document's key string (the end of the
/// last key's space) and candidates found.
struct token_keys_written {
  std::size_t key_bytes = 0;
  std::size_t candidates = 0;
};

/// Can token `t`, whose key `k` was written, start a phrase? Words and numbers
/// with a key of 1 to kMaxKeyBytes bytes can, except a one-word key that `starts`
/// rules out (a key keeps a lower-case letter or a digit opening it as it is).
/// `opening` is the token's first byte.
inline bool may_start_phrase(const token& t, const token_key& k, unsigned char opening,
                             const start_sets& starts) noexcept {
  if (t.kind != token_kind::word && t.kind != token_kind::number) return false;
  if (k.length - 1 >= kMaxKeyBytes) return false;  // an empty key wraps
  if (!k.one_word) return true;
  if (static_cast<unsigned>(opening - 'a') < 26u && t.kind == token_kind::word)
    return start_sets::has(starts.lowercase, starts.lowercase_log2, k.hash);
  if (static_cast<unsigned>(opening - '0') < 10u) return start_sets::has(starts.digit, starts.digit_log2, k.hash);
  return start_sets::has(starts.first_word, starts.first_word_log2, k.hash);
}

/// Keys tokens[0, n) of `text` into `out`. Chooses the fastest kernel the CPU has.
token_keys_written write_token_keys(std::string_view text, const token* tokens, std::size_t n,
                                    const token_key_columns& out, const start_sets& starts) noexcept;

/// The kernels, for tests and benchmarks. The AVX-512 one may be called only
/// where token_keys_avx512_supported().
token_keys_written write_token_keys_scalar(std::string_view text, const token* tokens, std::size_t n,
                                           const token_key_columns& out, const start_sets& starts) noexcept;
token_keys_written write_token_keys_avx512(std::string_view text, const token* tokens, std::size_t n,
                                           const token_key_columns& out, const start_sets& starts) noexcept;
bool token_keys_avx512_supported() noexcept;

/// Keys one token (in `out.scratch`), fills its columns and places its key at
/// `used`; returns whether it may start a phrase. The scalar kernel is this in a
/// loop; the AVX-512 one calls it for the tokens it does not key itself.
inline bool write_one_token_key(std::string_view text, const token* tokens, std::size_t i,
                                const token_key_columns& out, const start_sets& starts,
                                std::size_t& used) noexcept {
  const token& t = tokens[i];
  out.key_at[i] = used;
  const token_key k = write_token_key_hashed(text, t, out.scratch);
  out.key_hash[i] = k.hash;
  out.word_hash[i] = k.word_hash;
  // A key of several words ("sistan baluchestan" from one hyphenated token) is
  // checked against no signature: every bit.
  out.next_bit[i] = k.one_word ? next_word_bit(k.hash) : ~0u;
  used += k.length + 1;
  return may_start_phrase(t, k, static_cast<unsigned char>(text[t.start]), starts);
}

/// Writes the key of the phrase of tokens [first, last] of `text` at `out`: each
/// token's key, one space between, as the pass placed them (key_at[first] is 0
/// here). `out` needs room for 4 × (tokens[last].end − tokens[first].start) + 16
/// bytes: a key is at most three bytes a byte of its token, plus its space, and a
/// key is written in whole 8-byte chunks. Returns the key's length.
inline std::size_t write_phrase_key(std::string_view text, const token* tokens, std::size_t first, std::size_t last,
                                    char* out) noexcept {
  std::size_t used = 0;
  for (std::size_t i = first;; ++i) {
    used += write_token_key_hashed(text, tokens[i], out + used).length;
    if (i == last) return used;
    out[used++] = ' ';
  }
}

/// The scalar kernel's loop over tokens [from, n), continuing `r`: keys each token
/// and lists the candidates. (The AVX-512 kernel ends with it, for the tokens after
/// its last group of eight.)
inline void write_token_keys_from(std::string_view text, const token* tokens, std::size_t from, std::size_t n,
                                  const token_key_columns& out, const start_sets& starts,
                                  token_keys_written& r) noexcept {
  for (std::size_t i = from; i < n; ++i) {
    if (write_one_token_key(text, tokens, i, out, starts, r.key_bytes))
      out.candidates[r.candidates++] = static_cast<std::uint32_t>(i);
  }
}

}  // namespace sitrep::detail
