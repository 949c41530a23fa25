// lib/parse/temporal_absolute.cpp — absolute dates: numeric, month-led, day-led, years, decades, holidays.
// Part of the temporal scanner; see temporal_scanner.hpp.
#include "temporal_scanner.hpp"

namespace sitrep::detail::temporal_impl {

// "2024-01-29", "2024/01/29", "01/29/2024", "29/01/2024" (day first only when the first
// field cannot be a month). Read from the raw text so that any tokenization works.
std::optional<hit> scanner::numeric_date(std::size_t i) const {
  if (!number(i)) return std::nullopt;
  if (i > 0 && toks_[i - 1].end == toks_[i].start &&
      (toks_[i - 1].kind == token_kind::number || punct(i - 1, '/') || punct(i - 1, '-')))
    return std::nullopt;
  std::string_view s = text_.substr(toks_[i].start);
  int f[3] = {0, 0, 0}, len[3] = {0, 0, 0};
  char sep = 0;
  std::size_t p = 0;
  for (int field = 0; field < 3; ++field) {
    while (p < s.size() && s[p] >= '0' && s[p] <= '9' && len[field] < 5) {
      f[field] = f[field] * 10 + (s[p] - '0');
      ++len[field];
      ++p;
    }
    if (len[field] == 0) return std::nullopt;
    if (field < 2) {
      if (p >= s.size() || (s[p] != '-' && s[p] != '/' && s[p] != '.')) return std::nullopt;
      if (field == 0) sep = s[p];
      else if (s[p] != sep) return std::nullopt;
      ++p;
    }
  }
  if (p < s.size() && ((s[p] >= '0' && s[p] <= '9') || s[p] == sep)) return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (len[0] == 4 && len[1] <= 2 && len[2] <= 2) {
    y = f[0], m = f[1], d = f[2];
  } else if (len[0] <= 2 && len[1] <= 2 && (len[2] == 4 || len[2] == 2) && sep != '.') {
    y = len[2] == 4 ? f[2] : (f[2] < 50 ? 2000 + f[2] : 1900 + f[2]);
    if (f[0] > 12) m = f[1], d = f[0];
    else m = f[0], d = f[1];
  } else if (len[0] <= 2 && len[1] <= 2 && len[2] == 4 && sep == '.') {
    y = f[2], m = f[1], d = f[0];  // European 29.01.2024
  } else {
    return std::nullopt;
  }
  if (!valid_date(y, m, d)) return std::nullopt;
  const std::uint32_t end_byte = toks_[i].start + static_cast<std::uint32_t>(p);
  std::size_t j = i;
  while (j < toks_.size() && toks_[j].end < end_byte) ++j;
  if (j >= toks_.size() || toks_[j].end != end_byte) return std::nullopt;
  hit h = make(i, j + 1);
  set_day(h, civil_date{y, m, d});
  h.year = y;
  return h;
}

// "January 29", "Jan. 29, 2024", "January 29th", "January 2024", "January of 1990",
// "January this year", "March eighth", "January".
std::optional<hit> scanner::month_led(std::size_t i) const {
  auto m = month_at(i);
  if (!m) return std::nullopt;
  const bool mid = k(i).starts_with("mid-");
  std::size_t j = i + 1, dend = 0;
  if (!mid) {
    if (auto d = day_at(j, dend)) {
      // A year after a comma or directly: "Jan. 29, 2024", "29 January 2024".
      std::optional<int> y;
      std::size_t e = dend;
      if (punct(dend, ',') && year_at(dend + 1)) y = year_at(dend + 1), e = dend + 2;
      else if (year_at(dend)) y = year_at(dend), e = dend + 1;
      hit h = make(i, e);
      if (y) {
        if (!valid_date(*y, *m, *d)) return std::nullopt;
        set_day(h, civil_date{*y, *m, *d});
        h.year = *y;
      } else if (auto ny = narrative_year(i); ny && !ref_) {
        if (!valid_date(*ny, *m, *d)) return std::nullopt;
        set_day(h, civil_date{*ny, *m, *d});
      } else if (ref_) {
        const int yy = complete_year(*m, *d, future_context(i), past_context(i));
        if (!valid_date(yy, *m, *d)) return std::nullopt;
        set_day(h, civil_date{yy, *m, *d});
      } else if (*d > 31) {
        return std::nullopt;
      }
      return h;
    }
  }
  if (auto y = year_at(j)) {
    hit h = make(i, j + 1);
    set_month(h, *y, *m);
    h.year = *y;
    return h;
  }
  if (is(j, "nineteen") || is(j, "twenty")) {
    if (auto y = year_expr(j); y && y->year) {
      hit h = make(i, y->end);
      set_month(h, y->year, *m);
      h.year = y->year;
      return h;
    }
  }
  if (is(j, "of") && year_at(j + 1)) {
    hit h = make(i, j + 2);
    set_month(h, *year_at(j + 1), *m);
    h.year = *year_at(j + 1);
    return h;
  }
  if ((is(j, "this") || is(j, "last") || is(j, "next")) && is(j + 1, "year")) {
    hit h = make(i, j + 2);
    if (ref_) set_month(h, ref_->year + (is(j, "last") ? -1 : is(j, "next") ? 1 : 0), *m);
    return h;
  }
  hit h = make(i, i + 1);
  if (auto ny = narrative_year(i); ny && !ref_) set_month(h, *ny, *m);
  else if (ref_) set_month(h, complete_month_year(*m, future_context(i), past_context(i)), *m);
  return h;
}

// "29 January 2024", "29th of January", "the 29th of January".
std::optional<hit> scanner::day_led(std::size_t i) const {
  std::size_t dend = 0;
  std::size_t b = i;
  if (is(i, "the")) ++i;
  auto d = day_at(i, dend);
  if (!d) return std::nullopt;
  std::size_t j = dend;
  if (is(j, "of")) ++j;
  auto m = month_at(j);
  if (!m || k(j).starts_with("mid-")) return std::nullopt;
  if (b != i && j == dend) return std::nullopt;  // "the 29 January" is not a pattern
  std::size_t e = j + 1;
  std::optional<int> y;
  if (year_at(e)) y = year_at(e), ++e;
  else if (punct(e, ',') && year_at(e + 1)) y = year_at(e + 1), e += 2;
  hit h = make(b, e);
  if (y) {
    if (!valid_date(*y, *m, *d)) return std::nullopt;
    set_day(h, civil_date{*y, *m, *d});
    h.year = *y;
  } else if (auto ny = narrative_year(b); ny && !ref_) {
    if (!valid_date(*ny, *m, *d)) return std::nullopt;
    set_day(h, civil_date{*ny, *m, *d});
  } else if (ref_) {
    const int yy = complete_year(*m, *d, future_context(b), past_context(b));
    if (!valid_date(yy, *m, *d)) return std::nullopt;
    set_day(h, civil_date{yy, *m, *d});
  }
  return h;
}

// "1990", "fiscal 1989", "the 1980s", "the '80s", "mid-1990s", "nineteen ninety-six",
// "the year two thousand", "the nineties".
std::optional<hit> scanner::year_expr(std::size_t i) const {
  std::size_t b = i, j = i;
  bool the = false;
  if (is(j, "the")) the = true, ++j;
  if (the && (is(j, "early") || is(j, "late") || is(j, "mid"))) {
    ++j;
    if (punct(j, '-')) ++j;
  }
  if (!the && (is(j, "fiscal") || is(j, "calendar")) && year_at(j + 1)) {
    hit h = make(b, j + 2);
    set_year(h, *year_at(j + 1));
    h.year = *year_at(j + 1);
    return h;
  }
  // decades: "1980s", "1980's", "'80s", "eighties"
  std::string_view w = k(j);
  if (w.starts_with("mid-")) w.remove_prefix(4);
  auto decade_of = [&](std::string_view s) -> int {
    if (s.size() == 5 && s[4] == 's') {
      auto v = plain_digits(s.substr(0, 4));
      if (v && *v % 10 == 0 && *v >= 1000 && *v < 2200) return static_cast<int>(*v);
    }
    if (s.size() == 3 && s[2] == 's') {
      auto v = plain_digits(s.substr(0, 2));
      if (v && *v % 10 == 0) return static_cast<int>(*v < 30 ? 2000 + *v : 1900 + *v);
    }
    static constexpr std::string_view names[] = {"twenties", "thirties", "forties", "fifties",
                                                 "sixties",  "seventies", "eighties", "nineties"};
    for (int n = 0; n < 8; ++n)
      if (s == names[n]) return 1920 + 10 * n;
    return 0;
  };
  if (int d = decade_of(w)) {
    // "'80s": the apostrophe may be its own token or part of this one
    if (w.size() == 3 && !(j > 0 && (k(j - 1) == "'" || toks_[j].view(text_).starts_with("'") ||
                                     toks_[j].view(text_).starts_with("\xE2\x80\x99"))))
      ; // plain "80s" (ages, speeds) is not a decade
    else if (w.size() == 3 || w.size() == 5 || the) {
      hit h = make(b, j + 1);
      if (w.size() != 5 && !the && !is(j + 1, "and")) {
        // "the eighties" needs the article; bare "eighties" is usually an age
        if (w.size() > 5) return std::nullopt;
      }
      set_decade(h, d);
      return h;
    }
  }
  if (j > b && j + 1 < toks_.size() && (k(j) == "'" || k(j) == "\u2019")) {
    if (int d = decade_of(k(j + 1)); d && k(j + 1).size() == 3) {
      hit h = make(b, j + 2);
      set_decade(h, d);
      return h;
    }
  }
  // centuries: "the 20th century", "the twentieth century"
  if (is(j + 1, "century") && (the || ordinal_value(k(j)))) {
    std::optional<int> c;
    if (auto o = ordinal_value(k(j))) c = *o;
    if (c) {
      hit h = make(b, j + 2);
      h.value = std::to_string(*c - 1);
      h.prec = P::vague;
      return h;
    }
  }
  // spoken years: "nineteen ninety-six", "two thousand (and) one"
  if (is(j, "nineteen") || is(j, "twenty")) {
    auto v = small_number_word(k(j + 1));
    if (v && *v >= 10 && !(is(j, "twenty") && *v >= 30)) {
      hit h = make(b, j + 2);
      set_year(h, (is(j, "nineteen") ? 1900 : 2000) + *v);
      h.year = (is(j, "nineteen") ? 1900 : 2000) + *v;
      return h;
    }
  }
  if (the && is(j, "year") && is(j + 1, "two") && is(j + 2, "thousand")) {
    hit h = make(b, j + 3);
    set_year(h, 2000);
    h.year = 2000;
    return h;
  }
  if (the) return std::nullopt;
  if (k(j).starts_with("mid-")) {
    auto v = plain_digits(k(j).substr(4));
    if (v && *v >= 1000 && *v <= 2199) {
      hit h = make(b, j + 1);
      set_year(h, static_cast<int>(*v));
      h.year = static_cast<int>(*v);
      return h;
    }
  }
  auto y = year_at(j);
  if (!y) return std::nullopt;
  // Not a year: money, percentages, counts with a unit, parts of numeric ranges.
  if (j > 0 && toks_[j - 1].kind == token_kind::symbol) return std::nullopt;
  if (j > 0 && punct(j - 1, '$')) return std::nullopt;
  std::string_view nx = k(j + 1);
  if (nx == "%" || nx == "percent" || nx == "per" || nx == "people" || nx == "troops" || nx == "soldiers" ||
      nx == "km" || nx == "kilometers" || nx == "miles" || nx == "meters" || nx == "feet" || nx == "tons" ||
      nx == "hours" || nx == "dollars" || nx == "points" || nx == "shares" || nx == "members" ||
      nx == "residents" || nx == "civilians" || nx == "families" || nx == "houses" || nx == "homes" ||
      nx == "block" || nx == "blocks")  // "the 1900 block of Dover": an address
    return std::nullopt;
  if (*y < 1900 || *y > 2100) {
    std::string_view pv = j > 0 ? k(j - 1) : std::string_view();
    if (pv != "in" && pv != "since" && pv != "of" && pv != "until" && pv != "from" && pv != "by" &&
        pv != "before" && pv != "after" && pv != "circa")
      return std::nullopt;
  }
  hit h = make(b, j + 1);
  set_year(h, *y);
  h.year = *y;
  return h;
}

// Easter Sunday (anonymous Gregorian algorithm).
static civil_date easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return civil_date{y, month, day};
}

// Holidays with a fixed or computable date: "Christmas", "Christmas Eve", "New Year's
// Day", "New Year's Eve", "Halloween", "Valentine's Day", "Thanksgiving", "Easter".
// The year is completed like a month-day ("on Christmas Day" read from the reference).
std::optional<hit> scanner::holiday(std::size_t i) const {
  if (!cap(i)) return std::nullopt;
  std::size_t e = 0;
  int month = 0, day = 0;
  enum { fixed, thanksgiving, easter_sunday } kind = fixed;
  if (is(i, "christmas")) {
    month = 12, day = 25, e = i + 1;
    if (is(e, "eve")) day = 24, ++e;
    else if (is(e, "day")) ++e;
  } else if (is(i, "new") && is(i + 1, "year") && is(i + 2, "'s") && (is(i + 3, "day") || is(i + 3, "eve"))) {
    month = is(i + 3, "day") ? 1 : 12, day = is(i + 3, "day") ? 1 : 31, e = i + 4;
  } else if (is(i, "halloween")) {
    month = 10, day = 31, e = i + 1;
  } else if (is(i, "valentine") && is(i + 1, "'s") && is(i + 2, "day")) {
    month = 2, day = 14, e = i + 3;
  } else if (is(i, "thanksgiving") && !is(i + 1, "dinner")) {
    kind = thanksgiving, month = 11, e = i + 1 + (is(i + 1, "day") ? 1 : 0);
  } else if (is(i, "easter") && !is(i + 1, "island")) {
    kind = easter_sunday, e = i + 1 + (is(i + 1, "sunday") ? 1 : 0);
  } else {
    return std::nullopt;
  }
  std::optional<int> year;
  if (year_at(e)) year = year_at(e), ++e;
  else if (punct(e, ',') && year_at(e + 1)) year = year_at(e + 1), e += 2;
  hit h = make(i, e);
  auto date_in = [&](int y) {
    if (kind == thanksgiving) {  // fourth Thursday of November
      const int first = weekday(civil_date{y, 11, 1});
      return civil_date{y, 11, 1 + (3 - first + 7) % 7 + 21};
    }
    if (kind == easter_sunday) return easter(y);
    return civil_date{y, month, day};
  };
  if (year) {
    set_day(h, date_in(*year));
    h.year = *year;
    return h;
  }
  if (!ref_) return h;
  const civil_date probe = date_in(ref_->year);
  const int y = complete_year(probe.month, probe.day, future_context(i), past_context(i));
  set_day(h, date_in(y));
  return h;
}


}  // namespace sitrep::detail::temporal_impl
