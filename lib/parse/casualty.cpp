// lib/parse/casualty.cpp — see casualty.hpp.
//
// Per sentence: find trigger words, attach each to a count (the quantity right after
// an active trigger, the nearest one before a passive or adjectival trigger within
// the clause, the first one after a "death toll"), then fold the statements of a
// clause into reports: one killed and one injured count each.
#include "casualty.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "casualty_lexicon.hpp"
#include "geo_words.hpp"
#include "number_words.hpp"
#include "temporal_lexicon.hpp"
#include "token_words.hpp"

namespace sitrep::detail {
namespace {

struct statement {
  harm kind = harm::none;
  bool toll = false;
  std::int64_t count = 0;
  span victims;
  span trigger;
  span extent;
  bool breakdown = false;
  bool others = false;  // the victims are "others", "other people": more than those counted before
};

class casualty_scanner : token_words {
 public:
  casualty_scanner(std::string_view text, std::span<const token> tokens, const token_keys& keys,
                   std::span<const quantity> quantities)
      : token_words(text, tokens, keys), qs_(quantities) {
    // token index -> quantity index for the tokens where a quantity starts / ends
    q_start_.assign(tokens.size(), -1);
    q_end_.assign(tokens.size(), -1);
    std::size_t ti = 0;
    for (std::size_t q = 0; q < qs_.size(); ++q) {
      while (ti < toks_.size() && toks_[ti].start < qs_[q].where.start) ++ti;
      if (ti >= toks_.size() || toks_[ti].start != qs_[q].where.start) continue;
      std::size_t te = ti;
      while (te < toks_.size() && toks_[te].end < qs_[q].where.end) ++te;
      if (te >= toks_.size() || toks_[te].end != qs_[q].where.end) continue;
      q_start_[ti] = static_cast<int>(q);
      q_end_[te] = static_cast<int>(q);
      q_first_tok_.push_back(ti);
    }
  }

  void scan_sentence(std::size_t a, std::size_t b, std::uint32_t index, std::vector<casualty_report>& out);

 private:
  bool punct_any(std::size_t i, std::string_view chars) const {
    return i < toks_.size() && toks_[i].kind == token_kind::punctuation && toks_[i].size() == 1 &&
           chars.find(text_[toks_[i].start]) != std::string_view::npos;
  }
  std::size_t first_token_of(int q) const {
    std::size_t i = 0;
    while (i < toks_.size() && toks_[i].start < qs_[static_cast<std::size_t>(q)].where.start) ++i;
    return i;
  }
  // The first token of the capitalised name ending at token `last` (up to four words, not
  // reaching back past `from` or across a sentence start): "John Smith" in "John Smith was".
  std::size_t name_start(std::size_t last, std::size_t from) const {
    std::size_t n0 = last;
    while (n0 > from && last - n0 < 3 && toks_[n0 - 1].kind == token_kind::word &&
           toks_[n0 - 1].has(token_flag::capitalized) && !toks_[n0 - 1].has(token_flag::all_caps) &&
           !sentence_initial(n0))
      --n0;
    return n0;
  }
  // Other names joined to the one starting at n0, each with an optional age: "Jason
  // Kimble and Laquintin Carter", "Ronald Williams, 33, and Kendra Hill, 28", "Smith,
  // Jones and Brown". The junction next to n0 must hold "and" ("In Chicago, John Smith"
  // is one name). Returns how many more names, and the first token of the first.
  std::pair<std::int64_t, std::size_t> conjoined_names_before(std::size_t n0, std::size_t a) const {
    std::int64_t extra = 0;
    std::size_t first = n0;
    while (first > a + 1) {
      std::size_t p = first - 1;
      bool with_and = false;
      if (is(p, "and")) {
        with_and = true;
        --p;
      }
      if (punct_any(p, ",") && p > a) {
        --p;
      } else if (!with_and) {
        break;
      }
      if (extra == 0 && !with_and) break;
      if (q_end_[p] >= 0) {  // the age after the name: "Kendra Hill, 28,"
        const std::size_t s = first_token_of(q_end_[p]);
        if (s < a + 2 || !punct_any(s - 1, ",")) break;
        p = s - 2;
      }
      if (toks_[p].kind != token_kind::word || !toks_[p].has(token_flag::capitalized) ||
          toks_[p].has(token_flag::all_caps))
        break;
      const std::size_t name = name_start(p, a);
      // "In Chicago, Smith and Jones": a place opening the clause is no one.
      if (np_stop(k(name)) || (name > a && !is(name - 1, "and") && np_stop(k(name - 1)))) break;
      first = name;
      ++extra;
    }
    return {extra, first};
  }
  bool sentence_initial(std::size_t i) const {
    return i == 0 || (toks_[i - 1].kind == token_kind::punctuation && !punct_any(i - 1, ",")) ||
           toks_[i].has(token_flag::newline_before);
  }
  // A count that is not of people: money, percentages, distances, ages ("Smith, 25, was killed").
  bool not_people(int q, std::size_t end_tok) const {
    const std::size_t st = first_token_of(q);
    if (st > 0 && toks_[st - 1].kind == token_kind::symbol) return true;
    if (st > 1 && punct_any(st - 1, ",") && toks_[st - 2].has(token_flag::capitalized) &&
        (punct_any(end_tok + 1, ",") || is(end_tok + 1, "was") || is(end_tok + 1, "is")))
      return true;
    return counts_things(end_tok);
  }
  // A count of units, not people, ends at token end_tok: "5%", "3 km", "several times", "50 rounds".
  bool counts_things(std::size_t end_tok) const {
    std::string_view nx = k(end_tok + 1);
    return nx == "%" || nx == "percent" || nx == "per" || nx == "km" || nx == "kilometers" || nx == "kilometres" ||
           nx == "miles" || nx == "meters" || nx == "metres" || nx == "dollars" || nx == "years" || nx == "days" ||
           nx == "hours" || nx == "minutes" || nx == "times" || nx == "rounds" || nx == "shots" ||
           nx == "bullets" || nx == "shells" || nx == "casings" || nx == "gunshots";
  }
  static bool np_stop(std::string_view w) {
    static constexpr std::string_view k_stop[] = {
        "in",    "on",   "at",   "near",  "by",    "from",  "with",  "during", "after", "before", "for",
        "of",    "and",  "or",   "but",   "were",  "was",   "are",   "is",     "have",  "has",    "had",
        "who",   "that", "when", "which", "including", "while", "as", "to", "into", "inside", "across", "since"};
    for (std::string_view s : k_stop)
      if (w == s) return true;
    return false;
  }
  static bool aux_word(std::string_view w) {
    static constexpr std::string_view k_aux[] = {
        "were", "was", "are", "is", "been", "have", "has", "had", "being", "be", "reportedly", "also", "all",
        "later", "allegedly", "reported", "confirmed", "believed", "feared", "said", "to", "left", "more",
        "others", "other", "people", "persons"};
    for (std::string_view s : k_aux)
      if (w == s) return true;
    return false;
  }
  // Verbs a title-case headline puts before the count of its dead or hurt ("Shooting Leaves
  // 2 Dead", "Crash Kills 3", "Blast Injures 12"): the count is no part of a name.
  static bool headline_count_verb(std::string_view w) {
    static constexpr std::string_view k_verbs[] = {"leaves", "left", "kills", "killed", "injures", "injured",
                                                   "wounds", "wounded", "claims", "claimed", "hurts", "sends"};
    for (std::string_view s : k_verbs)
      if (w == s) return true;
    return false;
  }
  static bool clause_barrier(std::string_view w) {
    static constexpr std::string_view k_bar[] = {"after", "before", "when", "while", "because", "since", "but",
                                                 "who", "which", "where", "although", "though", "whereas",
                                                 "than"};
    for (std::string_view s : k_bar)
      if (w == s) return true;
    return false;
  }

  std::optional<statement> attach(std::size_t t, std::size_t trig_end, trigger_info info, std::size_t a,
                                  std::size_t b);

  static bool plural_people_head(std::string_view w) {
    // ("3 other shot": headlines drop the plural's s.)
    return w == "men" || w == "women" || w == "people" || w == "children" || w == "other" ||
           (w.size() > 3 && w.back() == 's' && !w.ends_with("ss"));
  }
  // The count starting at token s is an age or the end of an age range: "aged 14",
  // "ages 12 and 16", "ages 12 to 16".
  bool age_count(std::size_t s, std::size_t a) const {
    if (s > a + 1 && (is(s - 1, "and") || is(s - 1, "to")) && q_end_[s - 2] >= 0) s = first_token_of(q_end_[s - 2]);
    return s > a && (is(s - 1, "ages") || is(s - 1, "aged") || is(s - 1, "age"));
  }
  // "9-year-old", "six-month-old": an age, which names one person.
  static bool age_word(std::string_view w) {
    return w.ends_with("-year-old") || w.ends_with("-month-old") || w.ends_with("-week-old") ||
           w.ends_with("-day-old");
  }
  // Nouns after "a" that are no one: "as a result of", "a number of", "a series of".
  static bool thing_noun(std::string_view w) {
    static constexpr std::string_view k_things[] = {"result", "number", "total", "series", "lot", "majority",
                                                    "bullet", "round", "gun", "weapon", "car", "vehicle",
                                                    "house", "home", "building", "day", "week", "month",
                                                    "year", "time", "way", "case", "report", "statement"};
    return std::find(std::begin(k_things), std::end(k_things), w) != std::end(k_things);
  }
  static bool person_noun(std::string_view w) {
    static constexpr std::string_view k_people[] = {"man",       "woman",     "boy",      "girl",     "teen",
                                                    "teenager",  "child",     "baby",     "toddler",  "person",
                                                    "officer",   "deputy",    "trooper",  "student",  "victim",
                                                    "friend",    "neighbor",  "neighbour", "driver",  "clerk",
                                                    "commander", "soldier",   "policeman", "civilian", "farmer",
                                                    "journalist", "pastor",   "priest",   "teacher",  "worker",
                                                    "militant",  "gunman",    "suspect",  "shooter",  "leader",
                                                    "infant",    "bystander", "resident", "employee", "customer",
                                                    "guard",     "pedestrian", "passenger", "patron",
                                                    "juvenile",  "youth",     "kid",      "adult",    "male",
                                                    "female",    "motorist",  "homeowner", "robber",  "intruder",
                                                    "inmate",    "rapper",    "player",   "coach",    "owner",
                                                    "cashier",   "bartender", "bouncer",  "veteran",  "grandma"};
    // Pets are kin to their owners, but the hurt a story counts are people.
    if (w == "dog" || w == "cat" || w == "puppy") return false;
    return std::find(std::begin(k_people), std::end(k_people), w) != std::end(k_people) ||
           geo::is_kinship_noun(w);
  }
  // After a participle, words that show it has no object: "victim killed in Modesto
  // shooting", "boy killed while playing basketball", "Juvenile Killed After Accidental
  // Shooting", "man shot, killed". (An object would follow an active verb: "the
  // teen killed his father".)
  bool no_object_after(std::size_t f, std::size_t b) const {
    if (f >= b) return true;
    if (toks_[f].kind == token_kind::punctuation) return !toks_[f].has(token_flag::quote);
    static constexpr std::string_view k_after[] = {"in", "at", "by", "while", "after", "during", "on", "near",
                                                   "outside", "inside", "when", "as", "and", "following", "over",
                                                   "early", "late", "overnight", "last", "this", "yesterday"};
    return std::find(std::begin(k_after), std::end(k_after), k(f)) != std::end(k_after);
  }
  // Is the harm trigger at token t (its clause opening at a) denied, intended or
  // supposed rather than told? "he did not mean to hurt him", "was not hurt",
  // "threatened to kill", "any time one of our students is hurt". ("Not seriously
  // hurt" is hurt; a negation does not reach past "but".)
  bool irrealis(std::size_t t, std::size_t a) const {
    for (std::size_t i = t > a + 3 ? t - 3 : a; i < t; ++i) {
      const std::string_view w = k(i);
      if (w != "not" && w != "never" && !w.ends_with("n't")) continue;
      bool told = false;
      for (std::size_t j = i + 1; j < t; ++j)
        told |= is(j, "seriously") || is(j, "critically") || is(j, "severely") || is(j, "badly") ||
                is(j, "only") || is(j, "but");
      if (!told) return true;
    }
    if (t >= a + 2 && is(t - 1, "to")) {
      static constexpr std::string_view kIntending[] = {
          "mean",    "meant",      "means",      "want",     "wanted",  "wants",    "trying", "tried",
          "threaten", "threatened", "threatening", "threatens", "intend", "intended", "plan",   "planned",
          "plans",   "plotted",    "plotting",   "vowed",    "vow"};
      const std::string_view v = k(t - 2);
      for (const std::string_view x : kIntending)
        if (v == x) return true;
    }
    for (std::size_t i = t; i-- > a;) {
      if (punct_any(i, ",;:")) break;
      const std::string_view w = k(i);
      if (w == "if" || w == "whenever" || w == "unless" || w == "anytime" || (w == "time" && i > a && is(i - 1, "any")))
        return true;
    }
    return false;
  }

  // Was a gun fired earlier in the clause of token t (opening at a)? "fired", "discharged",
  // "opened fire", "went off", rounds or gunfire.
  bool gunfire_before(std::size_t t, std::size_t a) const {
    for (std::size_t i = a; i < t; ++i) {
      const std::string_view w = k(i);
      if (w == "fired" || w == "discharged" || w == "gunfire" || w == "bullet" || w == "bullets" ||
          w == "shots" || w == "rounds" || (w == "fire" && i > a && is(i - 1, "opened")) ||
          (w == "off" && i > a && is(i - 1, "went")))
        return true;
    }
    return false;
  }

  // Does verb `t` take someone to hospital ("was taken to a local hospital", "rushed to Nash
  // General Hospital", "sent four people to the hospital": a place of treatment within a few
  // words after "to")? Sending names those sent after it (active), the others before
  // (passive); none when it does not.
  std::optional<trigger_form> taken_to_hospital(std::size_t t, std::size_t b) const {
    static constexpr std::string_view k_taking[] = {"taken", "transported", "rushed", "flown", "airlifted",
                                                    "driven", "sent", "sends", "sending", "send"};
    if (std::find(std::begin(k_taking), std::end(k_taking), k(t)) == std::end(k_taking)) return std::nullopt;
    const bool sending = k(t).starts_with("sen");
    std::size_t to = t + 1;
    if (sending)  // the people sent come first
      while (to < b && to < t + 6 && !is(to, "to") && toks_[to].kind != token_kind::punctuation) ++to;
    if (to >= b || !is(to, "to")) return std::nullopt;
    for (std::size_t h = to + 1; h < b && h < to + 6; ++h) {
      if (is(h, "hospital") || is(h, "hospitals") || is(h, "trauma"))
        return sending ? trigger_form::active : trigger_form::passive;
      if (toks_[h].kind == token_kind::punctuation) break;
    }
    return std::nullopt;
  }
  // A noun phrase of a few words from token f, then "to death": "his brother to death".
  bool object_then_to_death(std::size_t f, std::size_t b) const {
    if (is(f, "to")) return false;  // "shot to death" has no object between
    for (std::size_t e = f; e < b && e < f + 6; ++e) {
      if (is(e, "to") && is(e + 1, "death")) return e > f;
      if (toks_[e].kind != token_kind::word && toks_[e].kind != token_kind::number) return false;
    }
    return false;
  }
  // A headline's bare singular person noun opening its clause, after at most three
  // capitalised words: "Toddler shot", "Dayton Man Shot", "Teen killed in crash".
  bool bare_person_subject(std::size_t i, std::size_t a) const {
    if (toks_[i].kind != token_kind::word || !person_noun(k(i)) || i > a + 3) return false;
    for (std::size_t w = a; w < i; ++w)
      if (toks_[w].kind != token_kind::word || !toks_[w].has(token_flag::capitalized)) return false;
    // "His mother and grandmother were shot", "A man and his son were wounded": people
    // joined after a possessive or an article are read from its first word, not as a
    // headline's bare noun.
    return !(i > a && is(i + 1, "and") &&
             (is(i - 1, "his") || is(i - 1, "her") || is(i - 1, "their") || is(i - 1, "a") || is(i - 1, "an")));
  }
  // How "shot" at token t reads as people hit by gunfire, if it does:
  //   passive: after an auxiliary ("were shot", "was also shot", "got shot") or, in a
  //     headline, right after a count of people ("Three shot, one killed", "Five teens shot");
  //   active: before a count of people, a person or a reflexive ("shot four people",
  //     "shot his mother", "shot a man", "shot himself").
  // The noun ("a solo shot", "one shot of the record"), a golfer's score ("shot a 68",
  // "shot an even-par 70") and "shot down" are none of these.
  std::optional<trigger_form> shot_reading(std::size_t t, std::size_t a, std::size_t b) const {
    if (is(t + 1, "down") || is(t + 1, "up")) return std::nullopt;
    std::size_t j = t;
    static constexpr std::string_view k_adverbs[] = {"also", "reportedly", "allegedly", "accidentally",
                                                     "apparently", "critically", "seriously", "then",
                                                     "later", "all", "both", "each"};
    while (j > a && std::find(std::begin(k_adverbs), std::end(k_adverbs), k(j - 1)) != std::end(k_adverbs)) --j;
    if (j > a) {
      const std::string_view before = k(j - 1);
      if (before == "was" || before == "were" || before == "been" || before == "being" || before == "is" ||
          before == "are" || before == "got" || before == "get" || before == "gets" || before == "getting")
        return trigger_form::passive;
    }
    // A person as the object is active whatever comes before: "The gunman shot his wife and
    // daughter" is no headline's "Gunman shot".
    const std::size_t f = t + 1;
    if (f < b && (is(f, "himself") || is(f, "herself") || is(f, "self"))) return trigger_form::active;
    if (f < b && (is(f, "a") || is(f, "an") || is(f, "his") || is(f, "her") || is(f, "their")) && person_follows(f, b))
      return trigger_form::active;
    // Headline forms: an age ("15-year-old shot", "9-year-old boy shot"), a count of two or
    // more right before, or a count and a plural noun.
    if (j > a && (age_word(k(j - 1)) || (j > a + 1 && person_noun(k(j - 1)) && age_word(k(j - 2))) ||
                  bare_person_subject(j - 1, a)))
      return trigger_form::passive;
    if (j > a && q_end_[j - 1] >= 0)
      return qs_[static_cast<std::size_t>(q_end_[j - 1])].value >= 2 ? std::optional(trigger_form::passive)
                                                                     : std::nullopt;
    for (std::size_t nouns = 1; nouns <= 2 && j > a + nouns; ++nouns)
      if (q_end_[j - nouns - 1] >= 0 && plural_people_head(k(j - 1))) {
        for (std::size_t w = j - nouns; w < j; ++w)
          if (toks_[w].kind != token_kind::word) return std::nullopt;
        return trigger_form::passive;
      }
    // Other active forms: a count of people, "another" person.
    if (f >= b) return std::nullopt;
    if (q_start_[f] >= 0) {
      std::size_t e = f;
      while (e < b && toks_[e].end < qs_[static_cast<std::size_t>(q_start_[f])].where.end) ++e;
      for (std::size_t h = e + 1; h < b && h <= e + 2 && toks_[h].kind == token_kind::word; ++h)
        if (plural_people_head(k(h)) && !counts_things(h - 1)) return trigger_form::active;
      return std::nullopt;
    }
    if (is(f, "another") && person_follows(f, b)) return trigger_form::active;
    return std::nullopt;
  }
  // A person noun within the few words after determiner f ("his 6-year-old brother").
  bool person_follows(std::size_t f, std::size_t b) const {
    for (std::size_t h = f + 1; h < b && h <= f + 4 && toks_[h].kind == token_kind::word; ++h)
      if (person_noun(k(h))) return true;
    return false;
  }

  std::span<const quantity> qs_;
  std::vector<int> q_start_, q_end_;
  std::vector<std::size_t> q_first_tok_;
  std::vector<bool> used_;
};

std::optional<statement> casualty_scanner::attach(std::size_t t, std::size_t trig_end, trigger_info info,
                                                  std::size_t a, std::size_t b) {
  statement st;
  st.kind = info.kind;
  st.trigger = span{toks_[t].start, toks_[trig_end - 1].end};
  int q = -1;                 // the quantity counted, when there is one
  std::int64_t count = 0;
  std::size_t qs = 0, qe = 0; // token range of the count (or of the determiner "a")
  std::size_t ve = 0;         // end of the victims' noun phrase
  bool forward = false;
  // A count this statement takes is not another's, except that those shot may be the
  // ones a later trigger counts as dead ("two were shot dead"): a shot count leaves
  // its number to them.
  auto claim = [&](int qi) {
    if (info.kind != harm::shot) used_[static_cast<std::size_t>(qi)] = true;
  };
  auto quantity_end = [&](int qi, std::size_t start_tok) {
    std::size_t e = start_tok;
    while (e < toks_.size() && toks_[e].end < qs_[static_cast<std::size_t>(qi)].where.end) ++e;
    return e + 1;
  };
  auto take = [&](int qi, std::size_t start_tok) {
    q = qi;
    qs = start_tok;
    qe = quantity_end(qi, start_tok);
    count = qs_[static_cast<std::size_t>(qi)].value;
  };
  // "12 soldiers and 4 volunteers were killed", "the death of 1 X and 3 Y": conjoined counts add up
  auto add_conjoined_after = [&](std::size_t from) {
    std::size_t f = from;
    while (f < b && f < from + 5 && toks_[f].kind == token_kind::word && !np_stop(k(f))) ++f;
    if (is(f, "and") && f + 1 < b && q_start_[f + 1] >= 0 && !used_[static_cast<std::size_t>(q_start_[f + 1])]) {
      const int q2 = q_start_[f + 1];
      claim(q2);
      count += qs_[static_cast<std::size_t>(q2)].value;
      return quantity_end(q2, f + 1);
    }
    return std::size_t{0};
  };
  // a singular noun phrase opened by a determiner: "a man", "an 80-year-old civilian", "his wife"
  auto singular_np_after = [&](std::size_t f) -> std::size_t {
    // An age opens a phrase as a determiner does: "wounded 9-year-old girl", "killing 5-year-old".
    const bool aged = f < b && age_word(k(f));
    if (!(is(f, "a") || is(f, "an") || is(f, "his") || is(f, "her") || is(f, "another") || aged)) return 0;
    std::size_t e = f + 1;
    // The phrase ends before a count: "shot a man several times".
    while (e < b && e < f + 5 && toks_[e].kind == token_kind::word && !np_stop(k(e)) &&
           casualty_trigger(k(e)).kind == harm::none && (e == f + 1 || q_start_[e] < 0))
      ++e;
    if (e == f + 1) return aged ? e : 0;
    std::string_view head = k(e - 1);
    if (head.size() > 3 && head.back() == 's' && !head.ends_with("ss")) return 0;  // plural head
    if (thing_noun(head)) return 0;  // "as a result of her injuries": no one
    return e;
  };
  // People joined after a person phrase ending at `e`: "his wife and daughter", "a man and
  // his son", "his mother, sister and aunt". Adds one for each and returns the new end.
  auto add_people_joined_after = [&](std::size_t e) {
    while (e + 1 < b && (is(e, "and") || punct_any(e, ","))) {
      std::size_t f = e + 1;
      if (is(f, "and")) ++f;  // ", and"
      // "wife, 2 young children": a count of people joined adds up.
      if (f < b && q_start_[f] >= 0 && !used_[static_cast<std::size_t>(q_start_[f])]) {
        const int q2 = q_start_[f];
        std::size_t h = quantity_end(q2, f);
        while (h < b && h < f + 5 && toks_[h].kind == token_kind::word && !plural_people_head(k(h)) &&
               !np_stop(k(h)))
          ++h;
        if (h >= b || !plural_people_head(k(h)) || counts_things(h - 1)) break;
        claim(q2);
        count += qs_[static_cast<std::size_t>(q2)].value;
        e = h + 1;
        continue;
      }
      std::size_t end = singular_np_after(f);
      if (!end && f < b && toks_[f].kind == token_kind::word && person_noun(k(f))) end = f + 1;  // a bare noun
      if (!end || !person_noun(k(end - 1))) break;
      ++count;
      e = end;
    }
    return e;
  };

  if (info.form == trigger_form::active || info.form == trigger_form::either) {
    std::size_t f = trig_end;
    if (is(f, "another")) ++f;
    if (f < b && q_start_[f] >= 0 && !used_[static_cast<std::size_t>(q_start_[f])]) {
      take(q_start_[f], f);
      forward = true;
    } else if ((is(f, "himself") || is(f, "herself") || is(f, "self")) && info.kind != harm::none) {
      // "shot himself", "then killed herself": one
      count = 1;
      qs = f;
      qe = f + 1;
      ve = f + 1;
      forward = true;
    } else if (f < b && info.kind != harm::none && toks_[f].kind == token_kind::word &&
               !toks_[f].has(token_flag::capitalized) && person_noun(k(f)) && !is(f + 1, "of") &&
               (is(f + 1, "and") || punct_any(f + 1, ",") || f + 1 >= b)) {
      // A headline's bare object: "killing wife, 2 young children", "kills girlfriend and son".
      count = 1;
      qs = f;
      qe = f + 1;
      ve = add_people_joined_after(f + 1);
      if (ve <= f) ve = f + 1;
      forward = true;
    } else if (std::size_t e = singular_np_after(trig_end); e && info.kind != harm::none) {
      // "killed a man", "killing his wife and three children", "shot his wife and daughter"
      count = 1;
      qs = trig_end;
      qe = trig_end + 1;
      ve = e;
      forward = true;
      if (is(e, "and") && e + 1 < b && q_start_[e + 1] >= 0) {
        const int q2 = q_start_[e + 1];
        claim(q2);
        count += qs_[static_cast<std::size_t>(q2)].value;
        ve = quantity_end(q2, e + 1);
      } else if (person_noun(k(e - 1))) {
        ve = add_people_joined_after(e);
      }
    } else if (info.form == trigger_form::either && f < b &&
               (is(f, "the") || is(f, "their") || is(f, "its") ||
                (toks_[f].has(token_flag::capitalized) && toks_[f].kind == token_kind::word &&
                 !weekday_word(k(f)) && !month_word(k(f))))) {
      // An active verb with an uncounted object: not a count. A day or month after it
      // is when ("was killed Saturday"), not whom.
      return std::nullopt;
    }
  }
  // "the death of 1 soldier and 3 rebels", "the death of a 25-year-old", "the killing of two men"
  if (count == 0 && (k(t) == "death" || k(t) == "deaths" || k(t) == "killing" || k(t) == "killings") &&
      is(trig_end, "of") && trig_end + 1 < b) {
    if (q_start_[trig_end + 1] >= 0 && !used_[static_cast<std::size_t>(q_start_[trig_end + 1])]) {
      take(q_start_[trig_end + 1], trig_end + 1);
      forward = true;
    } else if (std::size_t e = singular_np_after(trig_end + 1)) {
      count = 1;
      qs = trig_end + 1;
      qe = trig_end + 2;
      ve = e;
      forward = true;
    }
  }
  // a lone "death" needs "of": "death" elsewhere ("death threats") is no statement
  if (count == 0 && k(t) == "death" && info.form != trigger_form::toll) return std::nullopt;
  if (count == 0 && info.form == trigger_form::toll) {
    for (std::size_t f = trig_end; f < b && f < trig_end + 8; ++f) {
      if (q_start_[f] >= 0) {
        take(q_start_[f], f);
        forward = true;
        break;
      }
      if (punct_any(f, ";:.")) break;
    }
  }
  if (count == 0 && (info.form == trigger_form::passive || info.form == trigger_form::either)) {
    bool singular_aux = false;
    const bool remains = k(t) == "bodies" || k(t) == "corpses";
    for (std::size_t j = t; j-- > a && j + 12 > t;) {
      // "was shot several times and died": a count of units is passed over, not taken;
      // so are ages ("Four boys between ages 12 and 16 were wounded").
      if (q_end_[j] >= 0 && (counts_things(j) || age_count(first_token_of(q_end_[j]), a))) continue;
      if (q_end_[j] >= 0) {
        int qi = q_end_[j];
        std::size_t s = first_token_of(qi);
        // "a father of three", "a mother of two": the children a victim has, not victims.
        if (s >= a + 2 && is(s - 1, "of") && geo::is_kinship_noun(k(s - 2))) continue;
        // "3 of the 10 passengers were killed": the count is the first number
        if (s >= 3 && (is(s - 1, "the") || is(s - 1, "its") || is(s - 1, "their")) && is(s - 2, "of") &&
            q_end_[s - 3] >= 0) {
          qi = q_end_[s - 3];
          s = first_token_of(qi);
        }
        // "Barrio 18", "Route 66": a number that is part of a name. Not after a verb of a
        // title-case headline: "Shooting Leaves 2 Dead", "Crash Kills 3".
        if (s > a && toks_[s - 1].kind == token_kind::word && toks_[s - 1].has(token_flag::capitalized) &&
            !sentence_initial(s - 1) && !is(s - 1, "and") && !headline_count_verb(k(s - 1)))
          return std::nullopt;
        if (used_[static_cast<std::size_t>(qi)]) {
          // "Four teens, one fatally, were shot": the dead, set off inside the count of all.
          if (is(quantity_end(qi, s), "fatally")) continue;
          return std::nullopt;
        }
        // "John Smith, 25, was killed", "a boy, 7, hospitalized": an age after a name or a
        // person noun means one victim
        if (s > a + 1 && punct_any(s - 1, ",") &&
            (toks_[s - 2].has(token_flag::capitalized) || person_noun(k(s - 2))) &&
            punct_any(quantity_end(qi, s), ",") && info.kind != harm::none) {
          std::size_t n0 = s - 2;
          while (n0 > a && toks_[n0 - 1].has(token_flag::capitalized) && toks_[n0 - 1].kind == token_kind::word &&
                 !sentence_initial(n0))
            --n0;
          claim(qi);
          count = 1;
          qs = n0;
          qe = s - 1;
          ve = s - 1;
          // "Ronald Williams, 33, and Kendra Hill, 28, were killed": one each.
          if (is(quantity_end(qi, s) + 1, "were")) {
            const auto [extra, first] = conjoined_names_before(n0, a);
            count += extra;
            qs = first;
          }
          break;
        }
        take(qi, s);
        // "2 adults, 2 children killed": a list of counted groups opening the clause adds up.
        for (std::size_t c = s; c >= a + 3 && punct_any(c - 1, ",");) {
          const std::size_t noun = c - 2;  // "adults"
          // (Not "Three shot, one killed": a verb of harm makes a statement of its own.)
          if (toks_[noun].kind != token_kind::word || casualty_trigger(k(noun)).kind != harm::none ||
              q_end_[noun - 1] < 0 || used_[static_cast<std::size_t>(q_end_[noun - 1])])
            break;
          const int q0 = q_end_[noun - 1];
          const std::size_t s0 = first_token_of(q0);
          if (!(s0 == a || sentence_initial(s0) || punct_any(s0 - 1, ","))) break;
          claim(q0);
          count += qs_[static_cast<std::size_t>(q0)].value;
          qs = s0;
          c = s0;
        }
        // "12 soldiers and 4 volunteers were killed": the nearest count may be the second;
        // "an infant and two women died": a person before "and" is one more.
        for (std::size_t c = s; c-- > a && c + 6 > s;) {
          if (is(c, "and")) {
            if (c > a + 1 && person_noun(k(c - 1)))
              for (std::size_t d = c - 1; d-- > a && d + 4 > c;)
                if (singular_np_after(d) == c) {
                  ++count;
                  qs = d;
                  break;
                }
            if (qs < c) break;
            for (std::size_t d = c; d-- > a && d + 6 > c;) {
              if (q_end_[d] >= 0 && !used_[static_cast<std::size_t>(q_end_[d])]) {
                const int q0 = q_end_[d];
                claim(q0);
                count += qs_[static_cast<std::size_t>(q0)].value;
                qs = first_token_of(q0);
                break;
              }
              if (toks_[d].kind != token_kind::word) break;
            }
            break;
          }
          if (toks_[c].kind != token_kind::word) break;
        }
        break;
      }
      std::string_view w = k(j);
      // "Police identify victim killed in Modesto shooting", "Alton boy killed while playing":
      // a person noun right before a participle without an object is the one hurt. (Plurals
      // take their count from a number: "two boys killed".)
      if (info.kind != harm::none && !remains && person_noun(w) && toks_[j].kind == token_kind::word &&
          info.form != trigger_form::toll && no_object_after(trig_end, b)) {
        bool adjacent = true;  // only adverbs between: "teen accidentally shot"
        for (std::size_t m = j + 1; m < t; ++m) adjacent = adjacent && k(m).ends_with("ly");
        // People joined by "and", or opened by "a" ("One officer and a soldier killed"), are
        // counted by the rules for lists below.
        bool listed = j > a && (is(j - 1, "a") || is(j - 1, "an") || q_end_[j - 1] >= 0);
        for (std::size_t m = j; m-- > a && m + 4 > j;) listed = listed || is(m, "and");
        // "4-year-old girl, mother fatally shot": a comma after another person lists too.
        listed = listed || (j > a + 1 && punct_any(j - 1, ",") && person_noun(k(j - 2)));
        if (adjacent && !listed) {
          count = 1;
          qs = j;
          qe = j + 1;
          ve = j + 1;
          break;
        }
      }
      // "A friend found the bodies": whoever finds the dead is not among them; only a count
      // says how many ("two bodies").
      if (remains) {
        if (punct_any(j, ";:\"()") || toks_[j].has(token_flag::quote) || clause_barrier(w)) break;
        continue;
      }
      // "John Smith was shot and killed", "police said Smith was fatally shot": a named
      // person right before the singular verb is the one victim.
      if (singular_aux && info.kind != harm::none && toks_[j].kind == token_kind::word &&
          toks_[j].has(token_flag::capitalized) && !toks_[j].has(token_flag::all_caps) && j + 1 < b &&
          (is(j + 1, "was") || is(j + 1, "is"))) {
        count = 1;
        qs = name_start(j, a);
        qe = j + 1;
        ve = j + 1;
        break;
      }
      // "Jason Kimble and Laquintin Carter were injured": one victim a name.
      if (info.kind != harm::none && toks_[j].kind == token_kind::word && toks_[j].has(token_flag::capitalized) &&
          !toks_[j].has(token_flag::all_caps) && is(j + 1, "were")) {
        const auto [extra, first] = conjoined_names_before(name_start(j, a), a);
        if (extra > 0) {
          count = 1 + extra;
          qs = first;
          qe = j + 1;
          ve = j + 1;
          break;
        }
      }
      // "left three people dead and another injured", "another man was wounded": one more,
      // named right before the verb (nothing but words between).
      if (w == "another" && info.kind != harm::none && j + 4 > t) {
        bool words_only = true;
        for (std::size_t m = j + 1; m < t; ++m) words_only = words_only && toks_[m].kind == token_kind::word;
        if (words_only) {
          count = 1;
          qs = j;
          qe = j + 1;
          ve = t;
          break;
        }
      }
      if (w == "was" || w == "is") singular_aux = true;
      // "Both were injured", "both men were killed", "both of them were wounded": two.
      if (w == "both" && info.kind != harm::none && (j == a || !toks_[j - 1].has(token_flag::capitalized) ||
                                                     sentence_initial(j))) {
        count = 2;
        qs = j;
        qe = j + 1;
        ve = j + 1;
        break;
      }
      // "His mother and grandmother were shot and killed": people a possessive opens,
      // joined by "and", are one each.
      if ((w == "his" || w == "her" || w == "their") && info.kind != harm::none && (j == a || !is(j - 1, "of"))) {
        if (const std::size_t e = singular_np_after(j); e && person_noun(k(e - 1)) && e < t) {
          count = 1;
          const std::size_t end = add_people_joined_after(e);
          if (count > 1 || singular_aux) {
            qs = j;
            qe = j + 1;
            ve = end;
            break;
          }
          count = 0;
        }
      }
      // "a man was shot and killed", "he was pronounced dead", "left a girl dead"
      // "he later died", "she dies": the subject of a verb of dying is the one dead.
      const bool dying = k(t) == "died" || k(t) == "dies" || k(t) == "die" || k(t) == "perished";
      if ((w == "a" || w == "an" || w == "he" || w == "she") && info.kind != harm::none &&
          (singular_aux || w == "a" || w == "an" || dying)) {
        const std::size_t np_end = singular_np_after(j);  // "a man", "an infant"; none for "he", "she"
        if ((w == "a" || w == "an") && !np_end) break;
        count = 1;
        qs = j;
        // "A man and a woman were shot": each person joined by "and" before is one more.
        while (qs > a + 2 && is(qs - 1, "and") && (w == "a" || w == "an")) {
          constexpr std::size_t kNone = static_cast<std::size_t>(-1);
          std::size_t det = kNone;  // the determiner of the person joined before, if any
          for (std::size_t back = 2; back <= 5 && qs >= a + back && det == kNone; ++back)
            if ((is(qs - back, "a") || is(qs - back, "an")) && singular_np_after(qs - back) == qs - 1 &&
                person_noun(k(qs - 2)))
              det = qs - back;
          if (det == kNone) {
            // "Two men and a woman were killed": a count of people before.
            const std::size_t noun = qs - 2, person_end = singular_np_after(qs);
            if (noun > a && person_end > qs && person_noun(k(person_end - 1)) && q_end_[noun - 1] >= 0 &&
                !used_[static_cast<std::size_t>(q_end_[noun - 1])] && toks_[noun].kind == token_kind::word &&
                casualty_trigger(k(noun)).kind == harm::none && !counts_things(noun - 1)) {
              const int q0 = q_end_[noun - 1];
              claim(q0);
              count += qs_[static_cast<std::size_t>(q0)].value;
              qs = first_token_of(q0);
            }
            break;
          }
          ++count;
          qs = det;
        }
        // "A man and his son were wounded": people joined after the first.
        if (np_end && person_noun(k(np_end - 1)) && qs == j) add_people_joined_after(np_end);
        qe = qs + 1;
        ve = t;
        while (ve > qe && (aux_word(k(ve - 1)) || toks_[ve - 1].kind == token_kind::punctuation ||
                           k(ve - 1) == "and" || k(ve - 1) == "shot" || k(ve - 1) == "pronounced"))
          --ve;
        break;
      }
      // "Toddler shot, critically wounded", "Dayton Man Shot": a headline's bare person.
      // A count before the noun is the count, and no one else's ("One man was killed and
      // four others were wounded").
      if (info.kind != harm::none && bare_person_subject(j, a)) {
        count = 1;
        if (j > a && q_end_[j - 1] >= 0 && !used_[static_cast<std::size_t>(q_end_[j - 1])]) {
          const int qi = q_end_[j - 1];
          count = qs_[static_cast<std::size_t>(qi)].value;
          claim(qi);
        }
        qs = a;
        qe = j + 1;
        ve = j + 1;
        break;
      }
      // "9-year-old Oklahoma child killed", "15-year-old shot in Chester": one, by age, when
      // no count comes before the age ("two 9-year-old boys"); "a 2-year-old" is one
      // whatever follows.
      if (info.kind != harm::none && age_word(k(j)) && !(j > a && q_end_[j - 1] >= 0)) {
        std::size_t h = j + 1;
        while (h < t && toks_[h].kind == token_kind::word && toks_[h].has(token_flag::capitalized)) ++h;
        if (h == t || (h < t && person_noun(k(h))) || (j > a && (is(j - 1, "a") || is(j - 1, "an")))) {
          count = 1;
          qs = j;
          qe = j + 1;
          ve = h < t ? h + 1 : j + 1;
          // "A 4-year-old girl and her mother were shot", "4-year-old girl, mother fatally shot".
          if (h < t && person_noun(k(h))) ve = std::max(ve, add_people_joined_after(h + 1));
          break;
        }
      }
      // "the police commander was killed", "the woman died": a definite singular person.
      if (w == "the" && info.kind != harm::none && (singular_aux || dying)) {
        std::size_t e = j + 1;
        while (e < t && e < j + 5 && toks_[e].kind == token_kind::word && !np_stop(k(e)) && !aux_word(k(e)) &&
               !k(e).ends_with("ly"))
          ++e;
        if (e > j + 1 && person_noun(k(e - 1))) {
          count = 1;
          qs = j;
          qe = j + 1;
          ve = e;
          break;
        }
      }
      // "her son Ketron, who was killed", "a man who was shot dead", "the shooting victim
      // who died Monday": the one the relative clause is about.
      const bool who_died = is(j, "who") && j + 1 == t && (is(t, "died") || is(t, "dies") || is(t, "perished"));
      if ((singular_aux || who_died) && info.kind != harm::none && is(j, "who") && j > a &&
          !(who_died && plural_people_head(k(j - 1)))) {
        std::size_t h = j - 1;
        if (punct_any(h, ",") && h > a) --h;
        if (toks_[h].kind == token_kind::word && toks_[h].has(token_flag::capitalized) &&
            !toks_[h].has(token_flag::all_caps)) {
          count = 1;
          qs = name_start(h, a);
          qe = h + 1;
          ve = h + 1;
          break;
        }
        for (std::size_t d = h + 1; d-- > a && d + 4 > h;)
          if (std::size_t e = singular_np_after(d); e == h + 1) {
            count = 1;
            qs = d;
            qe = d + 1;
            ve = e;
            break;
          }
        // "the boy who was shot was pronounced dead": a definite singular person.
        for (std::size_t d = h; count == 0 && d-- > a && d + 4 > h && toks_[d].kind == token_kind::word;)
          if (is(d, "the") && person_noun(k(h))) {
            count = 1;
            qs = d;
            qe = d + 1;
            ve = h + 1;
          }
        break;
      }
      // "A 2-year-old remains in hospital after being shot": the participle's subject is
      // the main clause's, so the search goes on past the conjunction.
      if (is(j + 1, "being") && j + 2 < t + 1 && info.kind != harm::none &&
          (w == "after" || w == "before" || w == "when" || w == "while" || w == "since")) {
        bool adverbs_only = true;
        for (std::size_t m = j + 2; m < t; ++m) adverbs_only = adverbs_only && k(m).ends_with("ly");
        if (adverbs_only) {
          singular_aux = true;
          continue;
        }
      }
      // "found four victims who had been struck by gunfire": a relative clause whose
      // passive verb is the trigger tells of the people before "who".
      if (w == "who" && j > a && info.kind != harm::none &&
          (plural_people_head(k(j - 1)) || person_noun(k(j - 1)))) {
        bool auxiliaries_only = j + 1 < t;  // "who was shot", not "who lives nearby"
        for (std::size_t m = j + 1; m < t; ++m)
          auxiliaries_only = auxiliaries_only && (is(m, "had") || is(m, "has") || is(m, "have") || is(m, "been") ||
                                                  is(m, "were") || is(m, "was") || is(m, "are") || is(m, "is") ||
                                                  k(m).ends_with("ly"));
        if (auxiliaries_only) continue;
      }
      if (punct_any(j, ";:\"()") || toks_[j].has(token_flag::quote) || clause_barrier(k(j))) break;
      // Another trigger ends the clause, but "shot" ("were shot and killed") does not.
      if (const trigger_info before = casualty_trigger(k(j));
          before.kind != harm::none && before.kind != harm::shot && before.form != trigger_form::toll)
        break;
    }
  }
  if (count <= 0) return std::nullopt;
  if (q >= 0) {
    if (used_[static_cast<std::size_t>(q)]) return std::nullopt;
    if (not_people(q, qe - 1)) return std::nullopt;
    claim(q);
  }
  st.count = count;
  // the noun phrase counted
  if (ve == 0) {
    ve = qe;
    if (forward) {
      while (ve < b && ve < qe + 4 && toks_[ve].kind == token_kind::word && !np_stop(k(ve)) &&
             casualty_trigger(k(ve)).kind == harm::none)
        ++ve;
      if (std::size_t e2 = add_conjoined_after(qe)) ve = e2;
    } else {
      ve = t;
      while (ve > qe && (aux_word(k(ve - 1)) || toks_[ve - 1].kind == token_kind::punctuation)) --ve;
      if (ve < qe) ve = qe;
    }
  }
  st.victims = span{toks_[qs].start, toks_[ve - 1].end};
  for (std::size_t o = qs; o < std::max(ve, t) && o < qs + 4; ++o)
    if (k(o) == "others" || k(o) == "other") {
      st.others = true;
      // "Man killed, 3 others shot": others than the dead, so the shot are the hurt.
      if (st.kind == harm::shot) st.kind = harm::injured;
      break;
    }
  const std::size_t lo = std::min(qs, t), hi = std::max(ve, trig_end);
  st.extent = span{toks_[lo].start, toks_[hi - 1].end};
  // "with nine fatalities in Iran", "including two children": a breakdown of a total
  for (std::size_t j = qs; j-- > a && j + 3 > qs;) {
    std::string_view w = k(j);
    if (w == "with" || w == "including" || w == "among" || w == "whom" || w == "them") {
      st.breakdown = true;
      break;
    }
  }
  return st;
}

void casualty_scanner::scan_sentence(std::size_t a, std::size_t b, std::uint32_t index,
                                     std::vector<casualty_report>& out) {
  if (used_.size() != qs_.size()) used_.assign(qs_.size(), false);
  std::vector<statement> stmts;
  for (std::size_t t = a; t < b; ++t) {
    std::string_view w = k(t);
    trigger_info info;
    std::size_t trig_end = t + 1;
    if ((w == "death" || w == "casualty" || w == "fatality") && is(t + 1, "toll")) {
      info = {harm::killed, trigger_form::toll};
      trig_end = t + 2;
    } else if (w == "number" && is(t + 1, "of") &&
               (is(t + 2, "fatalities") || is(t + 2, "dead") || is(t + 2, "deaths") || is(t + 2, "people"))) {
      // "bringing the number of fatalities to three": a toll. ("The number of people killed
      // rose to 12" is read at "killed".)
      if (!is(t + 2, "people") || is(t + 3, "dead")) {
        info = {harm::killed, trigger_form::toll};
        trig_end = is(t + 2, "people") ? t + 4 : t + 3;
      }
    } else if (w == "lives" && t > a && (is(t - 1, "their") || is(t - 1, "his") || is(t - 1, "her")) &&
               t > a + 1 && is(t - 2, "lost")) {
      info = {harm::killed, trigger_form::passive};
    } else if ((w == "critical" || w == "stable" || w == "serious" || w == "fair" || w == "guarded") &&
               is(t + 1, "condition") && t > a && (is(t - 1, "in") || is(t - 1, "remains") || is(t - 1, "remain"))) {
      // "The victim was taken to hospital in stable condition", "he is in critical
      // condition": a victim alive and hurt.
      info = {harm::injured, trigger_form::passive};
      trig_end = t + 2;
    } else if (w == "fatally" && t > a + 1 && q_end_[t - 1] >= 0 && punct_any(first_token_of(q_end_[t - 1]) - 1, ",") &&
               casualty_trigger(k(t + 1)).kind == harm::none) {
      // "Five people were shot, one fatally": the count before is the dead.
      const int q = q_end_[t - 1];
      if (!used_[static_cast<std::size_t>(q)]) {
        used_[static_cast<std::size_t>(q)] = true;
        statement st;
        st.kind = harm::killed;
        st.count = qs_[static_cast<std::size_t>(q)].value;
        const std::size_t s0 = first_token_of(q);
        st.victims = span{toks_[s0].start, toks_[t - 1].end};
        st.trigger = span{toks_[t].start, toks_[t].end};
        st.extent = span{toks_[s0].start, toks_[t].end};
        stmts.push_back(st);
      }
      continue;
    } else if (const auto taken = taken_to_hospital(t, b)) {
      // "The victim was taken to a local hospital", "sent four people to the hospital": hurt,
      // dead or alive (those who died are told apart).
      info = {harm::shot, *taken};
    } else if ((w == "gunshot" || w == "bullet") && (is(t + 1, "wound") || is(t + 1, "wounds"))) {
      // "found three victims with gunshot wounds": those shot
      info = {harm::shot, trigger_form::passive};
      trig_end = t + 2;
    } else if (w == "struck" && is(t + 1, "by") &&
               (is(t + 2, "gunfire") || is(t + 2, "bullets") ||
                ((is(t + 2, "a") || is(t + 2, "stray")) && (is(t + 3, "bullet") || is(t + 4, "bullet"))))) {
      // "four victims who had been struck by gunfire", "struck by a stray bullet"
      info = {harm::shot, trigger_form::passive};
      trig_end = is(t + 2, "gunfire") || is(t + 2, "bullets") ? t + 3 : is(t + 3, "bullet") ? t + 4 : t + 5;
    } else if ((w == "hitting" || w == "striking" || w == "hit" || w == "struck") && t > a &&
               gunfire_before(t, a) && !is(t + 1, "by")) {
      // "the gun discharged, striking 15-year-old Kevin Barbee in the face", "opened fire,
      // hitting two men": a round that hits people shoots them.
      info = {harm::shot, trigger_form::active};
    } else if ((w == "shot" || w == "stabbed" || w == "beat" || w == "beaten" || w == "bludgeoned") &&
               object_then_to_death(t + 1, b)) {
      // "shot his 6-year-old brother to death": those named between are the dead.
      info = {harm::killed, trigger_form::active};
    } else if (w == "shot" && ((t > a && is(t - 1, "fatally")) || (is(t + 1, "to") && is(t + 2, "death")))) {
      // "was fatally shot", "fatally shot three people", "shot to death"
      info = {harm::killed, trigger_form::either};
      if (is(t + 1, "to")) trig_end = t + 3;
    } else {
      info = casualty_trigger(w);
      if (info.kind == harm::shot) {
        const auto form = shot_reading(t, a, b);
        info = form ? trigger_info{harm::shot, *form} : trigger_info{};
      }
      if (w == "lives" || w == "toll") {
        // "claimed 40 lives" (passive reading of the count before), "the toll rose to 40"
        if (w == "toll" && !(t > a && (is(t - 1, "the") || is(t - 1, "a")))) info = {};
      }
    }
    if (info.kind == harm::none || irrealis(t, a)) continue;
    std::size_t from = info.form == trigger_form::passive && w == "lives" && is(t - 2, "lost") ? t - 2 : t;
    if (auto st = attach(from, trig_end, info, a, b)) {
      st->trigger = span{toks_[t].start, toks_[trig_end - 1].end};
      st->toll = info.form == trigger_form::toll;
      stmts.push_back(*st);
    }
    t = trig_end - 1;
  }
  std::optional<casualty_report> cur;
  auto flush = [&] {
    if (cur) out.push_back(*cur);
    cur.reset();
  };
  auto slot_of = [](casualty_report& r, harm kind) -> std::optional<std::int64_t>& {
    return kind == harm::killed ? r.killed : kind == harm::injured ? r.injured : r.shot;
  };
  auto widen = [](span& where, span extent) {
    where.start = std::min(where.start, extent.start);
    where.end = std::max(where.end, extent.end);
  };
  for (const statement& s : stmts) {
    const bool killed = s.kind == harm::killed;
    if (cur) {
      std::optional<std::int64_t>& slot = slot_of(*cur, s.kind);
      if (slot && s.others && !s.breakdown) {
        // "A boy remained in critical condition after a shooting that also injured three
        // other people": those and the ones counted before.
        *slot += s.count;
        widen(cur->where, s.extent);
        continue;
      }
      if (slot && (s.breakdown || *slot == s.count)) continue;
      if (slot) flush();
    }
    if (!cur) {
      if (s.breakdown && !out.empty() && out.back().sentence_index == index) continue;
      cur = casualty_report{};
      cur->sentence_index = index;
      cur->where = s.extent;
      cur->trigger = s.trigger;
    }
    if (killed) {
      if (!cur->killed && cur->injured) cur->trigger = s.trigger;  // "killed" outranks "wounded"
      cur->killed = s.count;
      cur->killed_victims = s.victims;
      cur->toll = s.toll;
    } else if (s.kind == harm::injured) {
      cur->injured = s.count;
      cur->injured_victims = s.victims;
    } else {
      cur->shot = s.count;
    }
    widen(cur->where, s.extent);
  }
  flush();
}

}  // namespace

std::vector<casualty_report> find_casualties(std::string_view text, std::span<const token> tokens,
                                             std::span<const sentence> sentences,
                                             std::span<const quantity> quantities) {
  return find_casualties(text, tokens, token_keys(text, tokens), sentences, quantities);
}

std::vector<casualty_report> find_casualties(std::string_view text, std::span<const token> tokens,
                                             const token_keys& keys, std::span<const sentence> sentences,
                                             std::span<const quantity> quantities) {
  std::vector<casualty_report> out;
  if (tokens.empty()) return out;
  casualty_scanner s(text, tokens, keys, quantities);
  if (sentences.empty()) {
    s.scan_sentence(0, tokens.size(), 0, out);
  } else {
    for (std::size_t i = 0; i < sentences.size(); ++i)
      s.scan_sentence(sentences[i].first_token, std::min<std::size_t>(sentences[i].last_token, tokens.size()),
                      static_cast<std::uint32_t>(i), out);
  }
  return out;
}

}  // namespace sitrep::detail
