// lib/parse/temporal_periods.cpp — quarters, halves and seasons.
// Part of the temporal scanner; see temporal_scanner.hpp.
#include "temporal_scanner.hpp"

namespace sitrep::detail::temporal_impl {

// "the third quarter", "third-quarter", "the fourth quarter of 1989", "the 1988 third
// quarter", "this year's third quarter", "the fiscal first quarter", "the quarter",
// "the latest quarter", "the year-ago quarter", "year-earlier", "the first half".
std::optional<hit> scanner::quarter_expr(std::size_t i) const {
  std::size_t b = i, j = i;
  int year = 0, year_shift = 0;
  bool year_ago = false, latest = false, det = false;
  if (is(j, "the") || is(j, "a") || is(j, "its") || is(j, "their") || is(j, "this") || is(j, "that") ||
      is(j, "last") || is(j, "next")) {
    det = true;
    if (is(j, "last")) year_shift = -1;
    if (is(j, "next")) year_shift = 1;
    if ((is(j, "this") || is(j, "last") || is(j, "next")) && is(j + 1, "year") && is(j + 2, "'s")) j += 2;
    else if (year_shift != 0) return std::nullopt;
    ++j;
  }
  if (auto y = year_at(j)) {
    year = *y;
    ++j;
  }
  static constexpr std::string_view k_adj_words[] = {"fiscal", "latest", "current", "recent", "flat",
                                                     "comparable", "same", "year-ago", "year-earlier",
                                                     "calendar", "just-ended", "previous", "prior", "corresponding",
                                                     "strong", "weak", "disappointing"};
  static constexpr word_list k_adj(k_adj_words);
  bool any_adj = true;
  while (any_adj) {
    any_adj = false;
    if (const int x = which(j, k_adj); x >= 0) {
      const std::string_view a = k_adj.words[x];
      if (a == "year-ago" || a == "year-earlier") year_ago = true;
      if (a == "latest" || a == "current" || a == "recent" || a == "just-ended") latest = true;
      ++j;
      any_adj = true;
    }
    if (!any_adj && is(j, "year") && punct(j + 1, '-') && (is(j + 2, "ago") || is(j + 2, "earlier"))) {
      year_ago = true;
      j += 3;
      any_adj = true;
    }
  }
  // ordinal + quarter / half
  int q = 0, half = 0;
  std::string_view w = k(j);
  std::size_t e = 0;
  auto ord_q = [](std::string_view s) -> int {
    if (s == "first" || s == "1st") return 1;
    if (s == "second" || s == "2nd") return 2;
    if (s == "third" || s == "3rd") return 3;
    if (s == "fourth" || s == "4th") return 4;
    return 0;
  };
  std::string_view head = w, tail;
  if (auto dash = w.find('-'); dash != std::string_view::npos) head = w.substr(0, dash), tail = w.substr(dash + 1);
  if (head == "fiscal" && !tail.empty()) {  // "fiscal-first"
    auto d2 = tail.find('-');
    head = tail.substr(0, d2);
    tail = d2 == std::string_view::npos ? std::string_view() : tail.substr(d2 + 1);
  }
  if (ord_q(head) && (tail == "quarter" || (tail.empty() && is(j + 1, "quarter")) ||
                      (tail.empty() && punct(j + 1, '-') && is(j + 2, "quarter")))) {
    q = ord_q(head);
    e = tail == "quarter" ? j + 1 : is(j + 1, "quarter") ? j + 2 : j + 3;
  } else if ((head == "first" || head == "second" || head == "last") &&
             (tail == "half" || (tail.empty() && is(j + 1, "half")))) {
    if (!det) return std::nullopt;
    half = head == "first" ? 1 : 2;
    e = tail == "half" ? j + 1 : j + 2;
  } else if ((w == "quarter" || w == "period") && (det || year_ago)) {
    if (w == "period" && !latest && !year_ago && !year) return std::nullopt;
    if (w == "quarter" && !det) return std::nullopt;
    e = j + 1;
  } else if (year_ago && j > b) {
    e = j;  // "year-earlier", "the year-ago period" handled above
  } else {
    return std::nullopt;
  }
  // "of 1989", "of fiscal 1990", "of the year", "of this year", "1989"
  if (is(e, "of") && year_at(e + 1)) year = *year_at(e + 1), e += 2;
  else if (is(e, "of") && is(e + 1, "fiscal") && year_at(e + 2)) year = *year_at(e + 2), e += 3;
  else if (is(e, "of") && (is(e + 1, "the") || is(e + 1, "this")) && is(e + 2, "year")) e += 3;
  else if (year_at(e) && !year) year = *year_at(e), ++e;
  // "the corresponding period last year", "the quarter a year ago"
  if (is(e, "last") && is(e + 1, "year")) year_ago = true, e += 2;
  else if (is(e, "a") && is(e + 1, "year") && (is(e + 2, "ago") || is(e + 2, "earlier"))) year_ago = true, e += 3;
  hit h = make(b, e);
  if (half) {
    int y = year ? year : ref_ ? ref_->year : 0;
    if (!y) return h;
    h.value = format_year(y) + "-H" + std::to_string(half);
    h.prec = P::quarter;
    return h;
  }
  if (q) {
    int y = year;
    if (!y && ref_) y = (year_ago ? ref_->year - 1 : ref_->year) + year_shift;
    if (!y) return h;
    if (year && year_ago) --y;
    set_quarter(h, y, q);
    h.quarter_year = year_ago ? 0 : y;
    h.quarter = year_ago ? 0 : q;
    return h;
  }
  if (!ref_ && !ctx_quarter_.q) return h;
  quarter_ref c = context_quarter();
  if (ref_ && (is(b, "this") || is(b + 1, "current")) && !year_ago) c = quarter_ref{ref_->year, quarter_of(ref_->month)};
  if (year_shift) c.year += year_shift;
  if (year) c.year = year;
  if (year_ago) {
    set_quarter(h, c.year - 1, c.q);
  } else {
    set_quarter(h, c.year, c.q);
  }
  return h;
}

// "this summer", "the summer", "summer", "the winter of 1994", "summer 2023".
std::optional<hit> scanner::season_expr(std::size_t i) const {
  std::size_t b = i, j = i;
  bool det = false;
  if (is(j, "the")) det = true, ++j;
  auto s = season_word(k(j));
  if (!s) return std::nullopt;
  std::size_t e = j + 1;
  int year = 0;
  if (is(e, "of") && year_at(e + 1)) year = *year_at(e + 1), e += 2;
  else if (year_at(e)) year = *year_at(e), ++e;
  else if (is(e, "of") && is(e + 1, "nineteen")) {
    if (auto y = year_expr(e + 1)) year = y->year, e = y->end;
  }
  if (!year && !det && (*s == 2 || !(i > 0 && (is(i - 1, "in") || is(i - 1, "during") || is(i - 1, "this") ||
                                                is(i - 1, "last") || is(i - 1, "next") || is(i - 1, "early") ||
                                                is(i - 1, "late") || is(i - 1, "until") || is(i - 1, "by")))))
    return std::nullopt;
  hit h = make(b, e);
  if (!year && ref_) {
    const int start_month[4] = {3, 6, 9, 12};
    year = ref_->year;
    if (*s != 3 && ref_->month < start_month[*s] && !future_context(b)) --year;
    if (*s == 3 && ref_->month <= 2) --year;
  }
  if (!year) return h;
  h.value = format_year(year) + "-" + std::string(season_code(*s));
  h.prec = P::season;
  return h;
}


}  // namespace sitrep::detail::temporal_impl
