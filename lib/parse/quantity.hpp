// lib/parse/quantity.hpp — cardinal quantities in news text.
//
// Digits with separators ("1,200", "1.5 million"), number words ("nine",
// "twenty-three", "two hundred", "a dozen"), vague amounts coded the way ACLED's
// codebook codes reported fatalities ("several"/"many" = 10, "dozens" = 12,
// "scores" = 20, "hundreds" = 100, "thousands" = 1000), bounds ("at least 11",
// "more than 30", "up to 50") and ranges ("10 to 15", "10-15", "between 10 and 15",
// coded at the low end as ACLED does with conflicting figures). Years, dates, times
// of day and ordinals are not quantities.
//
// Thread-safety: reentrant; touches only its arguments.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "parse/token_words.hpp"
#include "sitrep/records.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

/// Cardinal quantities in one document, sorted by start, non-overlapping.
/// Numbers inside `dates` (the document's temporal expressions) are not counts.
std::vector<quantity> find_quantities(std::string_view text, std::span<const token> tokens,
                                      std::span<const date_mention> dates);

/// The same, reading the document's token keys built once for all scanners.
std::vector<quantity> find_quantities(std::string_view text, std::span<const token> tokens, const token_keys& keys,
                                      std::span<const date_mention> dates);

/// The same, finding the temporal expressions itself (for callers without them).
std::vector<quantity> find_quantities(std::string_view text, std::span<const token> tokens);

}  // namespace sitrep::detail
