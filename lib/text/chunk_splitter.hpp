// Splits one whitespace-free chunk that holds punctuation, symbols or non-ASCII
// bytes into tokens. Plain alphanumeric chunks never come here: the block
// scanner emits them directly (see block_scanner.hpp).
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

/// The fast path for the most common chunk shapes in news text — an ASCII
/// word or number with an optional opening '(' or '"' and up to two closing
/// marks from , . ; : ) ! ? " ("Tehran," "(AFP)" "said." "\"No,") — giving
/// exactly the tokens split_chunk would. Returns false (and emits nothing) for
/// any other shape, including a final period that could be an abbreviation.
bool split_simple_chunk(std::string_view text, std::uint32_t start, std::uint32_t end,
                        std::uint16_t first_flags, std::vector<token>& out);

/// The tokenizer's rules applied one white-space chunk at a time with
/// split_chunk() alone: slow, but the definition the fast scanner must match.
/// Tests and the fuzzer compare the two.
void tokenize_by_chunks(std::string_view text, std::vector<token>& out);

/// Flags of a plain ASCII alphanumeric chunk: the contract both kernels share.
inline token plain_chunk_token(std::uint32_t start, std::uint32_t end, bool first_upper,
                               bool first_digit, unsigned upper_count, bool any_lower,
                               bool any_digit, std::uint16_t gap_flags) noexcept {
  token t{};
  t.start = start;
  t.end = end;
  t.kind = first_digit ? token_kind::number : token_kind::word;
  std::uint16_t f = gap_flags;
  if (first_upper) f |= token_flag::capitalized;
  if (upper_count >= 2 && !any_lower) f |= token_flag::all_caps;
  if (any_digit) f |= token_flag::has_digit;
  t.flags = f;
  return t;
}

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
