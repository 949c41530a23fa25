// A compile-time filter for small fixed word lists: which (first letter, length)
// pairs occur. The pattern scanners look every token up in several lists
// (months, ordinals, casualty verbs); two table reads reject nearly all tokens
// before any string compare.
#pragma once

#include <cstdint>
#include <string_view>

namespace sitrep::detail {

class word_shape_filter {
 public:
  template <typename Words, typename Key>
  constexpr word_shape_filter(const Words& words, Key key) {
    for (const auto& w : words) add(key(w));
  }

  /// False when no word of the list has w's first letter and length.
  constexpr bool may_contain(std::string_view w) const noexcept {
    if (w.empty() || w.size() > 63) return false;
    const auto c = static_cast<unsigned char>(w[0]);
    return (lengths_[c] >> w.size()) & 1;
  }

 private:
  constexpr void add(std::string_view w) {
    if (!w.empty() && w.size() <= 63) lengths_[static_cast<unsigned char>(w[0])] |= std::uint64_t{1} << w.size();
  }
  std::uint64_t lengths_[256] = {};
};

}  // namespace sitrep::detail
