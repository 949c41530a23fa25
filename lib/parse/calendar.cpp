// lib/parse/calendar.cpp — see calendar.hpp.
#include "calendar.hpp"

#include <cstdio>

namespace sitrep::detail {

std::int64_t days_from_civil(const civil_date& d) noexcept {
  std::int64_t y = d.year;
  const unsigned m = static_cast<unsigned>(d.month);
  const unsigned dd = static_cast<unsigned>(d.day);
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + dd - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

civil_date civil_from_days(std::int64_t z) noexcept {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return civil_date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const civil_date& d) noexcept {
  const std::int64_t z = days_from_civil(d);
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

int days_in_month(int year, int month) noexcept {
  static constexpr int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return k[month - 1];
}

bool valid_date(int year, int month, int day) noexcept {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

civil_date add_days(const civil_date& d, std::int64_t n) noexcept {
  return civil_from_days(days_from_civil(d) + n);
}

civil_date add_months(const civil_date& d, int n) noexcept {
  int idx = d.year * 12 + (d.month - 1) + n;
  int y = idx >= 0 ? idx / 12 : -((-idx + 11) / 12);
  int m = idx - y * 12 + 1;
  return civil_date{y, m, 1};
}

iso_week iso_week_of(const civil_date& d) noexcept {
  // The ISO year and week are those of the Thursday in d's Monday-based week.
  const civil_date thursday = add_days(d, 3 - weekday(d));
  const civil_date jan1{thursday.year, 1, 1};
  const std::int64_t ordinal = days_from_civil(thursday) - days_from_civil(jan1);
  return iso_week{thursday.year, static_cast<int>(ordinal / 7) + 1};
}

std::string format_day(const civil_date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}
std::string format_month(int year, int month) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}
std::string format_year(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}
std::string format_week(const iso_week& w) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
  return buf;
}
std::string format_quarter(int year, int q) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", year, q);
  return buf;
}

}  // namespace sitrep::detail
