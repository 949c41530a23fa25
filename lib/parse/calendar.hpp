// lib/parse/calendar.hpp — proleptic Gregorian arithmetic for the temporal parser.
//
// Days are counted from 1970-01-01 (Howard Hinnant's civil-from-days algorithms),
// so adding days, finding weekdays and ISO weeks are integer operations. Values are
// formatted in TIMEX3 shapes ("2024-01-29", "2024-01", "2024-W05", "2024-Q1").
#pragma once

#include <cstdint>
#include <string>

#include "sitrep/records.hpp"

namespace sitrep::detail {

/// Days since 1970-01-01 for a civil date (any year, month 1..12, day 1..31).
std::int64_t days_from_civil(const civil_date& d) noexcept;
/// The civil date of a day count.
civil_date civil_from_days(std::int64_t z) noexcept;
/// 0 = Monday … 6 = Sunday.
int weekday(const civil_date& d) noexcept;
/// Days in a month of a year.
int days_in_month(int year, int month) noexcept;
/// True when the date exists in the calendar.
bool valid_date(int year, int month, int day) noexcept;
/// The date `n` days later (negative: earlier).
civil_date add_days(const civil_date& d, std::int64_t n) noexcept;
/// The first of the month `n` months later than d's month.
civil_date add_months(const civil_date& d, int n) noexcept;

struct iso_week {
  int year = 0;
  int week = 0;
};
/// The ISO 8601 week (Monday-based, week 1 holds the year's first Thursday).
iso_week iso_week_of(const civil_date& d) noexcept;

/// 1..4
inline int quarter_of(int month) noexcept { return (month - 1) / 3 + 1; }

std::string format_day(const civil_date& d);      ///< "2024-01-29"
std::string format_month(int year, int month);    ///< "2024-01"
std::string format_year(int year);                ///< "2024"
std::string format_week(const iso_week& w);       ///< "2024-W05"
std::string format_quarter(int year, int q);      ///< "2024-Q1"

}  // namespace sitrep::detail
