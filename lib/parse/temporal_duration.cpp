// lib/parse/temporal_duration.cpp — durations, sets and clock times.
// Part of the temporal scanner; see temporal_scanner.hpp.
#include "temporal_scanner.hpp"

namespace sitrep::detail::temporal_impl {

// TIMEX3 duration letters: "P2Y", "P9M", "P1W", "P3D", "PT4H", "P2Q", "PXY".
std::string duration_value(time_unit u, std::optional<std::int64_t> n, bool hours, bool minutes) {
  // Built by appending: GCC 12 warns falsely (-Wrestrict) on chained operator+ here.
  std::string out(hours || minutes ? "PT" : "P");
  if (u == time_unit::decade && n && !hours && !minutes) {
    out.append(std::to_string(*n * 10));
    out.push_back('Y');
    return out;
  }
  out.append(n ? std::to_string(*n) : std::string("X"));
  if (hours) out.push_back('H');
  else if (minutes) out.push_back('M');
  else switch (u) {
    case time_unit::week: out.push_back('W'); break;
    case time_unit::month: out.push_back('M'); break;
    case time_unit::quarter: out.push_back('Q'); break;
    case time_unit::year: case time_unit::decade: out.push_back('Y'); break;
    case time_unit::century: out.append("CE"); break;
    default: out.push_back('D'); break;
  }
  return out;
}

// Durations: "the first nine months", "the past two weeks", "nearly three years",
// "two-year", "six days", "for years". They are reported with their TIMEX3 duration
// value ("P9M") and precision none: a length of time, not a point on the calendar.
std::optional<hit> scanner::duration_expr(std::size_t i) const {
  std::size_t b = i, j = i;
  bool det = false;
  if (is(j, "the") || is(j, "its") || is(j, "their") || is(j, "his") || is(j, "her") || is(j, "those") ||
      is(j, "these")) {
    det = true;
    ++j;
  }
  if (is(j, "past") || is(j, "last") || is(j, "next") || is(j, "first") || is(j, "latest") || is(j, "coming") ||
      is(j, "previous") || is(j, "final") || is(j, "following") || is(j, "same") || is(j, "initial"))
    ++j;
  const std::size_t before_hedge = j;
  if (is(j, "nearly") || is(j, "almost") || is(j, "about") || is(j, "around") || is(j, "over") ||
      is(j, "roughly") || is(j, "some") || is(j, "approximately") || is(j, "just") || is(j, "within"))
    ++j;
  else if ((is(j, "more") || is(j, "less") || is(j, "fewer")) && is(j + 1, "than")) j += 2;
  else if ((is(j, "up") && is(j + 1, "to")) || (is(j, "at") && is(j + 1, "least"))) j += 2;
  else if (is(j, "no") && is(j + 1, "more") && is(j + 2, "than")) j += 3;
  // hyphenated adjective: "two-year", "30-year", "four-day" (not ages: "3-year-old")
  {
    std::string_view w = k(j);
    const auto dash = w.find('-');
    if (dash != std::string_view::npos && w.find("-old") == std::string_view::npos) {
      std::string_view head = w.substr(0, dash), tail = w.substr(dash + 1);
      std::optional<std::int64_t> n = plain_digits(head);
      if (!n) {
        if (auto v = small_number_word(head)) n = *v;
      }
      if (!n && (head == "several" || head == "multi")) n = std::nullopt;
      else if (!n) n = -1;
      if (!n || *n >= 0) {
        bool pl = false;
        auto u = unit_word(tail, &pl);
        const bool hrs = tail == "hour", mins = tail == "minute";
        if (((u && *u != time_unit::weekend) || hrs || mins) && !(u && *u == time_unit::quarter && pl)) {
          hit h = make(b, j + 1);
          h.value = duration_value(u.value_or(time_unit::day), n, hrs, mins);
          return h;
        }
      }
    }
  }
  std::optional<std::int64_t> n;
  std::size_t u = j;
  bool vague = false;
  if ((is(j, "a") || is(j, "an")) && !det) {
    if (is(j + 1, "few") || is(j + 1, "couple")) {
      vague = true;
      u = j + 2 + (is(j + 2, "of") ? 1 : 0);
    } else {
      // "a week" only after a word that makes it a length ("for a week", "nearly a year")
      if (!(j > before_hedge || (i > 0 && (is(i - 1, "for") || is(i - 1, "within") || is(i - 1, "than") ||
                                          is(i - 1, "over") || is(i - 1, "after") || is(i - 1, "about")))))
        return std::nullopt;
      n = 1;
      u = j + 1;
    }
  } else if (is(j, "several") || is(j, "few") || is(j, "many")) {
    vague = true;
    u = j + 1;
  } else if (is(j, "couple") && is(j + 1, "of")) {
    n = 2;
    u = j + 2;
  } else if (const auto& c = cardinal(j)) {
    if (number(j) && toks_[j].view(text_).find_first_of(":") != std::string_view::npos) return std::nullopt;
    n = c->value;
    u = c->end;
    // "12 to 18 months"
    if ((is(u, "to") || is(u, "or") || (u < toks_.size() && toks_[u].has(token_flag::dash))) &&
        cardinal(u + 1)) {
      u = cardinal(u + 1)->end;
      n.reset();
    }
  } else if (i > 0 && (is(i - 1, "for") || is(i - 1, "over") || is(i - 1, "within")) && j == i) {
    vague = true;  // "for years"
  } else if (det && j == b + 1) {
    vague = true;  // "the years", "the weeks ahead"
  } else {
    return std::nullopt;
  }
  bool plural = false;
  std::string_view uw = k(u);
  const bool hrs = uw == "hour" || uw == "hours", mins = uw == "minute" || uw == "minutes";
  auto unit = unit_word(uw, &plural);
  if (!hrs && !mins && (!unit || *unit == time_unit::weekend)) return std::nullopt;
  // "a quarter of the market", "three-quarters of its food": fractions
  if (unit && *unit == time_unit::quarter && (is(u + 1, "of") || !plural) && !det && n && *n == 1) return std::nullopt;
  if (vague && !hrs && !mins && !plural) return std::nullopt;
  if (vague && u == j && det && !is(u + 1, "ahead")) {
    if (!(is(u, "years") || is(u, "weeks") || is(u, "months"))) return std::nullopt;
  }
  std::size_t e = u + 1;
  if (is(e, "or") && is(e + 1, "so")) e += 2;
  if (is(e, "ahead")) ++e;
  if ((is(e, "or") || is(e, "and")) && unit_word(k(e + 1), &plural) && plural) e += 2;
  if (is(e, "old") || is(e, "-")) return std::nullopt;  // ages
  hit h = make(b, e);
  h.value = duration_value(unit.value_or(time_unit::day), vague ? std::nullopt : n, hrs, mins);
  return h;
}

// Sets: "every month", "each year", "daily", "annually".
std::optional<hit> scanner::set_expr(std::size_t i) const {
  std::string_view w = k(i);
  // Asked at every token: the words a set opens with come first, the context after.
  if (!(w.ends_with("ly") || w == "every" || w == "each")) return std::nullopt;
  auto one = [&](std::size_t e, std::string v) {
    hit h = make(i, e);
    h.value = std::move(v);
    return std::optional<hit>(h);
  };
  if (w != "annually" && w != "every" && w != "each" && i + 1 < toks_.size() &&
      toks_[i + 1].kind == token_kind::word && !cap(i + 1)) {
    // "quarterly dividend", "daily flights": an adjective, not a set of times
    static constexpr std::string_view k_ok[] = {"in", "on", "at", "for", "since", "through", "until", "to",
                                                "from", "and", "or", "by", "during", "over"};
    bool ok = false;
    for (std::string_view o : k_ok) ok = ok || k(i + 1) == o;
    if (!ok) return std::nullopt;
  }
  if (is(i, "daily") || is(i, "nightly")) return one(i + 1, "P1D");
  if (is(i, "weekly")) return one(i + 1, "P1W");
  if (is(i, "monthly")) return one(i + 1, "P1M");
  if (is(i, "quarterly")) return one(i + 1, "P1Q");
  if (is(i, "annually") || is(i, "yearly") || is(i, "annual")) return is(i, "annual") ? std::nullopt : one(i + 1, "P1Y");
  if (is(i, "hourly")) return one(i + 1, "PT1H");
  if (is(i, "every") || is(i, "each")) {
    bool pl = false;
    if (auto u = unit_word(k(i + 1), &pl); u && !pl && *u != time_unit::weekend)
      return one(i + 2, duration_value(*u, 1, false, false));
  }
  return std::nullopt;
}

// Clock times: "7:15 p.m.", "5 pm", "noon", "midnight". Reported without a value:
// the day they belong to is whatever day the sentence is about.
std::optional<hit> scanner::clock_time(std::size_t i) const {
  std::size_t b = i, j = i;
  if (is(j, "around") || is(j, "about") || is(j, "at") || is(j, "before") || is(j, "after")) {
    if (is(j, "at") || is(j, "before") || is(j, "after")) return std::nullopt;
    ++j;
  }
  std::string_view w = k(j);
  if (w == "noon" || w == "midnight" || w == "midday") return make(b, j + 1);
  if (!number(j)) return std::nullopt;
  std::string_view raw = toks_[j].view(text_);
  const bool colon = raw.find(':') != std::string_view::npos && raw.size() <= 5;
  std::string_view nx = k(j + 1);
  const bool ampm = nx == "a.m" || nx == "p.m" || nx == "am" || nx == "pm";
  if (!ampm && !colon) return std::nullopt;
  if (!colon && (raw.size() > 2 || !plain_digits(raw) || *plain_digits(raw) > 12)) return std::nullopt;
  std::size_t e = ampm ? j + 2 : j + 1;
  if (is(e, "gmt") || is(e, "utc") || is(e, "est") || is(e, "edt") || is(e, "local")) ++e;
  return make(b, e);
}


}  // namespace sitrep::detail::temporal_impl
