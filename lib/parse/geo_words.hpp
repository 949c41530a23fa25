// Small closed word lists the geoparser's cues need: locative prepositions,
// place nouns ("province", "city"), compass modifiers, ordinary English words
// that are also gazetteer names, and AP-style US state abbreviations.
#pragma once

#include <string_view>

namespace sitrep::detail::geo {

/// What a place noun next to a name says about it.
enum class place_noun { none, admin, city, district, region };

/// Lower-case word `w` (already folded) as a place noun ("province" → admin).
place_noun place_noun_of(std::string_view w) noexcept;

/// Prepositions after which a capitalised name is most likely a place ("in", "near").
bool is_locative_preposition(std::string_view w) noexcept;

/// Prepositions of motion that take places and people alike ("to", "from", "via").
bool is_weak_locative_preposition(std::string_view w) noexcept;

/// Function words that may open a sentence before a place ("In", "The", "From").
bool is_geo_function_word(std::string_view w) noexcept;

/// Compass and size modifiers that prefix a place without making a new name ("northern", "greater").
bool is_place_modifier(std::string_view w) noexcept;

/// Ordinary English words that are also names in the gazetteer ("reading", "bath", "march").
bool is_common_word(std::string_view w) noexcept;

/// What a feature word at the end of a capitalised name makes it ("Street", "Ocean", "Hospital").
enum class feature_word { none, street, landform, site, area };

/// Folded word `w` as the last word of a feature name ("avenue" → street).
feature_word feature_word_of(std::string_view w) noexcept;

/// Folded word `w` as the first word of a feature name ("lake", "mount", "cape").
bool is_feature_prefix(std::string_view w) noexcept;

/// Titles that put a person's name after them ("mr", "sen", "president"), folded.
bool is_person_title(std::string_view w) noexcept;

/// Nouns for relatives (and pets) that a person's name follows: "his wife, Julia", "son Sebastian".
bool is_kinship_noun(std::string_view w) noexcept;
/// A noun whose "of" names the place it belongs to ("the beach of", "the mayor of").
bool names_place_after_of(std::string_view w) noexcept;

/// Verbs of saying that mark the name next to them as a person ("said", "tweeted").
bool is_speech_verb(std::string_view w) noexcept;

/// Suffixes of hyphenated compounds that make the first part a place ("-based", "-born").
bool is_place_compound_suffix(std::string_view w) noexcept;

/// Nouns of land and territory that a nationality adjective locates rather than
/// qualifies as people: "the Syrian capital", "the Turkish border", "European countries".
bool is_territorial_noun(std::string_view w) noexcept;

/// Nouns that turn a land noun before them into people or an institution:
/// "coast guard", "border police", "port authority", "port workers".
bool is_institution_noun(std::string_view w) noexcept;

/// The dictionary name of the region or admin1 area an adjective of no country names
/// ("european" → "Europe", "latin american" → "Latin America", "english" → "England",
/// "kurdish" → "Kurdistan"), or "" when it is none. `w` is folded.
std::string_view region_of_adjective(std::string_view w) noexcept;

/// An AP-style or postal US state abbreviation ("Calif.", "N.M.", "TX") → the state's
/// name ("California"), or "" when it is none. `w` is the token as written.
std::string_view us_state_of_abbreviation(std::string_view w) noexcept;

/// A Canadian Press or postal abbreviation of a Canadian province or territory ("B.C.", "Ont.", "QC")
/// → its name ("British Columbia"), or "" when it is none. `w` is the token as written.
std::string_view canadian_province_of_abbreviation(std::string_view w) noexcept;

}  // namespace sitrep::detail::geo
