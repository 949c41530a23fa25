// lib/parse/incident_arguments.cpp — see incident_arguments.hpp.
#include "parse/incident_arguments.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "lexicon/normalize.hpp"
#include "parse/incident_words.hpp"

namespace sitrep::detail {
namespace {

// How two mentions are coordinated, by what stands between them.
enum class joint { none, conjunction, comma };

// "and" (", and", "or", and a determiner with an adjective or two: "Israel and the
// militant Hamas group"), a list comma ("France, Germany and Italy"), or nothing.
joint joint_between(std::string_view text, span left, span right) {
  if (left.end > right.start) return joint::none;
  std::string_view between = text.substr(left.end, right.start - left.end);
  auto trim = [](std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\n')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\n')) v.remove_suffix(1);
    return v;
  };
  auto next_word = [&](std::string_view& v) {
    const auto end = v.find_first_of(" \n");
    const std::string_view w = v.substr(0, end);
    v = end == std::string_view::npos ? std::string_view{} : trim(v.substr(end));
    return w;
  };
  between = trim(between);
  joint kind = joint::none;
  if (between.starts_with(",")) {
    kind = joint::comma;
    between = trim(between.substr(1));
  }
  std::string_view rest = between;
  if (const std::string_view w = next_word(rest); w == "and" || w == "or") {
    kind = joint::conjunction;
    between = rest;
  }
  if (kind == joint::none || between.empty()) return kind;
  // A determiner ("and the", "and their"), then an adjective or two in lower case ("the
  // evil awful Gondor"), or the right one's own capitalised adjective ("Hungarian and
  // Romanian officials", "and the British government").
  std::string_view after_determiner = between;
  const std::string_view first = next_word(after_determiner);
  const bool determiner = first == "the" || first == "its" || first == "their";
  if (determiner) between = after_determiner;
  if (between.empty()) return kind;
  if (between.front() >= 'A' && between.front() <= 'Z' && between.find_first_of(" \n,;") == std::string_view::npos)
    return kind;
  if (!determiner) return joint::none;
  for (int words = 0; words < 2 && !between.empty(); ++words) {
    const std::string_view w = next_word(between);
    if (!std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) return joint::none;
  }
  return between.empty() ? kind : joint::none;
}

}  // namespace

std::vector<mention_ref> mentions_in(const std::vector<actor>& actors, span s) {
  std::vector<mention_ref> out;
  for (std::uint32_t i = 0; i < actors.size(); ++i)
    for (const auto& m : actors[i].mentions)
      if (m.start >= s.start && m.end <= s.end) out.push_back({i, m});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.where.start < b.where.start; });
  return out;
}

// Is the mention at `where` governed by a preposition or a verb that takes it as its
// object ("told police", "to the army", "with his family")?
bool governed(const parse_context& ctx, span where) {
  std::size_t k = token_starting_at(ctx, where.start);
  const auto word = [&](std::size_t t) { return ctx.tokens[t].view(ctx.text); };
  // Names and a determiner before the noun belong to its phrase ("on the Al Fatatra village axis").
  for (int names = 0; names < 3 && k > 0 && ctx.tokens[k - 1].has(token_flag::capitalized) &&
                      ctx.tokens[k - 1].kind == token_kind::word && !ctx.tokens[k - 1].has(token_flag::newline_before);
       ++names)
    --k;
  if (k > 0 && any_of_words(word(k - 1), {"the", "a", "an", "his", "her", "their", "its", "some", "other"})) --k;
  if (k == 0) return false;
  return any_of_words(word(k - 1), {"to", "by", "with", "about", "of", "from", "for", "at", "in", "on", "into",
                                    "against", "told", "tell", "tells", "asked", "urged", "between", "among",
                                    "than", "like", "including"}) ||
         giving_verb(word(k - 1));
}

bool object_of_verb(const parse_context& ctx, span where) {
  std::size_t k = token_starting_at(ctx, where.start);
  const auto word = [&](std::size_t t) { return ctx.tokens[t].view(ctx.text); };
  // A count or a determiner opens the phrase: "exchanged 100 prisoners", "killed at least 11 civilians".
  for (int steps = 0; steps < 4 && k > 0; ++steps) {
    const token& t = ctx.tokens[k - 1];
    if (t.kind == token_kind::number ||
        any_of_words(word(k - 1), {"the", "a", "an", "some", "several", "its", "their", "his", "her", "at", "least",
                                   "about", "nearly", "almost", "more", "than", "over", "dozens", "hundreds",
                                   "thousands", "of"}))
      --k;
    else
      break;
  }
  if (k == 0) return false;
  const token& v = ctx.tokens[k - 1];
  const std::string_view w = word(k - 1);
  if (v.kind != token_kind::word || v.has(token_flag::capitalized) || w.size() < 5 || !w.ends_with("ed")) return false;
  // Participles used as adjectives describe the phrase, they do not govern it ("armed men").
  if (any_of_words(w, {"armed", "masked", "unidentified", "suspected", "alleged", "united", "wounded", "injured",
                       "displaced", "detained", "hooded", "retired", "elected", "concerned", "unarmed", "organized",
                       "organised", "disgruntled", "aggrieved", "banned", "outlawed", "affected", "trained",
                       "uniformed", "unnamed", "undocumented", "stranded", "trapped", "killed"}))
    return false;
  // After a determiner or a count the participle is an adjective too ("the embattled president").
  if (k >= 2 && (ctx.tokens[k - 2].kind == token_kind::number ||
                 any_of_words(word(k - 2), {"the", "a", "an", "two", "three", "several", "some", "of"})))
    return false;
  return true;
}

// The reporting verb of a sentence ("said", "declared", "insisted" ...) nearest
// before token `before`, else the first after it; -1 when there is none.
int reporting_verb(const parse_context& ctx, const sentence& s, std::uint32_t before) {
  int found = -1;
  for (std::uint32_t t = s.first_token; t < s.last_token; ++t) {
    if (!any_of_words(ctx.tokens[t].view(ctx.text),
                      {"said", "says", "say", "declared", "declares", "insisted", "insists", "stated", "warned",
                       "warns", "announced", "concluded", "stressed", "reiterated", "told", "argued", "added"}))
      continue;
    if (t < before) found = static_cast<int>(t);
    else return found >= 0 ? found : static_cast<int>(t);
  }
  return found;
}

// Where a trailing attribution begins: the comma opening the sentence's last clause
// when that clause reports who told the news (", officials said Thursday.", ", a
// statement issued by the ministry said today.", ", according to officials."), after
// token `after`; the sentence's end when there is none. Those it names told the
// event; they are not whom it was done to.
std::uint32_t attribution_start(const parse_context& ctx, const sentence& s, std::uint32_t after) {
  std::uint32_t comma = UINT32_MAX;
  for (std::uint32_t t = after; t < s.last_token; ++t) {
    const std::string_view w = ctx.tokens[t].view(ctx.text);
    if (w == "," || w == ";") {
      comma = t;
    } else if (comma != UINT32_MAX &&
               any_of_words(w, {"said", "says", "reported", "reports", "announced", "according", "told",
                                "stated", "quoted", "confirmed"})) {
      // The clause must run to the end: nothing but its own words, a date and a period after.
      bool last_clause = true;
      for (std::uint32_t u = t + 1; u < s.last_token && last_clause; ++u) {
        const std::string_view v = ctx.tokens[u].view(ctx.text);
        last_clause = v != "," && v != ";" && v != "that";
      }
      if (last_clause) return ctx.tokens[comma].start;
    }
  }
  return s.end;
}

// The actor ids of mention `at` of `ms` (sorted by position; none when `at` is
// out of range) and of the mentions coordinated with it, walking in direction
// `step` (-1: those before it, +1: those after), nearest first.
std::vector<std::string> coordinated_ids(std::string_view text, const std::vector<actor>& actors,
                                         const std::vector<mention_ref>& ms, std::size_t at, int step) {
  std::vector<std::string> ids;
  if (at >= ms.size()) return ids;
  ids.push_back(actors[ms[at].index].id);
  // A list comma joins only in a list that has its "and": walking back from the list's
  // last name, once the "and" is behind; walking forward, when an "and" follows, so
  // names after commas wait for it ("Gaza, Israel" is no list).
  bool conjunction_seen = false;
  std::size_t listed = ids.size();  // ids before this index are certain
  for (std::size_t k = at;;) {
    const std::size_t next = step < 0 ? k - 1 : k + 1;
    if (next >= ms.size()) break;  // (k - 1 wraps past 0 to a huge value)
    const span left = step < 0 ? ms[next].where : ms[k].where;
    const span right = step < 0 ? ms[k].where : ms[next].where;
    const joint j = joint_between(text, left, right);
    if (j == joint::none || (j == joint::comma && step < 0 && !conjunction_seen)) break;
    if (j == joint::conjunction) conjunction_seen = true;
    const std::string& id = actors[ms[next].index].id;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    if (step < 0 || j == joint::conjunction) listed = ids.size();
    k = next;
  }
  ids.resize(listed);
  return ids;
}

// A state actor for a country, created when the document has none yet.
std::string state_actor_for(std::vector<actor>& actors, std::string_view country, std::string_view country_name,
                            span mention) {
  for (auto& a : actors)
    if (a.kind == "state" && a.country == country) {
      if (std::find(a.mentions.begin(), a.mentions.end(), mention) == a.mentions.end()) {
        a.mentions.push_back(mention);
        std::sort(a.mentions.begin(), a.mentions.end(), [](const span& x, const span& y) { return x.start < y.start; });
      }
      return a.id;
    }
  actor a;
  a.id = fmt::format("a{}", actors.size());
  a.name = std::string(country_name);
  a.kind = "state";
  a.country = std::string(country);
  a.mentions.push_back(mention);
  actors.push_back(std::move(a));
  return actors.back().id;
}

// "an Iranian air strike", "Pakistani strikes": a demonym right before the trigger.
std::optional<std::string> demonym_source(const parse_context& ctx, std::vector<actor>& actors,
                                          const phrase_match& trig, std::uint32_t sentence_first) {
  for (const auto& m : ctx.matches.matches) {
    if (m.last_token > trig.first_token || m.last_token + 3 < trig.first_token || m.first_token < sentence_first)
      continue;
    // A nationality that is an actor's own mention ("Three Americans were killed")
    // names that group, not a state behind the act.
    bool own_mention = false;
    for (const auto& a : actors)
      for (const auto& am : a.mentions) own_mention |= am.start == m.start && am.end == m.end;
    if (own_mention) continue;
    for (const entry_ref* c = ctx.matches.begin_of(m); c != ctx.matches.end_of(m); ++c)
      if (c->kind() == entry_kind::country && (c->alias_flags & alias_flag::demonym))
        return state_actor_for(actors, c->country(), c->name(), span{m.start, m.end});
  }
  return std::nullopt;
}

// "rejected an Indian proposal", "opposed to French mediation": a nationality opening
// the trigger's object names the state the act is aimed at. Not where the noun after
// it is an actor of its own ("attacked Israeli troops": the troops are the target).
std::optional<std::string> demonym_target(const parse_context& ctx, std::vector<actor>& actors,
                                          const phrase_match& trig, std::uint32_t sentence_last) {
  std::uint32_t k = trig.last_token;
  const auto word = [&](std::uint32_t t) { return ctx.tokens[t].view(ctx.text); };
  while (k < sentence_last && k < trig.last_token + 2 &&
         any_of_words(word(k), {"a", "an", "the", "another", "fresh", "new", "latest", "proposed", "to"}))
    ++k;
  const auto& ms = ctx.matches.matches;
  const auto it = std::lower_bound(ms.begin(), ms.end(), k,
                                   [](const phrase_match& m, std::uint32_t t) { return m.first_token < t; });
  if (it == ms.end() || it->first_token != k || it->last_token >= sentence_last) return std::nullopt;
  const token& next = ctx.tokens[it->last_token];
  if (next.kind != token_kind::word || next.has(token_flag::capitalized)) return std::nullopt;
  for (const auto& a : actors)
    for (const auto& am : a.mentions)
      if (am.start <= next.start && next.start < am.end) return std::nullopt;
  for (const entry_ref* c = ctx.matches.begin_of(*it); c != ctx.matches.end_of(*it); ++c)
    if (c->kind() == entry_kind::country && (c->alias_flags & alias_flag::demonym))
      return state_actor_for(actors, c->country(), c->name(), span{it->start, it->end});
  return std::nullopt;
}

std::optional<std::string> place_target(const parse_context& ctx, std::vector<actor>& actors,
                                        const std::vector<location>& locations, const phrase_match& trig,
                                        std::uint32_t sentence_last, const std::vector<std::string>& sources) {
  constexpr std::uint32_t kMaxWordsBetween = 6;
  const auto word = [&](std::uint32_t t) { return ctx.tokens[t].view(ctx.text); };
  // The first country mention after the trigger in its sentence.
  const location* country = nullptr;
  span where{};
  for (const auto& l : locations) {
    if (l.kind != "country" || l.country.empty()) continue;
    for (const auto& m : l.mentions)
      if (m.start >= ctx.tokens[trig.last_token - 1].end && m.end <= ctx.tokens[sentence_last - 1].end &&
          (!country || m.start < where.start)) {
        country = &l;
        where = m;
      }
  }
  if (!country) return std::nullopt;
  const std::uint32_t at = token_starting_at(ctx, where.start);
  if (at >= ctx.tokens.size() || at < trig.last_token + 1 || at - trig.last_token > kMaxWordsBetween + 1)
    return std::nullopt;
  // Governed by a preposition ("to Liberia", "in neighbouring Lebanon", "from the Gaza Strip").
  std::uint32_t p = at;
  while (p > trig.last_token && (any_of_words(word(p - 1), {"the", "neighbouring", "neighboring"}))) --p;
  if (p == trig.last_token || !any_of_words(word(p - 1), {"to", "in", "into", "from", "on", "at", "against"}))
    return std::nullopt;
  // Nothing between the trigger and the place may end the clause or be an actor of its own.
  for (std::uint32_t t = trig.last_token; t + 1 < p; ++t)
    if (ctx.tokens[t].kind == token_kind::punctuation || any_of_words(word(t), {"which", "who", "where", "said", "and"}))
      return std::nullopt;
  const auto named = mentions_in(actors, span{ctx.tokens[trig.last_token - 1].end, where.start});
  if (!named.empty()) return std::nullopt;
  for (const auto& a : actors)
    if (a.country == country->country && std::find(sources.begin(), sources.end(), a.id) != sources.end())
      return std::nullopt;
  return state_actor_for(actors, country->country, country->name, where);
}

}  // namespace sitrep::detail
