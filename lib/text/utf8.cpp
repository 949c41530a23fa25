#include "utf8.hpp"

namespace sitrep::detail {

decoded_code_point decode_utf8_multibyte(const unsigned char* p, const unsigned char* end) noexcept {
  const unsigned char b0 = p[0];
  const auto avail = static_cast<std::size_t>(end - p);
  auto cont = [&](std::size_t i) { return i < avail && (p[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1)) return {};
    return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (p[1] & 0x3F)), 2, true};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return {};
    const char32_t v = ((b0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF)) return {};  // overlong or surrogate
    return {v, 3, true};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return {};
    const char32_t v =
        ((b0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (v < 0x10000 || v > 0x10FFFF) return {};
    return {v, 4, true};
  }
  return {};  // stray continuation byte, C0/C1 overlong lead, or F5..FF
}

std::size_t first_invalid_utf8(const char* data, std::size_t size) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(data);
  const auto* end = p + size;
  const auto* cur = p;
  while (cur < end) {
    // Skip ASCII eight bytes at a time; most news text is ASCII.
    while (end - cur >= 8) {
      std::uint64_t w;
      __builtin_memcpy(&w, cur, 8);
      if ((w & 0x8080808080808080ull) != 0) break;
      // A zero byte anywhere in the word: fall through to the byte loop.
      if (((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) != 0) break;
      cur += 8;
    }
    if (cur >= end) break;
    if (*cur == 0) return static_cast<std::size_t>(cur - p);
    const auto cp = decode_utf8(cur, end);
    if (!cp.valid) return static_cast<std::size_t>(cur - p);
    cur += cp.length;
  }
  return utf8_npos;
}

bool is_quote(char32_t c) noexcept {
  switch (c) {
    case '"': case '\'': case '`':
    case 0x00AB: case 0x00BB: case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2039: case 0x203A:
      return true;
    default:
      return false;
  }
}

bool is_dash(char32_t c) noexcept { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

bool is_apostrophe(char32_t c) noexcept { return c == '\'' || c == 0x2019; }

bool is_upper_non_ascii(char32_t c) noexcept {
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 0;  // Latin Extended-A alternates upper/lower
  if (c >= 0x391 && c <= 0x3AB) return true;           // Greek
  if (c >= 0x400 && c <= 0x42F) return true;           // Cyrillic
  return false;
}

bool is_lower_non_ascii(char32_t c) noexcept {
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 1;
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

namespace {
constexpr char_class ascii_class(char32_t c) noexcept {
    if (c >= 'a' && c <= 'z') return char_class::letter;
    if (c >= 'A' && c <= 'Z') return char_class::letter;
    if (c >= '0' && c <= '9') return char_class::digit;
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) return char_class::space;
    if (c < 0x20 || c == 0x7F) return char_class::control;
    switch (c) {
      case '$': case '%': case '&': case '*': case '+': case '<': case '=': case '>':
      case '@': case '#': case '^': case '_': case '|': case '~': case '\\':
        return char_class::symbol;
      default:
        return char_class::punctuation;
    }
}

constexpr std::array<char_class, 128> make_ascii_table() {
  std::array<char_class, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = ascii_class(c);
  return t;
}
}  // namespace

const std::array<char_class, 128> kAsciiClass = make_ascii_table();

char_class classify_non_ascii(char32_t c) noexcept {
  if (c <= 0x9F) return char_class::control;
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
      c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF)
    return char_class::space;
  if (c <= 0xBF) {
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return char_class::letter;
    if (c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 || c == 0xBB || c == 0xBF)
      return char_class::punctuation;
    return char_class::symbol;
  }
  if (c == 0xD7 || c == 0xF7) return char_class::symbol;
  if (c >= 0x2010 && c <= 0x205E) return char_class::punctuation;
  if (c >= 0x20A0 && c <= 0x2BFF) return char_class::symbol;  // currency, letterlike, arrows, math
  if (c >= 0x3001 && c <= 0x303F) return char_class::punctuation;
  if (c >= 0xFF01 && c <= 0xFF0F) return char_class::punctuation;
  if ((c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD || c >= 0x1F000) return char_class::symbol;
  return char_class::letter;
}

}  // namespace sitrep::detail
