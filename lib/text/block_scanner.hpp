// The tokenizer's hot loop: tokens straight from bit masks, 64 bytes at a time.
//
// A kernel classifies a 64-byte window into bit masks (bit i = byte i). From
// them the driver finds the white-space-delimited chunks that end inside the
// window and, for every chunk made only of ASCII letters, digits and the
// common marks , ; : ( ) ! ? " . — nine chunks in ten of news text — the token
// boundaries as masks too: each alphanumeric run is a token, each mark is a
// token, and a period after an initial or a known abbreviation joins its word.
// Chunks holding anything else (hyphens, apostrophes, non-ASCII bytes, digit
// separators, inner periods, "..") go to the general splitter, in order.
//
// Windows are not aligned: the next window starts at the first chunk that did
// not end in this one, so no token state crosses a window and every chunk is
// seen whole. Both kernels share this driver, so they differ only in how the
// masks are computed, and give identical tokens.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "abbreviations.hpp"
#include "chunk_splitter.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

struct block_masks {
  std::uint64_t space;    // ASCII white space: \t \n \v \f \r and ' '
  std::uint64_t newline;  // \n (gaps with one are line breaks, with two paragraph breaks)
  std::uint64_t upper;    // A-Z
  std::uint64_t lower;    // a-z
  std::uint64_t digit;    // 0-9
  std::uint64_t mark;     // , ; : ( ) ! ? " . — each one token of its own in a simple chunk
  std::uint64_t period;   // .
  std::uint64_t opener;   // ( and " — the marks that may come right before a word
  std::uint64_t hyphen;   // -
  std::uint64_t comma;    // ,
  std::uint64_t colon;    // :
};

/// What a token starting at a byte is, by that byte alone (one byte per input
/// byte, filled by the kernel): read once per token instead of four mask bits.
namespace start_attr {
inline constexpr std::uint8_t upper = 1u << 0;
inline constexpr std::uint8_t quote = 1u << 1;
inline constexpr std::uint8_t mark = 1u << 2;
inline constexpr std::uint8_t digit = 1u << 3;
}  // namespace start_attr

/// A classified 64-byte window.
struct block_classes {
  block_masks m;
  alignas(32) std::uint8_t attr[64];
};

/// Bits [0, pos) set; pos < 64.
inline std::uint64_t bits_below(unsigned pos) noexcept { return (1ull << pos) - 1; }

/// Bits above the highest set bit of `mask` (all of them when `mask` is 0).
inline std::uint64_t bits_above_highest(std::uint64_t mask) noexcept {
  if (mask == 0) return ~0ull;
  // 2 << 63 wraps to 0, giving no bits above bit 63.
  return ~((2ull << (63 - __builtin_clzll(mask))) - 1);
}

inline bool is_ascii_space(unsigned char c) noexcept { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

/// Classifies 64 bytes at p (all readable) into masks (bit i = byte i) and start attributes.
void classify_block_scalar(const unsigned char* p, block_classes& out) noexcept;
void classify_block_avx2(const unsigned char* p, block_classes& out) noexcept;
bool cpu_has_avx2() noexcept;

/// Tokenizes the chunk text[start, end) with the general splitter into `scratch`
/// (cleared first) and returns how many tokens it made. Out of line and rare, so
/// the scan loop's state stays in registers.
std::size_t split_special_chunk(std::string_view text, std::uint32_t prev_end, std::uint32_t start,
                                std::uint32_t end, std::vector<token>& scratch);

/// Appends tokens to a vector through a raw pointer: capacity is checked once
/// per window (a window makes at most 64 tokens), not once per token.
class token_sink {
 public:
  explicit token_sink(std::vector<token>& out, std::size_t expected) : out_(out), used_(out.size()) {
    out_.resize(used_ + expected + kWindowTokens);
    data_ = out_.data();
  }
  ~token_sink() { out_.resize(used_); }
  token_sink(const token_sink&) = delete;
  token_sink& operator=(const token_sink&) = delete;

  /// Room for `count` more tokens; returns where the next one goes.
  token* reserve(std::size_t count) {
    if (used_ + count > out_.size()) {
      out_.resize(used_ + count + out_.size() / 2);
      data_ = out_.data();
    }
    return data_ + used_;
  }
  void commit(token* next) noexcept { used_ = static_cast<std::size_t>(next - data_); }
  void append(const token* first, std::size_t count) {
    std::memcpy(static_cast<void*>(reserve(count)), first, count * sizeof(token));
    used_ += count;
  }

  static constexpr std::size_t kWindowTokens = 64;

 private:
  std::vector<token>& out_;
  std::size_t used_;
  token* data_;
};

/// Does the ASCII word text[start, end) (letters and digits, not starting with a
/// digit) keep a period that follows it? Initials ("J.") and known abbreviations
/// do; the answer matches the general splitter's.
inline bool keeps_period(const unsigned char* word, unsigned length) noexcept {
  if (length == 1) return true;
  if (length > 6) return false;
  return abbreviation_of(std::string_view(reinterpret_cast<const char*>(word), length)) != abbreviation_kind::none;
}

/// Token flags and kind for each start_attr combination: capitalized, quote,
/// and punctuation / number / word.
struct start_code_table {
  std::uint32_t value[16];
  constexpr start_code_table() : value{} {
    for (unsigned a = 0; a < 16; ++a) {
      unsigned flags = 0;
      if (a & start_attr::upper) flags |= token_flag::capitalized;
      if (a & start_attr::quote) flags |= token_flag::quote;
      const auto kind = (a & start_attr::mark) ? token_kind::punctuation
                        : (a & start_attr::digit) ? token_kind::number
                                                  : token_kind::word;
      value[a] = flags | static_cast<std::uint32_t>(kind) << 16;
    }
  }
};
inline constexpr start_code_table kStartCodes{};

/// Runs the window scanner over `text` with classes from `Classify`.
template <void (*Classify)(const unsigned char*, block_classes&) noexcept>
void scan_text(std::string_view text, std::vector<token>& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<std::uint32_t>(text.size());
  // About one token per five bytes of news text.
  token_sink sink(out, text.size() / 5);
  thread_local std::vector<token> scratch;  // tokens of one special chunk
  alignas(64) unsigned char tail[64];
  block_classes cls;
  std::uint32_t prev_end = 0;  // end of the last token, absolute

  std::uint32_t base = 0;
  while (base < n) {
    const unsigned char* block = p + base;
    if (n - base < 64) {
      // The tail is copied into a window padded with spaces: no read past the input,
      // and every chunk ends inside it.
      std::memset(tail, ' ', sizeof tail);
      std::memcpy(tail, block, n - base);
      block = tail;
    }
    Classify(block, cls);
    const block_masks& m = cls.m;
    const std::uint64_t nonspace = ~m.space;
    const std::uint64_t alnum = m.upper | m.lower | m.digit;
    // The byte before a window is white space (or the text's start): windows begin
    // at a chunk start, after a long chunk, or 64 bytes after a window whose last
    // byte was white space.
    const std::uint64_t chunk_starts = nonspace & ~(nonspace << 1);
    const std::uint64_t chunk_ends = m.space & (nonspace << 1);  // the first space after a chunk

    // A chunk still open at the window's end is left for the next window.
    std::uint64_t complete = ~0ull;
    std::uint32_t next_base = base + 64;
    if (const std::uint64_t open = chunk_starts & bits_above_highest(chunk_ends)) {
      const unsigned z = static_cast<unsigned>(__builtin_ctzll(open));
      if (z == 0) {
        // One chunk fills the window: find its end and split it in general.
        std::uint32_t end = base + 64;
        while (end < n && !is_ascii_space(p[end])) ++end;
        const std::size_t count = split_special_chunk(text, prev_end, base, end, scratch);
        sink.append(scratch.data(), count);
        prev_end = end;
        base = end;
        continue;
      }
      complete = bits_below(z);
      next_base = base + z;
    }

    // Joiners inside words: a hyphen after a letter and before a letter or digit
    // ("al-Qaeda", "F-16"); in a word of digits so far, "." and ":" before a digit
    // and "," before exactly three ("3.5", "10:30", "1,200,000").
    const std::uint64_t letter = m.upper | m.lower;
    const std::uint64_t word_hyphens = m.hyphen & (letter << 1) & (alnum >> 1);
    const std::uint64_t separators =
        (((m.period | m.colon) & (m.digit >> 1)) |
         (m.comma & (m.digit >> 1) & (m.digit >> 2) & (m.digit >> 3) & ~(m.digit >> 4))) &
        (m.digit << 1);
    // A separator joins only while the word holds nothing but digits: carry from
    // each word's start through digits and separators; it stops at the first letter
    // or hyphen, and the separators it passed are the joined ones.
    const std::uint64_t word_bytes = alnum | word_hyphens | separators;
    const std::uint64_t word_starts = word_bytes & ~(word_bytes << 1);
    const std::uint64_t numeric = m.digit | separators;
    const std::uint64_t joined_separators = separators & ~((numeric & word_bytes) + word_starts);
    const std::uint64_t in_word = alnum | word_hyphens | joined_separators;
    const std::uint64_t marks = m.mark & ~joined_separators;

    // Bytes that need the general splitter, and the chunks that hold one: anything
    // but letters, digits, joiners and marks; a mark other than an opener right
    // before a letter or digit ("U.S.", "a.m."); a run of periods.
    std::uint64_t slow_bytes = (nonspace & ~(in_word | marks)) | (marks & ~m.opener & (alnum >> 1)) |
                               (m.period & (m.period >> 1));
    // "www." starts a URL even with nothing after the period.
    std::uint64_t www = marks & m.period & (alnum << 1) & (alnum << 2) & (alnum << 3) & ~(in_word << 4);
    while (www) {
      const unsigned at = static_cast<unsigned>(__builtin_ctzll(www));
      www &= www - 1;
      if (((block[at - 3] | 0x20) == 'w') & ((block[at - 2] | 0x20) == 'w') & ((block[at - 1] | 0x20) == 'w'))
        slow_bytes |= 1ull << at;
    }
    // Adding each chunk's start bit carries through its bytes up to the first slow
    // one; only a chunk without any carries into the space after it.
    const std::uint64_t carried = (nonspace & ~slow_bytes) + chunk_starts;
    std::uint64_t slow_ends = chunk_ends & ~carried & complete;
    std::uint64_t slow_region = 0, slow_starts = 0, slow_lasts = 0;
    while (slow_ends) {
      const unsigned e = static_cast<unsigned>(__builtin_ctzll(slow_ends));
      slow_ends &= slow_ends - 1;
      const unsigned s = 63u - static_cast<unsigned>(__builtin_clzll(chunk_starts & bits_below(e)));
      slow_region |= bits_below(e) & ~bits_below(s);
      slow_starts |= 1ull << s;
      slow_lasts |= 1ull << (e - 1);
    }

    // Token starts and last bytes: words (runs of word bytes) and single marks.
    const std::uint64_t simple = complete & ~slow_region;
    std::uint64_t starts = (((in_word & ~(in_word << 1)) | marks) & simple) | slow_starts;
    std::uint64_t lasts = (((in_word & ~(in_word >> 1)) | marks) & simple) | slow_lasts;
    const std::uint64_t word_periods = marks & m.period & (alnum << 1) & simple;

    // Gap flags at token starts. A space run holds a newline when the carry from
    // its start stops before its end; it holds two when that is still so after
    // removing each run's first newline. The window's first gap may have begun in
    // an earlier window: those newlines are added below.
    const std::uint64_t space_runs = m.space & ~(m.space << 1);
    const std::uint64_t carry1 = (m.space & ~m.newline) + space_runs;
    const std::uint64_t gap_ends = chunk_starts & (m.space << 1);  // starts after a gap in this window
    const std::uint64_t line_starts = gap_ends & ~carry1;
    const std::uint64_t more_newlines = m.newline & ~carry1;
    const std::uint64_t paragraph_starts = gap_ends & ~((m.space & ~more_newlines) + space_runs);
    std::uint64_t space_starts = chunk_starts;
    if (prev_end == base) space_starts &= ~1ull;  // the text's first byte
    std::uint64_t first_gap = 0;                  // flags the carried gap adds to the first token
    if (prev_end < base) {
      const std::uint16_t g = gap_flags(text, prev_end, base);
      first_gap = g & (token_flag::newline_before | token_flag::paragraph_before);
      // One newline before the window and one inside make a paragraph.
      if ((g & token_flag::newline_before) && (starts & line_starts & (0 - starts))) first_gap |= token_flag::paragraph_before;
    }

    unsigned prev = 0;  // end of the last token, relative to base (0 before the first)
    token* dst = sink.reserve(token_sink::kWindowTokens);
    while (starts) {
      const unsigned s = static_cast<unsigned>(__builtin_ctzll(starts));
      starts &= starts - 1;
      unsigned e = static_cast<unsigned>(__builtin_ctzll(lasts)) + 1;
      lasts &= lasts - 1;
      if (slow_starts & (1ull << s)) [[unlikely]] {
        sink.commit(dst);
        const std::size_t count =
            split_special_chunk(text, prev == 0 ? prev_end : base + prev, base + s, base + e, scratch);
        sink.append(scratch.data(), count);
        dst = sink.reserve(token_sink::kWindowTokens);
        first_gap = 0;
        prev = e;
        continue;
      }
      const unsigned attr = cls.attr[s];
      std::uint32_t code = kStartCodes.value[attr];
      if ((word_periods >> e) & 1) {
        if (!(attr & start_attr::digit) && keeps_period(block + s, e - s)) [[unlikely]] {
          code |= token_flag::abbreviation | ((e - s == 1) & attr) * token_flag::initial;
          ++e;
          starts &= starts - 1;  // the period is not a token of its own
          lasts &= lasts - 1;
        }
      }
      const std::uint64_t range = bits_below(e) & ~bits_below(s);
      const std::uint64_t up = m.upper & range;
      std::uint32_t flags = code;
      flags |= static_cast<unsigned>(((up & (up - 1)) != 0) & ((m.lower & range) == 0)) * token_flag::all_caps;
      flags |= static_cast<unsigned>((m.digit & range) != 0) * token_flag::has_digit;
      // A hyphen makes a digit-led word a word ("5-year" never gets here, "5a-b" does).
      const unsigned hyphenated = (word_hyphens & range) != 0;
      flags |= hyphenated * token_flag::hyphenated;
      flags -= (hyphenated & (attr >> 3)) << 16;  // number (1) → word (0)
      flags |= static_cast<unsigned>((space_starts >> s) & 1) * token_flag::space_before;
      flags |= static_cast<unsigned>((line_starts >> s) & 1) * token_flag::newline_before;
      flags |= static_cast<unsigned>((paragraph_starts >> s) & 1) * token_flag::paragraph_before;
      flags |= first_gap;
      first_gap = 0;
      token t;
      t.start = base + s;
      t.end = base + e;
      t.flags = static_cast<std::uint16_t>(flags);
      t.kind = static_cast<token_kind>(flags >> 16);
      *dst++ = t;
      prev = e;
    }
    sink.commit(dst);
    if (prev != 0) prev_end = base + prev;
    base = next_base;
  }
}

}  // namespace sitrep::detail
