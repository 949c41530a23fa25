// sitrep/tokenizer.hpp — news-grade tokenization and sentence splitting.
//
// The tokenizer turns UTF-8 bytes into `token` spans (see token.hpp). It never
// copies or rewrites text: every token is a byte range into the caller's input,
// and the tokens cover every non-whitespace byte exactly once, in order.
//
// Rules, in brief: words keep inner hyphens and apostrophes ("Anwar-ul-Haq",
// "d’affaires"); the possessive clitic is split off ("Iran" "’s"); periods stay
// on initials, acronyms and known abbreviations ("J.", "U.S.", "Gen.", "Jan.");
// numbers keep thousands separators and decimals ("1,200", "3.5"); URLs and
// e-mail addresses stay whole; quotes and dashes in their Unicode forms are
// punctuation tokens with the `quote` / `dash` flags.
//
// Invalid input policy: bytes that are not valid UTF-8, and control characters
// other than whitespace (NUL included), become tokens of kind `invalid`. Offsets
// never shift and nothing is dropped; callers that need clean text (the parser)
// reject such input with an error naming the byte offset.
//
// Speed: the hot path classifies 64-byte windows into bit masks and finds token
// boundaries there, words, marks, joiners and acronyms included; only chunks
// with apostrophes, non-ASCII text or unusual shapes take the general per-code-point
// rules. An AVX-512 or AVX2 kernel is chosen at run time when the CPU has it, and
// the scalar kernel gives identical tokens everywhere (all are tested against the
// general rules applied chunk by chunk).
//
// Thread-safety: all functions here are reentrant; they touch only their arguments.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "sitrep/export.h"
#include "sitrep/token.hpp"

namespace sitrep {
inline namespace v0 {

/// The kernels the tokenizer can run on. All produce identical tokens; asking
/// for one the CPU lacks runs the best one it has below it.
enum class tokenizer_kernel : unsigned char {
  automatic = 0,  ///< the fastest kernel this CPU supports (checked once, at first use)
  scalar = 1,     ///< portable byte-at-a-time classification
  avx2 = 2,       ///< 32-byte vector classification (with BMI1/BMI2)
  avx512 = 3,     ///< 64-byte classification and vector token writing (AVX-512 BW, VBMI, VBMI2)
};

/// The kernel's name: "scalar", "avx2" or "avx512" ("automatic" for automatic).
/// Ownership: a static string, never null; do not free it.
SITREP_API const char* tokenizer_kernel_name(tokenizer_kernel kernel) noexcept;

/// The kernel `automatic` resolves to on this machine.
SITREP_API tokenizer_kernel best_tokenizer_kernel() noexcept;

/// Appends the tokens of `text` to `out` (it is not cleared, so a caller can reuse
/// one vector across documents without reallocating). Offsets are relative to
/// `text`. Precondition: text.size() < 2^32 (the parser checks and reports it).
/// Ownership: tokens point into `text`; the caller keeps `text` alive.
SITREP_API void tokenize(std::string_view text, std::vector<token>& out,
                         tokenizer_kernel kernel = tokenizer_kernel::automatic);

/// Appends the sentences of a tokenized text to `out`. `tokens` must be exactly
/// what `tokenize` produced for `text`. Sentences end at terminal punctuation
/// (with trailing closing quotes), at blank lines, and never after a title,
/// initial or month abbreviation ("Gen.", "J.", "Jan.").
SITREP_API void split_sentences(std::string_view text, const std::vector<token>& tokens,
                                std::vector<sentence>& out);

}  // namespace v0
}  // namespace sitrep
