// lib/parse/incident_words.cpp — see incident_words.hpp.
#include "parse/incident_words.hpp"

#include <algorithm>
#include <cctype>

namespace sitrep::detail {

bool lower_word(std::string_view w, std::string_view want) {
  if (w.size() != want.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(w[i])) != want[i]) return false;
  return true;
}

bool any_of_words(std::string_view w, std::initializer_list<std::string_view> words) {
  for (auto x : words)
    if (lower_word(w, x)) return true;
  return false;
}

// Does sentence `s` hold any of `words` (case-folded)?
bool sentence_has_any(const parse_context& ctx, const sentence& s, std::initializer_list<std::string_view> words) {
  for (std::uint32_t t = s.first_token; t < s.last_token; ++t)
    if (any_of_words(ctx.tokens[t].view(ctx.text), words)) return true;
  return false;
}

std::size_t sentence_starting_at(const parse_context& ctx, std::uint32_t start) {
  const std::uint32_t t = token_starting_at(ctx, start);
  if (ctx.sentences.empty() || t >= ctx.tokens.size()) return ctx.sentences.size();
  const std::size_t k = ctx.sentence_of_token(t);
  return ctx.sentences[k].start == start ? k : ctx.sentences.size();
}

bool span_has_any(const parse_context& ctx, span sp, std::initializer_list<std::string_view> words) {
  const auto [a, b] = tokens_between(ctx, sp.start, sp.end);
  for (std::uint32_t t = a; t < b; ++t)
    if (any_of_words(ctx.tokens[t].view(ctx.text), words)) return true;
  return false;
}

// Words of the sentence holding token span `sp` and of the sentence after it.
bool sentence_or_next_has(const parse_context& ctx, span sp, std::initializer_list<std::string_view> words) {
  const std::size_t k = sentence_starting_at(ctx, sp.start);
  if (k >= ctx.sentences.size()) return false;
  if (sentence_has_any(ctx, ctx.sentences[k], words)) return true;
  return k + 1 < ctx.sentences.size() && sentence_has_any(ctx, ctx.sentences[k + 1], words);
}

bool any_word_before(const parse_context& ctx, std::uint32_t first_token, std::uint32_t sentence_first,
                     std::uint32_t n, std::initializer_list<std::string_view> words) {
  const std::uint32_t from = first_token > sentence_first + n ? first_token - n : sentence_first;
  for (std::uint32_t t = from; t < first_token; ++t)
    if (any_of_words(ctx.tokens[t].view(ctx.text), words)) return true;
  return false;
}

std::uint32_t token_starting_at(const parse_context& ctx, std::uint32_t at) {
  const auto it = std::lower_bound(ctx.tokens.begin(), ctx.tokens.end(), at,
                                   [](const token& t, std::uint32_t v) { return t.start < v; });
  return static_cast<std::uint32_t>(it - ctx.tokens.begin());
}

// The tokens of byte range [from, to).
std::pair<std::uint32_t, std::uint32_t> tokens_between(const parse_context& ctx, std::uint32_t from, std::uint32_t to) {
  return {token_starting_at(ctx, from), token_starting_at(ctx, to)};
}

std::string_view last_word(std::string_view s) {
  const std::size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

bool tells_a_death(const parse_context& ctx, span trigger) {
  const auto [a, b] = tokens_between(ctx, trigger.start, trigger.end);
  if (a >= b) return false;
  const std::string_view first = ctx.tokens[a].view(ctx.text);
  // ("lost" only opens "lost their lives", "lost his life".)
  return any_of_words(first, {"died", "dies", "die", "perished", "drowned"}) ||
         (any_of_words(first, {"lost"}) && b - a == 3);
}

bool giving_verb(std::string_view w) {
  // Not "given": more often "given the situation" than "given Iran arms".
  return any_of_words(w, {"give", "gives", "gave", "giving", "offer", "offers", "offered", "offering",
                          "grant", "grants", "granted", "granting", "send", "sends", "sent", "sending", "hand",
                          "hands", "handed", "lend", "lends", "lent", "promise", "promises", "promised", "pay",
                          "pays", "paid", "sell", "sells", "sold", "supply", "supplies", "supplied", "owe", "owes",
                          "owed"});
}

namespace {

// Can token `t` open what is given after a recipient ("a grant", "two of its nationals",
// "5.1 million dollars")?
bool opens_given_thing(const token& t, std::string_view w) {
  if (t.kind == token_kind::number) return true;
  return any_of_words(w, {"a", "an", "the", "some", "more", "its", "their", "his", "her", "new", "further", "full",
                          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "millions",
                          "billions", "thousands", "hundreds", "back"});
}

}  // namespace

bool bare_recipient(const parse_context& ctx, std::uint32_t first, std::uint32_t end, std::uint32_t floor,
                    std::uint32_t limit) {
  if (end >= limit || !opens_given_thing(ctx.tokens[end], ctx.tokens[end].view(ctx.text))) return false;
  if (first > floor + 1 && lower_word(ctx.tokens[first - 1].view(ctx.text), "the")) --first;
  return first > floor && giving_verb(ctx.tokens[first - 1].view(ctx.text));
}

}  // namespace sitrep::detail
