// The tokenizer's hot loop: find whitespace-delimited chunks 64 bytes at a time.
//
// A kernel classifies each 64-byte block into bit masks (white space, upper,
// lower, digit, "special" = anything else). Chunks made only of ASCII letters and
// digits — most of news text — become one token straight from the masks; chunks
// with a special byte go to split_chunk(). Both kernels share this driver, so
// they differ only in how the masks are computed and give identical tokens.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "chunk_splitter.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

struct block_masks {
  std::uint64_t space;    // ASCII white space
  std::uint64_t upper;    // A-Z
  std::uint64_t lower;    // a-z
  std::uint64_t digit;    // 0-9
};

/// Classifies 64 bytes at p (all readable) into masks, bit i = byte i.
block_masks classify_block_scalar(const unsigned char* p) noexcept;
block_masks classify_block_avx2(const unsigned char* p) noexcept;
bool cpu_has_avx2() noexcept;

// Chunk state carried across blocks.
struct chunk_state {
  bool open = false;
  std::uint32_t start = 0;
  std::uint32_t prev_end = 0;  // end of the previous chunk (start of the gap)
  bool special = false;
  bool any_lower = false;
  bool any_digit = false;
  unsigned uppers = 0;
};

inline std::uint64_t bits_from(unsigned pos) noexcept { return pos >= 64 ? 0 : ~0ull << pos; }
inline std::uint64_t bits_below(unsigned pos) noexcept { return pos >= 64 ? ~0ull : (1ull << pos) - 1; }

inline void finish_chunk(std::string_view text, chunk_state& st, std::uint32_t end,
                         std::vector<token>& out) {
  const std::uint16_t gap = gap_flags(text, st.prev_end, st.start);
  if (st.special) {
    split_chunk(text, st.start, end, gap, out);
  } else {
    const auto first = static_cast<unsigned char>(text[st.start]);
    out.push_back(plain_chunk_token(st.start, end, first >= 'A' && first <= 'Z',
                                    first >= '0' && first <= '9', st.uppers, st.any_lower,
                                    st.any_digit, gap));
  }
  st.open = false;
  st.prev_end = end;
}

/// Walks one block's masks; `base` is the block's offset, `valid` its number of
/// real bytes (the rest of a final block is padding that reads as white space).
inline void scan_block(std::string_view text, std::uint32_t base, const block_masks& m,
                       chunk_state& st, std::vector<token>& out) {
  const std::uint64_t special = ~(m.space | m.upper | m.lower | m.digit);
  unsigned pos = 0;
  while (pos < 64) {
    if (!st.open) {
      const std::uint64_t starts = ~m.space & bits_from(pos);
      if (starts == 0) return;
      pos = static_cast<unsigned>(__builtin_ctzll(starts));
      st.open = true;
      st.start = base + pos;
      st.special = st.any_lower = st.any_digit = false;
      st.uppers = 0;
    }
    const std::uint64_t ends = m.space & bits_from(pos);
    const unsigned end = ends ? static_cast<unsigned>(__builtin_ctzll(ends)) : 64;
    const std::uint64_t range = bits_from(pos) & bits_below(end);
    st.special |= (special & range) != 0;
    st.any_lower |= (m.lower & range) != 0;
    st.any_digit |= (m.digit & range) != 0;
    st.uppers += static_cast<unsigned>(__builtin_popcountll(m.upper & range));
    if (!ends) return;
    finish_chunk(text, st, base + end, out);
    pos = end;
  }
}

}  // namespace sitrep::detail
