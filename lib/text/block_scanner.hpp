// The tokenizer's hot loop: tokens straight from bit masks, 64 bytes at a time.
//
// A kernel classifies a 64-byte window into bit masks (bit i = byte i). From
// them the driver finds the white-space-delimited chunks that end inside the
// window and, for every chunk made of ASCII letters, digits, marks and the
// joiners it can decide in masks (hyphens in words, digit separators, dotted
// acronyms, dashes between numbers) — most chunks of news text — the token
// boundaries as masks too: each word is a token, each mark is a token, and a
// period after an initial or a known abbreviation joins its word. Chunks
// holding anything else (apostrophes, non-ASCII bytes, "..", "J.R") go to the
// general splitter, in order.
//
// Windows are not aligned: the next window starts at the first chunk that did
// not end in this one, so no token state crosses a window and every chunk is
// seen whole. Both kernels share this driver, so they differ only in how the
// masks are computed, and give identical tokens. The masks and per-byte
// attributes are described in window_classes.hpp; tokens leave through
// token_sink.hpp.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <vector>

#include "abbreviations.hpp"
#include "ascii.hpp"
#include "chunk_splitter.hpp"
#include "sitrep/token.hpp"
#include "token_sink.hpp"
#include "window_classes.hpp"

namespace sitrep::detail {

/// Bits [0, pos) set; pos < 64.
inline std::uint64_t bits_below(unsigned pos) noexcept { return (1ull << pos) - 1; }

/// Bits above the highest set bit of `mask` (all of them when `mask` is 0).
inline std::uint64_t bits_above_highest(std::uint64_t mask) noexcept {
  if (mask == 0) return ~0ull;
  // 2 << 63 wraps to 0, giving no bits above bit 63.
  return ~((2ull << (63 - __builtin_clzll(mask))) - 1);
}

inline bool is_ascii_space(unsigned char c) noexcept { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

/// The window scanner with each kernel's classification inlined: a kernel
/// classifies 64 bytes at p (all readable) into masks (bit i = byte i) and
/// start attributes. The AVX2 one must only run where cpu_has_avx2(), the
/// AVX-512 one where cpu_has_avx512().
void scan_text_scalar(std::string_view text, std::vector<token>& out);
void scan_text_avx2(std::string_view text, std::vector<token>& out);
void scan_text_avx512(std::string_view text, std::vector<token>& out);
bool cpu_has_avx2() noexcept;
bool cpu_has_avx512() noexcept;

/// Appends the tokens of the chunk text[start, end) by the general rules (see
/// split_chunk). Out of line and rare, so the scan loop's state stays in registers.
void split_special_chunk(std::string_view text, std::uint32_t prev_end, std::uint32_t start, std::uint32_t end,
                         std::vector<token>& out);

/// Does the ASCII word window[s, s + length) (letters and digits, not starting
/// with a digit) keep a period that follows it? Initials ("J.") and known
/// abbreviations do; the answer matches the general splitter's. `window` has 64
/// readable bytes and the period lies inside them: the word is read as one
/// 8-byte load from whichever end keeps it in the window.
inline bool keeps_period(const unsigned char* window, unsigned s, unsigned length) noexcept {
  if (length == 1) return true;
  if (length > 6) return false;
  std::uint64_t word;
  if (s + 8 <= 64) {
    std::memcpy(&word, window + s, 8);
    word = first_bytes(word, length);
  } else {
    std::memcpy(&word, window + s + length - 8, 8);
    word >>= 8 * (8 - length);
  }
  return abbreviation_of_key(lower_ascii_word(word), static_cast<char>(window[s])) != abbreviation_kind::none;
}

/// Writes a token given as (end << 32 | start) and (kind << 16 | flags): on
/// little-endian machines those are its bytes, two stores instead of five.
inline void store_token(token* dst, std::uint64_t span, std::uint32_t value) noexcept {
  static_assert(offsetof(token, end) == 4 && offsetof(token, flags) == 8 && offsetof(token, kind) == 10 &&
                offsetof(token, reserved) == 11);
  if constexpr (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) {
    std::memcpy(reinterpret_cast<unsigned char*>(dst), &span, sizeof span);
    std::memcpy(reinterpret_cast<unsigned char*>(dst) + sizeof span, &value, sizeof value);
  } else {
    token t{};
    t.start = static_cast<std::uint32_t>(span);
    t.end = static_cast<std::uint32_t>(span >> 32);
    t.flags = static_cast<std::uint16_t>(value);
    t.kind = static_cast<token_kind>(value >> 16);
    *dst = t;
  }
}

/// How much of a text the scanner requests before it starts.
inline constexpr std::uint32_t kTextPrefetchBytes = 4096;

/// Runs the window scanner over `text` with a kernel that provides
///   classify(p, attr): masks of the 64 bytes at p, their start attributes into attr;
///   spread(mask, bit, bytes): bytes[i] |= bit for each bit i set in mask;
///   fill(masks, bits, bytes): bytes[i] = the OR of bits[k] for each masks[k] with bit i set;
/// and may provide
///   emit_window(starts, lasts, attr, word_attr, base, dst): writes the tokens of a
///     window without general chunks, returns the end of them (else a scalar loop does).
template <typename Kernel>
void scan_text(std::string_view text, std::vector<token>& out, const Kernel& kernel) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<std::uint32_t>(text.size());
  // About one token per five bytes of news text; grow geometrically so that
  // callers appending many texts to one vector stay linear.
  const std::size_t expected = out.size() + text.size() / 5 + 16;
  if (out.capacity() < expected) out.reserve(std::max(expected, out.capacity() * 2));
  token_sink sink(out);
  // An article is a few kilobytes, often cold: its first lines are requested
  // together rather than one window ahead at a time.
  for (std::uint32_t line = 0; line < n && line < kTextPrefetchBytes; line += 64) __builtin_prefetch(p + line);
  alignas(64) unsigned char tail[64];
  // Start attributes (start_attr) and word attributes (end_attr) per byte of the
  // window. The 32 bytes past the window stay zero: the emit loop below reads
  // index 64 for tokens it writes beyond the window's count and then drops.
  alignas(64) std::uint8_t attr[96] = {};
  alignas(64) std::uint8_t word_attr[96] = {};
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
    // The masks come back by value so they can stay in registers; only the
    // per-byte attributes go through memory.
    const block_masks m = kernel.classify(block, attr);
    const std::uint64_t nonspace = ~m.space;
    // The byte before a window is white space (or the text's start): windows begin
    // at a chunk start, after a long chunk, or 64 bytes after a window whose last
    // byte was white space.
    const std::uint64_t chunk_starts = nonspace & ~(nonspace << 1);
    const std::uint64_t chunk_ends = m.space & (nonspace << 1);  // the first space after a chunk

    // A chunk still open at the window's end is left for the next window, which
    // starts there; without one the next window starts 64 bytes on. (Selects, not
    // branches: whether a window ends inside a chunk is a coin toss.)
    const std::uint64_t open = chunk_starts & bits_above_highest(chunk_ends);
    const auto z = static_cast<unsigned>(std::countr_zero(open));  // 64 when none is open
    if (z == 0) {
      // One chunk fills the window: find its end and split it in general.
      std::uint32_t end = base + 64;
      while (end < n && !is_ascii_space(p[end])) ++end;
      split_special_chunk(text, prev_end, base, end, sink.flush());
      prev_end = end;
      base = end;
      continue;
    }
    const std::uint64_t complete = z < 64 ? bits_below(z) : ~0ull;
    // Clamped: near the 4 GiB limit base + 64 would wrap and the scan never end.
    const std::uint32_t next_base = n - base <= z ? n : base + z;
    __builtin_prefetch(p + next_base);
    __builtin_prefetch(p + next_base + 63);

    // The rules of one window, compiled twice: windows without digits or hyphens
    // (over half of news text) run the same code with those masks known to be
    // empty, so the number and hyphen rules fold away.
    const auto read_window = [&](auto numbers_and_hyphens) {
      constexpr bool kNumbers = decltype(numbers_and_hyphens)::value;
      const std::uint64_t digit = kNumbers ? m.digit : 0;
      const std::uint64_t hyphen = kNumbers ? m.hyphen : 0;
      const std::uint64_t alnum = m.upper | m.lower | digit;
      // Joiners inside words: a hyphen after a letter and before a letter or digit
      // ("al-Qaeda", "F-16"); in a word of digits so far, "." and ":" before a digit
      // and "," before exactly three ("3.5", "10:30", "1,200,000").
      const std::uint64_t letter = m.upper | m.lower;
      const std::uint64_t word_hyphens = hyphen & (((letter << 1) & (alnum >> 1)) | ((digit << 1) & (letter >> 1)));
      const std::uint64_t separators =
          (((m.period | m.colon) & (digit >> 1)) |
           (m.comma & (digit >> 1) & (digit >> 2) & (digit >> 3) & ~(digit >> 4))) &
          (digit << 1);
      // A separator joins only while the word holds nothing but digits: carry from
      // each word's start through digits and separators; it stops at the first letter
      // or hyphen, and the separators it passed are the joined ones.
      const std::uint64_t word_bytes = alnum | word_hyphens | separators;
      const std::uint64_t word_starts = word_bytes & ~(word_bytes << 1);
      const std::uint64_t numeric = digit | separators;
      const std::uint64_t joined_separators = separators & ~((numeric & word_bytes) + word_starts);
      const std::uint64_t joined = alnum | word_hyphens | joined_separators;
      // Dotted acronyms: single letters each followed by a period, two or more in a
      // row ("U.S.", "a.m.", "U.N."), are one word ending in its last period.
      // A possessive "'s" is a token of its own ("Iran's" is "Iran" and "'s"): an
      // apostrophe after a letter or digit, before an s that white space or a mark
      // follows. Other apostrophes ("don't", "O'Brien", "states'") are general.
      const std::uint64_t possessives = m.apostrophe_s & (alnum << 1) & ((m.space | m.mark) >> 2);
      // The s of a possessive is no initial, whatever follows it.
      const std::uint64_t dotted = letter & ~(joined << 1) & ~(joined >> 1) & (m.period >> 1) & ~(possessives << 1);
      const std::uint64_t linked = dotted & (dotted >> 2);  // another dotted letter follows
      const std::uint64_t acronym_letters = linked | (dotted & (linked << 2));
      const std::uint64_t acronym_periods = acronym_letters << 1;
      const std::uint64_t acronym_ends = acronym_periods & ~(acronym_letters >> 1);
      const std::uint64_t in_word = joined | acronym_letters | acronym_periods;
      // A hyphen between digits splits a word of digits ("10-15", "2024-01-29"): a
      // dash of its own when the digit runs on both sides are whole words of digits.
      // Otherwise the general rules decide ("a1-2" joins, "1.5-2" splits).
      const std::uint64_t digit_hyphens = hyphen & (digit << 1) & (digit >> 1);
      const std::uint64_t attached = in_word & ~digit;  // letters, joiners, acronyms
      const std::uint64_t digit_starts = digit & ~(digit << 1);
      const std::uint64_t after_digits = ~digit & (digit << 1);
      const std::uint64_t clean_before = digit_hyphens & (digit + (digit_starts & ~(attached << 1)));
      const std::uint64_t attached_after = (digit + (digit_starts & (digit_hyphens << 1))) & after_digits & attached;
      // A hyphen standing alone between spaces is a dash ("Feb 26 - Showers").
      const std::uint64_t lone_hyphens = hyphen & chunk_starts & (chunk_ends >> 1);
      const std::uint64_t dashes = clean_before | lone_hyphens;
      const std::uint64_t marks = (m.mark & ~joined_separators & ~acronym_periods) | dashes;

      // Bytes that need the general splitter, and the chunks that hold one: anything
      // but words and marks; a run of periods; a letter or digit right after an
      // initial's period ("J.R") or an acronym's ("U.S.A"); "://" of a URL.
      // A separator left unjoined starts a new word whose own separators the
      // carry above did not see ("a1:30"): also general.
      std::uint64_t slow_bytes = (nonspace & ~(in_word | marks | possessives)) | (marks & m.period & (m.period >> 1)) |
                                 (((marks & m.period & (dotted << 1)) | acronym_ends) & (alnum >> 1)) |
                                 (m.colon & (m.slash >> 1)) | (separators & ~joined_separators) |
                                 (digit_hyphens & ~clean_before) | attached_after;
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
      // A possessive token starts at its apostrophe, not at its s.
      std::uint64_t starts =
          ((((in_word & ~(in_word << 1)) & ~(possessives << 1)) | marks | possessives) & simple) | slow_starts;
      std::uint64_t lasts = (((in_word & ~(in_word >> 1)) | marks) & simple) | slow_lasts;
      const std::uint64_t word_periods = marks & m.period & (alnum << 1) & simple;

      // Gap flags at token starts. A space run holds a newline when the carry from
      // its start stops before its end; it holds two when that is still so after
      // removing each run's first newline. The window's first gap may have begun in
      // an earlier window: its newlines count for the first token.
      const std::uint64_t space_runs = m.space & ~(m.space << 1);
      const std::uint64_t carry1 = (m.space & ~m.newline) + space_runs;
      const std::uint64_t gap_ends = chunk_starts & (m.space << 1);  // starts after a gap in this window
      std::uint64_t line_starts = gap_ends & ~carry1;
      const std::uint64_t more_newlines = m.newline & ~carry1;
      std::uint64_t paragraph_starts = gap_ends & ~((m.space & ~more_newlines) + space_runs);
      if (prev_end < base && starts) {
        const std::uint16_t g = gap_flags(text, prev_end, base);
        const std::uint64_t first = starts & (0 - starts);
        if (g & token_flag::newline_before) {
          if (line_starts & first) paragraph_starts |= first;  // one before the window, one inside
          line_starts |= first;
        }
        if (g & token_flag::paragraph_before) paragraph_starts |= first;
      }
      if (base == 0) attr[0] &= static_cast<std::uint8_t>(~start_attr::after_space);  // the text's first byte
      kernel.spread(line_starts, start_attr::newline, attr);
      if (paragraph_starts) kernel.spread(paragraph_starts, start_attr::paragraph, attr);  // most windows hold none

      // Word attributes at each word's last byte, by carries from the word starts
      // that stop at the first byte of a kind: no stop means none in the word.
      // Computed at the byte after each word, then moved onto its last byte.
      const std::uint64_t after_words = ~in_word & (in_word << 1) & (simple << 1);
      const std::uint64_t starts_of_words = in_word & ~(in_word << 1);
      const std::uint64_t with_digit = kNumbers ? after_words & ~((in_word & ~digit) + starts_of_words) : 0;
      const std::uint64_t with_hyphen = kNumbers ? after_words & ~((in_word & ~word_hyphens) + starts_of_words) : 0;
      const std::uint64_t without_lower = after_words & ((in_word & ~m.lower) + starts_of_words);
      const std::uint64_t first_uppers = m.upper & ((in_word & ~m.upper) + starts_of_words);
      const std::uint64_t two_uppers = after_words & ~((in_word & ~(m.upper & ~first_uppers)) + starts_of_words);
      const std::uint64_t digit_led = kNumbers ? after_words & (in_word + (starts_of_words & digit)) : 0;
      const std::uint64_t digit_led_hyphenated = with_hyphen & digit_led;
      const std::uint64_t rare_ends = slow_lasts | (acronym_ends & simple) | (dashes & simple) | digit_led_hyphenated;
      if (!kNumbers && rare_ends == 0) {
        // No digits, no hyphens: two attributes.
        const std::uint64_t end_masks[] = {(without_lower & two_uppers) >> 1};
        static constexpr std::uint8_t kEndBits[] = {end_attr::all_caps};
        kernel.fill(end_masks, kEndBits, word_attr);
      } else if (rare_ends == 0) {
        // Most other windows: only the four common attributes, half the work of all eight.
        const std::uint64_t end_masks[] = {(without_lower & two_uppers) >> 1, with_hyphen >> 1, with_digit >> 1};
        static constexpr std::uint8_t kEndBits[] = {end_attr::all_caps, end_attr::hyphenated, end_attr::digit};
        kernel.fill(end_masks, kEndBits, word_attr);
      } else {
        const std::uint64_t end_masks[] = {(without_lower & two_uppers) >> 1, with_hyphen >> 1,   with_digit >> 1,
                                           slow_lasts,         acronym_ends & simple,
                                           dashes & simple,                   digit_led_hyphenated >> 1};
        static constexpr std::uint8_t kEndBits[] = {end_attr::all_caps,       end_attr::hyphenated,
                                                    end_attr::digit,
                                                    end_attr::special_chunk,  end_attr::acronym,
                                                    end_attr::dash,           end_attr::digit_led_hyphenated};
        kernel.fill(end_masks, kEndBits, word_attr);
      }

      // A period after an initial or a known abbreviation joins its word: the word's
      // last byte moves onto the period, which then starts no token, and the period
      // carries the word's attributes. Done before the emit loop so that loop has no
      // branch per token. Words of seven bytes or more keep no period (keeps_period):
      // a run of seven word bytes before the period rules it out without a look-up,
      // and most sentence ends need no look-up at all.
      const std::uint64_t two = in_word & (in_word << 1), four = two & (two << 2), seven = four & (four << 3);
      for (std::uint64_t periods = word_periods & ~(seven << 1); periods; periods &= periods - 1) {
        const unsigned at = static_cast<unsigned>(__builtin_ctzll(periods));
        const unsigned s = 63u - static_cast<unsigned>(__builtin_clzll(starts & bits_below(at)));
        const unsigned a = attr[s];
        if (!(a & start_attr::digit) && keeps_period(block, s, at - s)) {
          starts &= ~(1ull << at);
          lasts &= ~(1ull << (at - 1));
          word_attr[at] = static_cast<std::uint8_t>(word_attr[at - 1] | end_attr::acronym |
                                                    ((at - 1 == s) & a & start_attr::upper ? end_attr::initial : 0));
        }
      }
      token* window_tokens = sink.next();
      token* dst = window_tokens;
      // A token's start and end as one 64-bit value, its flags and kind as one 32-bit
      // value (kind in bits 16-23, the reserved byte 0): two stores a token.
      const std::uint64_t window_span = (std::uint64_t{base} << 32 | base) + (1ull << 32);
      auto emit = [&] {
        const unsigned s = static_cast<unsigned>(std::countr_zero(starts));
        starts &= starts - 1;
        const unsigned last = static_cast<unsigned>(std::countr_zero(lasts));
        lasts &= lasts - 1;
        store_token(dst++, window_span + s + (std::uint64_t{last} << 32),
                    kAttrValues.start[attr[s]] + kAttrValues.end[word_attr[last]]);
      };
      if (slow_lasts == 0) {
        // The last token ends after the highest bit of `lasts` (read before the
        // tokens leave: reading it back from them would wait on the vector stores).
        if (lasts) prev_end = base + 64 - static_cast<std::uint32_t>(std::countl_zero(lasts));
        if constexpr (requires { kernel.emit_window(starts, lasts, attr, word_attr, base, dst); }) {
          // A kernel that writes a window's tokens with vector instructions.
          dst = kernel.emit_window(starts, lasts, attr, word_attr, base, dst);
        } else {
          // Twelve tokens, then four more when the window has them (most have 9-12,
          // three in four 12 or fewer), written whether or not they exist: the extra
          // ones land in the sink's spare room and are dropped. A loop to the exact
          // count would mispredict its exit about once a window.
          const unsigned count = static_cast<unsigned>(std::popcount(starts));
          for (int k = 0; k < 12; ++k) emit();
          if (count > 12) {
            for (int k = 0; k < 4; ++k) emit();
            if (count > 16) [[unlikely]] {
              while (starts) emit();
            }
          }
          dst = window_tokens + count;
        }
      } else {
        // A window with chunks for the general splitter: token by token, in order.
        while (starts) {
          const unsigned s = static_cast<unsigned>(__builtin_ctzll(starts));
          const unsigned last = static_cast<unsigned>(__builtin_ctzll(lasts));
          if (word_attr[last] & end_attr::special_chunk) [[unlikely]] {
            starts &= starts - 1;
            lasts &= lasts - 1;
            const std::uint32_t before = dst != window_tokens ? dst[-1].end : prev_end;
            sink.commit(dst);
            split_special_chunk(text, before, base + s, base + last + 1, sink.flush());
            prev_end = base + last + 1;
            dst = sink.next();
            window_tokens = dst;
            continue;
          }
          emit();
        }
        if (dst != window_tokens) prev_end = dst[-1].end;
      }
      sink.commit(dst);
    };
    if ((m.digit | m.hyphen) != 0)
      read_window(std::true_type{});
    else
      read_window(std::false_type{});
    base = next_base;
  }
  sink.flush();
}

}  // namespace sitrep::detail
