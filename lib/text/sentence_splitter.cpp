// Sentence boundaries over the token stream.
#include <array>
#include <string_view>

#include "abbreviations.hpp"
#include "sentence_ends.hpp"
#include "sitrep/tokenizer.hpp"

namespace sitrep {
inline namespace v0 {
namespace {

bool is_closer(std::string_view s, const token& t) {
  if (t.has(token_flag::quote)) {
    // Opening quotes do not close a sentence: “ ‘ « and a straight quote after a space.
    return s != "\xE2\x80\x9C" && s != "\xE2\x80\x98" && s != "\xC2\xAB" &&
           !((s == "\"" || s == "'") && t.has(token_flag::space_before));
  }
  return s.size() == 1 && (s[0] == ')' || s[0] == ']');
}

bool is_terminal(std::string_view s) {
  // Most punctuation is a comma: the first byte rules it out.
  const char c = s.empty() ? '\0' : s[0];
  if (c != '.' && c != '!' && c != '?' && c != '\xE2') return false;
  return s == "." || s == "!" || s == "?" || s == "..." || s == "\xE2\x80\xA6" || s == "?!" || s == "!?";
}

// Capitalised words that start sentences far more often than they follow an
// acronym inside one ("… in the U.S. The talks …" vs "the U.S. Navy").
bool sentence_starter(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kStarters = {
      "A",     "After", "Also",  "An",    "And",   "As",    "At",     "But",   "By",    "During",
      "For",   "He",    "Her",   "His",   "However","I",    "If",     "In",    "It",    "Its",
      "Meanwhile","No", "On",    "One",   "Our",   "She",   "Since",  "So",    "Some",  "That",
      "The",   "Their", "There", "These", "They",  "This",  "Those",  "We",    "When",  "While"};
  for (auto s : kStarters)
    if (s == w) return true;
  return false;
}

bool starts_lower(std::string_view s) {
  const auto c = static_cast<unsigned char>(s.empty() ? 0 : s[0]);
  return c >= 'a' && c <= 'z';
}

// Does a sentence end between tokens[i-1] and tokens[i]? (The first test,
// sentence_ends.hpp, says it may.)
bool boundary_before(std::string_view text, const std::vector<token>& tokens, std::uint32_t first,
                     std::uint32_t i) {
  const token& next = tokens[i];
  if (next.has(token_flag::paragraph_before)) return true;
  const token& prev = tokens[i - 1];
  // The commonest end, a period and then a space: what the rules below decide
  // for it, without their string tests (a period is no closer, and is terminal).
  if (prev.kind == token_kind::punctuation && prev.size() == 1 && text[prev.start] == '.' &&
      next.has(token_flag::space_before))
    return !starts_lower(next.view(text));
  if (prev.kind != token_kind::punctuation && !prev.has(token_flag::abbreviation)) return false;
  // Closing quotes and brackets stay with the sentence they close: “… war.”
  if (!next.has(token_flag::space_before) && is_closer(next.view(text), next)) return false;
  std::uint32_t j = i;
  while (j > first && is_closer(tokens[j - 1].view(text), tokens[j - 1])) --j;
  if (j == first) return false;
  const token& last = tokens[j - 1];
  const std::string_view lv = last.view(text);
  const std::string_view nv = next.view(text);
  if (last.kind == token_kind::punctuation && is_terminal(lv)) {
    if (!next.has(token_flag::space_before) && !next.has(token_flag::quote)) return false;  // "3.5", "x.y"
    return !starts_lower(nv);
  }
  if (last.has(token_flag::abbreviation)) {
    if (last.has(token_flag::initial)) return false;
    const auto kind = detail::abbreviation_of(lv.substr(0, lv.size() - 1));
    if (kind == detail::abbreviation_kind::title || kind == detail::abbreviation_kind::month) return false;
    return sentence_starter(nv);
  }
  return false;
}

}  // namespace

void split_sentences(std::string_view text, const std::vector<token>& tokens, std::vector<sentence>& out) {
  const auto n = static_cast<std::uint32_t>(tokens.size());
  if (n == 0) return;
  std::uint32_t first = 0;
  auto close = [&](std::uint32_t end_token) {
    sentence s;
    s.first_token = first;
    s.last_token = end_token;
    s.start = tokens[first].start;
    s.end = tokens[end_token - 1].end;
    out.push_back(s);
    first = end_token;
  };
  const token* const t = tokens.data();
  const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
  static const bool vector = detail::sentence_end_masks_avx512_supported();
  // The test every token needs, 64 tokens at a time (sentence_ends.hpp), and the
  // rest of the decision for the one in twenty it passes. A sentence may end before
  // token i if it may end after token i - 1 or a paragraph break precedes i.
  std::uint64_t carried = 0;  // may end after the previous block's last token
  for (std::uint32_t block = 0; block < n; block += 64) {
    const std::uint32_t count = n - block < 64 ? n - block : 64;
    // The block after next, for tokens that come from memory rather than
    // straight from the tokenizer (+7% then); never past the array's end.
    if (n - block > 192) {
      const auto* ahead = reinterpret_cast<const char*>(t + block + 128);
      for (unsigned line = 0; line < 64 * sizeof(token) / 64; ++line) __builtin_prefetch(ahead + 64 * line);
    }
    const detail::sentence_end_masks m =
        vector && count == 64 ? detail::sentence_end_masks_avx512(bytes, text.size(), t + block)
                              : detail::sentence_end_masks_scalar(bytes, text.size(), t + block, count);
    std::uint64_t may_end = m.before | (m.after << 1) | carried;
    carried = m.after >> 63;
    if (block == 0) may_end &= ~1ull;                // nothing ends before the first token
    if (count < 64) may_end &= (1ull << count) - 1;  // nor after the last
    for (; may_end != 0; may_end &= may_end - 1) {
      const std::uint32_t i = block + static_cast<std::uint32_t>(__builtin_ctzll(may_end));
      if (boundary_before(text, tokens, first, i)) close(i);
    }
  }
  close(n);
}

}  // namespace v0
}  // namespace sitrep
