#include "parse/actor_scan.hpp"

#include <algorithm>

namespace sitrep::detail {

actor_scan::actor_scan(const parse_context& c, const std::vector<location>& locs)
    : ctx(c), locations(locs), match_of(c.tokens.size(), -1), marks(c.tokens.size(), 0),
      quantity_value(c.tokens.size(), 0) {
  if (ctx.reference_date)
    reference_day = days_from_civil(ctx.reference_date->year, ctx.reference_date->month, ctx.reference_date->day);
  const auto& ms = ctx.matches.matches;
  for (std::size_t k = 0; k < ms.size(); ++k)
    for (std::uint32_t t = ms[k].first_token; t < ms[k].last_token && t < token_count(); ++t)
      match_of[t] = static_cast<int>(k);

  // Byte spans to token ranges: tokens are sorted by start, so each span is a binary search.
  auto mark_span = [&](std::uint32_t start, std::uint32_t end, std::uint8_t m) {
    auto it = std::lower_bound(ctx.tokens.begin(), ctx.tokens.end(), start,
                               [](const token& t, std::uint32_t v) { return t.end <= v; });
    std::uint32_t last = 0;
    bool any = false;
    for (; it != ctx.tokens.end() && it->start < end; ++it) {
      last = static_cast<std::uint32_t>(it - ctx.tokens.begin());
      marks[last] |= m;
      any = true;
    }
    return any ? static_cast<int>(last) : -1;
  };
  for (const auto& l : locations)
    for (const auto& s : l.mentions) mark_span(s.start, s.end, tok_mark::location);
  for (const auto& d : ctx.dates) mark_span(d.where.start, d.where.end, tok_mark::date);
  for (const auto& q : ctx.quantities) {
    const int last = mark_span(q.where.start, q.where.end, 0);
    if (last >= 0) {
      marks[static_cast<std::size_t>(last)] |= tok_mark::quantity_end;
      quantity_value[static_cast<std::size_t>(last)] = q.value;
    }
  }

  // Headlines and tables in capitals: case says nothing about names there.
  for (const auto& s : ctx.sentences) {
    std::uint32_t words = 0, caps = 0;
    for (std::uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (tok(i).kind != token_kind::word || tok(i).size() < 2) continue;
      ++words;
      if (tok(i).has(token_flag::all_caps)) ++caps;
    }
    if (words >= 2 && caps * 10 >= words * 7) mark(s.first_token, s.last_token, tok_mark::caps_line);
  }
}

}  // namespace sitrep::detail
