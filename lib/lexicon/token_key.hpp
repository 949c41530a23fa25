// A token's dictionary key and its hash in one pass: the matcher's per-token
// work. Keys are the same bytes write_token_key writes; hashes the same as
// hash_bytes gives (normalize.hpp).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "lexicon/normalize.hpp"
#include "text/ascii.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

struct token_key {
  std::uint32_t length = 0;  // key bytes
  bool one_word = true;      // no space in the key: `word_hash` extends a phrase by it
  std::uint64_t word_hash = 0;  // hash_word of the key (meaningful when one_word)
  std::uint64_t hash = 0;       // hash_bytes(kHashSeed, key)
};

/// Flags of a token whose key may differ from its bytes in lower case: diacritics
/// fold, an abbreviation's periods drop, a word's hyphens split it.
inline constexpr std::uint16_t kFoldedTokenFlags =
    token_flag::non_ascii | token_flag::abbreviation | token_flag::hyphenated;

/// Flags of a mark whose key is its bytes only as ASCII punctuation ("-", "--",
/// '"', "'"): a backquote folds to an apostrophe, and other dashes and quotes are
/// outside ASCII. One in sixty news tokens is such a mark.
inline constexpr std::uint16_t kMarkTokenFlags = token_flag::dash | token_flag::quote;

/// Is `t` a short plain token: 1 to 8 ASCII bytes, with 8 bytes of `text` readable
/// from its start, whose key is its bytes in lower case? Most tokens of news text
/// are. The tokenizer flags every token holding a hyphen (hyphenated), every dash
/// and every backquote (quote), so a word, number or mark without those flags
/// needs no byte check for them; a punctuation token is one mark or a run of one
/// ('-', '.'), so its first byte tells a backquote.
inline bool is_short_plain_token(std::string_view text, const token& t) noexcept {
  const bool plain_mark = !t.has(kMarkTokenFlags) || (t.kind == token_kind::punctuation && text[t.start] != '`');
  return !t.has(kFoldedTokenFlags) && plain_mark && t.kind <= token_kind::symbol && t.size() - 1 < 8u &&
         text.size() - t.start >= 8;
}

/// The key of an ASCII word of n ≤ 64 bytes at `src` whose hyphens split it into
/// words and, if `drop_periods`, whose periods drop, written at `out` (room for
/// n + 8 bytes) and hashed: one branch-free pass writes the key, a second hashes
/// its words, with no calls.
inline token_key write_split_word_key(const char* src, std::size_t n, bool drop_periods, char* out) noexcept {
  token_key k;
  std::size_t length = 0;
  for (std::size_t j = 0; j < n; ++j) {
    const auto b = static_cast<unsigned char>(src[j]);
    const auto lowered = static_cast<unsigned char>(static_cast<unsigned>(b - 'A') < 26u ? b + 32 : b);
    out[length] = static_cast<char>(b == '-' ? ' ' : lowered);  // a dropped period is overwritten
    length += !(drop_periods && b == '.');
  }
  std::memset(out + length, 0, 8);  // chunks past the key's end read zeros
  std::uint64_t h = kHashSeed, word = 0;
  std::size_t word_start = 0;
  bool one_word = true;
  for (std::size_t j = 0; j <= length; ++j) {
    if (j < length && out[j] != ' ') continue;
    word = hash_word_begin(j - word_start);
    for (std::size_t i = word_start; i < j; i += 8) {
      std::uint64_t c;
      std::memcpy(&c, out + i, 8);
      word = hash_word_chunk(word, j - i < 8 ? first_bytes(c, j - i) : c);
    }
    h = hash_combine(h, word);
    one_word &= j == length;
    word_start = j + 1;
  }
  k.length = static_cast<std::uint32_t>(length);
  k.one_word = one_word;
  k.word_hash = one_word ? word : 0;
  k.hash = h;
  return k;
}

/// write_token_key_hashed (below) for a token that is not short and plain. Out of line:
/// the per-token step that calls it stays small (its inlined paths cost the
/// scalar key pass 4%).
[[gnu::noinline]] inline token_key write_other_token_key(std::string_view text, const token& t, char* out) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const std::size_t n = t.size();
  const char* src = text.data() + t.start;
  token_key k;
  // ASCII words with hyphens, which split them into words, or an abbreviation's
  // periods, which drop (one news token in eighty), have a path of their own.
  // Backquotes (flagged quote) and bytes outside ASCII take the general one.
  if (t.has(token_flag::hyphenated | token_flag::abbreviation) && !t.has(token_flag::non_ascii | token_flag::quote) &&
      t.kind == token_kind::word && n <= 64)
    return write_split_word_key(src, n, t.has(token_flag::abbreviation), out);
  // Most tokens are plain ASCII: lower-casing is all their key needs, done 8 bytes
  // at a time and hashed as it is written. Abbreviations drop periods and non-ASCII
  // text folds diacritics: those, and hyphens and backquotes, take the general path.
  if (!t.has(token_flag::non_ascii | token_flag::abbreviation) && n <= text.size() - t.start) {
    // The tokenizer flags every word holding a hyphen (hyphenated), every dash and
    // every backquote (quote): a word, number or mark without those flags needs no
    // byte check for them. URLs, e-mail addresses and invalid bytes are checked.
    const bool plain = t.kind <= token_kind::symbol &&
                       !t.has(token_flag::hyphenated | token_flag::dash | token_flag::quote);
    const bool room = text.size() - t.start >= ((n + 7) & ~std::size_t{7});
    std::uint64_t h = hash_word_begin(n), special = 0;
    auto fold = [&](std::uint64_t c, std::size_t i) {
      // Per byte (all below 0x80 once `special` has no high bit): '-', '`', then A..Z.
      if (!plain) {
        const std::uint64_t dash = c ^ (0x2D * ones), tick = c ^ (0x60 * ones);
        special |= (c & highs) | ((dash - ones) & ~dash & highs) | ((tick - ones) & ~tick & highs);
      }
      c = lower_ascii_word(c);
      std::memcpy(out + i, &c, 8);
      h = hash_word_chunk(h, c);
    };
    if (n - 1 < 8 && room) {
      // One chunk, the common case: n is 1 to 8 (an empty token wraps past 8), so the
      // shift is 0 to 56.
      std::uint64_t c;
      std::memcpy(&c, src, 8);
      fold(first_bytes(c, n), 0);
    } else {
      for (std::size_t i = 0; i < n; i += 8) {
        std::uint64_t c = 0;
        const std::size_t take = n - i < 8 ? n - i : 8;
        if (room) {
          std::memcpy(&c, src + i, 8);
          if (take < 8) c = first_bytes(c, take);
        } else {
          std::memcpy(&c, src + i, take);
        }
        fold(c, i);
      }
    }
    if (special == 0) {
      k.length = static_cast<std::uint32_t>(n);
      k.word_hash = h;
      k.hash = hash_combine(kHashSeed, h);
      return k;
    }
  }
  const std::size_t len = write_token_key(std::string_view(src, n), t, out);
  const std::string_view key(out, len);
  k.length = static_cast<std::uint32_t>(len);
  k.one_word = key.find(' ') == std::string_view::npos;
  k.word_hash = k.one_word ? hash_word(out, len) : 0;
  k.hash = hash_bytes(kHashSeed, key);
  return k;
}

/// Writes token `t`'s key at `out` and hashes it. `text` is the whole tokenized
/// text (the fast path reads up to 7 bytes past the token, never past `text`);
/// `out` needs room for 3 × t.size() + 8 bytes (whole 8-byte chunks are stored).
inline token_key write_token_key_hashed(std::string_view text, const token& t, char* out) noexcept {
  if (!is_short_plain_token(text, t)) return write_other_token_key(text, t, out);
  // The common case, in as few steps as possible.
  const std::size_t n = t.size();
  std::uint64_t c;
  std::memcpy(&c, text.data() + t.start, 8);
  c = lower_ascii_word(first_bytes(c, n));
  std::memcpy(out, &c, 8);
  token_key k;
  k.length = static_cast<std::uint32_t>(n);
  k.word_hash = hash_word_chunk(hash_word_begin(n), c);
  k.hash = hash_combine(kHashSeed, k.word_hash);
  return k;
}

}  // namespace sitrep::detail
