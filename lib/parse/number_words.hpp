// lib/parse/number_words.hpp — reading cardinal and ordinal numbers from tokens.
//
// Shared by the temporal parser ("two days ago", "March eighth") and the quantity
// parser ("twenty-three", "a dozen", "1.5 million"). Works on the token stream and
// never allocates per call beyond a short lower-cased key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "sitrep/token.hpp"
#include "text/ascii.hpp"  // ascii_lower, used with the keys below

namespace sitrep::detail {

/// The lookup key of a token: lower case, with the trailing period of an abbreviation
/// removed ("Jan." -> "jan"), typographic apostrophes folded to ASCII.
std::string token_key(std::string_view text, const token& t);

/// A number read from tokens [begin, end).
struct number_match {
  std::int64_t value = 0;
  std::size_t end = 0;      ///< one past the last token used
  bool words = false;       ///< spelled out ("nine", "a dozen")
  bool has_scale = false;   ///< used "hundred", "thousand", "million", "dozen"…
};

/// Value of a one-token number word 0..90 ("nine" -> 9, "twenty-three" -> 23), if any.
std::optional<int> small_number_word(std::string_view key);
/// Value of an ordinal 1..31 ("third" -> 3, "twenty-ninth" -> 29, "29th" -> 29), if any.
std::optional<int> ordinal_value(std::string_view key);
/// Value of a token of plain digits ("2024", "07"), no separators, at most 9 digits.
std::optional<std::int64_t> plain_digits(std::string_view s);

/// Reads a cardinal starting at token i: digits with separators and an optional scale
/// word ("1,200", "1.5 million"), or number words ("twenty-three", "two hundred",
/// "a dozen", "one hundred and five"). `allow_article`: accept "a"/"an" as one before a
/// scale word ("a hundred", "a dozen"). Decimals without a scale are truncated.
std::optional<number_match> match_cardinal(std::string_view text, std::span<const token> tokens,
                                           std::size_t i, bool allow_article = true);

}  // namespace sitrep::detail
