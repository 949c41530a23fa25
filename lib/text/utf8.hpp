// UTF-8 decoding and the code-point classes the tokenizer needs.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace sitrep::detail {

/// One decoded code point. `length` is the number of bytes consumed (1..4); a
/// malformed sequence decodes as `valid == false` with length 1, so a caller
/// that skips `length` bytes never loses sync and never skips valid text.
struct decoded_code_point {
  char32_t value = 0;
  std::uint8_t length = 1;
  bool valid = false;
};

/// Decodes the code point at `p` (p < end). Rejects overlongs, surrogates and
/// values above U+10FFFF, as RFC 3629 requires.
decoded_code_point decode_utf8_multibyte(const unsigned char* p, const unsigned char* end) noexcept;
inline decoded_code_point decode_utf8(const unsigned char* p, const unsigned char* end) noexcept {
  if (p[0] < 0x80) return {p[0], 1, true};  // the common case stays inline
  return decode_utf8_multibyte(p, end);
}

/// Offset of the first byte that is not valid UTF-8 text, or `npos` when all of it
/// is valid. NUL counts as invalid here: it is never part of an article.
inline constexpr std::size_t utf8_npos = static_cast<std::size_t>(-1);
std::size_t first_invalid_utf8(const char* data, std::size_t size) noexcept;

/// Coarse classes of a code point, as the tokenizer sees them.
enum class char_class : std::uint8_t {
  letter,      // any script's letters and marks, and joiners
  digit,       // ASCII 0-9 only (other digits behave as letters)
  space,       // ASCII and Unicode white space, zero-width space, BOM
  punctuation, // . , ; : ! ? brackets, quotes, dashes, and Unicode punctuation blocks
  symbol,      // $ % & + < = > currency, math, arrows, emoji…
  control,     // C0/C1 controls other than white space, NUL included
};

char_class classify_non_ascii(char32_t c) noexcept;
/// ASCII classes by table; everything else by range checks.
extern const std::array<char_class, 128> kAsciiClass;
inline char_class classify(char32_t c) noexcept {
  return c < 0x80 ? kAsciiClass[c] : classify_non_ascii(c);
}
bool is_quote(char32_t c) noexcept;       // ASCII and typographic quotation marks
bool is_dash(char32_t c) noexcept;        // hyphen-minus and the Unicode dashes
bool is_apostrophe(char32_t c) noexcept;  // ' and ’ (U+2019), which also join words
bool is_upper_non_ascii(char32_t c) noexcept;
bool is_lower_non_ascii(char32_t c) noexcept;
/// ASCII and common Latin/Greek/Cyrillic capitals (ASCII inline: the hot case).
inline bool is_upper(char32_t c) noexcept { return c < 0x80 ? (c >= 'A' && c <= 'Z') : is_upper_non_ascii(c); }
inline bool is_lower(char32_t c) noexcept { return c < 0x80 ? (c >= 'a' && c <= 'z') : is_lower_non_ascii(c); }

}  // namespace sitrep::detail
