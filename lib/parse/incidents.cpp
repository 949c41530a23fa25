#include "parse/incidents.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fmt/format.h>

#include "lexicon/dictionary_sources.hpp"
#include "lexicon/normalize.hpp"
#include "parse/calendar.hpp"
#include "parse/geo_distance.hpp"
#include "parse/incident_codebook.hpp"
#include "parse/incident_folds.hpp"
#include "parse/incident_arguments.hpp"
#include "parse/incident_clause.hpp"
#include "parse/incident_story.hpp"
#include "parse/incident_words.hpp"
#include "parse/masthead.hpp"
#include "parse/verb_patterns.hpp"

namespace sitrep::detail {
namespace {

struct trigger_hit {
  std::uint32_t match;        // index into ctx.matches.matches
  entry_ref entry;            // the trigger entry
  std::uint32_t sentence;
};

// Sentence-initial definite event nouns refer back: "The strikes …", "The attack …".
bool anaphoric(const parse_context& ctx, const trigger_hit& h) {
  const auto& m = ctx.matches.matches[h.match];
  const auto& s = ctx.sentences[h.sentence];
  if (m.first_token < s.first_token + 1 || m.first_token > s.first_token + 2) return false;
  const auto w = ctx.tokens[m.first_token - 1].view(ctx.text);
  return any_of_words(w, {"the", "these", "those", "this", "that"}) &&
         ctx.tokens[m.last_token - 1].kind == token_kind::word;
}

int kind_rank(std::string_view kind) {
  if (kind == "city" || kind == "place") return 4;
  if (kind == "admin2") return 3;
  if (kind == "admin1") return 2;
  if (kind == "country") return 1;
  return 0;  // regions
}

// The place of the event: after "in/near/at", close to the trigger, specific
// (city over admin1 over country), and not the name of an actor that acts in it
// ("This led Islamabad to retaliate … in Sistan-Baluchestan").
int pick_location(const parse_context& ctx, const std::vector<location>& locations, const std::vector<actor>& actors,
                  const std::vector<std::string>& sources, span sentence_span, span trigger, span masthead) {
  auto is_source_mention = [&](const span& m) {
    for (const auto& a : actors)
      if (std::find(sources.begin(), sources.end(), a.id) != sources.end())
        for (const auto& am : a.mentions)
          if (am.start < m.end && m.start < am.end) return true;
    return false;
  };
  int best = -1, best_score = INT32_MIN;
  std::uint32_t best_end = 0;  // the end of the chosen mention
  for (std::uint32_t i = 0; i < locations.size(); ++i) {
    for (const auto& m : locations[i].mentions) {
      if (m.start < sentence_span.start || m.end > sentence_span.end) continue;
      // "Five teens shot after tournament - WALB.com, South Georgia News": the outlet's home
      // is no place the headline tells.
      if (m.start >= masthead.start && m.end <= masthead.end && masthead.end > masthead.start) continue;
      int score = kind_rank(locations[i].kind) * 10;
      // The word before the mention, skipping "the" and a possessive owner ("Iran's").
      const auto before = ctx.text.substr(sentence_span.start, m.start - sentence_span.start);
      std::size_t end = before.size();
      for (int words = 0; words < 3 && end > 0; ++words) {
        while (end > 0 && before[end - 1] == ' ') --end;
        std::size_t begin = end;
        while (begin > 0 && before[begin - 1] != ' ') --begin;
        const std::string_view w = before.substr(begin, end - begin);
        if (any_of_words(w, {"in", "near", "at", "across", "outside", "inside", "into", "to"})) {
          score += 30;
          break;
        }
        const bool owner = (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
                           (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s");
        if (!any_of_words(w, {"the"}) && !owner) break;
        end = begin;
      }
      if (m.start >= trigger.end && m.start - trigger.end <= 3) score += 25;  // "visited Kabul"
      if (is_source_mention(m)) score -= 100;
      // Victims are taken to hospital: a hospital is where they were treated, not hurt.
      const std::string_view name = ctx.text.substr(m.start, m.end - m.start);
      if (name.find("Hospital") != std::string_view::npos || name.find("Medical Center") != std::string_view::npos ||
          name.find("Medical Centre") != std::string_view::npos || name.find("Trauma Center") != std::string_view::npos)
        score -= 60;
      const std::uint32_t distance = m.start > trigger.start ? m.start - trigger.start : trigger.start - m.start;
      score -= static_cast<int>(distance / 40);
      if (score > best_score) {
        best_score = score;
        best = static_cast<int>(i);
        best_end = m.end;
      }
    }
  }
  // "shelled Oleksandrivka, Kharkiv" where the gazetteer's Oleksandrivkas lie in other
  // oblasts: the area the text puts the town in is where it happened, not a namesake's.
  if (best >= 0) {
    const location& town = locations[static_cast<std::size_t>(best)];
    std::uint32_t at = best_end;
    while (at < ctx.text.size() && (ctx.text[at] == ',' || ctx.text[at] == '(' || ctx.text[at] == ' ')) ++at;
    for (std::uint32_t j = 0; j < locations.size() && at > best_end; ++j) {
      const location& area = locations[j];
      if (area.kind != "admin1" || area.country != town.country || area.admin1.empty() || town.admin1.empty() ||
          area.admin1 == town.admin1 || town.kind == "admin1" || town.kind == "country" || town.kind == "region")
        continue;
      for (const auto& am : area.mentions)
        if (am.start == at && am.end <= sentence_span.end) return static_cast<int>(j);
    }
  }
  return best;
}

// The sentence's date closest to the trigger; else (`inherited` set) a day the
// previous sentence named: news keeps narrating the day it just gave. A `violent` act
// is not dated by a later proceeding the sentence tells (a hearing is its own act's day).
const date_mention* pick_date(const parse_context& ctx, span sentence_span, span previous_sentence,
                              std::uint32_t trigger_start, bool violent, bool& inherited) {
  const date_mention* best = nullptr;
  std::uint32_t best_distance = UINT32_MAX;
  const date_mention* earlier = nullptr;
  inherited = false;
  for (const auto& d : ctx.dates) {
    // A point or period of the calendar ("2014-06-21", "2014-W25"), not a duration
    // ("P14Y", "14 years") or a reference ("PAST_REF").
    if (d.value.empty() || d.precision == date_precision::vague || !std::isdigit(static_cast<unsigned char>(d.value[0])))
      continue;
    if (d.where.start >= sentence_span.start && d.where.end <= sentence_span.end) {
      // "were found shot to death, and police said Thursday": the day of the telling; "was
      // denied bond during a court appearance on Wednesday": the day of a later proceeding.
      if (dates_a_statement(ctx, d) || (violent && dates_a_proceeding(ctx, d))) continue;
      const std::uint32_t dist = d.where.start > trigger_start ? d.where.start - trigger_start : trigger_start - d.where.start;
      if (dist < best_distance) {
        best_distance = dist;
        best = &d;
      }
    } else if (d.where.start >= previous_sentence.start && d.where.end <= previous_sentence.end &&
               d.precision == date_precision::day) {
      earlier = &d;
    }
  }
  if (best) return best;
  inherited = earlier != nullptr;
  return earlier;
}

// The first day the lead dates, for an undated headline: "Five teens shot after
// basketball tournament" is the shooting the next sentences put "on Saturday evening".
// The lead is the four sentences after the headline: local news often opens with a
// byline, a photo caption or a "Posted" line before the sentence that dates the event
// (on GVA, two sentences gave date accuracy 0.623, three 0.637, four 0.641, six 0.643).
constexpr std::size_t kLeadSentences = 4;
const date_mention* lead_day(const parse_context& ctx) {
  if (ctx.sentences.size() < 2) return nullptr;
  const std::uint32_t from = ctx.sentences[1].start;
  const std::uint32_t to = ctx.sentences[std::min(kLeadSentences, ctx.sentences.size() - 1)].end;
  for (const auto& d : ctx.dates)
    if (d.where.start >= from && d.where.end <= to && d.precision == date_precision::day && !d.value.empty() &&
        recent_day(ctx, d, 31) && !dates_a_statement(ctx, d) && !dates_a_proceeding(ctx, d))
      return &d;
  return nullptr;
}

// Is the trigger at `trigger` a past participle describing someone or somewhere after a
// determiner ("the jailed opposition leader", "the ousted president", "the occupied West Bank")?
bool attributive_participle(const parse_context& ctx, span trigger) {
  const std::string_view word = ctx.text.substr(trigger.start, trigger.end - trigger.start);
  if (!any_of_words(word, {"jailed", "imprisoned", "detained", "arrested", "exiled", "convicted", "deposed", "ousted",
                           "kidnapped", "abducted", "sacked", "dismissed", "banned", "outlawed", "occupied", "annexed"}))
    return false;
  // A word follows, not a preposition or the clause's end: "the jailed leader", not "was jailed in".
  std::size_t next = trigger.end;
  if (next >= ctx.text.size() || ctx.text[next] != ' ') return false;
  std::size_t next_end = next + 1;
  while (next_end < ctx.text.size() && std::isalpha(static_cast<unsigned char>(ctx.text[next_end]))) ++next_end;
  const std::string_view after = ctx.text.substr(next + 1, next_end - next - 1);
  if (after.empty() || any_of_words(after, {"in", "on", "at", "for", "by", "to", "from", "after", "and", "as", "with",
                                            "over", "since", "during", "without", "under", "last", "this"}))
    return false;
  std::size_t end = trigger.start;
  while (end > 0 && ctx.text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && ctx.text[begin - 1] != ' ' && ctx.text[begin - 1] != '\n') --begin;
  const std::string_view before = ctx.text.substr(begin, end - begin);
  return any_of_words(before, {"the", "a", "an", "his", "her", "their", "its", "our"}) || before.ends_with("'s") ||
         before.ends_with("\xE2\x80\x99s");
}

// Does token t open a quoted title: capitalised, not the sentence's first word, right after
// an opening quotation mark, with a capitalised word after it ("'Bans Off Our Bodies'")?
bool opens_quoted_title(const parse_context& ctx, std::uint32_t t, std::uint32_t sentence_first) {
  if (t <= sentence_first + 1 || t + 1 >= ctx.tokens.size()) return false;
  const token& w = ctx.tokens[t];
  const token& q = ctx.tokens[t - 1];
  return w.has(token_flag::capitalized) && !w.has(token_flag::all_caps) && q.has(token_flag::quote) &&
         q.end == w.start && ctx.tokens[t + 1].has(token_flag::capitalized);
}

// Is the trigger at `trigger` "support" in "with (the) support of/from" (or "with the
// backing of"): a phrase of manner, not a clause of its own? ("provided Xerox with technical
// support" is the act itself.)
// Or a participle that describes who acts ("health workers, backed by the Cisl Fp,
// gathered", "employees supported by CFDT went on strike"), not a passive ("was backed by").
bool support_adjunct(const parse_context& ctx, span trigger) {
  const std::uint32_t t = token_starting_at(ctx, trigger.start);
  if (t >= ctx.tokens.size()) return false;
  const std::uint32_t first = ctx.sentences[ctx.sentence_of_token(t)].first_token;
  const std::string_view after = ctx.text.substr(trigger.end, 6);
  if (after.starts_with(" by ") && t > first) {
    const std::string_view verb = ctx.tokens[t].view(ctx.text);
    return verb.size() > 2 && verb.ends_with("ed") &&
           !any_of_words(ctx.tokens[t - 1].view(ctx.text),
                         {"is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "not"});
  }
  if (!(after.starts_with(" of ") || after.starts_with(" from "))) return false;
  return any_word_before(ctx, t, first, 3, {"with"});
}

// Recodes an incident whose reading a rule changed: its mode, CAMEO code and ACLED
// types (none where empty) replace the trigger's.
void code_as(incident& x, std::string_view mode, std::string_view cameo, std::string_view acled_event = {},
             std::string_view acled_sub_event = {}) {
  x.mode = std::string(mode);
  x.cameo = std::string(cameo);
  x.acled_event_type = std::string(acled_event);
  x.acled_sub_event_type = std::string(acled_sub_event);
}

// `target_from_place`: the only target is the state a place names ("troops to Liberia"),
// the evidence the location already counts.
double confidence_of(const incident& x, bool target_from_place) {
  double c = 0.45;
  if (!x.sources.empty()) c += 0.15;
  if (!x.targets.empty() && !target_from_place) c += 0.1;
  if (!x.location.empty()) c += 0.1;
  if (!x.date.empty()) c += 0.1;
  if (x.fatalities || x.injuries) c += 0.05;
  return std::min(c, 0.95);
}

// An incident on its way out, with what the record has no field for: how many were
// shot (killed or not), from which the injured are told once the toll is known.
struct incident_draft {
  incident x;
  std::optional<std::int64_t> shot;
  bool dated_by_lead = false;  // the date is the lead's day, a guess another telling overrides
  // What the trigger's words imply when no count is given: "a fatal shooting" killed
  // someone, "a quadruple shooting" hit four. Used only where no telling counts.
  std::optional<std::int64_t> implied_dead, implied_shot;
};

// "fatal shooting", "deadly stabbing", "double homicide", "quadruple shooting": the
// words before an assault's trigger that tell its toll without a number.
void implied_toll(const parse_context& ctx, incident_draft& d) {
  if (d.x.type != "ASSAULT") return;
  const std::size_t t = token_starting_at(ctx, d.x.trigger.start);
  if (t >= ctx.tokens.size()) return;
  const auto head = ctx.tokens[t].view(ctx.text);
  const bool killing = any_of_words(head, {"homicide", "homicides", "murder", "murders", "killing", "killings", "slaying",
                                           "slayings"});
  std::int64_t times = 0;
  bool deadly = killing;
  for (std::size_t k = t; k-- > 0 && k + 3 > t;) {
    const auto w = ctx.tokens[k].view(ctx.text);
    if (any_of_words(w, {"fatal", "deadly", "fatally"})) deadly = true;
    else if (any_of_words(w, {"double"})) times = 2;
    else if (any_of_words(w, {"triple"})) times = 3;
    else if (any_of_words(w, {"quadruple"})) times = 4;
    else if (any_of_words(w, {"quintuple"})) times = 5;
    else if (!any_of_words(w, {"a", "an", "the", "weekend", "overnight", "early", "morning", "night", "late"})) break;
  }
  if (killing && times) d.implied_dead = times;
  else if (deadly) d.implied_dead = 1;
  if (!killing && times) d.implied_shot = times;
}

// Does one telling have the other's attacker as its target ("militants attacked the
// army … the army shelled their positions")? That is a second assault, the reply.
bool reversed(const incident& x, const incident& y) {
  auto shares = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const auto& id : a)
      if (std::find(b.begin(), b.end(), id) != b.end()) return true;
    return false;
  };
  return shares(x.sources, y.targets) || shares(x.targets, y.sources);
}

// Do two incident dates fit one day? Equal, one unknown, or one a period that holds the
// other: "in August" and "on Aug. 5", "last week" and "on Tuesday", "2014" and "2014-03-02".
bool dates_fit(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return true;
  const std::string& coarse = a.size() < b.size() ? a : b;
  const std::string& fine = a.size() < b.size() ? b : a;
  if (fine.size() < 10 || fine[4] != '-' || fine[7] != '-') return false;  // only a day is held
  if (coarse.size() == 4 || coarse.size() == 7) return fine.compare(0, coarse.size(), coarse) == 0;
  // "2014-W12" or "2014-W12-WE": the ISO week of the day (and its weekend).
  if (coarse.size() >= 8 && coarse[5] == 'W') {
    civil_date d{};
    d.year = std::atoi(fine.substr(0, 4).c_str());
    d.month = std::atoi(fine.substr(5, 2).c_str());
    d.day = std::atoi(fine.substr(8, 2).c_str());
    if (!valid_date(d.year, d.month, d.day)) return false;
    if (format_week(iso_week_of(d)) != coarse.substr(0, 8)) return false;
    return coarse.size() == 8 || (coarse.substr(8) == "-WE" && weekday(d) >= 5);
  }
  return false;
}

// The location with id `id`, or nullptr.
const location* location_with_id(const std::vector<location>& locations, const std::string& id) {
  for (const auto& l : locations)
    if (l.id == id) return &l;
  return nullptr;
}

// Do two tellings' places fit one assault? The same place, a place told by one only, or
// one place inside the other: a street, building or unlisted place near a town the other
// names in the same state ("a shot fired at the 5900 block of Notre Dame Avenue", "in
// Chino"), or the state that holds the other's place ("in Georgia", "in Albany").
bool places_fit(const std::string& a, const std::string& b, const std::vector<location>& locations) {
  constexpr double kTownKm = 30.0, kCountyKm = 60.0;
  if (a.empty() || b.empty() || a == b) return true;
  const location* x = location_with_id(locations, a);
  const location* y = location_with_id(locations, b);
  if (!x || !y || x->country.empty() || x->country != y->country || x->admin1.empty() || x->admin1 != y->admin1)
    return false;
  if (x->kind == "admin1" || y->kind == "admin1") return true;
  if (!x->lat || !x->lon || !y->lat || !y->lon) return false;
  const double km = distance_km(*x->lat, *x->lon, *y->lat, *y->lon);
  // A county and a town in it: counties are told by their seat, seldom far from any town.
  if ((x->kind == "admin2") != (y->kind == "admin2")) return km <= kCountyKm;
  // A town and a street, building or unlisted place in it or at its edge.
  return (x->kind == "place") != (y->kind == "place") && km <= kTownKm;
}

// Is place `a` the finer of two that fit one assault: a town against its county or state,
// or a gazetteer town against a street or building placed only by the story around it?
bool finer_place(const std::string& a, const std::string& b, const std::vector<location>& locations) {
  if (a.empty() || b.empty() || a == b) return false;
  auto kind_of = [&](const std::string& id) -> std::string_view {
    const location* l = location_with_id(locations, id);
    return l ? std::string_view(l->kind) : std::string_view{};
  };
  const std::string_view ka = kind_of(a), kb = kind_of(b);
  return (kb == "admin1" && ka != "admin1") || (kb == "admin2" && (ka == "city" || ka == "place")) ||
         (kb == "place" && ka == "city");
}

// Could `y` be the same assault as `x`, told again? Nothing the two say may differ: the
// place, the date, the mode and the toll are each the same or told by one only, and
// neither hits the other's attacker. Who is named on each side is not compared: the
// tellings name the same people differently ("a gunman", "Smith", "the suspect").
bool retells(const incident_draft& dx, const incident_draft& dy, const std::vector<location>& locations) {
  const incident &x = dx.x, &y = dy.x;
  auto agree = [](const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; };
  auto agree_count = [](const std::optional<std::int64_t>& a, const std::optional<std::int64_t>& b) {
    return !a || !b || *a == *b;
  };
  return x.type == "ASSAULT" && y.type == "ASSAULT" && agree(x.mode, y.mode) &&
         places_fit(x.location, y.location, locations) &&
         (dx.dated_by_lead || dy.dated_by_lead || dates_fit(x.date, y.date)) &&
         agree_count(x.fatalities, y.fatalities) && agree_count(x.injuries, y.injuries) &&
         agree_count(dx.shot, dy.shot) && !reversed(x, y);
}

// A story tells its shooting in the headline, again in the lead and again in detail: one
// incident, each telling filling in what the others leave out ("Police: 1 killed" has the
// toll, "in a shooting Saturday afternoon in Newark" the date and place). Only an assault
// that no other one contradicts is merged; two strikes in two towns stay two. The earliest
// telling keeps its evidence.
void merge_retold_assaults(std::vector<incident_draft>& drafts, const std::vector<location>& locations) {
  std::vector<incident_draft> merged;
  merged.reserve(drafts.size());
  for (auto& dy : drafts) {
    incident_draft* into = nullptr;
    for (auto& dx : merged)
      if (retells(dx, dy, locations)) {
        into = &dx;
        break;
      }
    if (!into) {
      merged.push_back(std::move(dy));
      continue;
    }
    incident& x = into->x;
    const incident& y = dy.x;
    if (x.mode.empty()) x.mode = y.mode;
    if (x.acled_sub_event_type.empty() && !y.acled_sub_event_type.empty()) {
      x.acled_event_type = y.acled_event_type;
      x.acled_sub_event_type = y.acled_sub_event_type;
    }
    if (x.location.empty() || finer_place(y.location, x.location, locations)) x.location = y.location;
    // The more precise telling's date: "on Aug. 5" over "in August".
    if (x.date.empty() || (into->dated_by_lead && !dy.dated_by_lead && !y.date.empty()) ||
        (!dy.dated_by_lead && y.date.size() > x.date.size() && dates_fit(x.date, y.date))) {
      x.date = y.date;
      x.precision = y.precision;
      into->dated_by_lead = dy.dated_by_lead;
    }
    if (!x.fatalities) x.fatalities = y.fatalities;
    if (!x.injuries) x.injuries = y.injuries;
    if (!into->shot) into->shot = dy.shot;
    if (!into->implied_dead || (dy.implied_dead && *dy.implied_dead > *into->implied_dead))
      into->implied_dead = dy.implied_dead;
    if (!into->implied_shot || (dy.implied_shot && *dy.implied_shot > *into->implied_shot))
      into->implied_shot = dy.implied_shot;
    if (x.sources.empty()) x.sources = y.sources;
    if (x.targets.empty()) x.targets = y.targets;
  }
  drafts = std::move(merged);
}

// "Five teens shot after basketball tournament": a headline or lead that names no place
// tells the assault its next sentences place. An unplaced assault in the first three
// sentences takes the place of the first placed assault there.
void locate_headline_assaults(std::vector<incident_draft>& drafts, const parse_context& ctx) {
  if (ctx.sentences.empty()) return;
  const std::uint32_t lead_end = ctx.sentences[std::min<std::size_t>(2, ctx.sentences.size() - 1)].end;
  std::string place;
  for (const auto& d : drafts)
    if (d.x.type == "ASSAULT" && !d.x.location.empty() && d.x.sentence.end <= lead_end) {
      place = d.x.location;
      break;
    }
  if (place.empty()) return;
  for (auto& d : drafts)
    if (d.x.type == "ASSAULT" && d.x.location.empty() && d.x.sentence.end <= lead_end) d.x.location = place;
}

// "Five people were shot … one died": those shot and not killed are the injured, unless
// the story counts more injured of its own. The dead are the most the story's
// assaults report: "Smith was shot" in a story that tells his death elsewhere is
// the one who died, not one more injured.
void injured_from_shot(incident_draft& d, std::int64_t story_dead) {
  if (!d.shot) return;
  const std::int64_t survivors = *d.shot - std::max(d.x.fatalities.value_or(0), story_dead);
  // A count of the hurt that is only some of them ("Five were shot, two died; one is in
  // critical condition") gives way to the survivors.
  if (survivors > d.x.injuries.value_or(0)) d.x.injuries = survivors;
}

}  // namespace

std::vector<incident> find_incidents(const parse_context& ctx, std::vector<actor>& actors,
                                     const std::vector<location>& locations,
                                     const std::vector<casualty_report>& casualties) {
  std::vector<incident> out;
  std::vector<bool> dated_by_lead;  // per incident of `out`: an undated headline took its lead's day
  std::vector<span> targeted_places;  // triggers of incidents whose target a place named (place_target)
  const auto& matches = ctx.matches.matches;

  // The names of organisations and persons, by start: a trigger word strictly inside
  // one is no event (below). Sorted once, searched per hit.
  const span masthead = masthead_of(ctx.text, ctx.tokens);
  std::vector<span> name_spans;
  for (const auto& a : actors)
    if (a.kind == "organization" || a.kind == "person")
      for (const auto& am : a.mentions)
        if (am.end - am.start > 0) name_spans.push_back(am);
  std::sort(name_spans.begin(), name_spans.end(),
            [](const span& x, const span& y) { return x.start != y.start ? x.start < y.start : x.end > y.end; });

  // Trigger hits, sentence by sentence.
  std::vector<trigger_hit> hits;
  for (std::uint32_t i = 0; i < matches.size(); ++i) {
    for (const entry_ref* c = ctx.matches.begin_of(matches[i]); c != ctx.matches.end_of(matches[i]); ++c) {
      if (c->kind() != entry_kind::trigger) continue;
      hits.push_back({i, *c, ctx.sentence_of_token(matches[i].first_token)});
      break;
    }
  }

  std::vector<std::size_t> previous_sentence_incidents, current;
  std::uint32_t current_sentence = UINT32_MAX;
  for (std::size_t h = 0; h < hits.size(); ++h) {
    const trigger_hit& hit = hits[h];
    phrase_match m = matches[hit.match];  // a copy: an aimed "fired" reaches to its preposition
    const sentence& s = ctx.sentences[hit.sentence];
    if (hit.sentence != current_sentence) {
      if (!current.empty()) previous_sentence_incidents = current;
      current.clear();
      current_sentence = hit.sentence;
    }
    // The words around a verb refine its code where its dictionary says how (PETRARCH
    // patterns: "welcomed ... resumption of ties", "said would not *"); "---" there codes
    // nothing. The dictionary's reading of the whole construction stands: the rules
    // below that reread negation, promises or lifted measures leave it alone.
    std::string_view pattern_cameo, pattern_type;
    if (!hit.entry.patterns().empty()) {
      pattern_cameo = match_verb_patterns(ctx, hit.entry.patterns(), m.first_token, m.last_token, s);
      if (pattern_cameo == "---") continue;
      pattern_type = plover_type_for_cameo(pattern_cameo);
      if (pattern_type.empty()) pattern_cameo = {};
    }
    const bool by_pattern = !pattern_cameo.empty();
    // "will not accept", "did not agree", "would not meet their demands": an agreement,
    // a concession or support refused is a rejection (CAMEO 12). Other acts negated did
    // not happen.
    bool refusal = false;
    if (!by_pattern && negated(ctx, m.first_token, s.first_token)) {
      const std::string_view listed = hit.entry.str(hit.entry.rec().plover_type);
      // The verb right after the negation: "did not accept", not "not in total agreement"
      // or "does not need government support".
      refusal = (listed == "AGREE" || listed == "CONCEDE" || listed == "SUPPORT") && m.first_token > s.first_token &&
                any_of_words(ctx.tokens[m.first_token - 1].view(ctx.text), {"not", "never", "n't"});
      if (!refusal) continue;
    }
    // A trigger inside a date is the month ("March 2", "2 March 2022"), not a march.
    if (std::any_of(ctx.dates.begin(), ctx.dates.end(),
                    [&](const date_mention& d) { return d.where.start < m.end && m.start < d.where.end; }))
      continue;
    // A word inside a name ("the Workers' Solidarity Union", "the Authority for the Fight
    // Against Corruption") names, it does not tell. Strictly inside: a headline in title
    // case reads as a name that ends or opens with its verb ("Arrest Made in Manassas
    // Quadruple Shooting").
    if (strictly_inside_a_name(name_spans, m) && !on_title_case_line(ctx, s, m.first_token)) continue;
    // "held a 'Bans Off Our Bodies' rally": a capitalised word opening a quoted title names it.
    if (opens_quoted_title(ctx, m.first_token, s.first_token)) continue;
    std::string_view type = refusal ? "REJECT" : hit.entry.str(hit.entry.rec().plover_type);
    if (!pattern_cameo.empty()) type = pattern_type;
    if (type.empty()) continue;  // a verb that codes nothing by itself
    if (type == "REJECT" && declined_to_speak(ctx, m, s.last_token)) continue;
    // "Poland would meet its financial obligations", "cannot meet its payments": meeting a
    // commitment or a target, not a meeting of parties.
    if (type == "CONSULT" && meets_an_obligation(ctx, m, s.last_token)) continue;
    // "Hudson Valley Patrol agrees to buy", "the Border Patrol": a capitalised patrol
    // inside a sentence names a body.
    if (type == "MOBILIZE" && m.first_token > s.first_token &&
        any_of_words(ctx.tokens[m.first_token].view(ctx.text), {"patrol", "patrols"}) &&
        (ctx.tokens[m.first_token].has(token_flag::capitalized) || ctx.tokens[m.first_token].has(token_flag::all_caps)))
      continue;
    // "soldiers in patrol motorbikes were attacked", "ambushed a police patrol", "a bomb
    // explosion occurred at the police checkpoint": a patrol or a checkpoint in a sentence
    // of violence is who fought or where, not the event.
    if ((type == "MOBILIZE" || type == "COERCE") &&
        any_of_words(ctx.tokens[m.first_token].view(ctx.text),
                     {"patrol", "patrols", "patrolling", "patrolled", "checkpoint", "checkpoints"}) &&
        sentence_has_any(ctx, s, {"attacked", "attack", "attacks", "ambushed", "ambush", "fired", "killed", "shot",
                                  "clashed", "clash", "clashes", "struck", "targeted", "exploded", "explosion",
                                  "wounded", "injured", "abducted", "kidnapped", "bomb", "blast"}))
      continue;
    if (type == "ASSAULT" && result_not_violence(ctx, m, s.last_token)) continue;
    if (m.last_token == m.first_token + 1 &&
        any_of_words(ctx.tokens[m.first_token].view(ctx.text), {"fired", "fires", "firing"})) {
      // "fired four shell bombs at targets": the trigger runs to "at", so what is fired
      // is not taken for the target.
      const std::uint32_t after = aimed_fire(ctx, m, s.last_token);
      if (after == 0) continue;
      m.last_token = after;
      m.end = ctx.tokens[after - 1].end;
    }
    if (type == "PROTEST" && market_rally(ctx, m, s)) continue;
    // "must have known" is a guess, not a demand.
    if (m.last_token < s.last_token && any_of_words(ctx.tokens[m.first_token].view(ctx.text), {"must"}) &&
        any_of_words(ctx.tokens[m.last_token].view(ctx.text), {"have", "'ve"}))
      continue;
    // A press conference or news briefing is a statement to the press, not a meeting of
    // parties (a joint one is: it closes their talks).
    if (type == "CONSULT" && m.first_token > s.first_token &&
        any_of_words(ctx.tokens[m.first_token].view(ctx.text), {"conference", "conferences", "briefing", "briefings"}) &&
        any_of_words(ctx.tokens[m.first_token - 1].view(ctx.text), {"press", "news", "media"}) &&
        !(m.first_token > s.first_token + 1 && any_of_words(ctx.tokens[m.first_token - 2].view(ctx.text), {"joint"})))
      continue;
    // "reserves fell to 3.2 billion": a figure after "fell to" is a market's, not a town's fall.
    if (m.last_token < s.last_token && lower_word(ctx.tokens[m.last_token - 1].view(ctx.text), "to") &&
        (ctx.tokens[m.last_token].kind == token_kind::number || ctx.tokens[m.last_token].kind == token_kind::symbol))
      continue;
    const bool strike_by_labour = !by_pattern && type == "ASSAULT" && labour_strike(ctx, m, s);
    if (strike_by_labour) type = "PROTEST";
    // Refugees arriving are displaced, not visiting: PLOVER codes people driven from
    // their homes as SANCTION 'expel' (by whoever drove them), ACLED as a strategic
    // development, as the displacement triggers are (data/curated/triggers.tsv).
    const bool displacement = !by_pattern && type == "CONSULT" && displaced_arrival(ctx, m, s);
    if (displacement) type = "SANCTION";
    // "residents captured a man accused of theft": a person captured is seized, not a
    // territory.
    const std::string_view captured = !by_pattern && type == "COERCE" ? person_captured(ctx, m, s) : "";
    if (captured == "abduct") type = "ASSAULT";
    std::string_view promise_cameo;
    std::string_view relief;  // a measure lifted: its head word decides how
    if (!by_pattern && (type == "COERCE" || type == "SANCTION" || type == "PROTEST") &&
        lifted(ctx, m, s.first_token)) {
      const auto head = ctx.tokens[m.last_token - 1].view(ctx.text);
      if (any_of_words(head, {"blockade", "blockades", "siege", "closure"})) relief = "RETREAT";
      else if (any_of_words(head, {"curfew", "curfews", "restrictions", "ban", "bans", "embargo", "sanctions",
                                   "emergency", "law", "controls", "restriction"}))
        relief = "CONCEDE";
    }
    // "cancelled restrictions", "called off a four-day strike": the trigger is the lifting
    // verb itself, the measure or action it ends follows.
    if (!by_pattern && relief.empty() && (type == "SANCTION" || type == "COERCE") &&
        any_of_words(ctx.tokens[m.first_token].view(ctx.text),
                     {"cancelled", "canceled", "lifted", "eased", "removed", "called", "scrapped", "rescinded"}))
      for (std::uint32_t t = m.last_token; t < s.last_token && t < m.last_token + 4 && relief.empty(); ++t) {
        const auto w = ctx.tokens[t].view(ctx.text);
        if (any_of_words(w, {"blockade", "blockades", "siege"})) relief = "RETREAT";
        else if (any_of_words(w, {"curfew", "curfews", "restrictions", "restriction", "ban", "bans", "embargo",
                                  "sanctions", "strike", "protest", "protests", "boycott", "sit-in", "march"}))
          relief = "CONCEDE";
      }
    if (!relief.empty()) type = relief;
    // Help, talks or ties ended or cut: a sanction ("ended mediation efforts").
    std::string_view cut_cameo;
    if (!by_pattern && (type == "AID" || type == "CONSULT" || type == "COOPERATE") &&
        cut_off(ctx, m, s.first_token)) {
      cut_cameo = type == "AID" ? "162" : type == "CONSULT" ? "164" : "160";
      type = "SANCTION";
    }
    const bool said_to_come = !by_pattern && !displacement &&
                              (type == "SUPPORT" || type == "AID" || type == "COOPERATE" || type == "COERCE" ||
                               type == "SANCTION" || type == "RETREAT" || type == "PROTEST" || type == "CONSULT" ||
                               type == "CONCEDE") &&
                              announced(ctx, m, s.first_token);
    // Force said to come is a threat only when stated as intent: "would" also tells
    // of habits and hypotheses ("he would shoot at cans").
    const bool force_to_come = !by_pattern && type == "ASSAULT" && announced(ctx, m, s.first_token, /*modal=*/false);
    if (said_to_come || force_to_come) {
      // Withdrawing or releasing is a concession unless held over another's act. A visit
      // or a meeting to come is agreed to (CAMEO 036, intent to meet).
      const bool help = type == "SUPPORT" || type == "AID" || type == "COOPERATE" || type == "CONSULT" ||
                        type == "CONCEDE" || (type == "RETREAT" && !conditional_after(ctx, m, s.last_token));
      promise_cameo = type == "AID"       ? "033"
                      : type == "CONSULT" ? "036"
                      : type == "CONCEDE" ? "035"
                      : help              ? "030"
                                          : "130";
      type = help ? "AGREE" : "THREATEN";
    }

    // One incident per type per sentence: a second trigger of the same type
    // ("air strike … killed") refines the first rather than adding another.
    incident* same = nullptr;
    for (std::size_t k : current)
      if (out[k].type == type) same = &out[k];
    if (same) {
      if (same->mode.empty() && hit.entry.rec().plover_mode) same->mode = hit.entry.str(hit.entry.rec().plover_mode);
      if (same->acled_sub_event_type.empty() && hit.entry.rec().acled_sub_event_type) {
        same->acled_event_type = hit.entry.str(hit.entry.rec().acled_event_type);
        same->acled_sub_event_type = hit.entry.str(hit.entry.rec().acled_sub_event_type);
      }
      continue;
    }
    // "The strikes killed 11 civilians": casualties of events already told.
    if (anaphoric(ctx, hit) && !previous_sentence_incidents.empty()) {
      bool any = false;
      for (std::size_t k : previous_sentence_incidents) any |= out[k].type == type;
      if (any) {
        current = previous_sentence_incidents;
        continue;
      }
    }

    incident x;
    x.id = fmt::format("i{}", out.size());
    x.type = std::string(type);
    x.mode = std::string(hit.entry.str(hit.entry.rec().plover_mode));
    x.cameo = std::string(hit.entry.str(hit.entry.rec().cameo));
    x.acled_event_type = std::string(hit.entry.str(hit.entry.rec().acled_event_type));
    x.acled_sub_event_type = std::string(hit.entry.str(hit.entry.rec().acled_sub_event_type));
    if (!pattern_cameo.empty()) {
      if (type != hit.entry.str(hit.entry.rec().plover_type)) x.mode.clear();
      x.cameo = std::string(pattern_cameo);
    }
    if (refusal) code_as(x, "", "120");
    if (!cut_cameo.empty()) code_as(x, "", cut_cameo);
    if (!relief.empty()) code_as(x, relief == "RETREAT" ? "access" : "", relief == "RETREAT" ? "086" : "081");
    if (!promise_cameo.empty()) code_as(x, std::string(x.mode), promise_cameo);
    if (captured == "arrest") code_as(x, "arrest", "173", "Strategic developments", "Arrests");
    if (captured == "abduct")
      code_as(x, "abduct", "181", "Violence against civilians", "Abduction/forced disappearance");
    if (displacement) code_as(x, "expel", "166", "Strategic developments", "Other");
    if (strike_by_labour) code_as(x, "strike", "143", "Protests", "Peaceful protest");
    x.sentence = span{s.start, s.end};
    x.trigger = span{m.start, m.end};

    // Arguments: actors before the trigger act, actors after it are acted on.
    // "26 people died", "five soldiers perished", "they lost their lives": the one a verb of
    // dying tells of is its victim, as a passive's subject is.
    const bool is_passive = tells_a_death(ctx, x.trigger) || passive(ctx, m.first_token, s.first_token);
    const int by = is_passive ? agent_by(ctx, m.last_token, s.last_token) : -1;
    const std::uint32_t by_start = by >= 0 ? ctx.tokens[static_cast<std::uint32_t>(by)].start : UINT32_MAX;
    std::vector<mention_ref> before, after, agents;
    // "around 250 demonstrators gathered", "rioters torched cars": the trigger names
    // those who act, a group whose mention holds it. (A trigger word in an
    // organisation's name, "Asia-Pacific Economic Cooperation", names no act.)
    std::optional<std::uint32_t> named_by_trigger;
    // Those a trailing attribution names told of the act; they are not its object.
    const std::uint32_t told_by = attribution_start(ctx, s, m.last_token);
    for (const auto& r : mentions_in(actors, x.sentence)) {
      if (r.where.start <= m.start && r.where.end >= m.end && !named_by_trigger && actors[r.index].kind == "group")
        named_by_trigger = r.index;
      if (r.where.end <= m.start) before.push_back(r);
      else if (r.where.start >= by_start) agents.push_back(r);
      else if (r.where.start >= m.end && r.where.start < told_by) after.push_back(r);
    }
    // The nearest subject before the trigger, the first object after it, each with
    // the names coordinated with it ("Israel and Lebanon renewed talks").
    std::size_t subject = before.size() - 1;  // (none when `before` is empty: wraps past the end)
    // "witnesses told police about another person shot": an object or a prepositional
    // phrase is not the subject, while one before it is.
    // So is the object of a verb before the trigger ("Ukraine and Russia exchanged 100
    // prisoners of war in a deal"): the subject is before it.
    const auto not_subject = [&](std::size_t k) {
      return governed(ctx, before[k].where) || object_of_verb(ctx, before[k].where);
    };
    while (subject > 0 && subject < before.size() && not_subject(subject)) --subject;
    if (subject < before.size() && not_subject(subject)) subject = before.size() - 1;
    // "Finland will give Tanzania a grant": the recipient a verb of giving names as its
    // bare object, never the subject, even where no other name stands before it.
    const auto recipient = [&](std::size_t k) {
      return bare_recipient(ctx, token_starting_at(ctx, before[k].where.start),
                            token_starting_at(ctx, before[k].where.end), s.first_token, s.last_token);
    };
    std::size_t recipient_at = before.size();
    for (std::size_t k = subject < before.size() ? subject : 0; k < before.size(); ++k)
      if (recipient(k)) {
        recipient_at = k;
        break;
      }
    if (recipient_at == subject) subject = before.size();  // no subject left
    const std::vector<std::string> subjects = coordinated_ids(ctx.text, actors, before, subject, -1);
    const std::vector<std::string> objects = coordinated_ids(ctx.text, actors, after, 0, +1);
    const std::vector<std::string> by_agents = coordinated_ids(ctx.text, actors, agents, 0, +1);
    if (is_passive) {
      x.targets = subjects;
      x.sources = by_agents;
    } else {
      x.sources = subjects;
      if (x.sources.empty() && named_by_trigger) x.sources.push_back(actors[*named_by_trigger].id);
      x.targets = objects;
      // With no object after the trigger, the recipient before it is the target.
      if (x.targets.empty() && recipient_at < before.size()) {
        x.targets = coordinated_ids(ctx.text, actors, before, recipient_at, +1);
        for (const auto& src : x.sources)  // one actor named twice gives nothing to itself
          x.targets.erase(std::remove(x.targets.begin(), x.targets.end(), src), x.targets.end());
      }
    }
    // "Russia said Sudan must return the helicopter": a demand told as an obligation.
    // Whoever must act is the target; the source is whoever says so.
    if (any_of_words(ctx.tokens[m.first_token].view(ctx.text), {"must"})) {
      x.targets = is_passive ? x.targets : x.sources;
      x.sources.clear();
      const int say = reporting_verb(ctx, s, m.first_token);
      if (say >= 0) {
        const std::uint32_t at = ctx.tokens[static_cast<std::uint32_t>(say)].start;
        std::vector<mention_ref> speakers_before, speakers_after;
        for (const auto& r : mentions_in(actors, x.sentence)) {
          if (r.where.end <= at) speakers_before.push_back(r);
          else if (r.where.start > at && r.where.end <= ctx.sentences[hit.sentence].end && at > m.start)
            speakers_after.push_back(r);
        }
        if (at < m.start && !speakers_before.empty()) {
          std::size_t k = speakers_before.size() - 1;
          while (k > 0 && governed(ctx, speakers_before[k].where)) --k;
          x.sources = coordinated_ids(ctx.text, actors, speakers_before, k, -1);
        } else if (at > m.start && !speakers_after.empty()) {
          x.sources = coordinated_ids(ctx.text, actors, speakers_after, 0, +1);
        }
      }
      for (const auto& src : x.sources)
        x.targets.erase(std::remove(x.targets.begin(), x.targets.end(), src), x.targets.end());
      // Only a speaker's obligation on a named party right before it: not rules ("all
      // sales must be registered"), relative clauses ("which must be approved") or
      // unattributed opinion.
      const auto prev = m.first_token > s.first_token ? ctx.tokens[m.first_token - 1].view(ctx.text) : "";
      bool subject_adjacent = false;
      for (const auto& r : before)
        if (!x.targets.empty() && actors[r.index].id == x.targets.front() && r.where.end <= m.start &&
            m.start - r.where.end <= 12)
          subject_adjacent = true;
      if (x.sources.empty() || x.targets.empty() || !subject_adjacent ||
          any_of_words(prev, {"that", "which", "who", "whom"}))
        continue;
    }
    if (x.sources.empty())
      if (auto src = demonym_source(ctx, actors, m, s.first_token)) x.sources.push_back(*src);
    if (!is_passive)
      if (auto tgt = demonym_target(ctx, actors, m, s.last_token);
          tgt && std::find(x.sources.begin(), x.sources.end(), *tgt) == x.sources.end())
        x.targets.insert(x.targets.begin(), *tgt);
    // Where an assault happens is its place, not its target; other acts aimed at a country
    // named as a place are aimed at that state.
    if (x.targets.empty() && x.type != "ASSAULT" && !is_passive)
      if (auto tgt = place_target(ctx, actors, locations, m, s.last_token, x.sources)) {
        x.targets.push_back(*tgt);
        targeted_places.push_back(x.trigger);
      }

    if (const int loc = pick_location(ctx, locations, actors, x.sources, x.sentence, x.trigger, masthead); loc >= 0)
      x.location = locations[static_cast<std::size_t>(loc)].id;
    const span previous = hit.sentence > 0 ? span{ctx.sentences[hit.sentence - 1].start, ctx.sentences[hit.sentence - 1].end}
                                           : span{0, 0};
    bool inherited_date = false, x_dated_by_lead = false;
    if (const date_mention* d = pick_date(ctx, x.sentence, previous, m.start, x.type == "ASSAULT", inherited_date)) {
      x.date = d->value;
      x.precision = d->precision;
    } else if (hit.sentence == 0) {
      if (const date_mention* lead = lead_day(ctx)) {
        x.date = lead->value;
        x.precision = lead->precision;
        inherited_date = x_dated_by_lead = true;
      }
    }
    // A bare event word with no one, nowhere and no time of its own ("bilateral
    // cooperation", "an exchange of missiles") is topic, not an incident.
    const bool has_casualties = std::any_of(casualties.begin(), casualties.end(), [&](const casualty_report& c) {
      return c.where.start >= x.sentence.start && c.where.end <= x.sentence.end;
    });
    if (x.sources.empty() && x.targets.empty() && x.location.empty() && (x.date.empty() || inherited_date) &&
        !has_casualties)
      continue;
    current.push_back(out.size());
    dated_by_lead.push_back(x_dated_by_lead);
    out.push_back(std::move(x));
  }

  // Casualties go to the sentence's assault (or to the earlier events a
  // referring sentence points back to).
  std::vector<std::optional<std::int64_t>> shot_of(out.size());
  for (const auto& c : casualties) {
    const sentence& s = ctx.sentences[std::min<std::size_t>(c.sentence_index, ctx.sentences.size() - 1)];
    std::vector<incident*> targets;
    for (auto& x : out)
      if (x.type == "ASSAULT" && x.sentence.start == s.start) targets.push_back(&x);
    if (targets.empty()) {
      // A referring sentence ("The strikes killed …") was folded into earlier incidents.
      for (auto it = out.rbegin(); it != out.rend() && targets.empty(); ++it)
        if (it->type == "ASSAULT" && it->sentence.end <= s.start) {
          for (auto& x : out)
            if (x.type == "ASSAULT" && x.sentence.start == it->sentence.start) targets.push_back(&x);
          // Plural references cover the events of the two sentences before.
          for (auto& x : out)
            if (x.type == "ASSAULT" && x.sentence.end <= s.start && x.sentence.start != it->sentence.start &&
                it->sentence.start > x.sentence.start && s.start - x.sentence.end < 400)
              targets.push_back(&x);
        }
    }
    for (incident* x : targets) {
      if (c.killed && !x->fatalities) x->fatalities = c.killed;
      // "… has died, bringing the death toll to three": a running total outgrows the one told.
      if (c.killed && c.toll && *c.killed > *x->fatalities) x->fatalities = c.killed;
      if (c.injured && !x->injuries) x->injuries = c.injured;
      if (c.shot) {
        auto& shot = shot_of[static_cast<std::size_t>(x - out.data())];
        if (!shot) shot = c.shot;
      }
    }
  }
  // "A teen charged in the shooting death of his friend appeared in court Friday": an
  // assault named as what an arrest, a charge or a trial is about takes the day of that
  // event from the sentence, a guess another telling of the assault overrides.
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i].type != "ASSAULT") continue;
    for (const auto& y : out)
      if ((y.type == "COERCE" || y.type == "ACCUSE") && y.sentence == out[i].sentence &&
          y.trigger.end <= out[i].trigger.start) {
        const auto [a, b] = tokens_between(ctx, y.trigger.end, out[i].trigger.start);
        bool about = false;
        for (std::uint32_t t = a; t < b && t < a + 8; ++t)
          about |= any_of_words(ctx.tokens[t].view(ctx.text), {"in", "for", "over", "with"}) && t + 1 < b &&
                   any_of_words(ctx.tokens[t + 1].view(ctx.text), {"the", "a", "his", "her", "their", "last"});
        if (about) dated_by_lead[i] = true;
      }
  }
  std::vector<incident_draft> drafts;
  drafts.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    drafts.push_back({std::move(out[i]), shot_of[i], dated_by_lead[i], std::nullopt, std::nullopt});
    implied_toll(ctx, drafts.back());
  }
  merge_retold_assaults(drafts, locations);
  // Counts a telling gives win; the trigger's words fill in where none does.
  for (auto& d : drafts) {
    if (!d.x.fatalities && d.implied_dead) d.x.fatalities = d.implied_dead;
    if (!d.shot && d.implied_shot) d.shot = d.implied_shot;
  }
  locate_headline_assaults(drafts, ctx);
  // The story's dead, for each assault: the most any assault that could be the same one
  // reports (place and day fitting); another shooting the story mentions counts no dead here.
  std::vector<std::int64_t> story_dead(drafts.size(), 0);
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (!drafts[i].shot) continue;  // nothing to split: spare the pairs' place look-ups
    for (const auto& other : drafts)
      if (other.x.type == "ASSAULT" && places_fit(drafts[i].x.location, other.x.location, locations) &&
          dates_fit(drafts[i].x.date, other.x.date))
        story_dead[i] = std::max(story_dead[i], other.x.fatalities.value_or(0));
  }
  out.clear();
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    injured_from_shot(drafts[i], story_dead[i]);
    out.push_back(std::move(drafts[i].x));
  }
  // A threatened strike is the threat's content before any protest claims the threat.
  fold_demanded_and_joint_acts(out, ctx);
  fold_protest_purposes(out, ctx);
  fold_protest_causes(out, ctx);
  for (auto& x : out) acled_weapon(x, ctx);
  for (auto& x : out) acled_type_from_actors(x, ctx, actors);
  for (auto& x : out) acled_clash_with_remote_fire(x, ctx);
  for (auto& x : out) acled_nonviolent_transfer(x, ctx);
  for (auto& x : out) acled_violent_protest(x, ctx);
  for (auto& x : out) acled_protest_intervention(x, ctx);
  for (auto& x : out) acled_property_destruction(x, ctx, actors);
  for (auto& x : out) blockade_by_state(x, ctx, actors);
  for (std::size_t i = 0; i < out.size(); ++i) out[i].id = fmt::format("i{}", i);
  for (auto& x : out)
    x.confidence = confidence_of(x, x.targets.size() == 1 && std::find(targeted_places.begin(), targeted_places.end(),
                                                                         x.trigger) != targeted_places.end());
  // "Lebanon complained over two Israeli air raids", "Iran threatened to shell Iraqi towns in
  // retaliation for an air raid": an act a claim someone makes before it in the sentence is
  // about is what the sentence tells second; the claim leads. ("alleged militants" claim nothing.)
  for (auto& y : out)
    for (const auto& x : out)
      if (&x != &y && x.sentence == y.sentence && x.trigger.end <= y.trigger.start && !x.sources.empty() &&
          (x.type == "REQUEST" || x.type == "ACCUSE" || x.type == "THREATEN" || x.type == "REJECT") &&
          y.type != x.type) {
        y.confidence = std::max(0.0, y.confidence - 0.1);
        break;
      }
  // "the FARDC, with the support from MONUSCO, fought with CODECO militiamen": support told
  // as the manner of another act in the sentence is not what the sentence tells first.
  for (auto& y : out) {
    if (y.type != "SUPPORT" || !support_adjunct(ctx, y.trigger)) continue;
    for (const auto& x : out)
      if (&x != &y && x.sentence == y.sentence && x.type != "SUPPORT") {
        y.confidence = std::max(0.0, y.confidence - 0.1);
        break;
      }
  }
  // "mothers protested at the roundabout demanding that the authorities act", "carried out
  // a protest to demand justice", "gathered to rally in support of": in a protest's sentence
  // a demand, accusation, rejection, measure or show of support is what the protest voices,
  // and a meeting or help is where or why it gathered; the protest leads. Only a protest
  // told as done: its trigger a past verb ("protested", "gathered", "went on strike") or
  // the object of a verb of doing ("carried out a protest", "staged a march"), not one
  // that is another act's object ("agreed to postpone the demonstration", "to cancel the
  // strike", "the suppression of unrest").
  auto protest_done = [&](const incident& x) {
    const std::uint32_t t = token_starting_at(ctx, x.trigger.start);
    if (t >= ctx.tokens.size()) return false;
    const std::string_view w = ctx.tokens[t].view(ctx.text);
    if ((w.size() > 3 && w.ends_with("ed")) || any_of_words(w, {"went", "took", "held", "led"})) return true;
    for (std::uint32_t k = t > 3 ? t - 3 : 0; k < t; ++k)
      if (any_of_words(ctx.tokens[k].view(ctx.text), {"carried", "held", "staged", "organized", "organised", "took",
                                                      "joined", "led", "launched", "began", "started", "mounted"}))
        return true;
    return false;
  };
  for (auto& y : out) {
    if (!(y.type == "REQUEST" || y.type == "ACCUSE" || y.type == "REJECT" || y.type == "SUPPORT" ||
          y.type == "CONSULT" || y.type == "AID" || y.type == "COOPERATE" || y.type == "AGREE" || y.type == "SANCTION"))
      continue;
    for (const auto& x : out)
      if (x.sentence == y.sentence && x.type == "PROTEST" && protest_done(x)) {
        // 0.2: a protest seldom has a target to count, a demand or a meeting often has.
        y.confidence = std::max(0.0, y.confidence - 0.2);
        break;
      }
  }
  // "supporters of the jailed opposition leader demanded his release": a participle that
  // describes someone tells what happened to them before; the sentence tells the demand.
  for (auto& x : out)
    if (attributive_participle(ctx, x.trigger)) x.confidence = std::max(0.0, x.confidence - 0.2);
  // After the confidences: a place or day inherited from the story is no evidence of its own.
  locate_by_story_place(out, locations);
  date_by_article(out, ctx);
  place_groups_by_incident(out, actors, locations);
  role_groups_by_incident(out, actors);
  return out;
}

}  // namespace sitrep::detail
