// Border regions between two named countries (see geo_regions.hpp).
#include "parse/geo_regions.hpp"

#include "lexicon/normalize.hpp"

namespace sitrep::detail {
namespace {

bool is_border_word(std::string_view k) { return k == "border" || k == "borders" || k == "frontier"; }

// The resolved country of a mention, or "".
const geo_candidate* country_of(const geo_document& doc, const geo_mention& m) {
  const geo_candidate* c = doc.chosen(m);
  return c && c->ref.kind() == entry_kind::country ? c : nullptr;
}

// A dictionary region named "<a> <b> border" in either order.
void attach_dictionary_region(const geo_document& doc, border_region& r, std::string_view a, std::string_view b) {
  for (int order = 0; order < 2 && !r.bundle; ++order) {
    const std::string key = phrase_key(std::string(order ? b : a) + " " + std::string(order ? a : b) + " border");
    for_each_entry_named(doc, key, [&](const entry_ref& e) {
      if (e.kind() != entry_kind::region) return false;
      r.bundle = e.bundle;
      r.index = e.index;
      r.name = std::string(e.name());
      return true;
    });
  }
}

void emit(const geo_document& doc, std::vector<border_region>& out, std::uint32_t start, std::uint32_t end,
          const geo_candidate& x, const geo_candidate& y) {
  if (x.ref.country() == y.ref.country()) return;
  border_region r;
  r.start = start;
  r.end = end;
  r.first = x.ref.country();
  r.second = y.ref.country();
  r.name = std::string(x.ref.name()) + "-" + std::string(y.ref.name()) + " border";
  attach_dictionary_region(doc, r, x.ref.name(), y.ref.name());
  out.push_back(std::move(r));
}

}  // namespace

std::vector<border_region> find_border_regions(const geo_document& doc) {
  std::vector<border_region> out;
  const parse_context& ctx = *doc.ctx;
  const auto& tokens = ctx.tokens;
  const auto& ms = doc.mentions;
  auto key_of = [&](std::uint32_t t) { return doc.folded(t); };
  std::size_t mi = 0;  // first mention at or after the token being read
  for (std::uint32_t t = 0; t < tokens.size(); ++t) {
    if (tokens[t].kind != token_kind::word || !is_border_word(key_of(t))) continue;
    while (mi < ms.size() && ms[mi].first_token < t) ++mi;
    const std::uint32_t s_end = ctx.sentences[ctx.sentence_of_token(t)].last_token;
    // "X-Y border", "X–Y border": two countries right before.
    if (mi >= 2) {
      const geo_mention& y = ms[mi - 1];
      const geo_mention& x = ms[mi - 2];
      const bool adjacent = y.last_token == t &&
                            (x.first_token == y.first_token ||
                             (x.last_token + 1 == y.first_token && tokens[x.last_token].has(token_flag::dash)));
      const geo_candidate* cx = country_of(doc, x);
      const geo_candidate* cy = country_of(doc, y);
      if (adjacent && cx && cy) {
        emit(doc, out, x.start, tokens[t].end, *cx, *cy);
        continue;
      }
    }
    // "border (region|areas …) between|of X and Y" within a few words.
    std::uint32_t u = t + 1;
    const std::uint32_t limit = std::min<std::uint32_t>(s_end, t + 6);
    while (u < limit && key_of(u) != "between" && key_of(u) != "of") ++u;
    if (u >= limit) continue;
    ++u;
    if (u < s_end && key_of(u) == "the") ++u;
    std::size_t j = mi;
    while (j < ms.size() && ms[j].first_token < u) ++j;
    if (j + 1 >= ms.size() || ms[j].first_token != u) continue;
    const geo_mention& x = ms[j];
    if (x.last_token >= s_end || key_of(x.last_token) != "and") continue;
    const geo_mention& y = ms[j + 1];
    if (y.first_token != x.last_token + 1) continue;
    const geo_candidate* cx = country_of(doc, x);
    const geo_candidate* cy = country_of(doc, y);
    if (cx && cy) emit(doc, out, tokens[t].start, y.end, *cx, *cy);
  }
  return out;
}

}  // namespace sitrep::detail
