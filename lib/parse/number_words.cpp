// lib/parse/number_words.cpp — see number_words.hpp.
#include "number_words.hpp"

#include <array>
#include <cmath>
#include <utility>

#include "word_shape_filter.hpp"

namespace sitrep::detail {
namespace {

constexpr std::array<std::string_view, 20> k_units = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> k_tens = {"",      "",      "twenty",  "thirty", "forty",
                                                     "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 20> k_ordinal_units = {
    "",         "first",     "second",     "third",      "fourth",     "fifth",    "sixth",
    "seventh",  "eighth",    "ninth",      "tenth",      "eleventh",   "twelfth",  "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
constexpr std::array<std::string_view, 4> k_ordinal_tens = {"", "", "twentieth", "thirtieth"};

constexpr auto k_identity = [](std::string_view w) { return w; };
constexpr word_shape_filter k_units_shape(k_units, k_identity);
constexpr word_shape_filter k_tens_shape(k_tens, k_identity);

std::optional<int> unit_word(std::string_view w) {
  if (!k_units_shape.may_contain(w)) return std::nullopt;
  for (std::size_t i = 0; i < k_units.size(); ++i)
    if (k_units[i] == w) return static_cast<int>(i);
  return std::nullopt;
}
std::optional<int> tens_word(std::string_view w) {
  if (!k_tens_shape.may_contain(w)) return std::nullopt;
  for (std::size_t i = 2; i < k_tens.size(); ++i)
    if (k_tens[i] == w) return static_cast<int>(i * 10);
  return std::nullopt;
}

std::int64_t scale_of(std::string_view w) {
  if (w == "hundred") return 100;
  if (w == "thousand") return 1000;
  if (w == "million") return 1000000;
  if (w == "billion") return 1000000000;
  if (w == "dozen") return 12;
  return 0;
}

// Digits with optional thousands separators and decimals: "1,200" -> 1200.0.
std::optional<double> parse_digits(std::string_view s) {
  if (s.empty() || s[0] < '0' || s[0] > '9') return std::nullopt;
  double v = 0, frac = 0, div = 1;
  bool in_frac = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (in_frac) {
        div *= 10;
        frac += (c - '0') / div;
      } else {
        v = v * 10 + (c - '0');
      }
    } else if (c == ',' && !in_frac) {
      // a thousands separator is followed by exactly three digits
      if (i + 3 >= s.size()) return std::nullopt;
      for (std::size_t k = 1; k <= 3; ++k)
        if (s[i + k] < '0' || s[i + k] > '9') return std::nullopt;
      if (i + 4 < s.size() && s[i + 4] != ',' && s[i + 4] != '.') return std::nullopt;
    } else if (c == '.' && !in_frac && i + 1 < s.size()) {
      in_frac = true;
    } else {
      return std::nullopt;
    }
  }
  return v + frac;
}

}  // namespace

std::string token_key(std::string_view text, const token& t) {
  std::string_view v = t.view(text);
  std::string out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(v[i]);
    // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) and U+2018 fold to '\''.
    if (c == 0xE2 && i + 2 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(v[i + 2]) == 0x99 || static_cast<unsigned char>(v[i + 2]) == 0x98)) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  if (out.size() > 1 && out.back() == '.') out.pop_back();
  return out;
}

std::optional<int> small_number_word(std::string_view key) {
  // Every unit and tens word starts with one of these letters: most words stop here.
  if (key.size() < 3 || std::string_view("efnostz").find(key[0]) == std::string_view::npos) return std::nullopt;
  if (auto u = unit_word(key)) return u;
  if (auto t = tens_word(key)) return t;
  const auto dash = key.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto t = tens_word(key.substr(0, dash));
  auto u = unit_word(key.substr(dash + 1));
  if (t && u && *u >= 1 && *u <= 9) return *t + *u;
  return std::nullopt;
}

std::optional<int> ordinal_value(std::string_view key) {
  // Only ordinal words, hyphened compounds ("twenty-first") and "29th" can be one.
  static constexpr word_shape_filter k_ordinal_units_shape(k_ordinal_units, k_identity);
  static constexpr word_shape_filter k_ordinal_tens_shape(k_ordinal_tens, k_identity);
  if (key.empty()) return std::nullopt;
  const bool digit_led = key[0] >= '0' && key[0] <= '9';
  if (!digit_led && !k_ordinal_units_shape.may_contain(key) && !k_ordinal_tens_shape.may_contain(key) &&
      key.find('-') == std::string_view::npos)
    return std::nullopt;
  for (std::size_t i = 1; i < k_ordinal_units.size(); ++i)
    if (k_ordinal_units[i] == key) return static_cast<int>(i);
  for (std::size_t i = 2; i < k_ordinal_tens.size(); ++i)
    if (k_ordinal_tens[i] == key) return static_cast<int>(i * 10);
  const auto dash = key.find('-');
  if (dash != std::string_view::npos) {
    auto t = tens_word(key.substr(0, dash));
    std::string_view rest = key.substr(dash + 1);
    for (std::size_t i = 1; i < 10; ++i)
      if (t && k_ordinal_units[i] == rest) return *t + static_cast<int>(i);
    return std::nullopt;
  }
  // "1st", "2nd", "3rd", "29th"
  if (key.size() >= 3 && key.size() <= 4) {
    std::string_view digits = key.substr(0, key.size() - 2), suf = key.substr(key.size() - 2);
    if (suf != "st" && suf != "nd" && suf != "rd" && suf != "th") return std::nullopt;
    auto v = plain_digits(digits);
    if (v && *v >= 1 && *v <= 31) return static_cast<int>(*v);
  }
  return std::nullopt;
}

std::optional<std::int64_t> plain_digits(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  std::int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

namespace {

// The lower-case key of a short token in a caller's buffer, without allocating:
// number and scale words are short, so longer tokens read as "" (no match).
struct short_key {
  char buf[24];
  std::size_t size = 0;
  short_key(std::string_view text, const token& t) {
    const std::string_view v = t.view(text);
    if (v.size() > sizeof buf) return;
    for (char c : v) buf[size++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (size > 1 && buf[size - 1] == '.') --size;
  }
  std::string_view view() const { return {buf, size}; }
};

}  // namespace

std::optional<number_match> match_cardinal(std::string_view text, std::span<const token> tokens,
                                           std::size_t i, bool allow_article) {
  if (i >= tokens.size()) return std::nullopt;
  const token& t = tokens[i];
  if (t.kind == token_kind::number) {
    auto d = parse_digits(t.view(text));
    if (!d) return std::nullopt;
    number_match m;
    m.end = i + 1;
    double v = *d;
    if (i + 1 < tokens.size()) {
      const std::int64_t sc = scale_of(short_key(text, tokens[i + 1]).view());
      if (sc > 1) {
        v *= static_cast<double>(sc);
        m.end = i + 2;
        m.has_scale = true;
      }
    }
    m.value = static_cast<std::int64_t>(std::floor(v + 1e-9));
    return m;
  }
  if (t.kind != token_kind::word) return std::nullopt;
  // Every number word, scale word and article starts with one of these letters: the
  // scanners ask at every token, and most words stop here.
  if (const char c0 = static_cast<char>(text[t.start] | 0x20);
      std::string_view("abdefhmnostz").find(c0) == std::string_view::npos)
    return std::nullopt;

  std::int64_t total = 0, current = 0;
  std::size_t j = i, end = i;
  bool any = false, last_was_unit = false, last_was_tens = false;
  while (j < tokens.size()) {
    // Typographic apostrophes never occur in number words, so the plain fold is exact here.
    const short_key key(text, tokens[j]);
    const std::string_view w = key.view();
    if (!any && allow_article && (w == "a" || w == "an") && j + 1 < tokens.size()) {
      const std::int64_t sc = scale_of(short_key(text, tokens[j + 1]).view());
      if (sc == 0) break;
      current = 1;
      any = true;
      ++j;
      continue;  // the scale word is consumed below
    }
    if (auto v = small_number_word(w)) {
      const bool is_tens = *v >= 20 && *v % 10 == 0;
      if (any && last_was_unit) break;                      // "two three"
      if (any && last_was_tens && (*v >= 10)) break;         // "twenty thirty"
      if (any && !last_was_tens && current % 100 != 0) break;
      current += *v;
      any = true;
      last_was_unit = !is_tens;
      last_was_tens = is_tens;
      end = ++j;
      continue;
    }
    const std::int64_t sc = scale_of(w);
    if (sc != 0 && any) {
      if (sc == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (sc == 12) {
        current = (current == 0 ? 1 : current) * 12;
      } else {
        total += (current == 0 ? 1 : current) * sc;
        current = 0;
      }
      last_was_unit = last_was_tens = false;
      end = ++j;
      continue;
    }
    if (w == "and" && any && end == j && j + 1 < tokens.size() &&
        small_number_word(short_key(text, tokens[j + 1]).view()) && (total + current) >= 100) {
      ++j;
      continue;
    }
    break;
  }
  if (!any || end == i) return std::nullopt;
  number_match m;
  m.value = total + current;
  m.end = end;
  m.words = true;
  m.has_scale = (m.value >= 100) || (end - i > 1);
  return m;
}

}  // namespace sitrep::detail
