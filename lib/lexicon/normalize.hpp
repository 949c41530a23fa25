// Folding of surface text into dictionary keys: case, diacritics, quotes,
// dashes and abbreviation periods, so "U.S." = "US", "Baluchistan" ≠ "Balochistan"
// (those are aliases) but "Sistan-Baluchestan" = "Sistan Baluchestan".
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "sitrep/token.hpp"

namespace sitrep::detail {

/// Appends the key form of one token to `out`: lower case, Latin diacritics
/// removed, typographic quotes and dashes folded to ASCII, inner hyphens turned
/// into spaces (word breaks), periods dropped from abbreviations ("U.S." → "us").
void append_token_key(std::string_view token_text, const token& t, std::string& out);

/// The same, written to `out` (room for 3 × token_text.size() bytes: a folded key
/// is never longer than that); returns the key's length. No allocation.
/// (token_key.hpp adds an 8-bytes-at-a-time path that also hashes the key.)
std::size_t write_token_key(std::string_view token_text, const token& t, char* out);

/// The key of a whole phrase as written in a dictionary: tokenized with the
/// library tokenizer, token keys joined by single spaces.
std::string phrase_key(std::string_view phrase);

/// Is `key` (one normalised word) a function word — "the", "of", "to", "said" …?
/// A lower-case function word never starts a dictionary phrase: the matcher
/// skips it without a lookup, and the compiler drops lower-case aliases that
/// would need one ("in custody"). Capitalised ones still start names ("To Lam",
/// "As Suwayda", "The Hague").
bool is_phrase_stopword(std::string_view key) noexcept;

/// Case requirements a dictionary alias puts on text that matches it.
namespace alias_flag {
inline constexpr std::uint16_t needs_capital = 1u << 0;   // "Reading" the town, not "reading"
inline constexpr std::uint16_t needs_all_caps = 1u << 1;  // "US", "IS", "TTP": acronyms only in capitals
inline constexpr std::uint16_t demonym = 1u << 2;         // "Iranian" names the country as an adjective
}  // namespace alias_flag

/// The case flags an alias as written implies.
std::uint16_t alias_case_flags(std::string_view alias);

/// The case facts of a text span that alias flags test, gathered in one pass so a
/// phrase with many postings reads its text once.
struct surface_case {
  enum class opening : std::uint8_t { none, upper, lower, non_ascii };
  opening first = opening::none;  // the first letter: ASCII capital, small, or a byte outside ASCII
  bool has_lower = false;         // an ASCII small letter anywhere from the first letter on
};

/// The case facts of `span_text`.
surface_case classify_surface(std::string_view span_text) noexcept;

/// Does a span with case facts `c` satisfy `flags`? ("Élysée" counts as capitalised
/// but not as all capitals; a span without letters satisfies no case flag.)
inline bool surface_satisfies(surface_case c, std::uint16_t flags) noexcept {
  if ((flags & (alias_flag::needs_capital | alias_flag::needs_all_caps)) == 0) return true;
  switch (c.first) {
    case surface_case::opening::none: return false;
    case surface_case::opening::non_ascii: return !(flags & alias_flag::needs_all_caps);
    case surface_case::opening::lower: return false;  // fails either flag
    case surface_case::opening::upper: return !((flags & alias_flag::needs_all_caps) && c.has_lower);
  }
  return false;
}

/// surface_satisfies for one span and many alias flags, reading the span's bytes
/// only when its first byte does not decide, and then once: a name nearly always
/// opens in an ASCII letter, and a capital there satisfies every flag but "all
/// capitals" (a small letter none). In the matcher, a classification per match,
/// with a branch per byte, cost 2% of tokenize+match.
class span_case {
 public:
  bool satisfies(std::string_view span_text, std::uint16_t flags) noexcept {
    if ((flags & (alias_flag::needs_capital | alias_flag::needs_all_caps)) == 0) return true;
    const auto opening = static_cast<unsigned char>(span_text.empty() ? 0 : span_text[0]);
    if (static_cast<unsigned>(opening - 'a') < 26u) return false;
    if (static_cast<unsigned>(opening - 'A') < 26u && !(flags & alias_flag::needs_all_caps)) return true;
    if (!classified_) {
      surface_ = classify_surface(span_text);
      classified_ = true;
    }
    return surface_satisfies(surface_, flags);
  }

 private:
  surface_case surface_;
  bool classified_ = false;
};

/// Does the text span satisfy `flags`?
inline bool surface_satisfies(std::string_view span_text, std::uint16_t flags) noexcept {
  return span_case{}.satisfies(span_text, flags);
}

/// Key hashing, a word at a time. A key's words are the runs between single
/// spaces (empty runs included, so "a  b" ≠ "a b"). Each word is hashed 8 bytes
/// per multiply (hash_word), then the words are folded in order (hash_combine).
/// Extending a phrase by a word is one combine whatever the phrase's length, and
/// the matcher hashes each token once for every phrase it takes part in.
///
/// For words of up to 8 bytes both steps are bijections, so two different keys of
/// one word and the same length never share a hash.
inline constexpr std::uint64_t kHashSeed = 0x243F6A8885A308D3ull;

/// The multipliers of the key hashes (named so that the vector key pass,
/// token_keys_avx512.cpp, computes the same hashes).
inline constexpr std::uint64_t kWordLengthMultiplier = 0xD6E8FEB86659FD93ull;
inline constexpr std::uint64_t kChunkMultiplier = 0x9E3779B97F4A7C15ull;
inline constexpr std::uint64_t kCombineMultipliers[3] = {0xFF51AFD7ED558CCDull, 0xC4CEB9FE1A85EC53ull,
                                                          0x9E3779B97F4A7C15ull};

/// The start of a word hash: its length, so zero padding never aliases a shorter word.
inline constexpr std::uint64_t hash_word_begin(std::size_t length) noexcept {
  return static_cast<std::uint64_t>(length) * kWordLengthMultiplier;
}
/// One 8-byte chunk of a word (little-endian; bytes past the word's end are zero).
inline constexpr std::uint64_t hash_word_chunk(std::uint64_t h, std::uint64_t chunk) noexcept {
  h = (h ^ chunk) * kChunkMultiplier;
  return h ^ (h >> 32);
}
/// The hash of one word (no spaces) of `n` bytes at `p`.
inline std::uint64_t hash_word(const char* p, std::size_t n) noexcept {
  std::uint64_t h = hash_word_begin(n);
  for (std::size_t i = 0; i < n; i += 8) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, p + i, n - i < 8 ? n - i : 8);
    h = hash_word_chunk(h, chunk);
  }
  return h;
}
/// Folds the next word's hash into a phrase's running hash (murmur3's finalizer
/// keeps the low bits, which index slots, as good as the high ones).
inline constexpr std::uint64_t hash_combine(std::uint64_t state, std::uint64_t word) noexcept {
  std::uint64_t x = state * kCombineMultipliers[0] + word;
  x ^= x >> 33;
  x *= kCombineMultipliers[1];
  x ^= x >> 29;
  x *= kCombineMultipliers[2];
  return x ^ (x >> 32);
}
/// The hash of a whole key, as bundles store it: hash_bytes(kHashSeed, key). A
/// phrase continues from another's hash: hash_bytes(hash_bytes(kHashSeed, "a"), "b")
/// == hash_bytes(kHashSeed, "a b").
inline std::uint64_t hash_bytes(std::uint64_t h, std::string_view key) noexcept {
  const char* p = key.data();
  const char* const end = p + key.size();
  for (;;) {
    // (memchr must not see a null pointer, even for zero bytes: UBSan checks.)
    const void* space = p == end ? nullptr : std::memchr(p, ' ', static_cast<std::size_t>(end - p));
    const char* word_end = space ? static_cast<const char*>(space) : end;
    h = hash_combine(h, hash_word(p, static_cast<std::size_t>(word_end - p)));
    if (word_end == end) return h;
    p = word_end + 1;
  }
}

}  // namespace sitrep::detail
