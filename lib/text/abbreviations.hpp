// Words that keep their trailing period ("Gen.", "Jan.", "Inc.").
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace sitrep::detail {

enum class abbreviation_kind : unsigned char {
  none,
  title,   // precedes a name and never ends a sentence: "Gen.", "Mr.", "Dr."
  month,   // "Jan.", "Sept.": never ends a sentence before a number
  other,   // "Inc.", "etc.", "No.": may end a sentence
};

/// The kind of `word` (without its period) as an abbreviation, compared
/// case-insensitively for titles and months, exactly for the rest.
abbreviation_kind abbreviation_of(std::string_view word) noexcept;

/// The abbreviations by a perfect hash: (key * kAbbreviationMultiplier) >> 56
/// gives each its own slot of 256 (abbreviations.cpp checks that at compile time).
struct abbreviation_slot {
  std::uint64_t key = 0;  // the word lower-cased, first byte lowest; 0: empty
  abbreviation_kind kind = abbreviation_kind::none;
};
inline constexpr std::uint64_t kAbbreviationMultiplier = 0xf1f28d77eb7c496full;
extern const std::array<abbreviation_slot, 256> kAbbreviationSlots;

/// abbreviation_of for a word of 2 to 8 bytes given as its lower-cased bytes in
/// one integer (first byte lowest, zero past the word) and its first byte as
/// written. Inline: the tokenizer asks about most short words before a period.
inline abbreviation_kind abbreviation_of_key(std::uint64_t key, char first) noexcept {
  const abbreviation_slot& it = kAbbreviationSlots[(key * kAbbreviationMultiplier) >> 56];
  if (it.key != key) return abbreviation_kind::none;
  // "No." is an abbreviation only as written ("No. 10"), not the word "no" at a sentence end.
  constexpr std::uint64_t no = 'n' | 'o' << 8, nos = no | std::uint64_t{'s'} << 16;
  if (key == no || key == nos) return first == 'N' ? it.kind : abbreviation_kind::none;
  // Lower-case "us"/"co"/"st" etc. in running text are words, not titles: require a capital.
  if (it.kind == abbreviation_kind::title && !(first >= 'A' && first <= 'Z')) return abbreviation_kind::none;
  return it.kind;
}

}  // namespace sitrep::detail
