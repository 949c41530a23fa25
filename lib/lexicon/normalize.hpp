// Folding of surface text into dictionary keys: case, diacritics, quotes,
// dashes and abbreviation periods, so "U.S." = "US", "Baluchistan" ≠ "Balochistan"
// (those are aliases) but "Sistan-Baluchestan" = "Sistan Baluchestan".
#pragma once

#include <string>
#include <string_view>

#include "sitrep/token.hpp"

namespace sitrep::detail {

/// Appends the key form of one token to `out`: lower case, Latin diacritics
/// removed, typographic quotes and dashes folded to ASCII, inner hyphens turned
/// into spaces (word breaks), periods dropped from abbreviations ("U.S." → "us").
void append_token_key(std::string_view token_text, const token& t, std::string& out);

/// The same, written to `out` (room for 3 × token_text.size() bytes: a folded key
/// is never longer than that); returns the key's length. No allocation.
std::size_t write_token_key(std::string_view token_text, const token& t, char* out);

/// The key of a whole phrase as written in a dictionary: tokenized with the
/// library tokenizer, token keys joined by single spaces.
std::string phrase_key(std::string_view phrase);

/// Is `key` (one normalised word) a function word — "the", "of", "to", "said" …?
/// A lower-case function word never starts a dictionary phrase: the matcher
/// skips it without a lookup, and the compiler drops lower-case aliases that
/// would need one ("in custody"). Capitalised ones still start names ("To Lam",
/// "As Suwayda", "The Hague").
bool is_phrase_stopword(std::string_view key) noexcept;

/// Case requirements a dictionary alias puts on text that matches it.
namespace alias_flag {
inline constexpr std::uint16_t needs_capital = 1u << 0;   // "Reading" the town, not "reading"
inline constexpr std::uint16_t needs_all_caps = 1u << 1;  // "US", "IS", "TTP": acronyms only in capitals
inline constexpr std::uint16_t demonym = 1u << 2;         // "Iranian" names the country as an adjective
}  // namespace alias_flag

/// The case flags an alias as written implies.
std::uint16_t alias_case_flags(std::string_view alias);

/// Does the text span satisfy `flags`? (`first` is the span's first token.)
bool surface_satisfies(std::string_view span_text, std::uint16_t flags);

/// 64-bit FNV-1a, incremental: hash_bytes(hash_bytes(h, "a"), " b") == hash of "a b".
inline constexpr std::uint64_t kHashSeed = 14695981039346656037ull;
inline std::uint64_t hash_bytes(std::uint64_t h, std::string_view s) noexcept {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace sitrep::detail
