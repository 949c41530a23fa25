// Per-document state shared by the actor passes (names, groups, states): token
// views of the dictionary matches, which tokens are already part of a mention,
// which are places or dates, and the actor table being built.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "lexicon/bundle_format.hpp"
#include "lexicon/normalize.hpp"
#include "parse/actor_table.hpp"
#include "parse/actor_words.hpp"
#include "parse/parse_context.hpp"

namespace sitrep::detail {

/// Per-token marks (bits).
namespace tok_mark {
inline constexpr std::uint8_t used = 1u << 0;      // inside an actor mention or a title
inline constexpr std::uint8_t location = 1u << 1;  // inside a geoparser location mention
inline constexpr std::uint8_t date = 1u << 2;      // inside a temporal expression
inline constexpr std::uint8_t caps_line = 1u << 3; // in an all-capitals sentence (headline)
inline constexpr std::uint8_t quantity_end = 1u << 4;  // last token of a quantity
}  // namespace tok_mark

struct actor_scan {
  const parse_context& ctx;
  const std::vector<location>& locations;
  std::vector<int> match_of;           // token → index of the match covering it, -1 = none
  std::vector<std::uint8_t> marks;     // token → tok_mark bits
  std::vector<std::int64_t> quantity_value;  // token → value of the quantity ending there (when quantity_end)
  actor_table table;
  std::optional<std::int32_t> reference_day;  // the article's date as days since 1970-01-01, when known

  actor_scan(const parse_context& c, const std::vector<location>& locs);

  std::uint32_t token_count() const { return static_cast<std::uint32_t>(ctx.tokens.size()); }
  const token& tok(std::uint32_t i) const { return ctx.tokens[i]; }
  std::string_view text(std::uint32_t i) const { return ctx.tokens[i].view(ctx.text); }
  folded_word lower(std::uint32_t i) const { return fold_word(text(i)); }
  std::string_view slice(std::uint32_t first, std::uint32_t last) const {
    return ctx.text.substr(tok(first).start, tok(last - 1).end - tok(first).start);
  }
  span span_of(std::uint32_t first, std::uint32_t last) const { return {tok(first).start, tok(last - 1).end}; }
  bool has(std::uint32_t i, std::uint8_t m) const { return (marks[i] & m) != 0; }
  void mark(std::uint32_t first, std::uint32_t last, std::uint8_t m) {
    for (std::uint32_t i = first; i < last; ++i) marks[i] |= m;
  }

  const phrase_match* match(std::uint32_t i) const {
    const int m = match_of[i];
    return m < 0 ? nullptr : &ctx.matches.matches[static_cast<std::size_t>(m)];
  }
  /// A candidate of `kind` (and, for roles/organisations, `subkind` when >= 0) of the match, or nullptr.
  /// Of several, the first valid on the article's date ("[USAGOV >090120]" rows of one
  /// name), else the first.
  const entry_ref* candidate(const phrase_match& m, entry_kind kind, int subkind = -1, bool demonym = false) const {
    const entry_ref* first = nullptr;
    for (const entry_ref* c = ctx.matches.begin_of(m); c != ctx.matches.end_of(m); ++c) {
      if (c->kind() != kind) continue;
      if (subkind >= 0 && c->rec().subkind != subkind) continue;
      if (kind == entry_kind::country && ((c->alias_flags & alias_flag::demonym) != 0) != demonym) continue;
      if (!reference_day || (c->rec().valid_from <= *reference_day && *reference_day <= c->rec().valid_to)) return c;
      if (!first) first = c;
    }
    return first;
  }
  /// The country a demonym match at token `i` names ("Iranian" → IRN), or "".
  std::string_view demonym_at(std::uint32_t i) const {
    const phrase_match* m = match(i);
    if (!m || m->first_token != i) return {};
    const entry_ref* c = candidate(*m, entry_kind::country, -1, true);
    return c ? c->country() : std::string_view{};
  }
  /// The country of the location mentioned from token `i` on, or "" (none, or a
  /// region spanning countries).
  std::string_view location_country_at(std::uint32_t i) const {
    if (!has(i, tok_mark::location)) return {};
    for (const auto& l : locations)
      for (const auto& m : l.mentions)
        if (m.start == tok(i).start) return l.country;
    return {};
  }
  bool is_word(std::uint32_t i) const { return tok(i).kind == token_kind::word; }
  bool is_possessive(std::uint32_t i) const {
    if (tok(i).has(token_flag::possessive)) return true;
    const auto t = text(i);
    return t == "'s" || t == "\xE2\x80\x99s" || t == "'";
  }
};

}  // namespace sitrep::detail
