// lib/parse/temporal.cpp — see temporal.hpp.
//
// The scanning pass: tries every pattern at each token, keeps the longest match and
// updates the discourse context. The patterns are in temporal_*.cpp.
#include "temporal.hpp"

#include "temporal_scanner.hpp"

#include <cstdlib>

namespace sitrep::detail {
namespace temporal_impl {

std::optional<hit> scanner::core(std::size_t i) const {
  std::optional<hit> best;
  auto consider = [&](std::optional<hit> h) {
    if (h && h->end > h->begin && (!best || h->end > best->end)) best = std::move(h);
  };
  consider(numeric_date(i));
  consider(month_led(i));
  consider(day_led(i));
  consider(weekday_expr(i));
  consider(deictic_day(i));
  consider(vague_ref(i));
  consider(offset_expr(i));
  consider(relative_unit(i));
  consider(quarter_expr(i));
  consider(year_expr(i));
  consider(season_expr(i));
  consider(duration_expr(i));
  consider(set_expr(i));
  consider(clock_time(i));
  consider(holiday(i));
  return best;
}

// Modifiers that narrow a period without changing its TIMEX value: "early", "late",
// "mid-", "earlier", "later", "the end of", "the beginning of", "the middle of".
std::optional<hit> scanner::with_prefix(std::size_t i) const {
  std::size_t j = i;
  if (is(i, "early") || is(i, "late") || is(i, "mid") || is(i, "earlier") || is(i, "later") || is(i, "since") ||
      is(i, "around")) {
    if (is(i, "since")) return std::nullopt;
    j = i + 1;
    if (is(i, "mid") && punct(j, '-')) ++j;
    if ((is(i, "earlier") || is(i, "later") || is(i, "early") || is(i, "late")) && is(j, "in") && is(j + 1, "the")) ++j;
  } else if (is(i, "the") && (is(i + 1, "end") || is(i + 1, "beginning") || is(i + 1, "middle") ||
                            is(i + 1, "start") || is(i + 1, "close")) &&
             is(i + 2, "of")) {
    j = i + 3;
  } else {
    return std::nullopt;
  }
  auto h = core(j);
  if (!h) return std::nullopt;
  if (is(i, "around") && h->prec != P::day) return std::nullopt;
  // "the end of the month" keeps the month; "the end of the day" is an idiom.
  if (is(j, "the") && is(j + 1, "day")) return std::nullopt;
  if (h->is_weekday && (is(i, "mid") || is(i, "since"))) return std::nullopt;
  h->begin = i;
  return h;
}

std::vector<date_mention> scanner::run() {
  std::vector<date_mention> out;
  std::vector<bool> weekday_flags;
  std::size_t i = 0;
  while (i < toks_.size()) {
    // Every pattern starts on a word or a number: punctuation and symbols start none.
    if (toks_[i].kind == token_kind::punctuation || toks_[i].kind == token_kind::symbol) {
      ++i;
      continue;
    }
    std::optional<hit> h = with_prefix(i);
    if (auto c = core(i); c && (!h || c->end > h->end)) h = std::move(c);
    if (!h) {
      ++i;
      continue;
    }
    date_mention m;
    m.where = span{toks_[h->begin].start, toks_[h->end - 1].end};
    m.text = std::string(text_.substr(m.where.start, m.where.end - m.where.start));
    m.value = h->value;
    m.precision = h->value.empty() ? P::none : h->prec;
    // A weekday directly followed by its date ("Saturday, January 27") takes the date.
    if (!out.empty() && m.precision == P::day && !weekday_flags.empty() && weekday_flags.back()) {
      const std::size_t gap_from = h->begin;
      std::size_t prev_end_tok = gap_from;
      while (prev_end_tok > 0 && toks_[prev_end_tok - 1].end > out.back().where.end) --prev_end_tok;
      if (prev_end_tok + 1 >= gap_from && (prev_end_tok == gap_from || punct(prev_end_tok, ','))) {
        out.back().value = m.value;
        out.back().precision = P::day;
      }
    }
    if (h->day && h->prec == P::day && !h->value.empty()) anchor_ = h->day;
    // Only quarters already under way become the reporting period ("the quarter");
    // a forecast for a later quarter does not.
    if (h->quarter && (!ref_ || h->quarter_year * 4 + h->quarter <= ref_->year * 4 + quarter_of(ref_->month)))
      ctx_quarter_ = quarter_ref{h->quarter_year, h->quarter};
    if (h->prec == P::day || h->prec == P::month) {
      const int y = std::atoi(h->value.c_str()), m = std::atoi(h->value.c_str() + 5);
      if (y && m) ctx_month_ = civil_date{y, m, 1};
    }
    if (h->year) ctx_year_ = h->year, ctx_year_tok_ = h->end;
    weekday_flags.push_back(h->is_weekday);
    out.push_back(std::move(m));
    i = h->end;
  }
  return out;
}


}  // namespace temporal_impl

std::vector<date_mention> find_dates(std::string_view text, std::span<const token> tokens, const token_keys& keys,
                                     std::span<const sentence> sentences,
                                     const std::optional<civil_date>& reference) {
  temporal_impl::scanner s(text, tokens, keys, sentences, reference);
  return s.run();
}

std::vector<date_mention> find_dates(std::string_view text, std::span<const token> tokens,
                                     std::span<const sentence> sentences,
                                     const std::optional<civil_date>& reference) {
  return find_dates(text, tokens, token_keys(text, tokens), sentences, reference);
}

}  // namespace sitrep::detail
