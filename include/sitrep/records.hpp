// sitrep/records.hpp — the typed records a parse returns (the output contract).
//
// These mirror ../design/interface.md field for field: actors, locations, dates
// (temporal expressions) and incidents, gathered in a `document`. All offsets are
// byte offsets into the UTF-8 input, half-open. Records own their strings (they
// outlive the input), so a document can be stored, moved across threads or
// serialised after the text is gone.
//
// Thread-safety: plain values; concurrent reads are safe, writes need the usual care.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sitrep {
inline namespace v0 {

/// A half-open byte range [start, end) in the input.
struct span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  friend constexpr bool operator==(const span& a, const span& b) noexcept {
    return a.start == b.start && a.end == b.end;
  }
};

/// How precisely a date value is known. Names match the contract's strings.
enum class date_precision : std::uint8_t { none, day, week, month, quarter, season, year, decade, vague };

/// The contract string for a precision ("day", "none", …).
const char* to_string(date_precision p) noexcept;

/// A proleptic Gregorian calendar day.
struct civil_date {
  int year = 0;
  int month = 0;  ///< 1..12
  int day = 0;    ///< 1..31
  friend constexpr bool operator==(const civil_date& a, const civil_date& b) noexcept {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

/// A temporal expression found in the text and its resolved value.
struct date_mention {
  span where;              ///< the expression's bytes
  std::string text;        ///< the expression as written
  std::string value;       ///< TIMEX3 value ("2024-01-16", "2024-W04", "PAST_REF"); empty = unresolved
  date_precision precision = date_precision::none;
};

/// A number found in the text ("nine", "1,200", "at least 11", "dozens").
struct quantity {
  span where;
  std::int64_t value = 0;   ///< best single value (ACLED-style for vague amounts)
  std::int64_t low = 0;     ///< lower bound (== value when exact)
  std::int64_t high = 0;    ///< upper bound (== value when exact; INT64_MAX when open)
  bool approximate = false; ///< "about", "dozens", "at least"…
};

/// An entity that acts: a person, organisation, state or group.
struct actor {
  std::string id;                   ///< "a0", "a1", … unique within the document
  std::string name;                 ///< canonical name
  std::string kind;                 ///< "person", "organization", "state", "group"
  std::string country;              ///< ISO 3166-1 alpha-3, empty = unknown
  std::string sector;               ///< GOV, MIL, REB, UAF, CVL, LAB, COP, IGO, …; empty = unknown
  std::string role;                 ///< lower-case title ("foreign minister"); for a group without one, the part it plays ("protesters", "rioters"); empty = none
  std::optional<std::int64_t> count;///< group size when stated
  std::vector<span> mentions;       ///< every mention, coreferent ones included
};

/// A place resolved to a gazetteer entry. Mentions are toponyms ("Balochistan"), and also
/// nationality adjectives that name the land ("the Syrian capital" → Syria; "Syrian forces"
/// is an actor, not a mention). A `place` without `geonames_id` is a name the gazetteer
/// lacks — a street, a site, a village named with its container ("New Quay, Ceredigion") —
/// with the country, admin1 and coordinates of the town or area it is said to be in, when
/// the text says one.
struct location {
  std::string id;                   ///< "l0", …
  std::string name;                 ///< gazetteer name ("Balochistan"), or the name as written
  std::string kind;                 ///< "country", "admin1", "admin2", "city", "place" (landmarks, islands,
                                    ///< features, unlisted towns), "region"
  std::string country;              ///< ISO 3166-1 alpha-3, empty = none (regions spanning countries)
  std::string admin1;               ///< ISO 3166-2 code, empty = unknown
  std::optional<double> lat, lon;   ///< WGS84 degrees
  std::optional<std::int64_t> geonames_id;
  std::vector<std::string> countries; ///< for regions: the countries involved (alpha-3)
  std::vector<span> mentions;
};

/// Who did what to whom, where and when. An assault the story tells more than once
/// (headline, lead, detail) is one incident when no telling contradicts another (in
/// place, date, mode or toll, or by hitting the other's attacker; a street, town, county
/// and state that hold one another are one place, the finest kept); its evidence is the
/// first telling, and each telling fills in what the others leave out.
struct incident {
  std::string id;                   ///< "i0", …
  std::string type;                 ///< PLOVER event type, upper case ("ASSAULT")
  std::string mode;                 ///< PLOVER-style mode ("aerial"); empty = none
  std::string cameo;                ///< CAMEO code ("195"); empty = none
  std::string acled_event_type, acled_sub_event_type;
  std::string date;                 ///< as in date_mention::value; empty = unknown
  date_precision precision = date_precision::none;
  std::string location;             ///< id of a location; empty = none
  std::vector<std::string> sources, targets; ///< actor ids
  std::optional<std::int64_t> fatalities, injuries;
  span sentence, trigger;           ///< evidence
  double confidence = 0.0;          ///< 0..1
};

/// Everything sitrep read from one article.
struct document {
  std::string id;                       ///< caller's id, echoed
  std::optional<civil_date> reference_date;
  std::vector<actor> actors;
  std::vector<location> locations;
  std::vector<date_mention> dates;
  std::vector<incident> incidents;
};

}  // namespace v0
}  // namespace sitrep
