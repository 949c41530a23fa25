// PETRARCH verb patterns ("- * RESUMPTION_OF_TIES [041]") compiled into the plain
// form a trigger carries in the bundle (entry_source::patterns), which
// lib/parse/verb_patterns.hpp matches around the trigger in a sentence.
//
// The compiled form, one pattern a line: "<words>\t<code>", the words in lower
// case with the verb as "*" among them, joined by "_" (the next word follows
// directly) or " " (words may come between). Synsets ("&CURRENCY") are expanded
// into one line per member (and the member's plural, as PETRARCH makes it);
// actor places ($ source, + target, % compound) and "^" skips read as gaps.
//
// Thread-safety: pure functions of their arguments.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::detail {

/// Synset name ("&CURRENCY") → members as written ("AUSTRIAN FLORIN", "&TIETYPES").
using petrarch_synsets = std::map<std::string, std::vector<std::string>, std::less<>>;

/// The synsets of a verbs dictionary: "&NAME" lines and the "+MEMBER" lines after them.
petrarch_synsets read_petrarch_synsets(std::string_view dictionary_text);

/// The compiled lines of one pattern ("SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS")
/// with `code`; none when the pattern has no verb place "*" or names an unknown
/// synset. At most 256 lines: a pattern of several large synsets is cut there.
std::vector<std::string> compile_petrarch_pattern(std::string_view pattern, std::string_view code,
                                                  const petrarch_synsets& synsets);

}  // namespace sitrep::detail
