// The actor parser end to end through the engine: persons with titles and
// apposition, coreference, generic groups with counts and countries, acronyms
// defined in the text, states acting versus places, results tables.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "default_engine.hpp"
#include "temp_files.hpp"
#include "sitrep/engine.hpp"

namespace {

sitrep::document parse(std::string_view text) {
  auto r = default_engine().parse(text, {});
  REQUIRE(r.ok());
  return r.value();
}

std::string_view mention_text(std::string_view text, const sitrep::span& s) {
  return text.substr(s.start, s.end - s.start);
}

// The actor with a mention that reads exactly `surface`, or nullptr.
const sitrep::actor* actor_named(const sitrep::document& d, std::string_view text, std::string_view surface) {
  for (const auto& a : d.actors)
    for (const auto& m : a.mentions)
      if (mention_text(text, m) == surface) return &a;
  return nullptr;
}

}  // namespace

TEST_CASE("a title and a nationality before an unknown name") {
  const std::string text = "Iranian Foreign Minister Dariush Kazemi arrived in Kabul on Monday.";
  const auto d = parse(text);
  const auto* a = actor_named(d, text, "Dariush Kazemi");
  REQUIRE(a);
  CHECK(a->kind == "person");
  CHECK(a->name == "Dariush Kazemi");
  CHECK(a->country == "IRN");
  CHECK(a->sector == "GOV");
  CHECK(a->role == "foreign minister");
  // The title is not part of the name.
  CHECK(actor_named(d, text, "Foreign Minister Dariush Kazemi") == nullptr);
}

TEST_CASE("apposition gives role and country on either side of the name") {
  const std::string text =
      "He met his Pakistani counterpart, Tariq Nawaz Qureshi, in Doha. "
      "Omar Farid Haidari, the army chief, said talks would continue.";
  const auto d = parse(text);
  const auto* q = actor_named(d, text, "Tariq Nawaz Qureshi");
  REQUIRE(q);
  CHECK(q->kind == "person");
  CHECK(q->country == "PAK");
  CHECK(q->role.empty());  // "counterpart" names a relation, not an office
  const auto* h = actor_named(d, text, "Omar Farid Haidari");
  REQUIRE(h);
  CHECK(h->kind == "person");
  CHECK(h->role == "army chief");
  CHECK(h->sector == "MIL");
}

TEST_CASE("a later surname joins the first full mention") {
  const std::string text =
      "Foreign Minister Dariush Kazemi arrived on Monday. Speaking to reporters, Kazemi said the talks were useful.";
  const auto d = parse(text);
  const auto* a = actor_named(d, text, "Dariush Kazemi");
  REQUIRE(a);
  REQUIRE(a->mentions.size() == 2);
  CHECK(mention_text(text, a->mentions[1]) == "Kazemi");
  CHECK(actor_named(d, text, "Kazemi") == a);
  int persons = 0;
  for (const auto& x : d.actors) persons += x.kind == "person";
  CHECK(persons == 1);
}

TEST_CASE("group nouns with counts and nationality") {
  const std::string text = "On Saturday nine Pakistani workers were killed by unidentified gunmen. "
                           "The strikes killed 11 civilians.";
  const auto d = parse(text);
  const auto* w = actor_named(d, text, "workers");
  REQUIRE(w);
  CHECK(w->kind == "group");
  CHECK(w->name == "Pakistani workers");
  CHECK(w->country == "PAK");
  CHECK(w->sector == "LAB");
  REQUIRE(w->count);
  CHECK(*w->count == 9);
  const auto* g = actor_named(d, text, "unidentified gunmen");
  REQUIRE(g);
  CHECK(g->sector == "UAF");
  CHECK(!g->count);
  const auto* c = actor_named(d, text, "civilians");
  REQUIRE(c);
  CHECK(c->sector == "CVL");
  REQUIRE(c->count);
  CHECK(*c->count == 11);
}

TEST_CASE("a possessive pronoun gives the group its possessor's country") {
  const std::string text = "Yesterday the U.S. announced that three of its service members were killed.";
  const auto d = parse(text);
  const auto* us = actor_named(d, text, "U.S.");
  REQUIRE(us);
  CHECK(us->kind == "state");
  CHECK(us->country == "USA");
  const auto* g = actor_named(d, text, "service members");
  REQUIRE(g);
  CHECK(g->country == "USA");
  CHECK(g->sector == "MIL");
  REQUIRE(g->count);
  CHECK(*g->count == 3);
}

TEST_CASE("an acronym defined in the text joins its organisation") {
  const std::string text = "The Coastal Workers Party (CWP) called a strike. Police said the CWP had not registered.";
  const auto d = parse(text);
  const auto* o = actor_named(d, text, "Coastal Workers Party");
  REQUIRE(o);
  CHECK(o->kind == "organization");
  CHECK(actor_named(d, text, "CWP") == o);
  CHECK(o->mentions.size() == 3);
}

TEST_CASE("a capital acting is a state — the same capital as a place is not") {
  const std::string acting = "This led Islamabad to retaliate a day later.";
  const auto d1 = parse(acting);
  const auto* s = actor_named(d1, acting, "Islamabad");
  REQUIRE(s);
  CHECK(s->kind == "state");
  CHECK(s->country == "PAK");
  CHECK(s->name == "Pakistan");

  const std::string place = "The minister arrived in Islamabad to meet officials.";
  const auto d2 = parse(place);
  CHECK(actor_named(d2, place, "Islamabad") == nullptr);
}

TEST_CASE("teams in results lines are organisations — scorers are persons") {
  const std::string text = "Hamburg 0 VfB Stuttgart 4 ( Balakov 29th , Bobic 47th )\nAvellino 0 Lazio 1\n";
  const auto d = parse(text);
  const auto* a = actor_named(d, text, "Avellino");
  REQUIRE(a);
  CHECK(a->kind == "organization");
  const auto* v = actor_named(d, text, "VfB Stuttgart");
  REQUIRE(v);
  CHECK(v->kind == "organization");
  const auto* b = actor_named(d, text, "Balakov");
  REQUIRE(b);
  CHECK(b->kind == "person");
}

TEST_CASE("ids follow first mention") {
  const std::string text = "Prime Minister Jan Kowalczyk met striker Alan Shearer. Kowalczyk later left.";
  const auto d = parse(text);
  REQUIRE(d.actors.size() >= 2);
  for (std::size_t i = 0; i < d.actors.size(); ++i) CHECK(d.actors[i].id == "a" + std::to_string(i));
  for (std::size_t i = 1; i < d.actors.size(); ++i)
    CHECK(d.actors[i - 1].mentions.front().start < d.actors[i].mentions.front().start);
  const auto* j = actor_named(d, text, "Jan Kowalczyk");
  REQUIRE(j);
  CHECK(j->role == "prime minister");
  const auto* s = actor_named(d, text, "Alan Shearer");
  REQUIRE(s);
  CHECK(s->kind == "person");
  CHECK(s->role == "striker");
}

TEST_CASE("a definite title refers back to the named person") {
  const std::string text =
      "Iranian Foreign Minister Dariush Kazemi arrived on Monday. Later the Iranian minister met reporters.";
  const auto d = parse(text);
  const auto* a = actor_named(d, text, "Dariush Kazemi");
  REQUIRE(a);
  CHECK(actor_named(d, text, "the Iranian minister") == a);
}

TEST_CASE("names of streets and buildings are not persons — surnames that are also place words are") {
  const std::string text =
      "Crews were called to River Avenue. A new Wellbeing Campus opened at Altnagelvin Hospital. "
      "The actors Nathan Lane and Michael Hall attended.";
  const auto d = parse(text);
  for (const char* place : {"River Avenue", "Wellbeing Campus", "Altnagelvin Hospital"}) {
    const auto* a = actor_named(d, text, place);
    CHECK_MESSAGE((!a || a->kind != "person"), place);
  }
  const auto* hall = actor_named(d, text, "Michael Hall");
  REQUIRE(hall);
  CHECK(hall->kind == "person");
  for (const auto& l : d.locations) CHECK(l.name != "Nathan Lane");
  const auto* lane = actor_named(d, text, "Nathan Lane");
  REQUIRE(lane);
  CHECK(lane->kind == "person");
}

TEST_CASE("an office the story does not name is an actor of its own") {
  const std::string text = "Iran's foreign minister met Pakistan's army chief. The Iranian foreign minister said "
                           "talks went well. Iranian ministers later left.";
  const auto d = parse(text);
  const auto* fm = actor_named(d, text, "foreign minister");
  REQUIRE(fm);
  CHECK(fm->kind == "person");
  CHECK(fm->country == "IRN");
  CHECK(fm->sector == "GOV");
  CHECK(fm->role == "foreign minister");
  CHECK(fm->mentions.size() == 2);  // both tellings of the office are one actor
  const auto* chief = actor_named(d, text, "army chief");
  REQUIRE(chief);
  CHECK(chief->country == "PAK");
  CHECK(chief->sector == "MIL");
  // A plural is a group, not an office-holder.
  const auto* ministers = actor_named(d, text, "ministers");
  if (ministers) CHECK(ministers->kind != "person");
}

TEST_CASE("a possessive country before a title, and a country's name as a group's modifier") {
  std::string text = "Pakistan's first Deputy Prime Minister Zorgul Banto left for Kabul.";
  auto d = parse(text);
  const auto* p = actor_named(d, text, "Zorgul Banto");
  REQUIRE(p);
  CHECK(p->country == "PAK");
  CHECK(p->role == "deputy prime minister");
  text = "The Pakistan government condemned the attack.";
  d = parse(text);
  const auto* g = actor_named(d, text, "government");
  REQUIRE(g);
  CHECK(g->country == "PAK");
  CHECK(g->sector == "GOV");
}

TEST_CASE("a country after 'with' an event is its counterpart, unless it modifies a noun") {
  std::string text = "Pakistan held talks with Iran on Monday.";
  auto d = parse(text);
  const auto* iran = actor_named(d, text, "Iran");
  REQUIRE(iran);
  CHECK(iran->kind == "state");
  REQUIRE(!d.incidents.empty());
  CHECK(d.incidents.front().targets == std::vector<std::string>{iran->id});
  text = "Protesters gathered in Karachi with Iran flags.";
  d = parse(text);
  CHECK(actor_named(d, text, "Iran") == nullptr);
}

TEST_CASE("two countries joined by 'and' are two acting states, and the pair's act is both of theirs") {
  const std::string text = "Chile and Peru on Monday signed a border treaty, officials said.";
  const auto d = parse(text);
  const auto* chile = actor_named(d, text, "Chile");
  const auto* peru = actor_named(d, text, "Peru");
  REQUIRE(chile);
  REQUIRE(peru);
  CHECK(chile != peru);
  CHECK(chile->kind == "state");
  CHECK(peru->country == "PER");
  REQUIRE(!d.incidents.empty());
  const auto& sources = d.incidents.front().sources;
  CHECK(std::find(sources.begin(), sources.end(), chile->id) != sources.end());
  CHECK(std::find(sources.begin(), sources.end(), peru->id) != sources.end());
}

TEST_CASE("coordinated nationalities before a group noun are one group each") {
  const std::string text = "Senior Chilean and Peruvian officials met in Lima on Monday.";
  const auto d = parse(text);
  const auto* chilean = actor_named(d, text, "Chilean");
  const auto* peruvian = actor_named(d, text, "officials");
  REQUIRE(chilean);
  REQUIRE(peruvian);
  CHECK(chilean->country == "CHL");
  CHECK(peruvian->country == "PER");
  CHECK(chilean->sector == "GOV");
  for (const auto& a : d.actors) CHECK(a.kind != "person");  // "Senior Chilean" is no one's name
}

TEST_CASE("a title with inner lower-case words after a country keeps the country") {
  const std::string text = "Chilean Minister of Defence Tomas Vargas visited the troops.";
  const auto d = parse(text);
  const auto* p = actor_named(d, text, "Tomas Vargas");
  REQUIRE(p);
  CHECK(p->country == "CHL");
}

TEST_CASE("the recipient country of an act of giving is its target") {
  std::string text = "Norway will send medical supplies to Chile next month.";
  auto d = parse(text);
  const auto* chile = actor_named(d, text, "Chile");
  REQUIRE(chile);
  REQUIRE(!d.incidents.empty());
  CHECK(d.incidents.front().targets.front() == chile->id);
  // "rejected a Peruvian proposal": the nationality of the object is the target.
  text = "Chile on Friday rejected a Peruvian proposal for new talks.";
  d = parse(text);
  bool peru_targeted = false;
  for (const auto& i : d.incidents)
    for (const auto& t : i.targets)
      for (const auto& a : d.actors) peru_targeted |= a.id == t && a.country == "PER";
  CHECK(peru_targeted);
}

TEST_CASE("a group placed in a country belongs to it — armour and aircraft are the military") {
  std::string text = "On Monday security forces in Chile detained dozens of students.";
  auto d = parse(text);
  const auto* g = actor_named(d, text, "security forces");
  REQUIRE(g);
  CHECK(g->country == "CHL");
  text = "Peruvian tanks shelled the village on Monday.";
  d = parse(text);
  const auto* tanks = actor_named(d, text, "tanks");
  REQUIRE(tanks);
  CHECK(tanks->country == "PER");
  CHECK(tanks->sector == "MIL");
}

TEST_CASE("a titled name 'of' a country is that country's — numbers and moods open no name") {
  std::string text = "King Tomas of Chile will host the summit.";
  auto d = parse(text);
  const auto* k = actor_named(d, text, "Tomas");
  REQUIRE(k);
  CHECK(k->country == "CHL");
  text = "Two Peruvian soldiers were wounded.";
  d = parse(text);
  for (const auto& a : d.actors) CHECK(a.kind != "person");
}

TEST_CASE("a country opening its sentence acts before a past-tense verb, a date between") {
  const std::string text = "Chile today reimposed border controls on Peru.";
  const auto d = parse(text);
  const auto* chile = actor_named(d, text, "Chile");
  REQUIRE(chile);
  CHECK(chile->kind == "state");
}

TEST_CASE("a group noun modifying another is part of one group, named by its head") {
  const std::string text = "Rebels attacked army troops near the border on Monday.";
  const auto d = parse(text);
  const auto* g = actor_named(d, text, "army troops");
  REQUIRE(g);
  CHECK(g->sector == "MIL");
  CHECK(actor_named(d, text, "army") == nullptr);
}

TEST_CASE("a dictionary name ending in a lower-case word is taken whole — its groups share its country") {
  const std::string text = "Israeli army bulldozers demolished two houses on Sunday.";
  const auto d = parse(text);
  const auto* army = actor_named(d, text, "Israeli army");
  REQUIRE(army);
  CHECK(army->country == "ISR");
  const auto* machines = actor_named(d, text, "bulldozers");
  REQUIRE(machines);
  CHECK(machines->country == "ISR");
}

TEST_CASE("office holders of any date have their country — the text's own cue wins over it") {
  std::string text = "Abdelaziz Bouteflika met Laurent Gbagbo. Later Bouteflika spoke.";
  auto d = parse(text);
  const auto* a = actor_named(d, text, "Abdelaziz Bouteflika");
  REQUIRE(a);
  CHECK(a->kind == "person");
  CHECK(a->country == "DZA");
  CHECK(actor_named(d, text, "Bouteflika") == a);  // the surname joins the full name
  const auto* b = actor_named(d, text, "Laurent Gbagbo");
  REQUIRE(b);
  CHECK(b->country == "CIV");
  // No office is asserted for a date the record does not cover.
  CHECK(a->role.empty());
  text = "Results: 14 - Alberto Costa (Spain) beat Carlos Moya (Spain).";
  d = parse(text);
  const auto* c = actor_named(d, text, "Alberto Costa");
  REQUIRE(c);
  CHECK(c->country == "ESP");
}

TEST_CASE("a surname of a person the dictionary names whole is that person, not a town") {
  const std::string text = "U.S. President Bill Clinton visited Ireland. Residents of the resort, where Clinton "
                           "was to have played golf, were invited.";
  const auto d = parse(text);
  const auto* a = actor_named(d, text, "Clinton");
  REQUIRE(a);
  CHECK(a->kind == "person");
  CHECK(a->country == "USA");
  for (const auto& l : d.locations) CHECK(l.name != "Clinton");
}

TEST_CASE("a plural nationality noun is a group of that country's people, not the state") {
  std::string text = "Ghana deported 168 Liberians on Monday.";
  auto d = parse(text);
  const auto* g = actor_named(d, text, "Liberians");
  REQUIRE(g);
  CHECK(g->kind == "group");
  CHECK(g->country == "LBR");
  CHECK(g->sector == "CVL");
  CHECK(g->count == 168);
  text = "Thousands of Iraqis protested in Baghdad.";
  d = parse(text);
  g = actor_named(d, text, "Iraqis");
  REQUIRE(g);
  CHECK(g->kind == "group");
  // An adjective stays one, and "Swiss" is both.
  text = "Swiss banks froze the accounts of Iranian officials.";
  d = parse(text);
  CHECK_FALSE(actor_named(d, text, "Swiss"));
  const auto* o = actor_named(d, text, "officials");
  REQUIRE(o);
  CHECK(o->country == "IRN");
}

TEST_CASE("groups and local organisations the text gives no country belong to the story's setting") {
  std::string text = "On 8 March 2022, retired airline employees protested in front of parliament in Tehran.";
  auto d = parse(text);
  const auto* g = actor_named(d, text, "airline employees");
  REQUIRE(g);
  CHECK(g->country == "IRN");
  // A story across countries has no setting; an embassy is from elsewhere by nature.
  text = "Officials met in Tokyo and Washington to discuss trade.";
  d = parse(text);
  g = actor_named(d, text, "Officials");
  if (g) CHECK(g->country.empty());
  text = "Hundreds of protesters gathered outside the embassy in Jakarta.";
  d = parse(text);
  const auto* e = actor_named(d, text, "embassy");
  if (e) CHECK(e->country.empty());
  const auto* p = actor_named(d, text, "protesters");
  REQUIRE(p);
  CHECK(p->country == "IDN");
}

TEST_CASE("an adjective may stand between 'to' or 'with' and the recipient country") {
  const std::string text = "British Defence Secretary Tom King has promised to continue military aid to war-torn Mozambique.";
  const auto d = parse(text);
  const auto* m = actor_named(d, text, "Mozambique");
  REQUIRE(m);
  CHECK(m->kind == "state");
}

TEST_CASE("actors: a titled person named by surname alone takes the country most persons of that surname have") {
  const std::string path = temp_file("surnames.tsv",
                                     "name\taliases\talpha3\tsector\trole\tvalid_from\tvalid_to\n"
                                     "Odo Vellanski\t\tNOR\tGOV\tpresident\t\t\n"
                                     "Ada Vellanski\t\tNOR\tGOV\tminister\t\t\n"
                                     "Rolf Vellanski\t\tSWE\t\t\t\t\n"
                                     "Ivo Marrow\t\tNOR\t\t\t\t\n"
                                     "Ida Marrow\t\tDNK\t\t\t\t\n");
  sitrep::engine_options opt;
  opt.overlays.push_back(path);
  const auto eng = sitrep::engine::load(opt);
  REQUIRE(eng.ok());
  auto country_of_person = [&](const char* text, const char* name) {
    const auto d = eng.value().parse(text, {});
    REQUIRE(d.ok());
    for (const auto& a : d.value().actors)
      if (a.kind == "person" && a.name == name) return a.country;
    return std::string("absent");
  };
  // Two of three Vellanskis are Norwegian: enough.
  CHECK(country_of_person("President Vellanski met the delegation on Monday.", "Vellanski") == "NOR");
  // The Marrows are split: no country.
  CHECK(country_of_person("President Marrow met the delegation on Monday.", "Marrow") == "");
  // Untitled, the surname says nothing.
  CHECK(country_of_person("Hans Vellanski, a local resident, said he heard shots.", "Hans Vellanski") == "");
}

TEST_CASE("actors: a group phrase of several words opening its sentence in sentence case is a group") {
  const std::string text = "Human rights groups condemned the arrests on Monday.";
  const auto d = parse(text);
  const auto* g = actor_named(d, text, "Human rights groups");
  REQUIRE(g);
  CHECK(g->kind == "group");
  CHECK(g->sector == "NGO");
  // In title case the words are a name's, not a group's.
  const std::string title = "Human Rights Groups Coalition held a meeting on Monday.";
  const auto t = parse(title);
  const auto* n = actor_named(t, title, "Human Rights Groups");
  CHECK((n == nullptr || n->kind != "group"));
}

TEST_CASE("actors: a country's leader, with no other word between, is of the government") {
  const std::string text = "Palestinian leader Wadih Qassem rejected the offer on Monday.";
  const auto d = parse(text);
  const auto* p = actor_named(d, text, "Wadih Qassem");
  REQUIRE(p);
  CHECK(p->country == "PSE");
  CHECK(p->sector == "GOV");
  const std::string gang = "Gang leader Wadih Qassem was arrested on Monday.";
  const auto g = parse(gang);
  const auto* q = actor_named(g, gang, "Wadih Qassem");
  REQUIRE(q);
  CHECK(q->sector != "GOV");
}

TEST_CASE("actors: a company is named later by its first word — its legal form, dotted or not, makes it a company") {
  std::string text = "Barrick gets 93 pct of Arequipa. Barrick Gold Corp said on Tuesday its offer was accepted. "
                     "Barrick will pay cash.";
  auto d = parse(text);
  const auto* full = actor_named(d, text, "Barrick Gold Corp");
  REQUIRE(full);
  CHECK(full->kind == "organization");
  CHECK(actor_named(d, text, "Barrick") == full);
  CHECK(full->mentions.size() == 3);
  text = "Expectations that Cofinec S.A., the bourse's first foreign listing, would report. Cofinec's figures "
         "were good.";
  d = parse(text);
  const auto* c = actor_named(d, text, "Cofinec S.A.");
  REQUIRE(c);
  CHECK(c->kind == "organization");
  // A party is not named by its first word.
  text = "The National Party won. National voters were pleased.";
  d = parse(text);
  const auto* p = actor_named(d, text, "National Party");
  REQUIRE(p);
  CHECK(actor_named(d, text, "National") == nullptr);
}

TEST_CASE("actors: a place-based descriptor is no part of the name after it") {
  const std::string text = "Toronto-based Barrick said on Tuesday its takeover offer was accepted.";
  const auto d = parse(text);
  for (const auto& a : d.actors) CHECK(a.name.find("Toronto-based") == std::string::npos);
}

TEST_CASE("actors: 'and' between two bodies joins two names, inside one name it joins nothing") {
  const std::string text = "Ukraine joined both the Council of Europe and NATO. The trial was funded by the British "
                           "Heart Foundation and Lichtwer Pharma GmbH, which makes tablets. The Ministry of Trade "
                           "and Industry said.";
  const auto d = parse(text);
  const auto* coe = actor_named(d, text, "Council of Europe");
  REQUIRE(coe);
  REQUIRE(actor_named(d, text, "NATO"));
  CHECK(actor_named(d, text, "NATO") != coe);
  REQUIRE(actor_named(d, text, "British Heart Foundation"));
  REQUIRE(actor_named(d, text, "Lichtwer Pharma GmbH"));
  CHECK(actor_named(d, text, "Ministry of Trade and Industry"));
}

TEST_CASE("actors: an organisation's name words tell its sector where the dictionary does not") {
  const std::string text = "Officials demanded support from the Montenegro Assembly. Dean Foods Co said it bought "
                           "the unit. The Bank of Finland raised rates. The Kyiv Post reported it.";
  const auto d = parse(text);
  const auto* assembly = actor_named(d, text, "Montenegro Assembly");
  REQUIRE(assembly);
  CHECK(assembly->sector == "LEG");
  const auto* foods = actor_named(d, text, "Dean Foods Co");
  REQUIRE(foods);
  CHECK(foods->sector == "BUS");
  const auto* bank = actor_named(d, text, "Bank of Finland");
  REQUIRE(bank);
  CHECK(bank->sector == "GOV");
}

TEST_CASE("actors: a legal form carried over a wrapped line ends the company's name — alone it is no company") {
  const std::string text = "He said the company is a major shareholder of E.B.I. Foods\nLtd, a United Kingdom "
                           "firm.";
  const auto d = parse(text);
  const auto* ebi = actor_named(d, text, "E.B.I. Foods\nLtd");
  REQUIRE(ebi);
  CHECK(ebi->name == "E.B.I. Foods Ltd");
  CHECK(actor_named(d, text, "Ltd") == nullptr);
}

TEST_CASE("actors: a given name that is a place, right after a title, is part of the person's name") {
  const std::string text = "Foreign Minister Israel Katz met President Chad Mitchell.";
  const auto d = parse(text);
  const auto* chad = actor_named(d, text, "Chad Mitchell");
  REQUIRE(chad);
  CHECK(chad->kind == "person");
}

TEST_CASE("actors: a settlement noun after a place's name is part of the place — after a nationality it is people") {
  std::string text = "On 21 January 2022, cadres set ablaze a truck in Budaguda village.";
  auto d = parse(text);
  CHECK(actor_named(d, text, "Budaguda village") == nullptr);
  CHECK(actor_named(d, text, "village") == nullptr);
  text = "The Afghan government promised aid to the affected Afghan villages.";
  d = parse(text);
  const auto* villages = actor_named(d, text, "villages");
  REQUIRE(villages);
  CHECK(villages->country == "AFG");
}

TEST_CASE("actors: a name a place noun follows is a place's, known or not") {
  const std::string text = "Two tribal militias clashed in Qalat Sukkar district, Thi Qar province.";
  const auto d = parse(text);
  CHECK(actor_named(d, text, "Qalat Sukkar") == nullptr);
}

TEST_CASE("actors: security as a matter discussed is no security force") {
  const std::string text = "Pakistan's foreign minister met his Afghan counterpart in Islamabad to discuss border security.";
  const auto d = parse(text);
  CHECK(actor_named(d, text, "security") == nullptr);
  CHECK(actor_named(d, text, "border security") == nullptr);
}

TEST_CASE("actors: an unnamed counterpart of a country is an official of it") {
  const std::string text = "Deputy Secretary of State Strobe Talbott flew to Ottawa on Monday to meet his Russian "
                           "counterpart.";
  const auto d = parse(text);
  const auto* c = actor_named(d, text, "counterpart");
  REQUIRE(c);
  CHECK(c->kind == "person");
  CHECK(c->country == "RUS");
  CHECK(c->sector == "GOV");
}

TEST_CASE("actors: both states of a pair opening the sentence act before a past-tense verb") {
  const std::string text = "Ukraine and Russia exchanged 100 prisoners of war on Wednesday.";
  const auto d = parse(text);
  const auto* ru = actor_named(d, text, "Russia");
  REQUIRE(ru);
  CHECK(ru->kind == "state");
  const auto* ua = actor_named(d, text, "Ukraine");
  REQUIRE(ua);
  CHECK(ua->kind == "state");
}

TEST_CASE("actors: nationals are civilians of their country, counted past a describing word") {
  const std::string text = "Uganda paid compensation to 67 elderly British nationals. Rebels killed five more soldiers.";
  const auto d = parse(text);
  const auto* n = actor_named(d, text, "nationals");
  REQUIRE(n);
  CHECK(n->country == "GBR");
  CHECK(n->sector == "CVL");
  REQUIRE(n->count);
  CHECK(*n->count == 67);
  const auto* s = actor_named(d, text, "soldiers");
  REQUIRE(s);
  REQUIRE(s->count);
  CHECK(*s->count == 5);
}

TEST_CASE("actors: a compound name joined by a particle is a person, alone as well") {
  const std::string text = "Ata-ur-Rehman took three wickets and Zia-ul-Haq scored 40. Lashkar-e-Taiba denied it.";
  const auto d = parse(text);
  for (const char* name : {"Ata-ur-Rehman", "Zia-ul-Haq"}) {
    const auto* a = actor_named(d, text, name);
    REQUIRE_MESSAGE(a, name);
    CHECK(a->kind == "person");
  }
  const auto* l = actor_named(d, text, "Lashkar-e-Taiba");
  REQUIRE(l);
  CHECK(l->kind != "person");
}

TEST_CASE("actors: a title and a name in apposition are one person") {
  const std::string text = "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani, met Pakistan's army chief, General "
                           "Asim Munir, in Doha.";
  const auto d = parse(text);
  int persons = 0;
  for (const auto& a : d.actors) persons += a.kind == "person";
  CHECK(persons == 2);
  const auto* munir = actor_named(d, text, "General Asim Munir");
  REQUIRE(munir);
  CHECK(munir->country == "PAK");
  CHECK(munir->sector == "MIL");
  CHECK(actor_named(d, text, "army chief") == munir);
  const auto* emir = actor_named(d, text, "Hamad bin Khalifa al-Thani");
  REQUIRE(emir);
  CHECK(emir->country == "QAT");
  CHECK(emir->sector == "GOV");
}

TEST_CASE("actors: a name, then its title in apposition, is one person") {
  const std::string text = "Joe Doakes, Iran's foreign minister, said talks would resume.";
  const auto d = parse(text);
  int persons = 0;
  for (const auto& a : d.actors) persons += a.kind == "person";
  CHECK(persons == 1);
  const auto* p = actor_named(d, text, "Joe Doakes");
  REQUIRE(p);
  CHECK(p->country == "IRN");
  CHECK(p->role == "foreign minister");
}

TEST_CASE("actors: a dateline is the filing place, not the team of the same name in a results table") {
  const std::string text = "BASEBALL - RESULTS.\nNEW YORK 1996-08-22\nResults on Thursday.\nCALIFORNIA AT NEW YORK\n";
  const auto d = parse(text);
  const auto dateline = text.find("NEW YORK"), fixture = text.rfind("NEW YORK");
  const sitrep::actor* team = nullptr;
  for (const auto& a : d.actors)
    for (const auto& m : a.mentions) {
      CHECK(m.start != dateline);  // no actor mentioned at the dateline
      if (m.start == fixture) team = &a;
    }
  REQUIRE(team != nullptr);
  CHECK(team->kind == "organization");
  bool dateline_place = false;
  for (const auto& l : d.locations)
    for (const auto& m : l.mentions) dateline_place |= m.start == dateline;
  CHECK(dateline_place);
}

TEST_CASE("actors: a name opened by a word for a mountain, a valley or a ruin is a place, not a person") {
  const std::string text = "Israeli police demolished a shed in Al Quds - Jabal al Mukabbir on Tuesday.";
  const auto d = parse(text);
  for (const auto& a : d.actors) CHECK(a.name.find("Mukabbir") == std::string::npos);
}
