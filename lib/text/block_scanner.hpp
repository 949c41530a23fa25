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
  std::uint64_t space;    // ASCII white space
  std::uint64_t upper;    // A-Z
  std::uint64_t lower;    // a-z
  std::uint64_t digit;    // 0-9
  std::uint64_t newline;  // \n (gaps with one are line breaks, with two paragraph breaks)
};

/// Bits [0, pos) set; pos < 64.
inline std::uint64_t bits_below(unsigned pos) noexcept { return (1ull << pos) - 1; }

/// Classifies 64 bytes at p (all readable) into masks, bit i = byte i.
block_masks classify_block_scalar(const unsigned char* p) noexcept;
block_masks classify_block_avx2(const unsigned char* p) noexcept;
bool cpu_has_avx2() noexcept;

/// Emits the tokens of a chunk holding punctuation, symbols or non-ASCII bytes.
/// Out of line, with arguments by value, so the scan loop's state stays in registers.
void emit_special_chunk(std::string_view text, std::uint32_t prev_end, std::uint32_t start,
                        std::uint32_t end, std::vector<token>& out);

/// Are text[mark_start, mark_end) closing marks that split_chunk() would split
/// off the plain ASCII word text[word_start, mark_start) — not an abbreviation's
/// period, not an ellipsis?
bool trailing_marks_split(std::string_view text, std::uint32_t word_start, std::uint32_t mark_start,
                          std::uint32_t mark_end, bool digit_led) noexcept;

/// The punctuation token split_chunk() makes for a closing mark at `at`.
inline token closing_mark_token(const unsigned char* p, std::uint32_t at) noexcept {
  token t;
  t.start = at;
  t.end = at + 1;
  t.kind = token_kind::punctuation;
  t.flags = p[at] == '"' ? token_flag::quote : 0;
  return t;
}

/// Runs the block scanner over `text` with masks from `Classify`.
///
/// Per block, chunk starts and ends come from the white-space mask by shifts
/// (a start is a non-space after a space, an end the first space after a
/// non-space); the k-th start pairs with the k-th end, so each plain chunk costs
/// two bit scans and a few mask operations. Chunks and gaps that cross a block
/// boundary carry their state into the next block.
template <block_masks (*Classify)(const unsigned char*) noexcept>
void scan_text(std::string_view text, std::vector<token>& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<std::uint32_t>(text.size());
  bool open = false;  // a chunk runs into the next block
  std::uint32_t chunk_start = 0, prev_end = 0;
  std::uint64_t acc_special = 0, acc_lower = 0, acc_digit = 0;
  unsigned acc_uppers = 0;  // saturating at 2: only "two or more capitals" matters
  unsigned char tail[64];

  auto emit = [&](std::uint32_t start, std::uint32_t end, bool special, bool lower, bool digit, unsigned uppers,
                  std::uint16_t gap) __attribute__((always_inline)) {
    if (special) {
      emit_special_chunk(text, prev_end, start, end, out);
    } else {
      const unsigned char first = p[start];
      out.push_back(plain_chunk_token(start, end, first >= 'A' && first <= 'Z', first >= '0' && first <= '9', uppers,
                                      lower, digit, gap));
    }
    prev_end = end;
  };

  for (std::uint32_t base = 0; base < n; base += 64) {
    const unsigned char* block = p + base;
    if (n - base < 64) {
      // The tail is copied into a block padded with spaces: no read past the input.
      std::memset(tail, ' ', sizeof tail);
      std::memcpy(tail, block, n - base);
      block = tail;
    }
    const block_masks m = Classify(block);
    const std::uint64_t nonspace = ~m.space;
    const std::uint64_t special = ~(m.space | m.upper | m.lower | m.digit);
    const std::uint64_t shifted = (nonspace << 1) | (open ? 1u : 0u);
    std::uint64_t starts = nonspace & ~shifted;
    std::uint64_t ends = m.space & shifted;

    if (open) {
      // Finish (or extend) the chunk carried in from the previous block.
      const std::uint64_t range = ends ? (ends & (0 - ends)) - 1 : ~0ull;
      acc_special |= special & range;
      acc_lower |= m.lower & range;
      acc_digit |= m.digit & range;
      if (const std::uint64_t up = m.upper & range) acc_uppers += (up & (up - 1)) ? 2u : 1u;
      if (!ends) continue;
      const std::uint32_t end = base + static_cast<std::uint32_t>(__builtin_ctzll(ends));
      ends &= ends - 1;
      emit(chunk_start, end, acc_special != 0, acc_lower != 0, acc_digit != 0, acc_uppers,
           gap_flags(text, prev_end, chunk_start));
      open = false;
    }
    while (starts) {
      const unsigned s = static_cast<unsigned>(__builtin_ctzll(starts));
      starts &= starts - 1;
      // The gap before this chunk: read from the masks when it lies in this block.
      std::uint16_t gap;
      const std::uint32_t abs_start = base + s;
      if (prev_end > base || (prev_end == base && base > 0)) {
        const std::uint64_t gap_bits = bits_below(s) & ~bits_below(prev_end - base);
        const std::uint64_t newlines = m.newline & gap_bits;
        gap = token_flag::space_before;
        if (newlines) gap |= token_flag::newline_before;
        if (newlines & (newlines - 1)) gap |= token_flag::paragraph_before;
      } else {
        gap = gap_flags(text, prev_end, abs_start);
      }
      if (!ends) {
        // Runs past this block: carry it.
        open = true;
        chunk_start = abs_start;
        const std::uint64_t range = ~bits_below(s);
        acc_special = special & range;
        acc_lower = m.lower & range;
        acc_digit = m.digit & range;
        const std::uint64_t up = m.upper & range;
        acc_uppers = up ? ((up & (up - 1)) ? 2u : 1u) : 0u;
        break;
      }
      const unsigned e = static_cast<unsigned>(__builtin_ctzll(ends));
      ends &= ends - 1;
      const std::uint64_t range = bits_below(e) & ~bits_below(s);
      const std::uint64_t marks = special & range;
      if (marks != 0) {
        // The commonest special chunk: a plain word with one or two closing marks
        // ("said," "year." "(AFP)" minus its opener): split here from the masks.
        const unsigned k = static_cast<unsigned>(__builtin_ctzll(marks));
        if (k > s && e - k <= 2 && (range & ~bits_below(k)) == marks &&
            trailing_marks_split(text, abs_start, base + k, base + e, m.digit & (1ull << s))) {
          const std::uint64_t word = bits_below(k) & ~bits_below(s);
          const std::uint64_t up = m.upper & word;
          const unsigned char first = p[abs_start];
          out.push_back(plain_chunk_token(abs_start, base + k, first >= 'A' && first <= 'Z', first >= '0' && first <= '9',
                                          up ? ((up & (up - 1)) ? 2u : 1u) : 0u, (m.lower & word) != 0,
                                          (m.digit & word) != 0, gap));
          for (std::uint32_t q = base + k; q < base + e; ++q) out.push_back(closing_mark_token(p, q));
          prev_end = base + e;
          continue;
        }
      }
      const std::uint64_t up = m.upper & range;
      emit(abs_start, base + e, marks != 0, (m.lower & range) != 0, (m.digit & range) != 0,
           up ? ((up & (up - 1)) ? 2u : 1u) : 0u, gap);
    }
  }
  if (open) {
    // Only an input whose last block is full and ends inside a chunk gets here.
    emit(chunk_start, n, acc_special != 0, acc_lower != 0, acc_digit != 0, acc_uppers,
         gap_flags(text, prev_end, chunk_start));
  }
}

}  // namespace sitrep::detail
