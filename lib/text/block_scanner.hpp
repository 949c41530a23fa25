// The tokenizer's hot loop: find whitespace-delimited chunks 64 bytes at a time.
//
// A kernel classifies each 64-byte block into bit masks (white space, upper,
// lower, digit; anything else is "special"). Chunks made only of ASCII letters
// and digits — most of news text — become one token straight from the masks;
// chunks with a special byte go to split_simple_chunk() / split_chunk(). Both
// kernels share this driver, so they differ only in how the masks are computed
// and give identical tokens.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "chunk_splitter.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

struct block_masks {
  std::uint64_t space;  // ASCII white space
  std::uint64_t upper;  // A-Z
  std::uint64_t lower;  // a-z
  std::uint64_t digit;  // 0-9
};

/// Classifies 64 bytes at p (all readable) into masks, bit i = byte i.
block_masks classify_block_scalar(const unsigned char* p) noexcept;
block_masks classify_block_avx2(const unsigned char* p) noexcept;
bool cpu_has_avx2() noexcept;

/// Emits the tokens of a chunk holding punctuation, symbols or non-ASCII bytes.
/// Out of line, with arguments by value, so the scan loop's state stays in registers.
void emit_special_chunk(std::string_view text, std::uint32_t prev_end, std::uint32_t start,
                        std::uint32_t end, std::vector<token>& out);

/// Runs the block scanner over `text` with masks from `Classify`.
template <block_masks (*Classify)(const unsigned char*) noexcept>
void scan_text(std::string_view text, std::vector<token>& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<std::uint32_t>(text.size());
  bool open = false;
  std::uint32_t chunk_start = 0, prev_end = 0;
  std::uint64_t seen_special = 0, seen_lower = 0, seen_digit = 0;
  unsigned uppers = 0;
  unsigned char tail[64];
  for (std::uint32_t base = 0; base < n; base += 64) {
    const unsigned char* block = p + base;
    if (n - base < 64) {
      // The tail is copied into a block padded with spaces: no read past the input.
      std::memset(tail, ' ', sizeof tail);
      std::memcpy(tail, block, n - base);
      block = tail;
    }
    const block_masks m = Classify(block);
    const std::uint64_t special = ~(m.space | m.upper | m.lower | m.digit);
    std::uint64_t live = ~0ull;  // bits at or after the scan position
    for (;;) {
      if (!open) {
        const std::uint64_t starts = ~m.space & live;
        if (starts == 0) break;
        const unsigned pos = static_cast<unsigned>(__builtin_ctzll(starts));
        open = true;
        chunk_start = base + pos;
        seen_special = seen_lower = seen_digit = 0;
        uppers = 0;
        live = ~0ull << pos;
      }
      const std::uint64_t ends = m.space & live;
      // Bits of this chunk inside this block: from the scan position to its end.
      const std::uint64_t range = live & (ends ? (ends & (0 - ends)) - 1 : ~0ull);
      seen_special |= special & range;
      seen_lower |= m.lower & range;
      seen_digit |= m.digit & range;
      // Only "at least two capitals" matters (all_caps), so no popcount.
      if (const std::uint64_t up = m.upper & range) uppers += (up & (up - 1)) ? 2u : 1u;
      if (!ends) break;
      const unsigned end = static_cast<unsigned>(__builtin_ctzll(ends));
      const std::uint32_t chunk_end = base + end;
      if (seen_special == 0) {
        const unsigned char first = p[chunk_start];
        out.push_back(plain_chunk_token(chunk_start, chunk_end, first >= 'A' && first <= 'Z',
                                        first >= '0' && first <= '9', uppers, seen_lower != 0,
                                        seen_digit != 0, gap_flags(text, prev_end, chunk_start)));
      } else {
        emit_special_chunk(text, prev_end, chunk_start, chunk_end, out);
      }
      prev_end = chunk_end;
      open = false;
      live = ~0ull << end;  // end < 64 here
    }
  }
  if (open) {
    // Only an input whose last block is full and ends inside a chunk gets here.
    if (seen_special == 0) {
      const unsigned char first = p[chunk_start];
      out.push_back(plain_chunk_token(chunk_start, n, first >= 'A' && first <= 'Z', first >= '0' && first <= '9',
                                      uppers, seen_lower != 0, seen_digit != 0,
                                      gap_flags(text, prev_end, chunk_start)));
    } else {
      emit_special_chunk(text, prev_end, chunk_start, n, out);
    }
  }
}

}  // namespace sitrep::detail
