// lib/parse/temporal_relative.cpp — dates relative to the reference or the discourse: weekdays, "yesterday", vague references, "two days ago", "last week".
// Part of the temporal scanner; see temporal_scanner.hpp.
#include "temporal_scanner.hpp"

namespace sitrep::detail::temporal_impl {

// "Saturday", "last Friday", "next Saturday", "this coming Sunday", "Saturday night".
std::optional<hit> scanner::weekday_expr(std::size_t i) const {
  std::size_t b = i, j = i;
  int dir = 0;  // 0: on or before the reference; -1: strictly before; +1: strictly after; 2: on or after
  bool anchored = false;
  if (is(j, "the") && (is(j + 1, "previous") || is(j + 1, "following") || is(j + 1, "next"))) {
    dir = is(j + 1, "previous") ? -1 : 1;
    anchored = true;
    j += 2;
  } else if (is(j, "this") && (is(j + 1, "coming") || is(j + 1, "past"))) {
    dir = is(j + 1, "coming") ? 1 : -1;
    j += 2;
  } else if (is(j, "last") || is(j, "past") || is(j, "previous")) {
    dir = -1;
    ++j;
  } else if (is(j, "next") || is(j, "coming")) {
    dir = 1;
    ++j;
  } else if (is(j, "this")) {
    dir = 2;
    ++j;
  }
  auto w = weekday_at(j);
  if (!w) return std::nullopt;
  std::size_t e = j + 1;
  if (day_part_word(k(e))) ++e;
  hit h = make(b, e);
  h.is_weekday = true;
  if (dir == 0 && future_context(b, 6)) dir = 2;
  std::optional<civil_date> base = anchored ? base_day() : ref_;
  if (!base) return h;
  const int bw = weekday(*base);
  int delta = 0;
  switch (dir) {
    case 0: delta = -((bw - *w + 7) % 7); break;
    case -1: delta = -((bw - *w + 7) % 7); if (delta == 0) delta = -7; break;
    case 1: delta = (*w - bw + 7) % 7; if (delta == 0) delta = 7; break;
    default: delta = (*w - bw + 7) % 7; break;
  }
  set_day(h, add_days(*base, delta));
  return h;
}

// "today", "tonight", "yesterday", "tomorrow", "this morning", "last night",
// "the day before yesterday", "yesterday afternoon".
std::optional<hit> scanner::deictic_day(std::size_t i) const {
  std::size_t e = 0;
  int offset = 0;
  if (is(i, "today") || is(i, "tonight") || is(i, "today's")) {
    e = i + 1;
  } else if (is(i, "yesterday")) {
    offset = -1, e = i + 1;
  } else if (is(i, "tomorrow")) {
    offset = 1, e = i + 1;
  } else if (is(i, "this") && day_part_word(k(i + 1)) && !is(i + 1, "overnight")) {
    e = i + 2;
  } else if (is(i, "last") && is(i + 1, "night")) {
    offset = -1, e = i + 2;
  } else if (is(i, "the") && is(i + 1, "day") && (is(i + 2, "before") || is(i + 2, "after")) &&
             (is(i + 3, "yesterday") || is(i + 3, "tomorrow"))) {
    offset = is(i + 3, "yesterday") ? -2 : 2;
    e = i + 4;
  } else {
    return std::nullopt;
  }
  if ((is(i, "yesterday") || is(i, "tomorrow") || is(i, "today")) && day_part_word(k(e))) ++e;
  hit h = make(i, e);
  if (ref_) set_day(h, add_days(*ref_, offset));
  return h;
}

// PRESENT_REF / PAST_REF / FUTURE_REF.
std::optional<hit> scanner::vague_ref(std::size_t i) const {
  auto one = [&](std::size_t e, std::string_view v) {
    hit h = make(i, e);
    set_vague(h, v);
    return std::optional<hit>(h);
  };
  bool plural = false;
  if (is(i, "now")) return one(i + 1, "PRESENT_REF");
  if (is(i, "right") && is(i + 1, "now")) return one(i + 2, "PRESENT_REF");
  if (is(i, "currently") || is(i, "presently") || is(i, "nowadays")) return one(i + 1, "PRESENT_REF");
  if (is(i, "these") && is(i + 1, "days")) return one(i + 2, "PRESENT_REF");
  if (is(i, "current") && !unit_word(k(i + 1)) && !is(i + 1, "fiscal") &&
      !(toks_.size() > i + 1 && toks_[i + 1].kind == token_kind::punctuation))
    return one(i + 1, "PRESENT_REF");
  if (is(i, "recently") || is(i, "lately") || is(i, "previously") || is(i, "formerly"))
    return one(i + 1, "PAST_REF");
  if (is(i, "recent")) {
    std::size_t e = i + 1;
    if (unit_word(k(e), &plural) && plural) {
      ++e;
      if ((is(e, "and") || is(e, "or")) && unit_word(k(e + 1), &plural) && plural) e += 2;
    }
    return one(e, "PAST_REF");
  }
  if (is(i, "the") && is(i + 1, "past") && !match_cardinal(text_, toks_, i + 2) && !unit_word(k(i + 2)) &&
      !is(i + 2, "few") && !is(i + 2, "several") && !is(i + 2, "couple"))
    return one(i + 2, "PAST_REF");
  if (is(i, "the") && is(i + 1, "future")) return one(i + 2, "FUTURE_REF");
  if ((is(i, "the") && is(i + 1, "short") && is(i + 2, "term")) || (is(i, "a") && is(i + 1, "later") && is(i + 2, "date")))
    return one(i + 3, "FUTURE_REF");
  if (is(i, "the") && is(i + 1, "near") && (is(i + 2, "future") || is(i + 2, "term")))
    return one(i + 3, "FUTURE_REF");
  if (is(i, "future")) return one(unit_word(k(i + 1), &plural) && plural ? i + 2 : i + 1, "FUTURE_REF");
  // "past years", "the past several quarters", "the last few months"
  if (is(i, "past") && unit_word(k(i + 1), &plural) && plural) return one(i + 2, "PAST_REF");
  if (is(i, "the") && (is(i + 1, "past") || is(i + 1, "last")) && (is(i + 2, "several") || is(i + 2, "few")) &&
      unit_word(k(i + 3), &plural) && plural)
    return one(i + 4, "PAST_REF");
  // "will one day be": an unspecified future day ("for one day" is a duration)
  if (is(i, "one") && is(i + 1, "day") && i > 0 &&
      (is(i - 1, "will") || is(i - 1, "would") || is(i - 1, "may") || is(i - 1, "might") || is(i - 1, "could") ||
       is(i - 1, "can") || is(i - 1, "he") || is(i - 1, "she") || is(i - 1, "they") || is(i - 1, "we") ||
       is(i - 1, "i") || is(i - 1, "it") || is(i - 1, "to")))
    return one(i + 2, "FUTURE_REF");
  if (is(i, "soon") && !is(i + 1, "as") && !is(i + 1, "after")) return one(i + 1, "FUTURE_REF");
  if (is(i, "as") && is(i + 1, "soon") && is(i + 2, "as") && is(i + 3, "possible"))
    return one(i + 4, "FUTURE_REF");
  if ((is(i, "coming") || is(i, "upcoming")) && unit_word(k(i + 1), &plural) && plural)
    return one(i + 2, "FUTURE_REF");
  if (is(i, "the") && (is(i + 1, "coming") || is(i + 1, "next") || is(i + 1, "upcoming")) &&
      unit_word(k(i + 2), &plural) && plural)
    return one(i + 3, "FUTURE_REF");
  return std::nullopt;
}

// "two days ago", "a year earlier", "a day later", "nearly four years ago",
// "the following day", "the day before", "several weeks ago".
std::optional<hit> scanner::offset_expr(std::size_t i) const {
  std::size_t b = i, j = i;
  static constexpr std::string_view k_approx_words[] = {"nearly", "almost", "about", "some", "roughly",
                                                        "around", "approximately", "just", "only", "barely",
                                                        "over"};
  static constexpr word_list k_approx(k_approx_words);
  if (which(j, k_approx) >= 0) ++j;
  if (is(j, "more") && is(j + 1, "than")) j += 2;
  else if (is(j, "less") && is(j + 1, "than")) j += 2;
  std::optional<std::int64_t> n;
  bool vague = false;
  std::size_t u = j;
  if (is(j, "a") || is(j, "an") || is(j, "one")) {
    if (is(j + 1, "few") || is(j + 1, "couple")) {
      vague = true;
      u = j + 2;
      if (is(u, "of")) ++u;
    } else {
      n = 1;
      u = j + 1;
    }
  } else if (is(j, "several") || is(j, "few") || is(j, "many") || is(j, "some")) {
    vague = true;
    u = j + 1;
  } else if (const auto& c = cardinal(j)) {
    if (c->value <= 0 || c->value > 1000) return std::nullopt;
    if (number(j) && toks_[j].view(text_).find_first_of(".,") != std::string_view::npos) return std::nullopt;
    n = c->value;
    u = c->end;
  } else if (bool pl = false; is(j, "the") && j == b && unit_word(k(j + 1), &pl) && !pl &&
             (is(j + 2, "before") || is(j + 2, "after") || is(j + 2, "earlier") || is(j + 2, "later"))) {
    n = 1;  // "the day before", "the year after": one unit from the anchor
    u = j + 1;
  } else if (unit_word(k(j))) {
    vague = true;  // "days later", "weeks ago"
    u = j;
  } else {
    return std::nullopt;
  }
  bool plural = false;
  auto unit = unit_word(k(u), &plural);
  if (!unit || *unit == time_unit::weekend) return std::nullopt;
  if (vague && u == j && !plural) return std::nullopt;
  std::size_t d = u + 1;
  if (is(d, "or") && is(d + 1, "so")) d += 2;
  int sign = 0;
  bool from_ref = false;
  std::size_t e = d + 1;
  if (is(d, "ago") || is(d, "back")) {
    sign = -1, from_ref = true;
  } else if (is(d, "earlier") || is(d, "before")) {
    sign = -1;
  } else if (is(d, "later") || is(d, "after")) {
    sign = 1;
  } else if (is(d, "from") && is(d + 1, "now")) {
    sign = 1, from_ref = true, e = d + 2;
  } else if (is(d, "hence")) {
    sign = 1, from_ref = true;
  } else {
    return std::nullopt;
  }
  // "before/after" followed by an event ("days after the attack") is anchored to
  // that event, not to the discourse; only take them clause-finally.
  if ((is(d, "before") || is(d, "after")) && e < toks_.size() && toks_[e].kind == token_kind::word &&
      !is(e, "that") && !is(e, "and") && !is(e, "but"))
    return std::nullopt;
  hit h = make(b, e);
  if (vague || !n) {
    if (from_ref && ref_) set_vague(h, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    return h;
  }
  std::optional<civil_date> base = from_ref ? ref_ : base_day();
  if (!base) return h;
  const std::int64_t s = sign * *n;
  switch (*unit) {
    case time_unit::day: set_day(h, add_days(*base, s)); break;
    case time_unit::week: set_week(h, add_days(*base, 7 * s)); break;
    case time_unit::month: {
      civil_date m = add_months(*base, static_cast<int>(s));
      set_month(h, m.year, m.month);
      break;
    }
    case time_unit::quarter: {
      civil_date m = add_months(*base, static_cast<int>(3 * s));
      set_quarter(h, m.year, quarter_of(m.month));
      break;
    }
    case time_unit::year:
      if (is(b, "the") && ctx_year_)  // "the year after" the year just named
        set_year(h, ctx_year_ + static_cast<int>(s));
      else if (ctx_quarter_.q && *n == 1 && sign < 0)
        set_quarter(h, ctx_quarter_.year - 1, ctx_quarter_.q);
      else
        set_year(h, base->year + static_cast<int>(s));
      break;
    case time_unit::decade: set_decade(h, base->year + static_cast<int>(10 * s)); break;
    case time_unit::century: {
      h.value = std::to_string((base->year + static_cast<int>(100 * s)) / 100);
      h.prec = P::vague;
      break;
    }
    default: break;
  }
  return h;
}

// "last week", "this month", "next year", "the past year", "that year", "the following
// day", "last April", "the weekend", "the last decade", "year-end".
std::optional<hit> scanner::relative_unit(std::size_t i) const {
  std::size_t b = i, j = i;
  enum class mod { last, this_, next, that, following, previous, plain } md;
  std::string_view w = k(j);
  bool determiner = false;
  if (w == "the") {
    determiner = true;
    ++j;
    w = k(j);
    if (w == "past" || w == "last" || w == "previous" || w == "prior" || w == "preceding") md = mod::previous;
    else if (w == "next" || w == "following" || w == "coming" || w == "subsequent") md = mod::following;
    else if (w == "current" || w == "present" || w == "same") md = mod::this_;
    else if (w == "latest") md = mod::last;
    else md = mod::plain;
    if (md != mod::plain) ++j;
    // "the past year" is the previous year counted from the reference; "the next day"
    // and "the following year" count from the discourse anchor.
    if (md == mod::previous && (w == "past" || w == "last")) md = mod::last;
    if (md == mod::following && (w == "coming")) md = mod::next;
    if (md == mod::this_ && w == "same") md = mod::that;
  } else if (w == "last" || w == "past") {
    md = mod::last, ++j;
    if (w == "last" && is(j, "night")) return std::nullopt;
  } else if (w == "this" || w == "current") {
    md = mod::this_, ++j;
    if (is(j, "past")) md = mod::last, ++j;
    else if (is(j, "coming")) md = mod::next, ++j;
  } else if (w == "next" || w == "coming") {
    md = mod::next, ++j;
  } else if (w == "that" || w == "same") {
    md = mod::that, ++j;
  } else if (w == "year-end" || (w == "year" && is(j + 1, "end")) ||
             (w == "year" && is(j + 1, "'s") && is(j + 2, "end"))) {
    hit h = make(i, w == "year-end" ? i + 1 : is(j + 1, "end") ? i + 2 : i + 3);
    if (ref_) set_year(h, ref_->year);
    return h;
  } else {
    return std::nullopt;
  }
  const std::optional<civil_date>& base_ref = ref_;
  const std::optional<civil_date> anchor = base_day();
  // A month name: "last April", "this September", "next March".
  if (auto m = month_at(j); m && !k(j).starts_with("mid-") && md != mod::plain && !determiner) {
    hit h = make(b, j + 1);
    if (!base_ref) return h;
    const civil_date& r = *base_ref;
    int y = r.year;
    if (md == mod::last) y = *m < r.month ? r.year : r.year - 1;
    else if (md == mod::next) y = *m > r.month ? r.year : r.year + 1;
    else if (md == mod::that) return std::nullopt;
    set_month(h, y, *m);
    return h;
  }
  // A season: "last summer", "this past spring".
  if (auto s = season_word(k(j)); s && md != mod::plain) {
    hit h = make(b, j + 1);
    if (!base_ref) return h;
    const civil_date& r = *base_ref;
    const int start_month[4] = {3, 6, 9, 12};
    int y = r.year;
    const bool begun = r.month >= start_month[*s] || (*s == 3 && r.month <= 2);
    if (md == mod::last) y = (*s == 3 ? (r.month <= 2 ? r.year - 1 : r.year - 1) : (r.month >= start_month[*s] + 3 ? r.year : r.year - 1));
    else if (md == mod::next) y = begun ? r.year + 1 : r.year;
    else if (*s == 3 && r.month <= 2) y = r.year - 1;
    h.value = format_year(y) + "-" + std::string(season_code(*s));
    h.prec = P::season;
    return h;
  }
  bool plural = false;
  // "the full year", "the current fiscal year", "this calendar year"
  const bool adj = (is(j, "full") || is(j, "fiscal") || is(j, "calendar") || is(j, "entire") || is(j, "whole")) &&
                   (is(j + 1, "year") || (is(j + 1, "fiscal") && is(j + 2, "year")));
  if (adj) j += is(j + 1, "fiscal") ? 2 : 1;
  auto unit = unit_word(k(j), &plural);
  if (!unit || plural) return std::nullopt;
  if (adj && md == mod::plain) md = mod::this_;
  if (md == mod::plain && !determiner) return std::nullopt;
  if (md == mod::plain) {
    // "the year", "the week", "the weekend", "the day" (only the clear ones)
    if (*unit == time_unit::quarter || *unit == time_unit::day || *unit == time_unit::decade ||
        *unit == time_unit::century || *unit == time_unit::month)
      return std::nullopt;
    if (*unit == time_unit::year && (is(j + 1, "before") || is(j + 1, "after") || is(j + 1, "earlier") ||
                                     punct(j + 1, '-') || is(j + 1, "of") || is(j + 1, "'s")))
      return std::nullopt;
    md = mod::this_;
    if (*unit == time_unit::weekend) md = mod::plain;
  }
  if (*unit == time_unit::quarter) return std::nullopt;  // handled by quarter_expr
  std::size_t e = j + 1;
  // "this fiscal year" is written "the current fiscal year"
  hit h = make(b, e);
  const bool from_anchor = md == mod::following || md == mod::previous || md == mod::that;
  std::optional<civil_date> base = from_anchor ? anchor : base_ref;
  if (!base) return h;
  const int step = md == mod::last || md == mod::previous ? -1 : md == mod::next || md == mod::following ? 1 : 0;
  switch (*unit) {
    case time_unit::day:
      if (md == mod::last || md == mod::next) return std::nullopt;  // "last day" is not a date
      set_day(h, add_days(*base, step));
      break;
    case time_unit::week: set_week(h, add_days(*base, 7 * step)); break;
    case time_unit::weekend: {
      // The weekend of the week in question: "the weekend" is the latest one on or
      // before the reference, "this weekend" the current week's, "next weekend" the next.
      civil_date d = *base;
      const int wd = weekday(d);
      if (md == mod::plain || md == mod::last) {
        if (wd < 5 || md == mod::last) d = add_days(d, -7);
      } else if (step != 0) {
        d = add_days(d, 7 * step);
      }
      h.value = format_week(iso_week_of(d)) + "-WE";
      h.prec = P::week;
      break;
    }
    case time_unit::month: {
      // "the following month" counts from the last month the story talked about
      civil_date m = add_months(from_anchor && ctx_month_ ? *ctx_month_ : *base, step);
      set_month(h, m.year, m.month);
      break;
    }
    case time_unit::year:
      if (md == mod::that && ctx_year_) set_year(h, ctx_year_);
      else set_year(h, base->year + step);
      break;
    case time_unit::decade: set_decade(h, base->year + 10 * step); break;
    case time_unit::century:
      h.value = std::to_string(base->year / 100 + step);
      h.prec = P::vague;
      break;
    default: return std::nullopt;
  }
  return h;
}


}  // namespace sitrep::detail::temporal_impl
