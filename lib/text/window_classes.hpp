// What a tokenizer kernel tells the window scanner about 64 bytes: bit masks
// of byte classes and a start attribute per byte; and the per-token flag
// tables the scanner reads those attributes through. Internal to lib/text.
#pragma once

#include <cstdint>

#include "sitrep/token.hpp"

namespace sitrep::detail {

struct block_masks {
  std::uint64_t space;    // ASCII white space: \t \n \v \f \r and ' '
  std::uint64_t newline;  // \n (gaps with one are line breaks, with two paragraph breaks)
  std::uint64_t upper;    // A-Z
  std::uint64_t lower;    // a-z
  std::uint64_t digit;    // 0-9
  std::uint64_t mark;     // printable ASCII but letters, digits, ' - @: one token each in a simple chunk
  std::uint64_t period;   // .
  std::uint64_t hyphen;   // -
  std::uint64_t comma;    // ,
  std::uint64_t colon;    // :
  std::uint64_t slash;    // /
  std::uint64_t apostrophe_s;  // ' (ASCII) before s or S: a possessive "'s" is read from masks
};

/// Printable ASCII but letters, digits and the bytes with rules of their own:
/// ' (apostrophes), - (hyphens and dashes), @ (e-mail). Both kernels' marks.
constexpr bool is_mark_byte(unsigned c) noexcept {
  const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  return c >= 0x21 && c <= 0x7E && !alnum && c != '\'' && c != '-' && c != '@';
}

/// The marks that are symbols (token_kind::symbol): # $ % & * + < = > \ ^ _ | ~
constexpr bool is_symbol_byte(unsigned c) noexcept {
  switch (c) {
    case '#': case '$': case '%': case '&': case '*': case '+': case '<': case '=': case '>':
    case '\\': case '^': case '_': case '|': case '~':
      return true;
    default:
      return false;
  }
}

/// What a token starting at a byte is: six bits the kernel fills byte by byte,
/// two (newline, paragraph) the driver adds from its gap masks. One load per
/// token instead of a handful of mask-bit extractions.
namespace start_attr {
inline constexpr std::uint8_t upper = 1u << 0;
inline constexpr std::uint8_t quote = 1u << 1;
inline constexpr std::uint8_t mark = 1u << 2;
inline constexpr std::uint8_t digit = 1u << 3;
inline constexpr std::uint8_t after_space = 1u << 4;  // the byte before is white space (byte -1 counts as such)
inline constexpr std::uint8_t newline = 1u << 5;      // the gap before holds a line break
inline constexpr std::uint8_t paragraph = 1u << 6;    // … or two
inline constexpr std::uint8_t symbol = 1u << 7;       // a mark that is a symbol: $ % & + < = > …
// An apostrophe: no mark and no digit otherwise, so the pair is free to say it.
// The scanner emits a token from one only as a possessive "'s".
inline constexpr std::uint8_t possessive = mark | digit;
}  // namespace start_attr

/// The start attributes a byte has by its value alone (all but after_space,
/// newline and paragraph): every kernel reads them from this one table.
struct start_attr_table {
  std::uint8_t of[256];
  constexpr start_attr_table() : of{} {
    for (unsigned c = 0; c < 256; ++c) {
      std::uint8_t a = 0;
      if (c >= 'A' && c <= 'Z') a |= start_attr::upper;
      if (c == '"' || c == '`') a |= start_attr::quote;
      if (is_symbol_byte(c)) a |= start_attr::symbol;
      if (is_mark_byte(c)) a |= start_attr::mark;
      if (c >= '0' && c <= '9') a |= start_attr::digit;
      if (c == '\'') a |= start_attr::possessive;
      of[c] = a;
    }
  }
};
inline constexpr start_attr_table kStartAttrs{};

/// What a word is by its whole run, stored at its last byte.
namespace end_attr {
inline constexpr std::uint8_t all_caps = 1u << 0;
inline constexpr std::uint8_t hyphenated = 1u << 1;
inline constexpr std::uint8_t digit = 1u << 2;
inline constexpr std::uint8_t digit_led_hyphenated = 1u << 3;  // a number turned word ("5a-b")
inline constexpr std::uint8_t initial = 1u << 4;               // the period of an initial ("J.")
inline constexpr std::uint8_t special_chunk = 1u << 5;         // the last byte of a chunk for split_chunk()
inline constexpr std::uint8_t acronym = 1u << 6;               // the closing period of "U.S."
inline constexpr std::uint8_t dash = 1u << 7;                  // a hyphen between numbers: punctuation
}  // namespace end_attr

/// Token flags (low 16 bits) and kind (bits 16+) for each start_attr and
/// end_attr combination; a token's value is the sum of the two.
struct attr_value_tables {
  std::uint32_t start[256];
  std::uint32_t end[256];
  constexpr attr_value_tables() : start{}, end{} {
    for (unsigned a = 0; a < 256; ++a) {
      unsigned flags = 0;
      if (a & start_attr::upper) flags |= token_flag::capitalized;
      if (a & start_attr::quote) flags |= token_flag::quote;
      if (a & start_attr::after_space) flags |= token_flag::space_before;
      if (a & start_attr::newline) flags |= token_flag::newline_before;
      if (a & start_attr::paragraph) flags |= token_flag::paragraph_before;
      const bool possessive = (a & start_attr::possessive) == start_attr::possessive;
      if (possessive) flags |= token_flag::possessive;
      const auto kind = possessive ? token_kind::word
                        : (a & start_attr::symbol) ? token_kind::symbol
                        : (a & start_attr::mark) ? token_kind::punctuation
                        : (a & start_attr::digit) ? token_kind::number
                                                  : token_kind::word;
      start[a] = flags | static_cast<std::uint32_t>(kind) << 16;
    }
    for (unsigned a = 0; a < 256; ++a) {
      unsigned flags = 0;
      if (a & end_attr::dash) flags |= token_flag::dash + (2u << 16);  // word (0) + 2 = punctuation
      if (a & end_attr::acronym) flags |= token_flag::abbreviation;
      if (a & end_attr::initial) flags |= token_flag::initial;
      if (a & end_attr::all_caps) flags |= token_flag::all_caps;
      if (a & end_attr::hyphenated) flags |= token_flag::hyphenated;
      if (a & end_attr::digit) flags |= token_flag::has_digit;
      // number (1) + (-1) = word (0), as the sum wraps in 32 bits
      end[a] = flags - ((a & end_attr::digit_led_hyphenated) ? 1u << 16 : 0u);
    }
  }
};
inline constexpr attr_value_tables kAttrValues{};

}  // namespace sitrep::detail
