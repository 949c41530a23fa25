// Words that keep their trailing period ("Gen.", "Jan.", "Inc.").
#pragma once

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

}  // namespace sitrep::detail
