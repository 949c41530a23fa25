// lib/parse/casualty.hpp — casualty statements: who was killed or wounded, and how many.
//
// Reads clauses such as "killed 11 civilians", "nine workers were killed", "11 dead",
// "the death toll rose to 40", "three ... killed and 30 more wounded", "killing five
// and wounding 12", "left 5 dead", "two people died", and those shot, dead or not
// ("five people were shot", "shot himself"), from which incidents tell the injured.
// Counts come from the quantity parser (so vague amounts follow ACLED's conventions);
// a killed and an injured count joined in one clause form one report; breakdowns
// ("with nine fatalities in Iran", "including two children") are not reported again.
//
// Thread-safety: reentrant; touches only its arguments.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "parse/token_words.hpp"
#include "sitrep/records.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

/// One casualty statement.
struct casualty_report {
  span where;                            ///< the whole statement's evidence span
  std::optional<std::int64_t> killed, injured;
  std::optional<std::int64_t> shot;      ///< hit by gunfire, dead or alive ("five people were shot")
  span killed_victims, injured_victims;  ///< the noun phrase counted ("11 civilians"); {0,0} when none
  span trigger;                          ///< "killed", "wounded", "dead", "death toll" …
  std::uint32_t sentence_index = 0;
  bool toll = false;                     ///< the killed count is a running total ("the death toll rose to 40")
};

/// Casualty statements in one document, in text order. `quantities` is what
/// find_quantities returned for the same text; `sentences` may be empty (the whole
/// text is then one sentence, index 0).
std::vector<casualty_report> find_casualties(std::string_view text, std::span<const token> tokens,
                                             std::span<const sentence> sentences,
                                             std::span<const quantity> quantities);

/// The same, reading the document's token keys built once for all scanners.
std::vector<casualty_report> find_casualties(std::string_view text, std::span<const token> tokens,
                                             const token_keys& keys, std::span<const sentence> sentences,
                                             std::span<const quantity> quantities);

}  // namespace sitrep::detail
