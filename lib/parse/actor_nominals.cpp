#include "parse/actor_nominals.hpp"

#include "parse/incident_words.hpp"

#include <string>

namespace sitrep::detail {

void find_nominal_mentions(actor_scan& s) {
  for (const auto& m : s.ctx.matches.matches) {
    if (m.first_token == 0 || m.first_token >= s.token_count() || s.has(m.first_token, tok_mark::used)) continue;
    const entry_ref* title = s.candidate(m, entry_kind::role, static_cast<int>(role_subkind::person_title));
    if (!title || s.tok(m.first_token).has(token_flag::capitalized)) continue;
    // "the minister", "the Iranian minister", "the country's army chief"
    std::uint32_t k = m.first_token;
    std::string_view country;
    if (const auto d = s.demonym_at(k - 1); !d.empty() && k >= 2) {
      country = d;
      --k;
    }
    if (k >= 3 && s.is_possessive(k - 1) && s.lower(k - 2).view() == "country") k -= 2;
    if (k == 0 || s.lower(k - 1).view() != "the") continue;
    // Not the title of a name that follows ("the foreign minister Jalil ..." was read as a title).
    if (m.last_token < s.token_count() && s.tok(m.last_token).has(token_flag::capitalized)) continue;
    const std::string_view head = last_word(title->role().empty() ? title->name() : title->role());
    const std::uint32_t at = s.tok(k - 1).start;
    int best = -1;
    std::uint32_t best_start = 0;
    for (std::size_t i = 0; i < s.table.size(); ++i) {
      const auto& d = s.table.at(static_cast<int>(i));
      if (d.kind != "person" || d.mentions.empty() || last_word(d.role) != head) continue;
      if (!country.empty() && d.country != country) continue;
      const std::uint32_t first = d.mentions.front().start;
      if (first < at && (best < 0 || first > best_start)) {
        best = static_cast<int>(i);
        best_start = first;
      }
    }
    if (best < 0) continue;
    s.table.mention(best, {s.tok(k - 1).start, m.end});
    s.mark(k - 1, m.last_token, tok_mark::used);
  }
}

}  // namespace sitrep::detail
