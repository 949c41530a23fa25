// lib/parse/verb_patterns.cpp — see verb_patterns.hpp.
#include "parse/verb_patterns.hpp"

#include <vector>

#include "parse/incident_words.hpp"

namespace sitrep::detail {
namespace {

struct word {
  std::string_view text;
  bool next_to_previous = false;  // joined by "_" to the item before it (the verb for the first after "*")
};

struct pattern {
  std::vector<word> before, after;  // in text order
  bool before_touches_verb = false;  // the last word before "*" is joined to it by "_"
  std::string_view code;
};

bool parse_line(std::string_view line, pattern& p) {
  const auto tab = line.find('\t');
  if (tab == std::string_view::npos) return false;
  p.code = line.substr(tab + 1);
  std::string_view words = line.substr(0, tab);
  bool seen_verb = false;
  char joint = ' ';
  while (!words.empty()) {
    const auto end = words.find_first_of(" _");
    const std::string_view w = words.substr(0, end);
    const char next_joint = end == std::string_view::npos ? ' ' : words[end];
    words = end == std::string_view::npos ? std::string_view{} : words.substr(end + 1);
    if (w == "*") {
      seen_verb = true;
      p.before_touches_verb = !p.before.empty() && joint == '_';
    } else if (!w.empty()) {
      (seen_verb ? p.after : p.before).push_back({w, joint == '_'});
    }
    joint = next_joint;
  }
  return seen_verb && !(p.before.empty() && p.after.empty());
}

class fitter {
 public:
  fitter(const parse_context& ctx, std::uint32_t floor, std::uint32_t limit)
      : ctx_(ctx), floor_(floor), limit_(limit) {}

  /// Starts the budget of one pattern.
  void reset() const { steps_ = 0; }

  // Words after[i..] from token `at` on; `touching`: the first must be at `at`.
  bool fits_after(const std::vector<word>& after, std::size_t i, std::uint32_t at, bool touching) const {
    if (i == after.size()) return true;
    for (std::uint32_t t = at; t < limit_ && within_budget(); ++t) {
      const bool next_touches = i + 1 < after.size() && after[i + 1].next_to_previous;
      if (is(t, after[i].text) && fits_after(after, i + 1, t + 1, next_touches)) return true;
      if (touching) break;
    }
    return false;
  }

  // Words before[0..i) ending before token `at`, the last of them at `at - 1` when `touching`.
  bool fits_before(const std::vector<word>& before, std::size_t i, std::uint32_t at, bool touching) const {
    if (i == 0) return true;
    for (std::uint32_t t = at; t-- > floor_ && within_budget();) {
      if (is(t, before[i - 1].text) && fits_before(before, i - 1, t, before[i - 1].next_to_previous)) return true;
      if (touching) break;
    }
    return false;
  }

 private:
  bool is(std::uint32_t t, std::string_view w) const { return lower_word(ctx_.tokens[t].view(ctx_.text), w); }
  // Backtracking over gaps is exponential in the worst case (a pattern of common
  // words in a long sentence): a pattern that needs more tries than this does not fit.
  bool within_budget() const { return ++steps_ <= 20000; }

  const parse_context& ctx_;
  std::uint32_t floor_, limit_;
  mutable std::uint32_t steps_ = 0;
};

}  // namespace

std::string_view match_verb_patterns(const parse_context& ctx, std::string_view patterns, std::uint32_t first,
                                     std::uint32_t last, const sentence& s) {
  const fitter fit(ctx, s.first_token, s.last_token);
  std::string_view best;
  std::size_t best_words = 0;
  while (!patterns.empty()) {
    const auto nl = patterns.find('\n');
    const std::string_view line = patterns.substr(0, nl);
    patterns = nl == std::string_view::npos ? std::string_view{} : patterns.substr(nl + 1);
    pattern p;
    if (!parse_line(line, p)) continue;
    const std::size_t words = p.before.size() + p.after.size();
    if (words <= best_words) continue;
    const bool after_touches = !p.after.empty() && p.after.front().next_to_previous;
    fit.reset();
    if (fit.fits_after(p.after, 0, last, after_touches) &&
        fit.fits_before(p.before, p.before.size(), first, p.before_touches_verb)) {
      best = p.code;
      best_words = words;
    }
  }
  return best;
}

}  // namespace sitrep::detail
