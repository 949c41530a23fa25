// ASCII-only case folding and trimming, independent of the C locale: dictionary
// readers and parsers share them. Internal to the library.
//
// Thread-safety: pure functions of their arguments.
#pragma once

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

}  // namespace sitrep::detail
