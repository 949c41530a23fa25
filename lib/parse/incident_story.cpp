// lib/parse/incident_story.cpp — see incident_story.hpp.
#include "parse/incident_story.hpp"

#include <algorithm>
#include <cstdio>

#include <string>
#include <string_view>

#include "parse/actor_words.hpp"
#include "parse/calendar.hpp"
#include "parse/incident_words.hpp"

namespace sitrep::detail {

// A local story happens in the town it names most: an assault that neither its own
// sentence nor the lead places ("Police: 9-month-old airlifted after shooting") took
// place there. The most-mentioned town, else county, else state; the first named wins ties.
void locate_by_story_place(std::vector<incident>& out, const std::vector<location>& locations) {
  std::string place;
  for (const std::string_view kind : {"city", "admin2", "admin1"}) {
    std::size_t most = 0;
    std::uint32_t first = UINT32_MAX;
    for (const auto& l : locations) {
      if (l.kind != kind || l.mentions.empty()) continue;
      const std::uint32_t at = l.mentions.front().start;
      if (l.mentions.size() > most || (l.mentions.size() == most && at < first)) {
        most = l.mentions.size();
        first = at;
        place = l.id;
      }
    }
    if (!place.empty()) break;
  }
  if (place.empty()) return;
  for (auto& x : out)
    if (x.type == "ASSAULT" && x.location.empty()) x.location = place;
}

namespace {
bool local_sector(std::string_view s) {
  // (Not armed groups, which strike across borders, nor universities named after places
  // abroad: "Georgetown University".)
  return s == "PTY" || s == "OPP" || s == "LAB" || s == "COP" || s == "JUD" || s == "LEG";
}
}  // namespace

void place_groups_by_incident(const std::vector<incident>& out, std::vector<actor>& actors,
                              const std::vector<location>& locations) {
  for (const auto& x : out) {
    if (x.location.empty()) continue;
    const auto where =
        std::find_if(locations.begin(), locations.end(), [&](const location& l) { return l.id == x.location; });
    if (where == locations.end() || where->country.empty()) continue;
    for (const auto* side : {&x.sources, &x.targets})
      for (const auto& id : *side)
        for (auto& a : actors) {
          if (a.id != id || !a.country.empty() || a.sector == "IGO" || a.sector == "NGO") continue;
          // Organisations only where their sector says they are local: a party, a union, a
          // police force, a court, a legislature ("Janata Dal-United", "the Senate"); a company
          // or a body named without its country may be anyone's.
          if (a.kind != "group" && !(a.kind == "organization" && local_sector(a.sector))) continue;
          // Diplomats, an embassy, peacekeepers: where they are is not whose they are.
          if (actor_lex::is_foreign_group_head(fold_word(last_word(a.name)).view())) continue;
          a.country = where->country;
        }
  }
}

// Sectors of the state, of bodies of states and of armed groups: a government "protests"
// a decision and troops or rebels "clash", but none of them is a crowd.
bool armed_or_state_sector(std::string_view sector) {
  for (const std::string_view s : {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "REB", "UAF"})
    if (sector == s) return true;
  return false;
}

void role_groups_by_incident(const std::vector<incident>& out, std::vector<actor>& actors) {
  for (const auto& x : out) {
    const char* role = x.acled_event_type == "Protests" ? "protesters"
                       : x.acled_event_type == "Riots"  ? "rioters"
                                                        : nullptr;
    if (!role) continue;
    for (const auto& id : x.sources)
      for (auto& a : actors)
        if (a.id == id && a.kind == "group" && a.role.empty() && !armed_or_state_sector(a.sector)) a.role = role;
  }
}

bool dates_a_statement(const parse_context& ctx, const date_mention& d) {
  auto telling = [&](std::uint32_t i) {
    return any_of_words(ctx.tokens[i].view(ctx.text),
                        {"said", "says", "told", "announced", "reported", "added", "stated", "confirmed"});
  };
  std::uint32_t t = token_starting_at(ctx, d.where.start);
  if (t >= ctx.tokens.size()) return false;
  // "Authorities Saturday said two people were killed": the day before the verb.
  std::uint32_t after = t;
  while (after < ctx.tokens.size() && ctx.tokens[after].end <= d.where.end) ++after;
  if (after < ctx.tokens.size() && telling(after)) return true;
  if (t == 0) return false;
  if (any_of_words(ctx.tokens[t - 1].view(ctx.text), {"on"}) && t >= 2) --t;
  return telling(t - 1);
}

bool dates_a_proceeding(const parse_context& ctx, const date_mention& d) {
  const std::uint32_t t = token_starting_at(ctx, d.where.start);
  if (t >= ctx.tokens.size()) return false;
  return any_word_before(ctx, t, ctx.sentences[ctx.sentence_of_token(t)].first_token, 6,
                         {"court", "hearing", "arraigned", "arraignment", "bond", "bail", "sentenced", "sentencing",
                          "appearance", "trial", "indicted", "pleaded", "funeral", "vigil", "memorial", "conference",
                          "briefing", "interview"});
}

bool recent_day(const parse_context& ctx, const date_mention& d, int days) {
  if (!ctx.reference_date) return true;
  civil_date v{};
  if (d.value.size() != 10 || std::sscanf(d.value.c_str(), "%d-%d-%d", &v.year, &v.month, &v.day) != 3) return false;
  const std::int64_t at = days_from_civil(v), ref = days_from_civil(*ctx.reference_date);
  return at <= ref && at >= ref - days;
}

// An event the text gives no day for happened on the story's day: the first day the
// story names in the week up to the reference date ("Tuesday night", "on Friday"), else
// the day the article is dated (the convention of event coders since TABARI). Its
// precision is "vague" to say its own sentence did not give it. Nothing without a
// reference date.
void date_by_article(std::vector<incident>& out, const parse_context& ctx) {
  if (!ctx.reference_date) return;
  std::string day = format_day(*ctx.reference_date);
  for (const auto& m : ctx.dates)
    if (m.precision == date_precision::day && recent_day(ctx, m, 7) && !dates_a_statement(ctx, m) &&
        !dates_a_proceeding(ctx, m)) {
      day = m.value;
      break;
    }
  for (auto& x : out)
    if (x.date.empty()) {
      x.date = day;
      x.precision = date_precision::vague;
    }
}

}  // namespace sitrep::detail
