// lib/parse/verb_patterns.hpp — the word patterns a trigger carries (PETRARCH
// verbs dictionaries: "- * RESUMPTION_OF_TIES [041]"), matched around the trigger
// in its sentence. The compiled form is described in lexicon/petrarch_patterns.hpp.
//
// Thread-safety: pure functions of their arguments.
#pragma once

#include <cstdint>
#include <string_view>

#include "parse/parse_context.hpp"

namespace sitrep::detail {

/// The code of the most specific pattern of `patterns` (most words; the first
/// listed of equals) that sentence `s` fits around the trigger's tokens
/// [first, last): words before "*" in order before the trigger, words after it in
/// order after it, each joined by "_" right next to the one before. Empty when
/// none fits; "---" when the fitting pattern codes nothing.
std::string_view match_verb_patterns(const parse_context& ctx, std::string_view patterns, std::uint32_t first,
                                     std::uint32_t last, const sentence& s);

}  // namespace sitrep::detail
