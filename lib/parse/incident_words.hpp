// lib/parse/incident_words.hpp — the word tests the incident passes share: a token
// against a list of lower-case words, a sentence's words, the tokens of a byte range.
//
// Thread-safety: pure functions of their arguments.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>

#include "parse/parse_context.hpp"

namespace sitrep::detail {

/// Is `w`, case-folded in ASCII, exactly `want` (given in lower case)?
bool lower_word(std::string_view w, std::string_view want);
/// Is `w` one of `words` (lower case)?
bool any_of_words(std::string_view w, std::initializer_list<std::string_view> words);
/// Does sentence `s` hold any of `words`?
bool sentence_has_any(const parse_context& ctx, const sentence& s, std::initializer_list<std::string_view> words);
/// The index of the sentence that starts at byte `start` (an incident's sentence span
/// starts where its sentence does), or ctx.sentences.size() when none does.
std::size_t sentence_starting_at(const parse_context& ctx, std::uint32_t start);
/// Do the tokens that start inside the byte range `sp` (a trigger) hold any of `words`?
bool span_has_any(const parse_context& ctx, span sp, std::initializer_list<std::string_view> words);
/// Does the sentence spanning `sp`, or the one after it, hold any of `words`?
bool sentence_or_next_has(const parse_context& ctx, span sp, std::initializer_list<std::string_view> words);
/// Is one of `words` among the `n` tokens before `first_token`, in the sentence that
/// starts at `sentence_first`?
bool any_word_before(const parse_context& ctx, std::uint32_t first_token, std::uint32_t sentence_first,
                     std::uint32_t n, std::initializer_list<std::string_view> words);
/// Is `w` a verb of giving that takes its recipient as a bare object ("gave Tanzania
/// a grant", "offered Iran talks", "sent Kyiv arms")?
bool giving_verb(std::string_view w);
/// Is the name on tokens [first, end) the recipient a verb of giving names as its bare
/// object ("gave Tanzania a grant", "offered the Ivory Coast aid"), within the
/// sentence's tokens [floor, limit)? What is given must follow it: in "offer the
/// Corentyne route" the name describes the thing offered.
bool bare_recipient(const parse_context& ctx, std::uint32_t first, std::uint32_t end, std::uint32_t floor,
                    std::uint32_t limit);
/// The last word of a name or phrase ("young men" → "men").
std::string_view last_word(std::string_view s);
/// Does `trigger` tell a death, violent or not ("died", "perished", "drowned", "lost
/// their lives")? The one it tells of is its victim, as a passive's subject is.
bool tells_a_death(const parse_context& ctx, span trigger);
/// The first token starting at or after byte `at`.
std::uint32_t token_starting_at(const parse_context& ctx, std::uint32_t at);
/// The tokens [first, last) that start inside the byte range [from, to).
std::pair<std::uint32_t, std::uint32_t> tokens_between(const parse_context& ctx, std::uint32_t from, std::uint32_t to);

}  // namespace sitrep::detail
