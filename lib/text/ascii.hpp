// ASCII-only case folding and trimming, independent of the C locale: dictionary
// readers and parsers share them. Internal to the library.
//
// Thread-safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::detail {

inline bool is_ascii_space_char(char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// ASCII lower case of `s`; other bytes are copied unchanged.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

/// `s` without ASCII white space (space, \t \n \v \f \r) at either end.
inline std::string_view trim_ascii_space(std::string_view s) noexcept {
  while (!s.empty() && is_ascii_space_char(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space_char(s.back())) s.remove_suffix(1);
  return s;
}

/// The first `n` (1 to 8) bytes of a little-endian word, zero past them.
inline std::uint64_t first_bytes(std::uint64_t word, std::size_t n) noexcept {
  return word & (~0ull >> (64 - 8 * n));  // the shift is 0 to 56
}

/// Eight bytes below 0x80 with A..Z turned to a..z.
inline std::uint64_t lower_ascii_word(std::uint64_t bytes) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  return bytes | (((bytes + 0x3F * ones) & ~(bytes + 0x25 * ones) & highs) >> 2);
}

}  // namespace sitrep::detail
