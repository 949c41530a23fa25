#include "parse/actor_discourse.hpp"

#include <absl/container/flat_hash_map.h>
#include <absl/strings/string_view.h>

#include <string>

namespace sitrep::detail {
namespace {

struct surface {
  int actor;
  std::uint32_t first, last;  // tokens of one mention (the pattern)
};

bool locative(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "from" || w == "to" || w == "into" || w == "outside" ||
         w == "across" || w == "around";
}

// A dateline: a name opening a line and followed by the story's date ("NEW YORK
// 1996-08-22", "LONDON, Aug 22"). It names the place the story was filed from,
// whatever else the same words name in the story (a team in a results table).
bool dateline_at(const actor_scan& s, std::uint32_t i, std::uint32_t len) {
  const std::uint32_t n = s.token_count();
  if (i > 0 && !s.tok(i).has(token_flag::newline_before)) return false;
  std::uint32_t after = i + len;
  if (after < n && s.text(after) == ",") ++after;
  return after < n && s.has(after, tok_mark::date) && !s.tok(after).has(token_flag::newline_before);
}

}  // namespace

void spread_organisation_mentions(actor_scan& s) {
  const std::uint32_t n = s.token_count();
  // Token index of each mention start (mentions begin at token starts).
  absl::flat_hash_map<std::uint32_t, std::uint32_t> token_at_byte;
  token_at_byte.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) token_at_byte.emplace(s.tok(i).start, i);

  // Patterns by the folded first word.
  absl::flat_hash_map<std::string, std::vector<surface>> by_first;
  for (std::size_t a = 0; a < s.table.size(); ++a) {
    const auto& d = s.table.at(static_cast<int>(a));
    if (d.kind != "organization") continue;
    for (const auto& m : d.mentions) {
      const auto it = token_at_byte.find(m.start);
      if (it == token_at_byte.end()) continue;
      std::uint32_t last = it->second;
      while (last < n && s.tok(last).end <= m.end) ++last;
      if (last == it->second || s.tok(it->second).size() < 2) continue;
      auto& v = by_first[std::string(s.lower(it->second).view())];
      bool dup = false;
      for (const auto& x : v) dup |= x.actor == static_cast<int>(a) && x.last - x.first == last - it->second;
      if (!dup) v.push_back({static_cast<int>(a), it->second, last});
    }
  }
  if (by_first.empty()) return;

  for (std::uint32_t i = 0; i < n; ++i) {
    if (s.has(i, tok_mark::used) || !s.is_word(i)) continue;
    const token& t = s.tok(i);
    if (!t.has(token_flag::capitalized) && !t.has(token_flag::all_caps)) continue;
    const auto f = s.lower(i);
    const auto it = by_first.find(absl::string_view(f.buf, f.len));
    if (it == by_first.end()) continue;
    if (i > 0 && locative(s.lower(i - 1).view())) continue;
    for (const auto& p : it->second) {
      const std::uint32_t len = p.last - p.first;
      if (i + len > n) continue;
      bool same = true;
      for (std::uint32_t k = 1; k < len && same; ++k)
        same = !s.has(i + k, tok_mark::used) && s.lower(i + k).view() == s.lower(p.first + k).view();
      // The whole name, not the start of a longer one ("Manchester" of "Manchester United").
      if (!same || (i + len < n && s.is_word(i + len) && s.tok(i + len).has(token_flag::capitalized) &&
                    !s.tok(i + len).has(token_flag::newline_before)) ||
          dateline_at(s, i, len))
        continue;
      s.table.mention(p.actor, s.span_of(i, i + len));
      s.mark(i, i + len, tok_mark::used);
      i += len - 1;
      break;
    }
  }
}

}  // namespace sitrep::detail
