// lib/parse/incident_folds.cpp — see incident_folds.hpp.
#include "parse/incident_folds.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "parse/incident_words.hpp"

namespace sitrep::detail {
namespace {

// Removes the incidents whose flag in `drop` is set, keeping the others in order.
void erase_marked(std::vector<incident>& out, const std::vector<bool>& drop) {
  std::vector<incident> kept;
  kept.reserve(out.size());
  for (std::size_t k = 0; k < out.size(); ++k)
    if (!drop[k]) kept.push_back(std::move(out[k]));
  out = std::move(kept);
}

// Does claim y read as a modifier of those who act ("a party demanding reforms", "workers,
// backed by the union,"), not as the sentence's own verb?
bool describes_protesters(const incident& y, const parse_context& ctx) {
  const auto [a, b] = tokens_between(ctx, y.trigger.start, y.trigger.end);
  if (a >= b) return false;
  const std::string_view first = ctx.tokens[a].view(ctx.text);
  if (first.size() > 4 && first.ends_with("ing")) return true;
  return b < ctx.tokens.size() && any_of_words(ctx.tokens[b].view(ctx.text), {"by"});
}

// Is protest x told as the purpose of what came before: "in protest against", "to protest"?
bool protest_by_purpose(const incident& x, const parse_context& ctx) {
  const auto [a, b] = tokens_between(ctx, x.trigger.start, x.trigger.end);
  return a > 0 && a < b && any_of_words(ctx.tokens[a - 1].view(ctx.text), {"in", "to"});
}

}  // namespace

// "Teachers protested in Lagos, demanding unpaid salaries", "a rally in support of
// the strikers": a demand, an endorsement or a denunciation after a protest in its
// sentence is what the protest is for, not an event of its own. One that names a
// different actor ("… the governor rejected their demands") stays.
//
// Before the protest too, where the claim has no other actor of its own: "a newly formed
// party demanding constitutional reforms staged a protest", "health workers, backed by the
// union, gathered to protest". So is an occupation or a blockade the protesters mount
// ("students occupied part of their school … to denounce").
void fold_protest_purposes(std::vector<incident>& out, const parse_context& ctx) {
  auto claim = [](const std::string& t) {
    return t == "REQUEST" || t == "SUPPORT" || t == "ACCUSE" || t == "REJECT" || t == "THREATEN";
  };
  auto occupation = [&](const incident& y) {
    if (y.type != "COERCE") return false;
    const std::string_view w = ctx.text.substr(y.trigger.start, y.trigger.end - y.trigger.start);
    return any_of_words(w, {"occupied", "occupy", "occupying", "occupies", "blocked", "blocking", "block",
                            "blockaded"});
  };
  std::vector<bool> drop(out.size(), false);
  for (std::size_t k = 0; k < out.size(); ++k) {
    const incident& y = out[k];
    if (!claim(y.type) && !occupation(y)) continue;
    for (const auto& x : out) {
      if (x.type != "PROTEST" || !(x.sentence == y.sentence)) continue;
      const bool after = x.trigger.end <= y.trigger.start;
      const bool same_side = y.sources.empty() || y.sources == x.sources || x.sources.empty();
      // Before the protest, only a claim that describes the protesters ("demanding …",
      // "backed by …"), not one the sentence makes ("Albania denounced … unrest", "threatened
      // to hold a general strike"); an occupation only "in protest" or "to protest".
      bool before = y.trigger.end <= x.trigger.start && same_side;
      if (before && claim(y.type))
        before = describes_protesters(y, ctx) && (y.targets.empty() || y.targets == x.targets);
      if (before && occupation(y)) before = protest_by_purpose(x, ctx);
      if ((after && same_side && claim(y.type)) || before) {
        drop[k] = true;
        break;
      }
    }
  }
  erase_marked(out, drop);
}

// "demanding their release", "called for the withdrawal of the troops", "jointly held a
// protest": an act a demand asks for is what is demanded, and "jointly" before another act
// says how that act was done; neither is an event the sentence reports. The demand and
// the act done jointly stay.
void fold_demanded_and_joint_acts(std::vector<incident>& out, const parse_context& ctx) {
  const auto words_between = [&](const span& from, const span& to, auto&& allowed) {
    if (to.start < from.end) return false;
    const auto [a, b] = tokens_between(ctx, from.end, to.start);
    for (std::uint32_t t = a; t < b; ++t)
      if (!allowed(ctx.tokens[t].view(ctx.text))) return false;
    return b - a <= 3;
  };
  std::vector<bool> drop(out.size(), false);
  for (std::size_t k = 0; k < out.size(); ++k)
    for (std::size_t j = 0; j < out.size() && !drop[k]; ++j) {
      if (j == k || !(out[j].sentence == out[k].sentence)) continue;
      const incident &x = out[j], &y = out[k];
      // y is what demand x asks for: only determiners and "for" between.
      if (x.type == "REQUEST" && y.type != "REQUEST" &&
          words_between(x.trigger, y.trigger, [](std::string_view w) {
            return any_of_words(w, {"the", "their", "his", "her", "its", "an", "a", "for", "immediate", "urgent"});
          }))
        drop[k] = true;
      // y is what threat x threatens: "threatened to deliver blows to", "warned of new attacks".
      if (x.type == "THREATEN" && y.type != "THREATEN" &&
          words_between(x.trigger, y.trigger, [](std::string_view w) {
            return any_of_words(w, {"to", "of", "the", "a", "an", "new", "more", "further", "fresh"});
          }))
        drop[k] = true;
      // y is "jointly" (or "joint") right before act x.
      const std::string_view yt = ctx.text.substr(y.trigger.start, y.trigger.end - y.trigger.start);
      if (y.type == "COOPERATE" && x.type != "COOPERATE" && any_of_words(yt, {"jointly", "joint", "together"}) &&
          words_between(y.trigger, x.trigger, [](std::string_view) { return false; }))
        drop[k] = true;
    }
  erase_marked(out, drop);
}

// "protesters took to the streets to condemn assassinations", "relatives of a man who
// was killed protested": a killing a protest is about is its cause, not an event the
// sentence reports. The assault goes; the protest stays.
void fold_protest_causes(std::vector<incident>& out, const parse_context& ctx) {
  std::vector<bool> drop(out.size(), false);
  for (std::size_t k = 0; k < out.size(); ++k) {
    const incident& y = out[k];
    bool cause = false;
    // What a protest is against or for: "to oppose the invasion", "in support of a man
    // killed by police", "They denounced the invasion" (the next sentence).
    const auto purpose_word = [&](std::uint32_t t) {
      return any_of_words(ctx.tokens[t].view(ctx.text),
                          {"against", "over", "condemn", "condemning", "condemned", "denounce", "denouncing",
                           "denounced", "demanding", "demand", "demanded", "protest", "protesting", "protested",
                           "after", "following", "mourn", "mourning", "oppose", "opposing", "opposed", "support",
                           "solidarity", "justice", "commemorate", "commemorating", "remember", "remembering"});
    };
    if (y.type == "ASSAULT")
      for (const auto& x : out) {
        if (x.type != "PROTEST") continue;
        if (x.sentence != y.sentence) {
          // The sentence right after the protest's, telling what it denounced.
          if (x.sentence.end > y.sentence.start || y.sentence.start - x.sentence.end > 2) continue;
          const auto [a, b] = tokens_between(ctx, y.sentence.start, y.trigger.start);
          for (std::uint32_t t = a; t < b && !cause; ++t)
            cause = any_of_words(ctx.tokens[t].view(ctx.text),
                                 {"condemn", "condemning", "condemned", "denounce", "denouncing", "denounced",
                                  "oppose", "opposing", "opposed", "mourn", "mourning", "mourned"});
        } else if (x.trigger.end <= y.trigger.start) {
          const auto [a, b] = tokens_between(ctx, x.trigger.end, y.trigger.start);
          for (std::uint32_t t = a; t < b && !cause; ++t) cause = purpose_word(t);
        } else if (y.trigger.end <= x.trigger.start) {
          const auto [a, b] = tokens_between(ctx, y.trigger.start > 40 ? y.trigger.start - 40 : 0, y.trigger.start);
          for (std::uint32_t t = a; t < b && !cause; ++t)
            cause = any_of_words(ctx.tokens[t].view(ctx.text), {"who", "whose", "whom"});
        }
        if (cause) break;
      }
    drop[k] = cause;
  }
  erase_marked(out, drop);
}

}  // namespace sitrep::detail
