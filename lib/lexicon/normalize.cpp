#include "normalize.hpp"

#include <algorithm>
#include <cstring>
#include <array>
#include <iterator>
#include <vector>

#include "sitrep/tokenizer.hpp"
#include "text/utf8.hpp"

namespace sitrep::detail {
namespace {

// Latin-1 Supplement and Latin Extended-A letters without their diacritics.
constexpr std::string_view kLatin1Fold =
    "aaaaaaaceeeeiiii"   // U+00C0..U+00CF (Æ → a)
    "dnooooo*ouuuuyts"   // U+00D0..U+00DF (× kept, Þ → t, ß → s)
    "aaaaaaaceeeeiiii"   // U+00E0..U+00EF
    "dnooooo/ouuuuyty";  // U+00F0..U+00FF
constexpr std::string_view kLatinExtAFold =
    "aaaaaaccccccccdd"   // U+0100..U+010F
    "ddeeeeeeeeeegggg"   // U+0110..U+011F
    "gggghhhhiiiiiiii"   // U+0120..U+012F
    "iiiijjkkklllllll"   // U+0130..U+013F
    "lllnnnnnnnnnoooo"   // U+0140..U+014F
    "oooorrrrrrssssss"   // U+0150..U+015F
    "ssttttttuuuuuuuu"   // U+0160..U+016F
    "uuuuwwyyyzzzzzzs";  // U+0170..U+017F

// Writes `c` as UTF-8 at `out`; returns the byte count.
std::size_t put_utf8(char* out, char32_t c) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

}  // namespace

std::size_t write_token_key(std::string_view s, const token& t, char* const out) {
  const bool drop_periods = t.has(token_flag::abbreviation);
  const bool split_hyphens = t.kind == token_kind::word;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  char* o = out;
  while (p < end) {
    const unsigned char b = *p;
    if (b < 0x80) {
      ++p;
      if (b >= 'A' && b <= 'Z') *o++ = static_cast<char>(b + 32);
      else if (b == '.' && drop_periods) continue;
      else if (b == '-' && split_hyphens) *o++ = ' ';
      else if (b == '`') *o++ = '\'';
      else *o++ = static_cast<char>(b);
      continue;
    }
    const auto cp = decode_utf8(p, end);
    p += cp.length;
    if (!cp.valid) {
      o += put_utf8(o, 0xFFFD);
      continue;
    }
    const char32_t c = cp.value;
    if (c >= 0xC0 && c <= 0xFF) *o++ = kLatin1Fold[c - 0xC0];
    else if (c >= 0x100 && c <= 0x17F) *o++ = kLatinExtAFold[c - 0x100];
    else if (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032) *o++ = '\'';
    else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB) *o++ = '"';
    else if (is_dash(c)) *o++ = split_hyphens ? ' ' : '-';
    else if (c >= 0x391 && c <= 0x3A9) o += put_utf8(o, c + 32);  // Greek capitals
    else if (c >= 0x410 && c <= 0x42F) o += put_utf8(o, c + 32);  // Cyrillic capitals
    else o += put_utf8(o, c);
  }
  return static_cast<std::size_t>(o - out);
}

void append_token_key(std::string_view s, const token& t, std::string& out) {
  const std::size_t at = out.size();
  out.resize(at + 3 * s.size());
  out.resize(at + write_token_key(s, t, out.data() + at));
}

std::string phrase_key(std::string_view phrase) {
  std::vector<token> tokens;
  tokenize(phrase, tokens);
  std::string key;
  for (const auto& t : tokens) {
    if (!key.empty()) key += ' ';
    append_token_key(t.view(phrase), t, key);
  }
  // Hyphens became spaces: collapse doubles so keys are canonical.
  std::string out;
  out.reserve(key.size());
  for (char c : key)
    if (!(c == ' ' && (out.empty() || out.back() == ' '))) out += c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool is_phrase_stopword(std::string_view key) noexcept {
  // Sorted for binary search; the commonest words of news text that start no name.
  static constexpr std::string_view kWords[] = {
      "'s", "a", "about", "after", "also", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by",
      "can", "could", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it",
      "its", "not", "of", "on", "or", "our", "s", "said", "says", "she", "than", "that", "the", "their", "them",
      "there", "these", "they", "this", "those", "to", "was", "we", "were", "which", "who", "will", "with",
      "would", "you"};
  if (key.empty() || key.size() > 5) return false;
  // A first-letter index keeps this to a couple of comparisons per token.
  static const auto first_of = [] {
    std::array<std::uint8_t, 257> first{};
    std::size_t i = 0;
    for (int c = 0; c < 256; ++c) {
      while (i < std::size(kWords) && static_cast<unsigned char>(kWords[i][0]) < c) ++i;
      first[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(i);
    }
    first[256] = static_cast<std::uint8_t>(std::size(kWords));
    return first;
  }();
  const auto c = static_cast<unsigned char>(key[0]);
  for (std::size_t i = first_of[c]; i < first_of[c + 1u]; ++i)
    if (kWords[i] == key) return true;
  return false;
}

std::uint16_t alias_case_flags(std::string_view alias) {
  unsigned letters = 0, uppers = 0;
  bool first_upper = false, seen_letter = false;
  for (unsigned char c : alias) {
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower = c >= 'a' && c <= 'z';
    if (!upper && !lower) continue;
    if (!seen_letter) first_upper = upper;
    seen_letter = true;
    ++letters;
    uppers += upper;
  }
  std::uint16_t f = 0;
  if (first_upper) f |= alias_flag::needs_capital;
  // Short all-capital aliases are acronyms: "US" must not match "us".
  if (letters >= 2 && letters <= 5 && uppers == letters) f |= alias_flag::needs_all_caps;
  return f;
}

surface_case classify_surface(std::string_view span_text) noexcept {
  surface_case c;
  for (const unsigned char ch : span_text) {
    const bool upper = ch >= 'A' && ch <= 'Z';
    const bool lower = ch >= 'a' && ch <= 'z';
    if (c.first == surface_case::opening::none) {
      if (upper) c.first = surface_case::opening::upper;
      else if (lower) c.first = surface_case::opening::lower;
      else if (ch >= 0x80) return {surface_case::opening::non_ascii, false};  // "Élysée": capital outside ASCII
      if (lower) c.has_lower = true;
      continue;
    }
    if (lower) {
      c.has_lower = true;
      return c;
    }
  }
  return c;
}

}  // namespace sitrep::detail
