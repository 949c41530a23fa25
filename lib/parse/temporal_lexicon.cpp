// lib/parse/temporal_lexicon.cpp — see temporal_lexicon.hpp.
#include "temporal_lexicon.hpp"

#include <array>
#include <utility>

namespace sitrep::detail {
namespace {

struct entry {
  std::string_view key;
  int value;
  bool abbreviated;
};

constexpr std::array<entry, 27> k_months = {{
    {"january", 1, false},  {"jan", 1, true},      {"february", 2, false}, {"feb", 2, true},
    {"march", 3, false},    {"mar", 3, true},      {"april", 4, false},    {"apr", 4, true},
    {"may", 5, false},      {"june", 6, false},    {"jun", 6, true},       {"july", 7, false},
    {"jul", 7, true},       {"august", 8, false},  {"aug", 8, true},       {"september", 9, false},
    {"sep", 9, true},       {"sept", 9, true},     {"october", 10, false}, {"oct", 10, true},
    {"november", 11, false}, {"nov", 11, true},    {"december", 12, false}, {"dec", 12, true},
    {"febuary", 2, false},  {"sep", 9, true},      {"septembre", 9, false},
}};

constexpr std::array<entry, 19> k_weekdays = {{
    {"monday", 0, false},   {"mon", 0, true},     {"tuesday", 1, false},  {"tue", 1, true},
    {"tues", 1, true},      {"wednesday", 2, false}, {"wed", 2, true},    {"thursday", 3, false},
    {"thu", 3, true},       {"thur", 3, true},    {"thurs", 3, true},     {"friday", 4, false},
    {"fri", 4, true},       {"saturday", 5, false}, {"sat", 5, true},     {"sunday", 6, false},
    {"sun", 6, true},       {"weds", 2, true},    {"satuday", 5, false},
}};

}  // namespace

std::optional<int> month_word(std::string_view key, bool* abbreviated) {
  for (const entry& e : k_months)
    if (e.key == key) {
      if (abbreviated) *abbreviated = e.abbreviated;
      return e.value;
    }
  return std::nullopt;
}

std::optional<int> weekday_word(std::string_view key, bool* abbreviated) {
  for (const entry& e : k_weekdays)
    if (e.key == key) {
      if (abbreviated) *abbreviated = e.abbreviated;
      return e.value;
    }
  return std::nullopt;
}

std::optional<time_unit> unit_word(std::string_view key, bool* plural) {
  static constexpr std::array<std::pair<std::string_view, time_unit>, 8> k_units = {{
      {"day", time_unit::day},         {"week", time_unit::week},       {"month", time_unit::month},
      {"quarter", time_unit::quarter}, {"year", time_unit::year},       {"decade", time_unit::decade},
      {"century", time_unit::century}, {"weekend", time_unit::weekend},
  }};
  bool pl = false;
  std::string_view k = key;
  if (k == "centuries") {
    if (plural) *plural = true;
    return time_unit::century;
  }
  if (k == "fortnight") {
    if (plural) *plural = false;
    return time_unit::week;
  }
  if (k.size() > 3 && k.back() == 's') {
    k.remove_suffix(1);
    pl = true;
  }
  for (const auto& [w, u] : k_units)
    if (w == k) {
      if (plural) *plural = pl;
      return u;
    }
  return std::nullopt;
}

std::optional<int> season_word(std::string_view key) {
  if (key == "spring") return 0;
  if (key == "summer") return 1;
  if (key == "fall" || key == "autumn") return 2;
  if (key == "winter") return 3;
  return std::nullopt;
}

std::string_view season_code(int season) {
  static constexpr std::array<std::string_view, 4> k = {"SP", "SU", "FA", "WI"};
  return k[static_cast<std::size_t>(season & 3)];
}

bool day_part_word(std::string_view key) {
  return key == "morning" || key == "afternoon" || key == "evening" || key == "night" ||
         key == "overnight";
}

}  // namespace sitrep::detail
