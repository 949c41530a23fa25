// lib/parse/temporal_lexicon.hpp — the closed word classes of temporal expressions.
#pragma once

#include <optional>
#include <string_view>

namespace sitrep::detail {

/// 1..12 for a month name or abbreviation key ("jan", "sept", "january").
std::optional<int> month_word(std::string_view key, bool* abbreviated = nullptr);
/// 0 = Monday … 6 = Sunday for a weekday name or abbreviation key.
std::optional<int> weekday_word(std::string_view key, bool* abbreviated = nullptr);

enum class time_unit { day, week, month, quarter, year, decade, century, weekend };
/// The unit of "day", "days", "week", "weeks", "fortnight"… (plural reported).
std::optional<time_unit> unit_word(std::string_view key, bool* plural = nullptr);

/// 0 = spring, 1 = summer, 2 = fall, 3 = winter.
std::optional<int> season_word(std::string_view key);
/// "SP", "SU", "FA", "WI".
std::string_view season_code(int season);

/// Part of a day: "morning", "afternoon", "evening", "night", "overnight".
bool day_part_word(std::string_view key);

}  // namespace sitrep::detail
