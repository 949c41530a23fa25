#include "parse/parse_context.hpp"

#include <algorithm>

namespace sitrep::detail {

std::uint32_t parse_context::sentence_of_token(std::uint32_t t) const {
  const auto it = std::upper_bound(sentences.begin(), sentences.end(), t,
                                   [](std::uint32_t v, const sentence& s) { return v < s.last_token; });
  return it == sentences.end() ? static_cast<std::uint32_t>(sentences.size() - 1)
                               : static_cast<std::uint32_t>(it - sentences.begin());
}

int parse_context::match_at(std::uint32_t t) const {
  const auto& m = matches.matches;
  const auto it = std::lower_bound(m.begin(), m.end(), t,
                                   [](const phrase_match& x, std::uint32_t v) { return x.first_token < v; });
  return it != m.end() && it->first_token == t ? static_cast<int>(it - m.begin()) : -1;
}

}  // namespace sitrep::detail
