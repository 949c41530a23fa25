// lib/parse/temporal_scanner.hpp — the temporal parser's pattern matcher (internal).
//
// One left-to-right pass over the tokens. At each position every pattern is tried
// and the longest match wins; the scan then resumes after it, so mentions never
// overlap. A few document-level facts carry forward as the discourse context:
// the last day-precision date (the anchor of "a day later"), the last quarter
// named (what "the quarter" and "a year earlier" refer to in financial news) and
// the last year named ("that year"). The patterns live in temporal_absolute.cpp,
// temporal_relative.cpp, temporal_periods.cpp and temporal_duration.cpp; the pass
// itself in temporal.cpp.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.hpp"
#include "number_words.hpp"
#include "token_words.hpp"
#include "sitrep/records.hpp"
#include "sitrep/token.hpp"
#include "temporal_lexicon.hpp"

namespace sitrep::detail::temporal_impl {


using P = date_precision;

struct hit {
  std::size_t begin = 0, end = 0;  // token range
  std::string value;
  P prec = P::none;
  std::optional<civil_date> day;  // set for day-precision values (becomes the anchor)
  int quarter_year = 0, quarter = 0;  // an explicit quarter (becomes the context)
  int year = 0;                       // an explicit year
  bool is_weekday = false;
};

struct quarter_ref {
  int year = 0, q = 0;
};

class scanner : token_words {
 public:
  scanner(std::string_view text, std::span<const token> tokens, const token_keys& keys,
          std::span<const sentence> sentences, const std::optional<civil_date>& reference)
      : token_words(text, tokens, keys), sents_(sentences), ref_(reference) {}

  std::vector<date_mention> run();

 private:
  // ---- token access -------------------------------------------------------
  bool cap(std::size_t i) const { return i < toks_.size() && toks_[i].has(token_flag::capitalized); }
  bool number(std::size_t i) const { return i < toks_.size() && toks_[i].kind == token_kind::number; }
  // A 4-digit year 1000..2199 written as plain digits.
  std::optional<int> year_at(std::size_t i) const {
    if (!number(i) || toks_[i].size() != 4) return std::nullopt;
    auto v = plain_digits(toks_[i].view(text_));
    if (!v || *v < 1000 || *v > 2199) return std::nullopt;
    return static_cast<int>(*v);
  }
  // A day of the month: "29", "29th", "29 th", "twenty-ninth".
  std::optional<int> day_at(std::size_t i, std::size_t& end) const {
    if (i >= toks_.size()) return std::nullopt;
    if (number(i)) {
      if (auto o = ordinal_value(k(i))) {  // "5th" as one number token
        end = i + 1;
        return *o;
      }
      if (toks_[i].size() > 2) return std::nullopt;
      auto v = plain_digits(toks_[i].view(text_));
      if (!v || *v < 1 || *v > 31) return std::nullopt;
      end = i + 1;
      if (is(i + 1, "st") || is(i + 1, "nd") || is(i + 1, "rd") || is(i + 1, "th")) end = i + 2;
      return static_cast<int>(*v);
    }
    if (auto o = ordinal_value(k(i))) {
      end = i + 1;
      return *o;
    }
    return std::nullopt;
  }
  std::optional<int> month_at(std::size_t i) const {
    if (i >= toks_.size() || toks_[i].kind != token_kind::word) return std::nullopt;
    bool abbr = false;
    std::string_view key = k(i);
    const bool mid = key.starts_with("mid-");
    // Months are capitalised or follow "mid-": most tokens stop here, before the word list.
    if (!cap(i) && !mid) return std::nullopt;
    if (mid) key.remove_prefix(4);
    auto m = month_word(key, &abbr);
    if (!m) return std::nullopt;
    if (abbr && !toks_[i].has(token_flag::abbreviation) && !number(i + 1)) return std::nullopt;
    // A bare "May" (no day or year after it) is the month only where a time is
    // introduced ("in May", "since May", "the May crush", "1 May") or months are
    // listed ("April/May", "March, May and June"); elsewhere it is the verb ("May at
    // the start of a sentence", "Argument May Have Preceded Shooting", "OPEC MAY HAVE").
    if (*m == 5 && !number(i + 1) && !year_at(i + 1)) {
      std::size_t day_end = 0;
      // "May fifth", "Pay May One", "effective May one, 1987": a day in words.
      if (day_at(i + 1, day_end)) return m;
      if (const auto d = small_number_word(k(i + 1)); d && *d >= 1 && *d <= 31) return m;
      if (i == 0 || sentence_start(i)) return std::nullopt;
      static constexpr std::string_view k_cues[] = {
          "in",   "on",     "since", "until", "till",    "by",      "of",  "last",       "next",
          "this", "early",  "late",  "through", "from",  "during",  "between", "and", "or", "to",
          "before", "after", "mid",  "throughout", "that", "the",   "a",   "for",        "each", "every"};
      const std::string_view before = k(i - 1);
      bool cue = number(i - 1);
      for (std::string_view c : k_cues) cue = cue || before == c;
      for (std::size_t back = 2; !cue && back <= 4 && back <= i; ++back)
        cue = month_word(k(i - back), nullptr).has_value() && cap(i - back);
      if (!cue) return std::nullopt;
    }
    return m;
  }
  std::optional<int> weekday_at(std::size_t i) const {
    if (i >= toks_.size() || toks_[i].kind != token_kind::word) return std::nullopt;
    if (!cap(i)) return std::nullopt;  // weekdays are capitalised: skip the word list
    bool abbr = false;
    auto w = weekday_word(k(i), &abbr);
    if (!w) return std::nullopt;
    if (abbr && !toks_[i].has(token_flag::abbreviation)) return std::nullopt;
    return w;
  }
  // Sentences are sorted by token range, so both lookups are binary searches.
  std::size_t sentence_of(std::size_t i) const {
    auto it = std::upper_bound(sents_.begin(), sents_.end(), i,
                               [](std::size_t v, const sentence& s) { return v < s.first_token; });
    if (it == sents_.begin()) return sents_.size();
    const std::size_t idx = static_cast<std::size_t>(it - sents_.begin()) - 1;
    return i < sents_[idx].last_token ? idx : sents_.size();
  }
  bool sentence_start(std::size_t i) const {
    if (i == 0) return true;
    const std::size_t s = sentence_of(i);
    if (s < sents_.size() && sents_[s].first_token == i) return true;
    return punct(i - 1, '.') || punct(i - 1, '\n');
  }
  // A future-tense cue shortly before token i, in the same sentence ("will", "is
  // scheduled to", "payable", "effective", "due"): the date is then read forwards.
  bool future_context(std::size_t i, std::size_t window = 8) const {
    const std::size_t s = sentence_of(i);
    std::size_t from = s < sents_.size() ? sents_[s].first_token : 0;
    if (i > from + window) from = i - window;
    for (std::size_t j = i; j-- > from;) {
      std::string_view w = k(j);
      if (w == "will" || w == "'ll" || w == "shall" || w == "scheduled" || w == "slated" || w == "upcoming" ||
          w == "payable" || w == "effective" || w == "due" || w == "expire" || w == "expires" || w == "until" ||
          w == "plans" || w == "expects" || w == "expected")
        return true;
      if ((w == "set" || w == "is" || w == "are") && is(j + 1, "to")) return true;
      // a past-tense clause in between ("said", "was") ends the cue's reach
      if (w == "said" || w == "was" || w == "were" || w == "had" || w == "did" || w == "ago" || w == "last")
        return false;
    }
    return false;
  }

  // A past-tense verb shortly before token i in the same sentence ("was", "killed",
  // "withdrew"): a partial date is then read backwards from the reference.
  bool past_context(std::size_t i, std::size_t window = 12) const {
    const std::size_t s = sentence_of(i);
    std::size_t from = s < sents_.size() ? sents_[s].first_token : 0;
    if (i > from + window) from = i - window;
    // "extended to Nov. 16", "by Dec. 7": a target date, not a past one
    if (i > 0 && (is(i - 1, "to") || is(i - 1, "until") || is(i - 1, "by") || is(i - 1, "through") ||
                  is(i - 1, "before")))
      return false;
    for (std::size_t j = i; j-- > from;) {
      std::string_view w = k(j);
      // "said in March", "announced on Monday": the date of the saying itself
      if ((w == "said" || w == "told") && j + 2 == i && (is(j + 1, "in") || is(j + 1, "on"))) return true;
      if (w == "will" || w == "'ll" || w == "shall" || w == "payable" || w == "effective" || w == "due" ||
          w == "until" || w == "expire" || w == "expires" || w == "scheduled" || w == "would" ||
          w == "said" || w == "says" || w == "told" || w == "plans" || w == "expects" || w == "is" || w == "are")
        return false;
      static constexpr std::string_view k_past[] = {
          "was", "were", "had", "did", "began", "took", "came", "went", "fled", "fought",
          "met", "held", "left", "made", "saw", "struck", "shot", "won", "lost", "fell",
          "rose", "withdrew", "broke", "gave", "sent", "became", "ago", "ran", "sold", "bought"};
      for (std::string_view pw : k_past)
        if (w == pw) return true;
      // a regular past form used as a verb: followed by a function word or the date
      // itself ("attacked on", "withdrew in"), not by a noun ("preferred shares")
      if (w.size() > 4 && w.ends_with("ed") && toks_[j].kind == token_kind::word && !cap(j) &&
          !(j > 0 && (is(j - 1, "the") || is(j - 1, "a") || is(j - 1, "is") || is(j - 1, "are") ||
                      is(j - 1, "be") || is(j - 1, "been") || is(j - 1, "being")))) {
        std::string_view nx = k(j + 1);
        if (j + 1 == i || nx == "on" || nx == "in" || nx == "at" || nx == "the" || nx == "a" || nx == "an" ||
            nx == "from" || nx == "during" || nx == "his" || nx == "her" || nx == "its" || nx == "their" ||
            nx == "last" || nx == "earlier" || nx == "him" || nx == "them" || nx == "it" || nx == "up" ||
            nx == "out" || nx == "down" || nx == "off" || nx == "away" || nx == "back" || nx == "," ||
            number(j + 1))
          return true;
      }
    }
    return false;
  }

  // ---- value helpers -------------------------------------------------------
  hit make(std::size_t b, std::size_t e) const {
    hit h;
    h.begin = b;
    h.end = e;
    return h;
  }
  void set_day(hit& h, const civil_date& d) const {
    h.value = format_day(d);
    h.prec = P::day;
    h.day = d;
  }
  void set_month(hit& h, int y, int m) const {
    h.value = format_month(y, m);
    h.prec = P::month;
  }
  void set_year(hit& h, int y) const {
    h.value = format_year(y);
    h.prec = P::year;
  }
  void set_week(hit& h, const civil_date& d) const {
    h.value = format_week(iso_week_of(d));
    h.prec = P::week;
  }
  void set_quarter(hit& h, int y, int q) const {
    h.value = format_quarter(y, q);
    h.prec = P::quarter;
  }
  void set_vague(hit& h, std::string_view v) const {
    h.value = std::string(v);
    h.prec = P::vague;
  }
  void set_decade(hit& h, int year) const {
    h.value = format_year(year).substr(0, 3);
    h.prec = P::decade;
  }
  // match_cardinal(text_, toks_, j, false), worked out once per token: the duration and
  // offset patterns both ask at every token, and a number can open either.
  const std::optional<number_match>& cardinal(std::size_t j) const {
    if (cardinals_.empty()) cardinals_.resize(toks_.size() + 1);
    if (j >= toks_.size()) return cardinals_.back().match;  // never filled: no number there
    auto& c = cardinals_[j];
    if (!c.known) {
      c.match = match_cardinal(text_, toks_, j, false);
      c.known = true;
    }
    return c.match;
  }

  // The base for discourse-relative expressions: the last day mentioned, else the reference.
  std::optional<civil_date> base_day() const { return anchor_ ? anchor_ : ref_; }

  // Year for a month-day without one: the nearest occurrence, with the future costed
  // three times the past (news reports mostly look back, but "Nov. 30" deadlines a
  // few weeks ahead stay in the current year).
  int complete_year(int month, int day, bool future = false, bool past = false) const {
    const civil_date& r = *ref_;
    if (past) {
      const int d = std::min(day, days_in_month(r.year, month));
      return days_from_civil(civil_date{r.year, month, d}) <= days_from_civil(r) + 1 ? r.year : r.year - 1;
    }
    if (future) {
      const int d = std::min(day, days_in_month(r.year, month));
      return days_from_civil(civil_date{r.year, month, d}) >= days_from_civil(r) ? r.year : r.year + 1;
    }
    const std::int64_t rz = days_from_civil(r);
    int best = r.year;
    double best_cost = 1e18;
    for (int y = r.year - 1; y <= r.year + 1; ++y) {
      int d = std::min(day, days_in_month(y, month));
      const std::int64_t delta = days_from_civil(civil_date{y, month, d}) - rz;
      const double cost = delta < 0 ? static_cast<double>(-delta) : 3.0 * static_cast<double>(delta);
      if (cost < best_cost) {
        best_cost = cost;
        best = y;
      }
    }
    return best;
  }
  int complete_month_year(int month, bool future = false, bool past = false) const {
    const civil_date& r = *ref_;
    if (past) return month <= r.month ? r.year : r.year - 1;
    if (future) return month >= r.month ? r.year : r.year + 1;
    int best = r.year;
    double best_cost = 1e18;
    for (int y = r.year - 1; y <= r.year + 1; ++y) {
      const int delta = (y * 12 + month) - (r.year * 12 + r.month);
      const double cost = delta < 0 ? -delta : 1.6 * delta;
      if (cost < best_cost) {
        best_cost = cost;
        best = y;
      }
    }
    return best;
  }
  // Without a publication date, a year written just before (within a couple of
  // sentences) completes the partial dates that follow it: "In 2019 … on March 3".
  // With one, news usage wins: such dates are read against the publication date
  // (measured on TimeBank, the narrative reading loses more than it gains).
  std::optional<int> narrative_year(std::size_t i) const {
    if (ctx_year_ && i >= ctx_year_tok_ && i - ctx_year_tok_ <= k_narrative_reach) return ctx_year_;
    return std::nullopt;
  }
  static constexpr std::size_t k_narrative_reach = 40;

  quarter_ref context_quarter() const {
    if (ctx_quarter_.q) return ctx_quarter_;
    // Financial news talks about the last completed quarter.
    const civil_date& r = *ref_;
    int q = quarter_of(r.month) - 1, y = r.year;
    if (q == 0) {
      q = 4;
      --y;
    }
    return {y, q};
  }

  // ---- patterns ------------------------------------------------------------
  std::optional<hit> numeric_date(std::size_t i) const;
  std::optional<hit> month_led(std::size_t i) const;
  std::optional<hit> day_led(std::size_t i) const;
  std::optional<hit> weekday_expr(std::size_t i) const;
  std::optional<hit> deictic_day(std::size_t i) const;
  std::optional<hit> vague_ref(std::size_t i) const;
  std::optional<hit> offset_expr(std::size_t i) const;
  std::optional<hit> relative_unit(std::size_t i) const;
  std::optional<hit> quarter_expr(std::size_t i) const;
  std::optional<hit> year_expr(std::size_t i) const;
  std::optional<hit> season_expr(std::size_t i) const;
  std::optional<hit> duration_expr(std::size_t i) const;
  std::optional<hit> set_expr(std::size_t i) const;
  std::optional<hit> clock_time(std::size_t i) const;
  std::optional<hit> holiday(std::size_t i) const;
  std::optional<hit> core(std::size_t i) const;
  std::optional<hit> with_prefix(std::size_t i) const;

  std::span<const sentence> sents_;
  const std::optional<civil_date>& ref_;
  std::optional<civil_date> anchor_;
  quarter_ref ctx_quarter_;
  std::optional<civil_date> ctx_month_;  // the last month mentioned (day or month precision)
  int ctx_year_ = 0;
  std::size_t ctx_year_tok_ = 0;  // where ctx_year_ was written
  struct cached_cardinal {
    bool known = false;
    std::optional<number_match> match;
  };
  mutable std::vector<cached_cardinal> cardinals_;  // cardinal(j) per token, on first ask
};


/// TIMEX3 duration value ("P2Y", "PT4H", "PXY" when the count is vague).
std::string duration_value(time_unit u, std::optional<std::int64_t> n, bool hours, bool minutes);

}  // namespace sitrep::detail::temporal_impl
