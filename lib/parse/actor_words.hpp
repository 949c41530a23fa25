// Closed word classes the actor parser needs and the dictionary does not hold:
// honorifics, person nouns that introduce a name ("striker", "coach"), name
// particles ("van", "bin"), organisation head words ("Party", "Bank"), common
// given names, and capitalised function words that never start a name.
//
// All lookups take the word already folded to lower-case ASCII (fold_word) so a
// hot loop folds once into a stack buffer and allocates nothing.
//
// Thread-safety: the tables are immutable after first use (function-local statics).
#pragma once

#include <cstddef>
#include <string_view>

namespace sitrep::detail {
// Own inline namespace: other parsers keep word lists with the same names.
inline namespace actor_lex {

/// A word folded to lower case ASCII (non-ASCII bytes kept), at most 47 bytes;
/// longer words fold to "" (no list holds them).
struct folded_word {
  char buf[48];
  std::size_t len = 0;
  std::string_view view() const noexcept { return {buf, len}; }
};

folded_word fold_word(std::string_view w) noexcept;

/// "Mr", "Mrs", "Dr", "Sir", "Gen" (with or without the period).
bool is_honorific(std::string_view lower) noexcept;
/// Nouns that name a person when directly before a name: "striker", "coach",
/// "spokesman", "champion", "Pope". Not in the role dictionary (sports, family, jobs).
bool is_person_noun(std::string_view lower) noexcept;
/// Lower-case particles inside personal names: "van", "der", "bin", "al", "de".
bool is_name_particle(std::string_view lower) noexcept;
/// Last words of organisation names: "Party", "Bank", "Corp", "Ministry", "United".
bool is_org_head(std::string_view lower) noexcept;
/// Last words of the names of streets and buildings, never of a person's name: "River
/// Avenue", "Wellbeing Campus", "Altnagelvin Hospital". (Not "Hall", "Park", "Lane" or
/// "Church": they are surnames too.)
bool is_place_head(std::string_view lower) noexcept;
/// First words of place names, never of a person's name: "Jabal al Mukabbir", "Wadi
/// Khaled", "Khirbet Tana", "Kafr Nabl", "Deir Hafer", "Mount Kenya", "Lake Chad".
bool is_place_opener(std::string_view lower) noexcept;
/// First words of "X of Y" organisation names: "Ministry", "Bank", "University".
bool is_org_start(std::string_view lower) noexcept;
/// Common given names across languages ("john", "mohammad", "olga").
bool is_given_name(std::string_view lower) noexcept;
/// A South Asian compound personal name: capitalised parts joined by a lower-case
/// particle ("Anwar-ul-Haq", "Ata-ur-Rehman", "Zia-ud-Din").
bool particle_compound_name(std::string_view word) noexcept;
/// Capitalised words that are not names on their own: pronouns, articles,
/// weekdays, months, sentence adverbs ("however").
bool is_capital_function_word(std::string_view lower) noexcept;
/// Common nouns that introduce an organisation's name: "insurer Prudential",
/// "Blackburn, the club", "rivals Leicestershire".
bool is_org_noun(std::string_view lower) noexcept;
/// The closed-class subset of is_capital_function_word (articles, pronouns,
/// conjunctions, prepositions, sentence adverbs, weekdays, months): never inside a name.
bool is_closed_class_word(std::string_view lower) noexcept;
/// Words after a subject that show it acts: auxiliaries and speech verbs
/// ("has", "will", "said", "who").
bool is_subject_cue(std::string_view lower) noexcept;
/// The sector an organisation's name word tells: "parliament" LEG, "ministry" GOV,
/// "army" MIL, "police" COP, "court" JUD, "party" PTY, "university" EDU, "church" REL,
/// "corp" BUS, "radio" MED; "" for none.
std::string_view sector_of_org_word(std::string_view lower) noexcept;
/// Head nouns of groups from elsewhere by nature: "embassy", "diplomats",
/// "tourists", "peacekeepers". A place they are in is not their country.
bool is_foreign_group_head(std::string_view lower) noexcept;

}  // namespace actor_lex
}  // namespace sitrep::detail
