// sitrep/token.hpp — the tokenizer's output: byte spans with flags.
//
// A token is a half-open byte range [start, end) into the caller's UTF-8 text plus
// a kind and a set of flags. Tokens never own text; keep the input alive while you
// read them. Offsets are 32-bit: one article is at most 4 GiB - 1 bytes (longer
// input is rejected with an error, never truncated).
//
// Thread-safety: these are plain values; share them freely once built.
#pragma once

#include <cstdint>
#include <string_view>
#include <type_traits>

namespace sitrep {
inline namespace v0 {

/// What a token is. Fixed numbering: the C ABI reports these values.
enum class token_kind : std::uint8_t {
  word = 0,         ///< letters, with inner hyphens/apostrophes/periods ("Anwar-ul-Haq", "U.S.")
  number = 1,       ///< digits with separators or decimals ("1,200", "3.5", "2024-01-29" is three)
  punctuation = 2,  ///< one punctuation character or a run of the same dash/period ("...", "--")
  symbol = 3,       ///< anything else printable ("$", "%", "©")
  url = 4,          ///< http(s)://… or www.… kept whole
  email = 5,        ///< local@domain kept whole
  invalid = 6,      ///< a maximal run of bytes that are not valid UTF-8 (reported, never dropped)
};

/// Bit flags describing a token's surface. Fixed numbering: the C ABI reports these bits.
namespace token_flag {
inline constexpr std::uint16_t capitalized = 1u << 0;   ///< first letter is upper case
inline constexpr std::uint16_t all_caps = 1u << 1;      ///< two or more letters, none lower case
inline constexpr std::uint16_t hyphenated = 1u << 2;    ///< contains an inner hyphen
inline constexpr std::uint16_t non_ascii = 1u << 3;     ///< contains a byte >= 0x80
inline constexpr std::uint16_t has_digit = 1u << 4;     ///< contains an ASCII digit
inline constexpr std::uint16_t abbreviation = 1u << 5;  ///< ends in a period that belongs to it ("Gen.", "U.S.")
inline constexpr std::uint16_t initial = 1u << 6;       ///< a single capital letter and a period ("J.")
inline constexpr std::uint16_t possessive = 1u << 7;    ///< the clitic "'s" / "’s" / "'" split off a word
inline constexpr std::uint16_t quote = 1u << 8;         ///< a quotation mark, ASCII or typographic
inline constexpr std::uint16_t dash = 1u << 9;          ///< a dash: "-", "–", "—", "--"
inline constexpr std::uint16_t space_before = 1u << 10; ///< whitespace precedes the token
inline constexpr std::uint16_t newline_before = 1u << 11; ///< a line break precedes it
inline constexpr std::uint16_t paragraph_before = 1u << 12; ///< a blank line precedes it
}  // namespace token_flag

/// One token: a byte span into the input, its kind and flags. A trivial 12-byte
/// record, so vectors of tokens copy and grow as plain bytes; `token{}` is all
/// zeros (a word at offset 0), while `token t;` leaves the members unset.
struct token {
  std::uint32_t start;  ///< first byte
  std::uint32_t end;    ///< one past the last byte
  std::uint16_t flags;  ///< token_flag bits
  token_kind kind;
  std::uint8_t reserved;  ///< always 0

  [[nodiscard]] constexpr std::uint32_t size() const noexcept { return end - start; }
  [[nodiscard]] constexpr bool has(std::uint16_t flag) const noexcept { return (flags & flag) != 0; }
  /// The token's text; `text` must be the string that was tokenized.
  [[nodiscard]] std::string_view view(std::string_view text) const noexcept {
    return text.substr(start, end - start);
  }
};

static_assert(std::is_trivial_v<token> && sizeof(token) == 12, "token is a plain 12-byte record");

/// One sentence: a byte span and the half-open range of its tokens.
struct sentence {
  std::uint32_t start = 0;        ///< first byte of the first token
  std::uint32_t end = 0;          ///< one past the last byte of the last token
  std::uint32_t first_token = 0;  ///< index of the first token
  std::uint32_t last_token = 0;   ///< one past the index of the last token
};

}  // namespace v0
}  // namespace sitrep
