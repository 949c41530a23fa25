// lib/parse/temporal.hpp — temporal expressions resolved against the article date.
//
// Finds dates the way an analyst reading a news story would: absolute dates
// ("Jan. 29, 2024", "2024-01-29", "01/29/2024"), partial dates completed from the
// publication date (nearest year, biased to the past), weekdays (the most recent one
// on or before the publication date unless "next"/"coming"), relative days and
// periods ("yesterday", "last week" -> ISO week, "last month", "this year"),
// discourse-relative expressions anchored to the last day mentioned ("a day later",
// "the following day"), quarters, halves, seasons, decades and the vague
// PRESENT_REF / PAST_REF / FUTURE_REF. Spans follow TimeML (TimeBank) conventions:
// modifiers such as "last", "early", "the" are included, prepositions are not.
//
// Thread-safety: reentrant; touches only its arguments.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "parse/token_words.hpp"
#include "sitrep/records.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

/// Temporal expressions in one document, resolved against `reference` (the publication
/// date); without it, relative expressions get an empty value and precision none.
/// Output sorted by start, non-overlapping. `sentences` may be empty (the whole text is
/// then one sentence).
std::vector<date_mention> find_dates(std::string_view text, std::span<const token> tokens,
                                     std::span<const sentence> sentences,
                                     const std::optional<civil_date>& reference);

/// The same, reading the document's token keys built once for all scanners.
std::vector<date_mention> find_dates(std::string_view text, std::span<const token> tokens, const token_keys& keys,
                                     std::span<const sentence> sentences,
                                     const std::optional<civil_date>& reference);

}  // namespace sitrep::detail
