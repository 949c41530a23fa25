// lib/parse/quantity.cpp — see quantity.hpp.
#include "quantity.hpp"

#include <limits>
#include <optional>
#include <string>

#include "number_words.hpp"
#include "token_words.hpp"
#include "temporal.hpp"

namespace sitrep::detail {
namespace {

constexpr std::int64_t k_open = std::numeric_limits<std::int64_t>::max();

struct core_match {
  std::int64_t value = 0;
  std::size_t end = 0;
  bool vague = false;
};

class quantity_scanner : token_words {
 public:
  quantity_scanner(std::string_view text, std::span<const token> tokens, const token_keys& keys,
                   std::span<const date_mention> dates)
      : token_words(text, tokens, keys) {
    blocked_.assign(tokens.size(), false);
    // Dates, years and relative times ("two days ago") are not counts of things.
    std::size_t ti = 0;
    for (const date_mention& d : dates) {
      while (ti < toks_.size() && toks_[ti].end <= d.where.start) ++ti;
      for (std::size_t j = ti; j < toks_.size() && toks_[j].start < d.where.end; ++j) blocked_[j] = true;
    }
  }

  std::vector<quantity> run();

 private:
  bool dash(std::size_t i) const { return i < toks_.size() && toks_[i].has(token_flag::dash); }

  std::optional<core_match> core(std::size_t i) const;
  bool time_of_day(std::size_t i, std::size_t end) const;

  std::vector<bool> blocked_;
};

// A number or a vague amount starting at token i.
std::optional<core_match> quantity_scanner::core(std::size_t i) const {
  if (i >= toks_.size() || blocked_[i]) return std::nullopt;
  std::string_view w = k(i);
  // vague amounts (ACLED: several/many = 10, dozens = 12, hundreds = 100)
  if ((w == "tens" || w == "hundreds") && is(i + 1, "of") && (is(i + 2, "thousands") || is(i + 2, "millions")))
    return core_match{(w == "tens" ? 10 : 100) * (is(i + 2, "thousands") ? 1000 : 1000000), i + 3, true};
  if (w == "several" || w == "many" || w == "numerous") return core_match{10, i + 1, true};
  if (w == "dozens") return core_match{12, i + 1, true};
  if (w == "scores") return is(i + 1, "of") ? std::optional<core_match>(core_match{20, i + 1, true}) : std::nullopt;
  if (w == "hundreds") return core_match{100, i + 1, true};
  if (w == "thousands") return core_match{1000, i + 1, true};
  if (w == "millions") return core_match{1000000, i + 1, true};
  if ((w == "a" || w == "an") && is(i + 1, "few") ) return core_match{3, i + 2, true};
  if (w == "a" && is(i + 1, "couple") && is(i + 2, "of")) return core_match{2, i + 2, true};
  if (w == "a" && is(i + 1, "handful") && is(i + 2, "of")) return core_match{3, i + 2, true};
  if (w == "one") {
    // "no one", "one another", "the one", "this one" are not counts
    if (i > 0 && (is(i - 1, "no") || is(i - 1, "the") || is(i - 1, "this") || is(i - 1, "that") ||
                  is(i - 1, "every") || is(i - 1, "any") || is(i - 1, "which") || is(i - 1, "each")))
      return std::nullopt;
    if (is(i + 1, "another") || is(i + 1, "day")) return std::nullopt;
  }
  auto m = match_cardinal(text_, toks_, i, true);
  if (!m) return std::nullopt;
  for (std::size_t j = i; j < m->end; ++j)
    if (blocked_[j]) return std::nullopt;
  if (time_of_day(i, m->end)) return std::nullopt;
  // ordinals and things like "3rd" are words, never reach here; "1990s" is a word too.
  return core_match{m->value, m->end, false};
}

// "5:30", "10 : 30", "10 a.m.", "0800 GMT". A colon makes a clock only between two numbers:
// "Police: 1 killed" is a count.
bool quantity_scanner::time_of_day(std::size_t i, std::size_t end) const {
  auto clock_colon = [&](std::size_t c) {
    return c > 0 && c + 1 < toks_.size() && punct(c, ':') && toks_[c - 1].kind == token_kind::number &&
           toks_[c + 1].kind == token_kind::number;
  };
  if (clock_colon(end) || (i > 0 && clock_colon(i - 1))) return true;
  std::string_view nx = k(end);
  return nx == "a.m" || nx == "p.m" || nx == "am" || nx == "pm" || nx == "gmt" || nx == "utc" || nx == "hrs" ||
         nx == "o'clock";
}

std::vector<quantity> quantity_scanner::run() {
  std::vector<quantity> out;
  std::size_t i = 0;
  while (i < toks_.size()) {
    // bounds and hedges before the number
    std::size_t j = i;
    enum class bound { none, at_least, more_than, up_to, less_than, approx } b = bound::none;
    std::string_view w = k(i);
    if ((w == "at" && is(i + 1, "least")) || (w == "no" && (is(i + 1, "fewer") || is(i + 1, "less")) && is(i + 2, "than"))) {
      b = bound::at_least;
      j = w == "at" ? i + 2 : i + 3;
    } else if ((w == "more" || w == "over" || w == "upwards") && (is(i + 1, "than") || is(i + 1, "of"))) {
      b = bound::more_than, j = i + 2;
    } else if (w == "over" || w == "nearly" || w == "almost" || w == "about" || w == "around" ||
               w == "approximately" || w == "roughly" || w == "some" || w == "estimated" || w == "circa" ||
               w == "approx") {
      b = w == "over" ? bound::more_than : bound::approx, j = i + 1;
    } else if (w == "an" && is(i + 1, "estimated")) {
      b = bound::approx, j = i + 2;
    } else if ((w == "up" && is(i + 1, "to")) || (w == "at" && is(i + 1, "most"))) {
      b = bound::up_to, j = i + 2;
    } else if ((w == "as" && (is(i + 1, "many") || is(i + 1, "much")) && is(i + 2, "as")) ||
               (w == "no" && is(i + 1, "more") && is(i + 2, "than"))) {
      b = bound::up_to, j = i + 3;
    } else if ((w == "less" || w == "fewer") && is(i + 1, "than")) {
      b = bound::less_than, j = i + 2;
    } else if (w == "close" && is(i + 1, "to")) {
      b = bound::approx, j = i + 2;
    } else if (w == "between") {
      j = i + 1;
    }
    std::optional<core_match> c = core(j);
    if (!c && j != i) {
      j = i;
      b = bound::none;
      c = core(i);
    }
    if (!c) {
      ++i;
      continue;
    }
    quantity q;
    q.value = q.low = q.high = c->value;
    q.approximate = c->vague;
    std::size_t end = c->end;
    // ranges: "10 to 15", "10-15", "10 or 15", "between 10 and 15"
    const bool between = is(i, "between") && j == i + 1;
    if (!c->vague) {
      std::size_t sep = end;
      const bool range_word = between ? is(sep, "and") : (is(sep, "to") || is(sep, "or") || dash(sep));
      if (range_word && toks_.size() > sep + 1 && toks_[sep].end <= toks_[sep + 1].start) {
        if (auto c2 = core(sep + 1); c2 && !c2->vague && c2->value > c->value) {
          q.low = c->value;
          q.high = c2->value;
          q.value = c->value;
          q.approximate = true;
          end = c2->end;
        }
      }
    }
    if (between && q.low == q.high) {
      // "between" without a range is not part of the quantity
      i = j;
    }
    switch (b) {
      case bound::at_least: q.low = q.value; q.high = k_open; q.approximate = true; break;
      // "more than 30" keeps the stated figure as its value, as ACLED codes it
      case bound::more_than: q.high = k_open; q.approximate = true; break;
      case bound::up_to: q.low = 0; q.approximate = true; break;
      case bound::less_than: q.low = 0; q.approximate = true; break;
      case bound::approx: q.approximate = true; break;
      case bound::none: break;
    }
    const std::size_t start = (between && q.low != q.high) || b != bound::none ? i : j;
    q.where = span{toks_[start].start, toks_[end - 1].end};
    out.push_back(q);
    i = end;
  }
  return out;
}

}  // namespace

std::vector<quantity> find_quantities(std::string_view text, std::span<const token> tokens, const token_keys& keys,
                                      std::span<const date_mention> dates) {
  quantity_scanner s(text, tokens, keys, dates);
  return s.run();
}

std::vector<quantity> find_quantities(std::string_view text, std::span<const token> tokens,
                                      std::span<const date_mention> dates) {
  return find_quantities(text, tokens, token_keys(text, tokens), dates);
}

std::vector<quantity> find_quantities(std::string_view text, std::span<const token> tokens) {
  const token_keys keys(text, tokens);
  const auto dates = find_dates(text, tokens, keys, {}, std::nullopt);
  return find_quantities(text, tokens, keys, dates);
}

}  // namespace sitrep::detail
