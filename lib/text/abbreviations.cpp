#include "abbreviations.hpp"

#include <array>
#include <cstdint>

namespace sitrep::detail {
namespace {

struct entry {
  std::string_view word;
  abbreviation_kind kind;
};

// Lower case; looked up through a perfect hash (below). Titles are the ones news wires
// put before names; "other" are abbreviations that may close a sentence.
constexpr std::array kAbbreviations = std::to_array<entry>({
    {"adm", abbreviation_kind::title},   {"apr", abbreviation_kind::month},
    {"assn", abbreviation_kind::other},  {"aug", abbreviation_kind::month},
    {"ave", abbreviation_kind::other},   {"brig", abbreviation_kind::title},
    {"capt", abbreviation_kind::title},  {"cdr", abbreviation_kind::title},
    {"cmdr", abbreviation_kind::title},  {"co", abbreviation_kind::other},
    {"col", abbreviation_kind::title},   {"corp", abbreviation_kind::other},
    {"cpl", abbreviation_kind::title},   {"dec", abbreviation_kind::month},
    {"dept", abbreviation_kind::other},  {"dr", abbreviation_kind::title},
    {"esq", abbreviation_kind::other},   {"etc", abbreviation_kind::other},
    {"feb", abbreviation_kind::month},   {"fig", abbreviation_kind::other},
    {"fr", abbreviation_kind::title},    {"ft", abbreviation_kind::other},
    {"gen", abbreviation_kind::title},   {"gov", abbreviation_kind::title},
    {"hon", abbreviation_kind::title},   {"inc", abbreviation_kind::other},
    {"jan", abbreviation_kind::month},   {"jr", abbreviation_kind::other},
    {"jul", abbreviation_kind::month},   {"jun", abbreviation_kind::month},
    {"lt", abbreviation_kind::title},    {"ltd", abbreviation_kind::other},
    {"maj", abbreviation_kind::title},   {"mar", abbreviation_kind::month},
    {"messrs", abbreviation_kind::title},{"mr", abbreviation_kind::title},
    {"mrs", abbreviation_kind::title},   {"ms", abbreviation_kind::title},
    {"msgr", abbreviation_kind::title},  {"mt", abbreviation_kind::title},
    {"no", abbreviation_kind::other},    {"nos", abbreviation_kind::other},
    {"nov", abbreviation_kind::month},   {"oct", abbreviation_kind::month},
    {"pres", abbreviation_kind::title},  {"prof", abbreviation_kind::title},
    {"pvt", abbreviation_kind::title},   {"rep", abbreviation_kind::title},
    {"reps", abbreviation_kind::title},  {"rev", abbreviation_kind::title},
    {"sen", abbreviation_kind::title},   {"sens", abbreviation_kind::title},
    {"sep", abbreviation_kind::month},   {"sept", abbreviation_kind::month},
    {"sgt", abbreviation_kind::title},   {"sr", abbreviation_kind::other},
    {"st", abbreviation_kind::title},    {"supt", abbreviation_kind::title},
    {"vs", abbreviation_kind::other},
});

}  // namespace

namespace {

// A word of up to 8 bytes, lower-cased, as one integer (first byte lowest).
constexpr std::uint64_t pack_lower(std::string_view w) noexcept {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    key |= static_cast<std::uint64_t>(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * i);
  }
  return key;
}

// The slots, filled at compile time; a clash fails the build.
struct perfect_table {
  std::array<abbreviation_slot, 256> slots{};
  bool clash = false;
};

constexpr perfect_table make_table() {
  perfect_table t;
  for (const auto& e : kAbbreviations) {
    const std::uint64_t key = pack_lower(e.word);
    abbreviation_slot& s = t.slots[(key * kAbbreviationMultiplier) >> 56];
    if (s.key != 0) t.clash = true;
    s = {key, e.kind};
  }
  return t;
}
constexpr perfect_table kTable = make_table();
static_assert(!kTable.clash, "two abbreviations share a slot: find a new multiplier");

}  // namespace

// Constant-initialized: no run-time start-up order to worry about.
const std::array<abbreviation_slot, 256> kAbbreviationSlots = kTable.slots;

abbreviation_kind abbreviation_of(std::string_view word) noexcept {
  if (word.size() < 2 || word.size() > 6) return abbreviation_kind::none;  // none is shorter or longer
  return abbreviation_of_key(pack_lower(word), word[0]);
}

}  // namespace sitrep::detail
