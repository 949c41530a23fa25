// What the typed parsers read: the outputs of the earlier pipeline stages for
// one document. Parsers read it and never write it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "sitrep/records.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

struct parse_context {
  std::string_view text;
  const std::vector<token>& tokens;
  const std::vector<sentence>& sentences;
  const match_set& matches;                      // dictionary phrases, longest first
  const std::vector<date_mention>& dates;        // resolved temporal expressions
  const std::vector<quantity>& quantities;
  std::optional<civil_date> reference_date;
  const lexicon* dictionaries = nullptr;          // the engine's, for look-ups beyond the matches

  /// Index of the sentence that holds token `t`.
  std::uint32_t sentence_of_token(std::uint32_t t) const;
  /// Index of the match that starts at token `t`, or -1.
  int match_at(std::uint32_t t) const;
};

}  // namespace sitrep::detail
