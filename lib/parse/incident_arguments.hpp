// lib/parse/incident_arguments.hpp — who an incident's trigger is about: the actor
// mentions of its sentence, which of them a preposition or verb governs, names
// coordinated by "and", the speaker of a reported obligation, the states a
// nationality adjective names on either side of the trigger, and the state a country
// named as a place after the trigger stands for.
//
// Thread-safety: reentrant; the functions that take `actors` by non-const reference
// may add a state actor to it (and return its id).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "parse/parse_context.hpp"
#include "sitrep/records.hpp"

namespace sitrep::detail {

/// One actor mention inside a span.
struct mention_ref {
  std::uint32_t index;  // actor index
  span where;
};

/// Every actor mention inside `s`, in text order.
std::vector<mention_ref> mentions_in(const std::vector<actor>& actors, span s);
/// Is the mention at `where` the object of a preposition or of a verb like "told"?
bool governed(const parse_context& ctx, span where);
/// Is the mention at `where` the object of a past-tense verb right before it ("exchanged
/// 100 prisoners", "expelled the diplomats")? Participles used as adjectives ("armed men",
/// "the embattled president") govern nothing.
bool object_of_verb(const parse_context& ctx, span where);
/// The sentence's reporting verb ("said", "declared" ...) nearest before token
/// `before`, else the first after it; -1 when there is none.
int reporting_verb(const parse_context& ctx, const sentence& s, std::uint32_t before);

/// The byte where a sentence's trailing attribution (", officials said Thursday.")
/// begins, looking after token `after`; the sentence's end when it has none.
std::uint32_t attribution_start(const parse_context& ctx, const sentence& s, std::uint32_t after);
/// The actor ids of mention `at` of `ms` and of the mentions coordinated with it by
/// "and", walking before it (`step` -1) or after it (+1), nearest first; none when
/// `at` is out of range.
std::vector<std::string> coordinated_ids(std::string_view text, const std::vector<actor>& actors,
                                         const std::vector<mention_ref>& ms, std::size_t at, int step);
/// The id of the state actor for `country`, created with `country_name` and
/// `mention` when the document has none yet.
std::string state_actor_for(std::vector<actor>& actors, std::string_view country, std::string_view country_name,
                            span mention);
/// "an Iranian air strike": the state a nationality right before the trigger names.
std::optional<std::string> demonym_source(const parse_context& ctx, std::vector<actor>& actors,
                                          const phrase_match& trig, std::uint32_t sentence_first);
/// "rejected an Indian proposal": the state a nationality opening the trigger's object names.
std::optional<std::string> demonym_target(const parse_context& ctx, std::vector<actor>& actors,
                                          const phrase_match& trig, std::uint32_t sentence_last);

/// "contribute troops to a force in Liberia", "evacuate settlements in Lebanon": with no
/// actor as its object, an act aimed at a country named as a place is aimed at that state.
/// The country follows the trigger in its clause after "to", "in", "into", "from", "on",
/// "at" or "against", a few words on; never a source's own state.
std::optional<std::string> place_target(const parse_context& ctx, std::vector<actor>& actors,
                                        const std::vector<location>& locations, const phrase_match& trig,
                                        std::uint32_t sentence_last, const std::vector<std::string>& sources);

}  // namespace sitrep::detail
