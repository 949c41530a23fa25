#include "chunk_splitter.hpp"

#include <cctype>

#include "abbreviations.hpp"
#include "utf8.hpp"

namespace sitrep::detail {
namespace {

using uchar = unsigned char;

bool ascii_alpha(uchar c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(uchar c) { return c >= '0' && c <= '9'; }

// Reads code points inside one chunk; never reads past `end`.
class cursor {
 public:
  cursor(std::string_view text, std::uint32_t end)
      : base_(reinterpret_cast<const uchar*>(text.data())), end_(end) {}
  decoded_code_point at(std::uint32_t i) const {
    if (i >= end_) return {0, 0, false};
    return decode_utf8(base_ + i, base_ + end_);
  }
  char_class class_at(std::uint32_t i) const {
    const auto cp = at(i);
    if (cp.length == 0) return char_class::space;  // past the chunk behaves as a boundary
    return cp.valid ? classify(cp.value) : char_class::control;
  }
  bool word_char_at(std::uint32_t i) const {
    const auto k = class_at(i);
    return k == char_class::letter || k == char_class::digit;
  }
  uchar byte(std::uint32_t i) const { return i < end_ ? base_[i] : 0; }
  std::uint32_t end() const { return end_; }

 private:
  const uchar* base_;
  std::uint32_t end_;
};

bool starts_with_ci(const cursor& cur, std::uint32_t i, std::string_view prefix) {
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (std::tolower(cur.byte(i + static_cast<std::uint32_t>(k))) != prefix[k]) return false;
  }
  return true;
}

// URL: scheme or "www." to the end of the chunk, less trailing sentence punctuation.
std::uint32_t url_end(const cursor& cur, std::uint32_t i) {
  std::uint32_t j = cur.end();
  int open_parens = 0;
  for (std::uint32_t k = i; k < j; ++k) open_parens += cur.byte(k) == '(' ? 1 : cur.byte(k) == ')' ? -1 : 0;
  while (j > i + 4) {
    // Step back one code point.
    std::uint32_t p = j - 1;
    while (p > i && (cur.byte(p) & 0xC0) == 0x80) --p;
    const auto cp = cur.at(p);
    const char32_t c = cp.valid ? cp.value : 0xFFFD;
    const bool trailing = c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
                          is_quote(c) || c == ']' || c == '}' || c == '>' ||
                          (c == ')' && open_parens < 0);
    if (!trailing) break;
    if (c == ')') ++open_parens;
    j = p;
  }
  return j;
}

// E-mail: local@domain.tld made of ASCII; returns the end or 0 when not one.
std::uint32_t email_end(const cursor& cur, std::uint32_t i) {
  auto local = [](uchar c) { return ascii_alpha(c) || ascii_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; };
  std::uint32_t j = i;
  while (j < cur.end() && local(cur.byte(j))) ++j;
  if (j == i || cur.byte(j) != '@') return 0;
  std::uint32_t k = j + 1;
  while (k < cur.end() && (ascii_alpha(cur.byte(k)) || ascii_digit(cur.byte(k)) || cur.byte(k) == '-' || cur.byte(k) == '.'))
    ++k;
  while (k > j + 1 && cur.byte(k - 1) == '.') --k;  // a sentence period is not part of it
  std::uint32_t last_dot = k;
  while (last_dot > j + 1 && cur.byte(last_dot - 1) != '.') --last_dot;
  if (last_dot <= j + 2) return 0;  // no dot, or an empty first label
  --last_dot;
  for (std::uint32_t t = last_dot + 1; t < k; ++t)
    if (!ascii_alpha(cur.byte(t))) return 0;
  return k - (last_dot + 1) >= 2 ? k : 0;
}

struct word_scan {
  std::uint32_t end;
  std::uint16_t flags;
  bool number;
};

// A word or number starting at i, with its inner joiners and abbreviation period.
word_scan scan_word(std::string_view text, const cursor& cur, std::uint32_t i) {
  const bool digit_led = ascii_digit(cur.byte(i));
  bool only_digits = digit_led;  // digits and number separators so far
  bool hyphenated = false, non_ascii = false, any_digit = false, any_lower = false;
  unsigned uppers = 0;
  std::uint32_t j = i;
  for (;;) {
    const auto cp = cur.at(j);
    if (cp.length == 0) break;
    const char32_t c = cp.valid ? cp.value : 0xFFFD;
    const auto k = cp.valid ? classify(c) : char_class::control;
    if (k == char_class::letter || k == char_class::digit) {
      if (k == char_class::digit) any_digit = true; else only_digits = false;
      if (c >= 0x80) non_ascii = true;
      if (is_upper(c)) ++uppers; else if (is_lower(c)) any_lower = true;
      j += cp.length;
      continue;
    }
    const std::uint32_t next = j + cp.length;
    if (is_dash(c) && c != 0x2012 && c != 0x2013 && c != 0x2014 && c != 0x2015 && c != 0x2212 &&
        cur.word_char_at(next)) {
      // "10-15" and "2024-01-29" stay separate numbers so ranges and dates can be read.
      if (only_digits && ascii_digit(cur.byte(next))) break;
      hyphenated = true;
      only_digits = false;
      j = next;
      continue;
    }
    if (is_apostrophe(c) && cur.class_at(next) == char_class::letter && j > i) {
      const uchar s = cur.byte(next);
      if ((s == 's' || s == 'S') && !cur.word_char_at(next + 1)) break;  // possessive clitic
      if (c >= 0x80) non_ascii = true;
      j = next;
      continue;
    }
    if (only_digits && (c == '.' || c == ':') && ascii_digit(cur.byte(next))) {
      j = next;  // decimal "3.5", time "10:30"
      continue;
    }
    if (only_digits && c == ',' && ascii_digit(cur.byte(next)) && ascii_digit(cur.byte(next + 1)) &&
        ascii_digit(cur.byte(next + 2)) && !ascii_digit(cur.byte(next + 3))) {
      j = next;  // thousands "1,200"
      continue;
    }
    break;
  }

  std::uint16_t flags = 0;
  const uchar first = cur.byte(i);
  if (!digit_led && cur.byte(j) == '.') {
    const std::string_view w = text.substr(i, j - i);
    if (w.size() == 1 && ascii_alpha(first)) {
      // Initials and dotted acronyms: "J.", "U.S.", "e.g.", "a.m."
      j += 1;
      bool acronym = false;
      while (ascii_alpha(cur.byte(j)) && cur.byte(j + 1) == '.') {
        if (std::isupper(cur.byte(j))) ++uppers; else any_lower = true;
        j += 2;
        acronym = true;
      }
      flags |= token_flag::abbreviation;
      if (!acronym && std::isupper(first)) flags |= token_flag::initial;
    } else if (abbreviation_of(w) != abbreviation_kind::none) {
      j += 1;
      flags |= token_flag::abbreviation;
    }
  }
  if (is_upper(cur.at(i).value)) flags |= token_flag::capitalized;
  if (uppers >= 2 && !any_lower) flags |= token_flag::all_caps;
  if (hyphenated) flags |= token_flag::hyphenated;
  if (non_ascii) flags |= token_flag::non_ascii;
  if (any_digit) flags |= token_flag::has_digit;
  return {j, flags, digit_led && !hyphenated};
}

}  // namespace

void split_chunk(std::string_view text, std::uint32_t start, std::uint32_t end,
                 std::uint16_t first_flags, std::vector<token>& out) {
  const cursor cur(text, end);
  std::uint16_t pending = first_flags;
  // Checked once per chunk: e-mail addresses need an '@', URLs a '.' or ':'.
  bool may_be_email = false, may_be_url = false;
  for (std::uint32_t k = start; k < end; ++k) {
    const char b = text[k];
    may_be_email |= b == '@';
    may_be_url |= b == '.' || b == ':';
  }
  auto emit = [&](std::uint32_t s, std::uint32_t e, token_kind kind, std::uint16_t flags) {
    token t{};
    t.start = s;
    t.end = e;
    t.kind = kind;
    t.flags = static_cast<std::uint16_t>(flags | pending);
    pending = 0;
    out.push_back(t);
  };

  std::uint32_t i = start;
  while (i < end) {
    const auto cp = cur.at(i);
    const char32_t c = cp.valid ? cp.value : 0xFFFD;
    const auto k = cp.valid ? classify(c) : char_class::control;

    if (k == char_class::control) {
      // Malformed bytes and controls: one `invalid` token per run, so offsets never shift.
      std::uint32_t j = i + cp.length;
      while (j < end) {
        const auto n = cur.at(j);
        if (n.valid && classify(n.value) != char_class::control) break;
        j += n.length;
      }
      emit(i, j, token_kind::invalid, token_flag::non_ascii * (cur.byte(i) >= 0x80));
      i = j;
      continue;
    }
    if (k == char_class::space) {
      pending |= token_flag::space_before;
      i += cp.length;
      continue;
    }
    if (k == char_class::letter || k == char_class::digit) {
      if (may_be_url && ((cur.byte(i) | 0x20) == 'h' || (cur.byte(i) | 0x20) == 'w') &&
          (starts_with_ci(cur, i, "http://") || starts_with_ci(cur, i, "https://") ||
                         starts_with_ci(cur, i, "www."))) {
        const std::uint32_t j = url_end(cur, i);
        emit(i, j, token_kind::url, 0);
        i = j;
        continue;
      }
      if (may_be_email && c < 0x80) {
        if (const std::uint32_t j = email_end(cur, i); j != 0) {
          emit(i, j, token_kind::email, 0);
          i = j;
          continue;
        }
      }
      const word_scan w = scan_word(text, cur, i);
      emit(i, w.end, w.number ? token_kind::number : token_kind::word, w.flags);
      i = w.end;
      continue;
    }

    // Punctuation and symbols.
    const std::uint32_t next = i + cp.length;
    if (is_apostrophe(c) && !out.empty() && out.back().end == i &&
        (out.back().kind == token_kind::word || out.back().kind == token_kind::number)) {
      const uchar s = cur.byte(next);
      if ((s == 's' || s == 'S') && !cur.word_char_at(next + 1)) {
        emit(i, next + 1, token_kind::word, token_flag::possessive);
        i = next + 1;
        continue;
      }
      const uchar last = static_cast<uchar>(text[out.back().end - 1]);
      if ((last == 's' || last == 'S') && !cur.word_char_at(next)) {
        emit(i, next, token_kind::punctuation, token_flag::possessive | token_flag::quote);
        i = next;
        continue;
      }
    }
    if (c == '-' || c == '.') {
      std::uint32_t j = next;
      while (cur.byte(j) == c) ++j;
      emit(i, j, token_kind::punctuation, c == '-' ? token_flag::dash : 0);
      i = j;
      continue;
    }
    std::uint16_t flags = 0;
    if (is_quote(c)) flags |= token_flag::quote;
    if (is_dash(c)) flags |= token_flag::dash;
    if (c >= 0x80) flags |= token_flag::non_ascii;
    emit(i, next, k == char_class::symbol ? token_kind::symbol : token_kind::punctuation, flags);
    i = next;
  }
}

}  // namespace sitrep::detail
