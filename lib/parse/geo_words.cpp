// Closed word lists for the geoparser (see geo_words.hpp). Lists are sorted so a
// binary search answers; they are general English, never taken from a test set.
#include "parse/geo_words.hpp"

#include <algorithm>
#include <iterator>

namespace sitrep::detail::geo {
namespace {

template <std::size_t N>
bool in_sorted(const std::string_view (&list)[N], std::string_view w) noexcept {
  return std::binary_search(std::begin(list), std::end(list), w);
}

constexpr std::string_view kLocative[] = {
    "across", "around", "at", "in", "inside", "into", "near", "outside", "throughout", "within",
};

constexpr std::string_view kWeakLocative[] = {
    "along", "between", "from", "on", "to", "toward", "towards", "via",
};

constexpr std::string_view kFunction[] = {
    "a", "about", "across", "after", "against", "all", "along", "also", "although", "amid", "amidst", "among",
    "an", "and", "around", "as", "at", "because", "before", "behind", "below", "beneath", "beside", "besides",
    "between", "beyond", "both", "but", "by", "despite", "down", "during", "each", "even", "every", "for",
    "from", "hence", "how", "however", "if", "in", "indeed", "inside", "into", "last", "like", "many",
    "meanwhile", "most", "near", "neither", "next", "nor", "of", "off", "on", "once", "only", "onto", "or",
    "out", "outside", "over", "past", "per", "perhaps", "round", "since", "so", "some", "than", "that", "the",
    "then", "these", "this", "those", "though", "through", "throughout", "thus", "to", "today", "tomorrow",
    "toward", "towards", "under", "unless", "unlike", "until", "up", "upon", "versus", "via", "what", "when",
    "where", "whereas", "whether", "which", "while", "who", "why", "with", "within", "without", "yesterday",
    "yet",
};

constexpr std::string_view kModifiers[] = {
    "central", "downtown", "east", "eastern", "greater", "inner", "lower", "metro", "north", "northeast",
    "northeastern", "northern", "northwest", "northwestern", "outer", "rural", "south", "southeast",
    "southeastern", "southern", "southwest", "southwestern", "upper", "west", "western",
};

// English words (lower case) that GeoNames also lists as towns; a capital letter
// alone (sentence start, headline case) does not make them places.
constexpr std::string_view kCommon[] = {
    "about", "academy", "accident", "aid", "alert", "alliance", "also", "angel", "angels", "april", "army",
    "arrow", "as", "august", "avenue", "bad", "ball", "bank", "bar", "bath", "battle", "bay", "beach", "bear",
    "bell", "best", "big", "black", "bloody", "blue", "border", "bow", "branch", "bridge", "brook", "but",
    "cabinet", "camp", "canon", "cape", "capital", "captain", "castle", "cathedral", "center", "central",
    "centre", "chance", "chapel", "charity", "church", "city", "clay", "cliff", "climax", "club", "coach",
    "coast", "college", "colony", "commerce", "congress", "constitution", "corona", "council", "court",
    "cove", "cross", "crown", "date", "day", "deal", "deep", "delta", "democrat", "diamond", "eagle", "early", "east",
    "eastern", "echo", "eden", "el nino", "energy", "english", "enterprise", "equality", "even", "evening",
    "fair", "faith", "falls", "fame", "farmer", "federal", "ferry", "field", "flat", "ford", "forest", "fort",
    "fortune", "freedom", "friday", "friendship", "frost", "garden", "gas", "gate", "glen", "globe", "god",
    "gold", "golden", "grace", "grand", "green", "grove", "guard", "gulf", "hall", "harbor", "harbour",
    "harmony", "haven", "health", "heart", "heights", "hill", "hills", "home", "hope", "hospital", "house",
    "independence", "industry", "interior", "island", "islands", "joy", "july", "june", "justice", "king",
    "kings", "la nina", "lake", "lakes", "lane", "law", "lead", "liberty", "lion", "littoral", "lodge",
    "long", "lord", "love", "luck", "lucky", "main", "male", "mall", "man", "manor", "many", "march",
    "marine", "market", "may", "mayor", "media", "memorial", "mercy", "metro", "middle", "midlands", "mill", "mission",
    "mobile", "monday", "moon", "more", "most", "mount", "mountain", "national", "nice", "no", "normal",
    "north", "northern", "oak", "ocean", "of", "office", "opportunity", "order", "palm", "paradise", "park",
    "pearl", "people", "pine", "plain", "plains", "plateau", "plenty", "point", "police", "port", "post",
    "prairie", "president", "pride", "prince", "progress", "prospect", "queen", "rain", "ranch", "reading",
    "record", "red", "reform", "republic", "rich", "ridge", "river", "rock", "rose", "royal", "safety",
    "salt", "saturday", "school", "security", "senate", "shelter", "silver", "snow", "social", "society",
    "south", "southern", "split", "spring", "springs", "star", "state", "station", "stone", "story", "street",
    "success", "summit", "sunday", "sunrise", "sunset", "superior", "temple", "thursday", "time", "today",
    "tower", "town", "trade", "transport", "trinity", "truth", "tuesday", "union", "unity", "university",
    "valley", "victory", "view", "village", "virgin", "vista", "wall", "water", "we", "wednesday", "welcome",
    "well", "wells", "west", "western", "white", "winner", "wood", "woods", "worth", "young",
};

constexpr std::string_view kTitles[] = {
    "capt", "col", "dr", "gen", "gov", "judge", "lt", "miss", "mr", "mrs", "ms", "prof", "rep", "rev", "sen",
    "sgt", "sir",
};

// Nouns whose "of" names the place they belong to: "the beach of Knokke-Heist", "the
// streets of Kharkiv", "the mayor of Lviv". (Not "residents of": a constituency or an
// estate follows as often.)
constexpr std::string_view kOfPlace[] = {
    "beach", "beaches", "center", "centre", "coast", "heart", "mayor", "port", "shores", "streets",
};

constexpr std::string_view kKinship[] = {
    "aunt", "boyfriend", "brother", "cat", "cousin", "dad", "daughter", "daughters", "dog", "father",
    "fiance", "fiancee", "girlfriend", "granddaughter", "grandfather", "grandmother", "grandson", "husband",
    "mom", "mother", "mum", "nephew", "niece", "partner", "puppy", "sister", "son", "sons", "uncle", "wife",
};

constexpr std::string_view kSpeech[] = {
    "added", "adds", "admits", "admitted", "argued", "argues", "asked", "asks", "claimed", "claims",
    "conceded", "concedes", "explained", "explains", "insisted", "insists", "noted", "notes", "recalled",
    "recalls", "replied", "said", "says", "stated", "states", "tells", "told", "tweeted", "tweets", "writes",
    "wrote",
};

constexpr std::string_view kCompoundSuffix[] = {
    "area", "based", "born", "bound", "headquartered", "raised", "region", "registered",
};

// Land, territory, the fixed facilities on it and what it holds, not people or
// institutions: "Syrian forces" stay an actor; "the Syrian border", "Tunisian
// airbases", "the Turkish livestock market", "American jobs", "a South Korean
// court" and "the European economy" are places. Imports, exports and policies are
// a state's acts and stay out.
constexpr std::string_view kTerritorial[] = {
    "airbases", "airports", "airspace", "assembly", "beaches", "border", "borderlands", "borders", "capital",
    "cities", "city", "coast", "coastline", "coasts", "countries", "country", "countryside", "court",
    "courts", "economies", "economy", "enclave", "facilities", "factories", "farms", "flights", "forests",
    "frontier", "heartland", "highways", "hinterland", "hospitals", "industries", "industry", "interior",
    "island", "islands", "jails", "jobs", "jurisdictions", "land", "lands", "livestock", "mainland", "market",
    "markets", "mines", "nations", "oilfields", "parliament", "peninsula", "plants", "port", "ports",
    "prisons", "project", "projects", "province", "provinces", "region", "regions", "rivers", "roads",
    "shores", "site", "sites", "soil", "states", "territories", "territory", "tour", "town", "towns",
    "village", "villages", "waters",
};

constexpr std::string_view kInstitution[] = {
    "agency", "authorities", "authority", "council", "guard", "guards", "officials", "patrol", "police",
    "service", "troops", "union", "workers",
};

struct region_adjective {
  std::string_view adjective;
  std::string_view region;
};
// Continental and regional adjectives; sorted by adjective.
constexpr region_adjective kRegionAdjectives[] = {
    {"african", "Africa"},          {"asian", "Asia"},
    {"balkan", "Balkans"},          {"caribbean", "Caribbean"},
    {"central american", "Central America"}, {"central asian", "Central Asia"},
    {"east african", "East Africa"}, {"east asian", "East Asia"},
    {"english", "England"},         {"european", "Europe"},
    {"kurdish", "Kurdistan"},       {"latin american", "Latin America"},
    {"middle eastern", "Middle East"}, {"north african", "North Africa"},
    {"northern irish", "Northern Ireland"}, {"scottish", "Scotland"},
    {"south american", "South America"}, {"south asian", "South Asia"},
    {"southeast asian", "Southeast Asia"}, {"soviet", "Soviet Union"},
    {"welsh", "Wales"},
    {"west african", "West Africa"},
};

struct state_abbr {
  std::string_view abbr;
  std::string_view name;
};
// AP style (with periods) and USPS codes; sorted by abbreviation.
constexpr state_abbr kStates[] = {
    {"AK", "Alaska"}, {"AL", "Alabama"}, {"AR", "Arkansas"}, {"AZ", "Arizona"}, {"Ala.", "Alabama"},
    {"Ariz.", "Arizona"}, {"Ark.", "Arkansas"}, {"CA", "California"}, {"CO", "Colorado"}, {"CT", "Connecticut"},
    {"Calif.", "California"}, {"Colo.", "Colorado"}, {"Conn.", "Connecticut"}, {"D.C.", "District of Columbia"},
    {"DC", "District of Columbia"}, {"DE", "Delaware"}, {"Del.", "Delaware"}, {"FL", "Florida"},
    {"Fla.", "Florida"}, {"GA", "Georgia"}, {"Ga.", "Georgia"}, {"HI", "Hawaii"}, {"IA", "Iowa"}, {"ID", "Idaho"},
    {"IL", "Illinois"}, {"IN", "Indiana"}, {"Ill.", "Illinois"}, {"Ind.", "Indiana"}, {"KS", "Kansas"},
    {"KY", "Kentucky"}, {"Kan.", "Kansas"}, {"Kans.", "Kansas"}, {"Ky.", "Kentucky"}, {"LA", "Louisiana"},
    {"La.", "Louisiana"}, {"MA", "Massachusetts"}, {"MD", "Maryland"}, {"ME", "Maine"}, {"MI", "Michigan"},
    {"MN", "Minnesota"}, {"MO", "Missouri"}, {"MS", "Mississippi"}, {"MT", "Montana"}, {"Mass.", "Massachusetts"},
    {"Md.", "Maryland"}, {"Mich.", "Michigan"}, {"Minn.", "Minnesota"}, {"Miss.", "Mississippi"},
    {"Mo.", "Missouri"}, {"Mont.", "Montana"}, {"N.C.", "North Carolina"}, {"N.D.", "North Dakota"},
    {"N.H.", "New Hampshire"}, {"N.J.", "New Jersey"}, {"N.M.", "New Mexico"}, {"N.Y.", "New York"},
    {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"NE", "Nebraska"}, {"NH", "New Hampshire"},
    {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NV", "Nevada"}, {"NY", "New York"}, {"Neb.", "Nebraska"},
    {"Nebr.", "Nebraska"}, {"Nev.", "Nevada"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
    {"Okla.", "Oklahoma"}, {"Ore.", "Oregon"}, {"PA", "Pennsylvania"}, {"Pa.", "Pennsylvania"},
    {"R.I.", "Rhode Island"}, {"RI", "Rhode Island"}, {"S.C.", "South Carolina"}, {"S.D.", "South Dakota"},
    {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"}, {"TX", "Texas"},
    {"Tenn.", "Tennessee"}, {"UT", "Utah"}, {"VA", "Virginia"}, {"VT", "Vermont"}, {"Va.", "Virginia"},
    {"Vt.", "Vermont"}, {"W.Va.", "West Virginia"}, {"WA", "Washington"}, {"WI", "Wisconsin"},
    {"WV", "West Virginia"}, {"WY", "Wyoming"}, {"Wash.", "Washington"}, {"Wis.", "Wisconsin"},
    {"Wisc.", "Wisconsin"}, {"Wyo.", "Wyoming"},
};

// Canadian Press style (with periods) and Canada Post codes; sorted by abbreviation.
constexpr state_abbr kProvinces[] = {
    {"AB", "Alberta"}, {"Alta.", "Alberta"}, {"B.C.", "British Columbia"}, {"BC", "British Columbia"},
    {"MB", "Manitoba"}, {"Man.", "Manitoba"}, {"N.B.", "New Brunswick"}, {"N.L.", "Newfoundland and Labrador"},
    {"N.S.", "Nova Scotia"}, {"N.W.T.", "Northwest Territories"}, {"NB", "New Brunswick"},
    {"NL", "Newfoundland and Labrador"}, {"NS", "Nova Scotia"}, {"NT", "Northwest Territories"}, {"NU", "Nunavut"},
    {"Nfld.", "Newfoundland and Labrador"}, {"ON", "Ontario"}, {"Ont.", "Ontario"}, {"P.E.I.", "Prince Edward Island"},
    {"PE", "Prince Edward Island"}, {"QC", "Quebec"}, {"Que.", "Quebec"}, {"SK", "Saskatchewan"},
    {"Sask.", "Saskatchewan"}, {"Y.T.", "Yukon"}, {"YT", "Yukon"},
};

template <std::size_t N>
constexpr bool sorted_words(const std::string_view (&list)[N]) {
  return std::is_sorted(std::begin(list), std::end(list));
}
static_assert(sorted_words(kLocative) && sorted_words(kWeakLocative) && sorted_words(kFunction) && sorted_words(kModifiers) &&
              sorted_words(kCommon) && sorted_words(kCompoundSuffix) &&
              sorted_words(kTitles) && sorted_words(kSpeech) && sorted_words(kTerritorial) &&
              sorted_words(kKinship) && sorted_words(kInstitution) && sorted_words(kOfPlace));
static_assert(std::is_sorted(std::begin(kRegionAdjectives), std::end(kRegionAdjectives),
                             [](const region_adjective& a, const region_adjective& b) { return a.adjective < b.adjective; }));
static_assert(std::is_sorted(std::begin(kStates), std::end(kStates),
                             [](const state_abbr& a, const state_abbr& b) { return a.abbr < b.abbr; }));
static_assert(std::is_sorted(std::begin(kProvinces), std::end(kProvinces),
                             [](const state_abbr& a, const state_abbr& b) { return a.abbr < b.abbr; }));

}  // namespace

place_noun place_noun_of(std::string_view w) noexcept {
  struct entry {
    std::string_view word;
    place_noun noun;
  };
  static constexpr entry kNouns[] = {
      {"borough", place_noun::district},  {"capital", place_noun::city},     {"city", place_noun::city},
      {"county", place_noun::district},   {"district", place_noun::district},
      {"districts", place_noun::district}, {"emirate", place_noun::admin},   {"enclave", place_noun::city},
      {"governorate", place_noun::admin}, {"municipality", place_noun::city}, {"neighborhood", place_noun::city},
      {"neighbourhood", place_noun::city}, {"oblast", place_noun::admin},    {"outskirts", place_noun::city},
      {"parish", place_noun::district},   {"prefecture", place_noun::admin}, {"province", place_noun::admin},
      {"provinces", place_noun::admin},   {"region", place_noun::region},    {"regions", place_noun::region},
      {"state", place_noun::admin},       {"suburb", place_noun::city},      {"suburbs", place_noun::city},
      {"town", place_noun::city},         {"township", place_noun::city},    {"valley", place_noun::region},
      {"village", place_noun::city},      {"villages", place_noun::city},
  };
  static_assert(std::is_sorted(std::begin(kNouns), std::end(kNouns),
                               [](const entry& a, const entry& b) { return a.word < b.word; }));
  const auto it = std::lower_bound(std::begin(kNouns), std::end(kNouns), w,
                                   [](const entry& e, std::string_view v) { return e.word < v; });
  return it != std::end(kNouns) && it->word == w ? it->noun : place_noun::none;
}

feature_word feature_word_of(std::string_view w) noexcept {
  struct entry {
    std::string_view word;
    feature_word kind;
  };
  static constexpr entry kFeatures[] = {
      {"academy", feature_word::site}, {"airport", feature_word::site}, {"arena", feature_word::site},
      {"ave", feature_word::street}, {"avenue", feature_word::street}, {"basilica", feature_word::site},
      {"bay", feature_word::landform}, {"beach", feature_word::landform}, {"blvd", feature_word::street},
      {"borough", feature_word::area}, {"boulevard", feature_word::street}, {"bridge", feature_word::site},
      {"campus", feature_word::site}, {"canal", feature_word::landform}, {"canyon", feature_word::landform},
      {"castle", feature_word::site}, {"cathedral", feature_word::site}, {"cemetery", feature_word::site},
      {"center", feature_word::site}, {"centre", feature_word::site}, {"chapel", feature_word::site},
      {"church", feature_word::site}, {"coast", feature_word::landform}, {"college", feature_word::site},
      {"complex", feature_word::site}, {"consulate", feature_word::site}, {"county", feature_word::area},
      {"courthouse", feature_word::site}, {"creek", feature_word::landform}, {"delta", feature_word::landform},
      {"desert", feature_word::landform}, {"drive", feature_word::street}, {"embassy", feature_word::site},
      {"estate", feature_word::site}, {"forest", feature_word::landform}, {"graveyard", feature_word::site},
      {"hall", feature_word::site}, {"heights", feature_word::area}, {"highway", feature_word::street},
      {"hills", feature_word::landform}, {"hospital", feature_word::site}, {"hotel", feature_word::site},
      {"island", feature_word::landform}, {"islands", feature_word::landform},
      {"jail", feature_word::site}, {"lane", feature_word::street}, {"library", feature_word::site},
      {"mall", feature_word::site}, {"market", feature_word::site}, {"mosque", feature_word::site},
      {"mountains", feature_word::landform}, {"museum", feature_word::site}, {"ocean", feature_word::landform},
      {"parade", feature_word::street}, {"parish", feature_word::area}, {"park", feature_word::site},
      {"peninsula", feature_word::landform}, {"plantation", feature_word::site}, {"prison", feature_word::site},
      {"racecourse", feature_word::site}, {"rd", feature_word::street}, {"river", feature_word::landform},
      {"road", feature_word::street}, {"school", feature_word::site}, {"sea", feature_word::landform},
      {"square", feature_word::street}, {"st", feature_word::street}, {"stadium", feature_word::site},
      {"station", feature_word::site}, {"strait", feature_word::landform}, {"street", feature_word::street},
      {"theater", feature_word::site}, {"theatre", feature_word::site}, {"tower", feature_word::site},
      {"township", feature_word::area}, {"university", feature_word::site}, {"valley", feature_word::landform},
      {"zoo", feature_word::site},
  };
  static_assert(std::is_sorted(std::begin(kFeatures), std::end(kFeatures),
                               [](const entry& a, const entry& b) { return a.word < b.word; }));
  const auto it = std::lower_bound(std::begin(kFeatures), std::end(kFeatures), w,
                                   [](const entry& e, std::string_view v) { return e.word < v; });
  return it != std::end(kFeatures) && it->word == w ? it->kind : feature_word::none;
}

bool is_feature_prefix(std::string_view w) noexcept {
  return w == "lake" || w == "mount" || w == "mt" || w == "cape" || w == "isle" || w == "gulf";
}

bool is_locative_preposition(std::string_view w) noexcept { return in_sorted(kLocative, w); }
bool is_weak_locative_preposition(std::string_view w) noexcept { return in_sorted(kWeakLocative, w); }
bool is_geo_function_word(std::string_view w) noexcept { return in_sorted(kFunction, w); }
bool is_place_modifier(std::string_view w) noexcept { return in_sorted(kModifiers, w); }
bool is_common_word(std::string_view w) noexcept { return in_sorted(kCommon, w); }
bool is_person_title(std::string_view w) noexcept { return in_sorted(kTitles, w); }
bool is_speech_verb(std::string_view w) noexcept { return in_sorted(kSpeech, w); }
bool is_kinship_noun(std::string_view w) noexcept { return in_sorted(kKinship, w); }
bool names_place_after_of(std::string_view w) noexcept { return in_sorted(kOfPlace, w); }
bool is_place_compound_suffix(std::string_view w) noexcept { return in_sorted(kCompoundSuffix, w); }

bool is_territorial_noun(std::string_view w) noexcept { return in_sorted(kTerritorial, w); }
bool is_institution_noun(std::string_view w) noexcept { return in_sorted(kInstitution, w); }

std::string_view region_of_adjective(std::string_view w) noexcept {
  const auto it = std::lower_bound(std::begin(kRegionAdjectives), std::end(kRegionAdjectives), w,
                                   [](const region_adjective& e, std::string_view v) { return e.adjective < v; });
  return it != std::end(kRegionAdjectives) && it->adjective == w ? it->region : std::string_view{};
}

std::string_view us_state_of_abbreviation(std::string_view w) noexcept {
  const auto it = std::lower_bound(std::begin(kStates), std::end(kStates), w,
                                   [](const state_abbr& e, std::string_view v) { return e.abbr < v; });
  return it != std::end(kStates) && it->abbr == w ? it->name : std::string_view{};
}

std::string_view canadian_province_of_abbreviation(std::string_view w) noexcept {
  const auto it = std::lower_bound(std::begin(kProvinces), std::end(kProvinces), w,
                                   [](const state_abbr& e, std::string_view v) { return e.abbr < v; });
  return it != std::end(kProvinces) && it->abbr == w ? it->name : std::string_view{};
}

}  // namespace sitrep::detail::geo
