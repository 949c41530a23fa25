// Splits one whitespace-free chunk into tokens by the general rules, code point
// by code point. The window scanner (block_scanner.hpp) decides most chunks in
// bit masks and sends only the rest here; these rules stay the definition both
// must agree on.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sitrep/token.hpp"

namespace sitrep::detail {

/// Appends the tokens of text[start, end) to `out`. The chunk holds no ASCII
/// white space. `first_flags` (space/newline/paragraph-before bits) go on the
/// chunk's first token. `text` is the whole document so rules can look at
/// neighbours without crossing the chunk.
void split_chunk(std::string_view text, std::uint32_t start, std::uint32_t end,
                 std::uint16_t first_flags, std::vector<token>& out);

/// The tokenizer's rules applied one white-space chunk at a time with
/// split_chunk() alone: slow, but the definition the fast scanner must match.
/// Tests and the fuzzer compare the two.
void tokenize_by_chunks(std::string_view text, std::vector<token>& out);

/// Space/newline/paragraph-before flags for the white space text[gap_start, gap_end).
inline std::uint16_t gap_flags(std::string_view text, std::uint32_t gap_start,
                               std::uint32_t gap_end) noexcept {
  if (gap_end == gap_start) return 0;
  std::uint16_t f = token_flag::space_before;
  if (gap_end - gap_start == 1 && text[gap_start] == ' ') return f;
  unsigned newlines = 0;
  for (std::uint32_t i = gap_start; i < gap_end; ++i) newlines += text[i] == '\n';
  if (newlines >= 1) f |= token_flag::newline_before;
  if (newlines >= 2) f |= token_flag::paragraph_before;
  return f;
}

}  // namespace sitrep::detail
