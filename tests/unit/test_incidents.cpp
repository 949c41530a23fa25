// Incidents end to end through the engine: an assault told again is one incident;
// assaults that differ stay apart.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "default_engine.hpp"
#include "sitrep/engine.hpp"

namespace {

sitrep::document parse(std::string_view text) {
  sitrep::parse_options o;
  o.reference_date = sitrep::civil_date{2014, 4, 12};
  auto r = default_engine().parse(text, o);
  REQUIRE(r.ok());
  return r.value();
}

std::size_t count_of(const sitrep::document& d, std::string_view type) {
  std::size_t n = 0;
  for (const auto& i : d.incidents) n += i.type == type;
  return n;
}

std::size_t assaults(const sitrep::document& d) { return count_of(d, "ASSAULT"); }

// The incident a consumer taking one per document takes: the most confident, the first of equals.
const sitrep::incident* lead_incident(const sitrep::document& d) {
  const sitrep::incident* lead = nullptr;
  for (const auto& x : d.incidents)
    if (!lead || x.confidence > lead->confidence) lead = &x;
  return lead;
}

// The first incident of `type`, or nullptr.
const sitrep::incident* first_of(const sitrep::document& d, std::string_view type) {
  for (const auto& i : d.incidents)
    if (i.type == type) return &i;
  return nullptr;
}

// The ACLED event type of the first incident of `type`, or "<none>" without one.
std::string acled_type_of(const sitrep::document& d, std::string_view type) {
  const sitrep::incident* x = first_of(d, type);
  return x ? x->acled_event_type : "<none>";
}

// The location an incident names, or nullptr.
const sitrep::location* location_of(const sitrep::document& d, const sitrep::incident& i) {
  for (const auto& l : d.locations)
    if (l.id == i.location) return &l;
  return nullptr;
}

// The country of the actor with id `id`, or "".
std::string country_of(const sitrep::document& d, const std::string& id) {
  for (const auto& a : d.actors)
    if (a.id == id) return a.country;
  return {};
}

}  // namespace

TEST_CASE("a shooting told in the headline and again in the lead is one incident with what both say") {
  const std::string text =
      "Police: 1 killed, 3 wounded in afternoon shooting in Newark.\n\n"
      "NEWARK - One person was killed and three others wounded in a shooting Saturday afternoon, police said.";
  const auto d = parse(text);
  REQUIRE(assaults(d) == 1);
  const auto& i = d.incidents.front();
  CHECK(i.fatalities == 1);
  CHECK(i.injuries == 3);
  CHECK(i.date == "2014-04-12");
  CHECK_FALSE(i.location.empty());
  CHECK(i.trigger.end <= text.find('\n'));  // the evidence is the first telling, the headline
  for (std::size_t k = 0; k < d.incidents.size(); ++k) CHECK(d.incidents[k].id == "i" + std::to_string(k));
}

TEST_CASE("assaults whose places or tolls differ stay apart") {
  const auto towns = parse("A car bomb killed five people in Kirkuk on Monday. A suicide bomber killed three people in Mosul.");
  CHECK(assaults(towns) == 2);
  const auto tolls = parse("Gunmen killed four soldiers in Kabul on Monday. Another attack killed nine police officers.");
  CHECK(assaults(tolls) == 2);
}

TEST_CASE("tellings placed in a town and in a street, county or state of it are one assault") {
  auto d = parse("Man killed in Chino shooting\n\n"
                 "Police responded to a call of shots fired inside a residence at the 5900 block of Notre Dame "
                 "Avenue in Chino, California, on Saturday. A 25-year-old man was found dead.");
  CHECK(assaults(d) == 1);
  d = parse("Two killed in shooting in Cook County, Illinois\n\n"
            "CHICAGO - Two men were shot and killed in Chicago on Saturday night, police said.");
  REQUIRE(assaults(d) == 1);
  const auto* place = location_of(d, d.incidents.front());
  REQUIRE(place);
  CHECK(place->kind == "city");  // the town, not the county, is where it happened
  // A town in another state is another assault.
  d = parse("A car bomb killed five people in Chicago on Monday. A gunman killed three people in Houston.");
  CHECK(assaults(d) == 2);
}

TEST_CASE("a murder, a homicide or a slaying is an assault") {
  for (const char* text : {"Police are investigating a homicide in Dallas.", "The slaying happened in Dallas.",
                           "Parents, 2 children dead in Roy murder-suicide."})
    CHECK(assaults(parse(text)) == 1);
}

TEST_CASE("a country named as where a non-violent act is aimed is its target — an assault's place is not") {
  auto d = parse("Peru has issued an ultimatum to Ecuador to halt attacks across their disputed jungle border.");
  const auto* threat = first_of(d, "THREATEN");
  REQUIRE(threat);
  REQUIRE(threat->targets.size() == 1);
  CHECK(country_of(d, threat->targets.front()) == "ECU");
  d = parse("Some 800,000 Iraqi Kurds sought refuge in Germany last month.");
  const auto* refuge = first_of(d, "REQUEST");
  REQUIRE(refuge);
  REQUIRE(refuge->targets.size() == 1);
  CHECK(country_of(d, refuge->targets.front()) == "DEU");
  // Never the source's own state: a government's measure at home has no place target.
  d = parse("The military government declared a 30-day state of siege in Haiti on Saturday.");
  const auto* siege = first_of(d, "COERCE");
  REQUIRE(siege);
  CHECK(siege->targets.empty());
  d = parse("Gunmen attacked a convoy in Afghanistan on Monday.");
  REQUIRE(assaults(d) == 1);
  CHECK(first_of(d, "ASSAULT")->targets.empty());
}

TEST_CASE("an assault named as what a charge is about takes its day from its own telling") {
  const auto d = parse("A teen charged in the shooting death of his friend appeared in court Friday in Fort Lauderdale. "
                       "The 14-year-old boy was shot Thursday afternoon at a home in Fort Lauderdale.");
  REQUIRE(assaults(d) == 1);
  CHECK(first_of(d, "ASSAULT")->date == "2014-04-10");  // Thursday before the article's Saturday
  CHECK(first_of(d, "COERCE")->date == "2014-04-11");   // the hearing, Friday
}

TEST_CASE("those shot and not killed are the injured") {
  auto d = parse("Five people were shot outside a nightclub in Memphis on Saturday night, police said. "
                 "One of them died at the hospital.");
  REQUIRE(assaults(d) >= 1);
  CHECK(d.incidents.front().injuries == 4);
  // A victim shot in a story that tells the death is the one who died, not one more injured.
  d = parse("A 9-year-old boy died on Saturday after he was shot at his home in Vista. "
            "Ezekiel Melendez was shot by his brother while they played with a gun.");
  for (const auto& i : d.incidents) CHECK(!i.injuries);
}

TEST_CASE("tellings that name the two sides differently are one assault — a reply is another") {
  auto d = parse("Gunman kills two in Dallas shooting\n\n"
                 "DALLAS - A gunman opened fire at a bar on Saturday night, killing two people, police said. "
                 "Police said the suspect, John Smith, shot the victims after an argument.");
  REQUIRE(assaults(d) == 1);
  CHECK(d.incidents.front().fatalities == 2);
  // The army, hit in the first, strikes back in the second: two assaults.
  d = parse("Taliban militants attacked an army checkpoint in Kandahar on Monday. "
            "The army then shelled Taliban positions in Kandahar on Monday.");
  CHECK(assaults(d) == 2);
}

TEST_CASE("an undated headline takes its lead's day — a duration is no incident date") {
  auto d = parse("Five teens shot after basketball tournament\n\n"
                 "Five teens were shot on Friday evening after a basketball tournament in Memphis, police said.");
  REQUIRE(assaults(d) >= 1);
  CHECK(d.incidents.front().date == "2014-04-11");
  d = parse("A man who had lived in Memphis for 14 years was shot on Main Street, police said.");
  REQUIRE(assaults(d) == 1);
  // Not the duration: the article's own date stands in, marked as not from the text.
  CHECK(d.incidents.front().date == "2014-04-12");
  CHECK(d.incidents.front().precision == sitrep::date_precision::vague);
}

TEST_CASE("a month in a date is no march — a protest's demand is its purpose") {
  auto d = parse("FARMERS MEET IN BRUSSELS BRUSSELS, March 2 - European farm ministers met on Monday.");
  for (const auto& i : d.incidents) CHECK(i.type != "PROTEST");
  d = parse("About 500 teachers protested in Lagos on Monday, demanding unpaid salaries.");
  REQUIRE(d.incidents.size() == 1);
  CHECK(d.incidents.front().type == "PROTEST");
}

TEST_CASE("an assault named by no ACLED type is a battle against armed men, else violence against civilians") {
  auto d = parse("Gunmen attacked soldiers at a checkpoint in Kandahar on Monday, killing three.");
  REQUIRE(assaults(d) >= 1);
  CHECK(d.incidents.front().acled_event_type == "Battles");
  d = parse("Gunmen attacked villagers in Kandahar on Monday, killing three.");
  REQUIRE(assaults(d) >= 1);
  CHECK(d.incidents.front().acled_event_type == "Violence against civilians");
  CHECK(d.incidents.front().acled_sub_event_type == "Attack");
}

TEST_CASE("ACLED's type follows who is hit and who hits") {
  auto d = parse("A mob attacked a man in Lagos on Monday.");
  REQUIRE(assaults(d) == 1);
  CHECK(d.incidents.front().acled_event_type == "Riots");
  CHECK(d.incidents.front().acled_sub_event_type == "Mob violence");
  // A shooting is violence against civilians only when civilians are hit.
  d = parse("Gunmen shot dead a policeman in Kandahar on Monday.");
  REQUIRE(assaults(d) == 1);
  CHECK(d.incidents.front().acled_event_type == "Battles");
  d = parse("Gunmen shot dead a farmer in Kandahar on Monday.");
  REQUIRE(assaults(d) == 1);
  CHECK(d.incidents.front().acled_event_type == "Violence against civilians");
}

TEST_CASE("a labour strike is a protest — a score or a price is no violence") {
  auto d = parse("Workers at the port went on a strike over unpaid wages on Monday in Santos.");
  for (const auto& i : d.incidents) CHECK(i.type != "ASSAULT");
  d = parse("A strike by 40,000 seamen over pay closed ports in Santos on Monday.");
  REQUIRE(!d.incidents.empty());
  CHECK(d.incidents.front().type == "PROTEST");
  CHECK(d.incidents.front().acled_event_type == "Protests");
  d = parse("Top-seeded Thomas Muster was beaten 6-3 7-5 in Toronto on Monday.");
  CHECK(assaults(d) == 0);
  d = parse("Shares of ChemLawn shot up 11 dollars in New York on Monday.");
  CHECK(assaults(d) == 0);
  d = parse("New Zealand's official foreign reserves fell to 3.2 billion dollars in Wellington in January.");
  for (const auto& i : d.incidents) CHECK(i.type != "COERCE");
  d = parse("Crude oil prices rallied in New York on Monday.");
  for (const auto& i : d.incidents) CHECK(i.type != "PROTEST");
  d = parse("About 15,000 miners attended a rally in Sheffield on Monday.");
  REQUIRE(!d.incidents.empty());
  CHECK(d.incidents.front().type == "PROTEST");
}

TEST_CASE("an unplaced assault in the headline takes the place its lead gives") {
  const auto d = parse("Two dead after party shooting\n\n"
                       "Police in Memphis said a man was killed at a party on Saturday.");
  REQUIRE(assaults(d) >= 1);
  const auto& headline = d.incidents.front();
  REQUIRE_FALSE(headline.location.empty());
  const auto* place = location_of(d, headline);
  REQUIRE(place);
  CHECK(place->name == "Memphis");
}

TEST_CASE("an act announced is a promise or a threat, not the act") {
  auto d = parse("Portugal will support Turkey's bid to join the European Community, President Mario Soares "
                 "said on Tuesday.");
  REQUIRE(!d.incidents.empty());
  CHECK(d.incidents.front().type == "AGREE");
  d = parse("Iraq's interim government announced that it is prepared to impose martial law in Baghdad.");
  REQUIRE(!d.incidents.empty());
  CHECK(d.incidents.front().type == "THREATEN");
  d = parse("Portugal supported Turkey's bid on Tuesday.");
  REQUIRE(!d.incidents.empty());
  CHECK(d.incidents.front().type == "SUPPORT");
}

TEST_CASE("a period and a day it holds fit one assault — the day wins") {
  sitrep::parse_options o;
  o.reference_date = sitrep::civil_date{2014, 8, 20};
  const auto r = default_engine().parse("Teen shot and killed in Hartford last week\n\n"
                                        "A teenager was shot and killed in Hartford on Aug. 12, police said.",
                                        o);
  REQUIRE(r.ok());
  const auto& d = r.value();
  REQUIRE(assaults(d) == 1);
  CHECK(d.incidents.front().date == "2014-08-12");
  // A day outside the period is another assault.
  const auto r2 = default_engine().parse("Teen shot and killed in Hartford last week\n\n"
                                         "A teenager was shot and killed in Hartford on Aug. 2, police said.",
                                         o);
  REQUIRE(r2.ok());
  CHECK(assaults(r2.value()) == 2);
}

TEST_CASE("the hospital a victim is taken to is not where the shooting happened") {
  const auto d = parse("A man was shot on Elm Street in Springfield, Illinois, on Saturday and was taken to "
                       "Memorial Medical Center, police said.");
  REQUIRE(assaults(d) >= 1);
  const auto& i = d.incidents.front();
  REQUIRE_FALSE(i.location.empty());
  const auto* place = location_of(d, i);
  REQUIRE(place);
  CHECK(place->name.find("Medical Center") == std::string::npos);
}

TEST_CASE("an object of a verb is not the subject of the act after it") {
  const auto d = parse("Witnesses told police about a second man shot near the park in Springfield, Illinois.");
  for (const auto& i : d.incidents)
    for (const auto& s : i.sources)
      for (const auto& a : d.actors)
        if (a.id == s) CHECK(a.name != "police");
}

TEST_CASE("an act said to come is a promise, or a threat when coercive or held over another's act") {
  auto type_of_first = [](const sitrep::document& d) { return d.incidents.empty() ? std::string() : d.incidents.front().type; };
  CHECK(type_of_first(parse("Chile says it is willing to withdraw its troops from the border zone.")) == "AGREE");
  CHECK(type_of_first(parse("Peru said it will withdraw its ambassador unless Chile apologises.")) == "THREATEN");
  CHECK(type_of_first(parse("Chilean farmers said they would boycott the talks in Santiago.")) == "THREATEN");
  CHECK(type_of_first(parse("The rebels have sworn to fight until the army leaves.")) == "THREATEN");
}

TEST_CASE("a coercive measure lifted is a concession, a blockade lifted a withdrawal") {
  CHECK(count_of(parse("Chile lifted a night curfew in Santiago on Sunday."), "CONCEDE") > 0);
  CHECK(count_of(parse("The Chilean army eased a two-day blockade on Peruvian trucks."), "RETREAT") > 0);
  CHECK(count_of(parse("Chile imposed a night curfew in Santiago on Sunday."), "CONCEDE") == 0);
}

TEST_CASE("an obligation told by a speaker is the speaker's demand of whoever must act") {
  const std::string text = "Chile said on Tuesday that Peru must return the captured helicopter.";
  const auto d = parse(text);
  const sitrep::incident* demand = nullptr;
  for (const auto& i : d.incidents)
    if (i.type == "REQUEST") demand = &i;
  REQUIRE(demand);
  REQUIRE(demand->sources.size() == 1);
  CHECK(country_of(d, demand->sources.front()) == "CHL");
  REQUIRE(!demand->targets.empty());
  CHECK(country_of(d, demand->targets.front()) == "PER");
  // A guess is no demand.
  const auto guess = parse("Chile said the gunmen must have crossed from Peru.");
  for (const auto& i : guess.incidents) CHECK(i.type != "REQUEST");
}

TEST_CASE("an assault no sentence places happened in the town the story names most") {
  const std::string text =
      "Toddler airlifted after shooting\n\n"
      "A 2-year-old boy was flown to a hospital after he was shot on Monday, officers said.\n\n"
      "Kokomo police said the boy found a handgun under a bed. Kokomo detectives are investigating, "
      "and the Howard County prosecutor will review the case.";
  const auto d = parse(text);
  REQUIRE(assaults(d) >= 1);
  const auto& i = d.incidents.front();
  REQUIRE_FALSE(i.location.empty());
  const auto* place = location_of(d, i);
  REQUIRE(place);
  CHECK(place->admin1 == "US-IN");
}

TEST_CASE("an incident the text does not date takes the article's date, marked vague") {
  const std::string text = "Gunmen killed three soldiers near Kirkuk, officials said.";
  const auto d = parse(text);  // reference date 2014-04-12
  REQUIRE(assaults(d) >= 1);
  CHECK(d.incidents.front().date == "2014-04-12");
  CHECK(d.incidents.front().precision == sitrep::date_precision::vague);
  auto r = default_engine().parse(text, {});
  REQUIRE(r.ok());
  REQUIRE(!r.value().incidents.empty());
  CHECK(r.value().incidents.front().date.empty());  // no reference date, no guess
}

TEST_CASE("ACLED types: violent demonstrations are riots, party clashes mob violence, burned property a development") {
  auto d = parse("On 3 May 2022, around 500 people demonstrated in Kirkuk against power cuts. "
                 "Demonstrators threw stones at police officers.");
  const auto* p = first_of(d, "PROTEST");
  REQUIRE(p);
  CHECK(p->acled_event_type == "Riots");
  d = parse("On 4 May 2022, around 500 people demonstrated peacefully in Kirkuk against power cuts.");
  p = first_of(d, "PROTEST");
  REQUIRE(p);
  CHECK(p->acled_event_type == "Protests");
  d = parse("On 4 May 2022, unidentified men torched 12 abandoned huts in Kirkuk.");
  // Property destroyed with no one hurt: coercion in PLOVER and CAMEO (1712), a strategic
  // development in ACLED.
  CHECK_FALSE(first_of(d, "ASSAULT"));
  p = first_of(d, "COERCE");
  REQUIRE(p);
  CHECK(p->mode == "destroy");
  CHECK(p->cameo == "1712");
  CHECK(p->acled_event_type == "Strategic developments");
}

TEST_CASE("ACLED types: an attack on a checkpoint or a base is a battle — a clash among rioters is mob violence") {
  auto d = parse("On 12 February 2022, an unidentified armed group attacked a checkpoint in Kirkuk.");
  const auto* a = first_of(d, "ASSAULT");
  REQUIRE(a);
  CHECK(a->acled_event_type == "Battles");
  d = parse("On 12 February 2022, an unidentified armed group attacked a school in Kirkuk.");
  a = first_of(d, "ASSAULT");
  REQUIRE(a);
  CHECK(a->acled_event_type != "Battles");
  d = parse("On 24 April 2022, physical clashes erupted between rioters in Tripoli over a parking space.");
  a = first_of(d, "ASSAULT");
  REQUIRE(a);
  CHECK(a->acled_event_type == "Riots");
  // Made with explosives, heavy weapons or from the air: explosions/remote violence.
  d = parse("On 6 March 2022, local defense groups attacked the police station in Kirkuk with heavy weapons.");
  a = first_of(d, "ASSAULT");
  REQUIRE(a);
  CHECK(a->acled_event_type == "Explosions/Remote violence");
  CHECK(a->acled_sub_event_type == "Shelling/artillery/missile attack");
  CHECK(a->mode == "heavy-weapons");
  d = parse("On 30 January 2022, Houthi drones targeted workers in Marib.");
  a = first_of(d, "ASSAULT");
  REQUIRE(a);
  CHECK(a->acled_sub_event_type == "Air/drone strike");
  d = parse("On 30 January 2022, militants armed with rockets attacked a checkpoint in Kirkuk.");
  a = first_of(d, "ASSAULT");
  REQUIRE(a);
  CHECK(a->acled_event_type == "Battles");
  // Crowds clashing with stones and sticks, no armed force among them: mob violence.
  d = parse("On 3 April 2022, members of two communities clashed with stones and sticks in a village near Kirkuk.");
  a = first_of(d, "ASSAULT");
  REQUIRE(a);
  CHECK(a->acled_sub_event_type == "Mob violence");
  // A vehicle set on fire with no one hurt is property destruction, not a riot.
  d = parse("On 19 June 2022, several armed individuals set fire to a vehicle on the highway near Kirkuk.");
  a = first_of(d, "COERCE");
  REQUIRE(a);
  CHECK(a->acled_sub_event_type == "Looting/property destruction");
  CHECK_FALSE(first_of(d, "PROTEST"));
  // Seizures and troop deployments are strategic developments.
  d = parse("On 22 February 2022, soldiers seized the house of a local leader in Magway.");
  a = first_of(d, "COERCE");
  REQUIRE(a);
  CHECK(a->acled_event_type == "Strategic developments");
}

TEST_CASE("an act a demand or a threat names is its content, and 'jointly' before an act says how it was done") {
  auto d = parse("On Wednesday, the union in Kirkuk demanded the resignation of the factory manager.");
  CHECK(first_of(d, "REQUEST"));
  CHECK_FALSE(first_of(d, "RETREAT"));
  // The same for what a threat threatens.
  d = parse("Al-Qaeda has threatened to deliver devastating blows to the United States and Israel.");
  CHECK(first_of(d, "THREATEN"));
  CHECK_FALSE(first_of(d, "AID"));
  d = parse("On 6 January 2022, nearly 500 villagers jointly held a protest in Mandalay against the coup.");
  CHECK(first_of(d, "PROTEST"));
  CHECK_FALSE(first_of(d, "COOPERATE"));
}

TEST_CASE("a killing a protest is about is its cause, not an event of its own") {
  const auto d = parse("On 6 February 2022, protesters took to the streets in Kirkuk to condemn the killing of a teacher.");
  CHECK(assaults(d) == 0);
  CHECK(count_of(d, "PROTEST") > 0);
}

TEST_CASE("a fatal or a quadruple shooting tells its toll where no telling counts") {
  auto d = parse("Arrest made in fatal shooting outside Arlington bar\n\n"
                 "Police arrested a man on Friday in connection with the shooting outside a bar in Arlington, Texas.");
  REQUIRE(assaults(d) >= 1);
  CHECK(first_of(d, "ASSAULT")->fatalities == 1);
  d = parse("Arrest made in Manassas quadruple shooting\n\n"
            "Police arrested a man on Friday in connection with the shooting in Manassas, Virginia.");
  REQUIRE(assaults(d) >= 1);
  CHECK(first_of(d, "ASSAULT")->injuries == 4);
  // A count the story gives wins.
  d = parse("Two killed in fatal shooting in Arlington, Texas, on Friday.");
  REQUIRE(assaults(d) >= 1);
  CHECK(first_of(d, "ASSAULT")->fatalities == 2);
}

TEST_CASE("help or talks ended or cut are a sanction — a strike called off a concession") {
  CHECK(count_of(parse("Chilean officers today ended mediation efforts between Peru and Bolivia."), "SANCTION") > 0);
  CHECK(count_of(parse("The United Nations on Tuesday reduced food supplies to refugee camps in Chile."), "SANCTION") > 0);
  CHECK(count_of(parse("The Chilean Union of Teachers said it has called off a four-day strike in Santiago."), "CONCEDE") > 0);
  CHECK(count_of(parse("The Chilean court cancelled restrictions on Peruvian traders in Arica."), "CONCEDE") > 0);
}

TEST_CASE("a press conference is no meeting of parties — a joint one is") {
  CHECK(count_of(parse("Members of the Chilean teachers union held a press conference in Santiago on Monday."), "CONSULT") == 0);
  CHECK(count_of(parse("The Chilean and Peruvian presidents held a joint press conference in Santiago on Monday."), "CONSULT") == 1);
  // One held with banners or placards is a demonstration.
  CHECK(acled_type_of(
            parse("Members of a civic group held a press conference with banners in front of City Hall in Seoul."),
            "PROTEST") == "Protests");
}

TEST_CASE("those a trailing attribution names told of the act — they are not its target") {
  std::string text = "Israeli soldiers arrested more than 100 Palestinians in Hebron, military sources said.";
  auto d = parse(text);
  const auto* i = first_of(d, "COERCE");
  REQUIRE(i);
  for (const auto& t : i->targets) CHECK(country_of(d, t) == "PSE");
  text = "Iran threatened to cut off electricity to Armenia, the official IRNA news agency reported.";
  d = parse(text);
  i = first_of(d, "THREATEN");
  REQUIRE(i);
  for (const auto& t : i->targets) CHECK(country_of(d, t) != "IRN");
  // A clause that goes on after the speaker is no trailing attribution.
  text = "Police said the gunmen attacked a convoy of soldiers, officials said, and then fled.";
  d = parse(text);
  CHECK(first_of(d, "ASSAULT"));
}

TEST_CASE("nationals named before a passive act are its targets, not a state behind it") {
  const std::string text = "Three Americans were killed in the attack.";
  const auto d = parse(text);
  const auto* i = first_of(d, "ASSAULT");
  REQUIRE(i);
  CHECK(i->sources.empty());
  REQUIRE(i->targets.size() == 1);
  CHECK(country_of(d, i->targets.front()) == "USA");
}

TEST_CASE("an attack a protest opposes, even in the sentence after it, is its cause, not an event") {
  std::string text = "Protesters gathered in Nizhny Novgorod to oppose the invasion of Ukraine by Russia.";
  auto d = parse(text);
  CHECK(first_of(d, "PROTEST"));
  CHECK(assaults(d) == 0);
  text = "Demonstrators gathered in Sens on Saturday. They denounced the invasion of Ukraine by Russia.";
  d = parse(text);
  CHECK(first_of(d, "PROTEST"));
  CHECK(assaults(d) == 0);
  // An attack told after a protest for another reason stays.
  text = "Workers protested in Lyon on Monday. Gunmen attacked a convoy near the city on Tuesday.";
  d = parse(text);
  CHECK(assaults(d) == 1);
}

TEST_CASE("a trigger word inside a name names, it does not tell — a title-case headline has no such names") {
  std::string text = "Members of the Parcel Delivery Workers' Solidarity Union held a rally in Seoul on Monday.";
  auto d = parse(text);
  CHECK(first_of(d, "PROTEST"));
  CHECK_FALSE(first_of(d, "SUPPORT"));
  text = "Four People Shot At House Party In Queens\n\nFour people were shot at a party in Queens on Saturday.";
  d = parse(text);
  CHECK(assaults(d) >= 1);
}

TEST_CASE("the survivors of those shot outnumber a count of only some of the hurt") {
  const std::string text = "Five people were shot in Newark on Saturday. Two of them died. One man is in critical condition.";
  const auto d = parse(text);
  const auto* i = first_of(d, "ASSAULT");
  REQUIRE(i);
  CHECK(i->fatalities == 2);
  CHECK(i->injuries == 3);
}

TEST_CASE("an undated incident takes the story's day in the week before the article, else the article's") {
  // Reference date 2014-04-12, a Saturday.
  auto d = parse("Three people were killed in a shooting at a store in Stockton.\n\n"
                 "Police said the gunman fled on foot. The store had been robbed on Tuesday night, police said.");
  REQUIRE(assaults(d) >= 1);
  CHECK(d.incidents.front().date == "2014-04-08");
  // A day long before the article is no story day, nor the lead's.
  d = parse("A man was shot on Main Street in Memphis. He had been arrested on 3 March 2012.");
  REQUIRE(assaults(d) >= 1);
  CHECK(d.incidents.front().date == "2014-04-12");
}

TEST_CASE("the day a statement was made dates the statement, not the event it tells") {
  // Reference date 2014-04-12, a Saturday.
  const auto d = parse("Police Have Video Footage of Mass Laundromat Shooting in South Shore\n\n"
                       "The superintendent said Friday that officers had identified a suspect.");
  REQUIRE(assaults(d) >= 1);
  CHECK(d.incidents.front().date != "2014-04-11");
  // A day told with "said" in the assault's own sentence is the telling's too: the day the
  // story gives the shooting wins.
  const auto e = parse("Three people were found shot to death inside a car in Wyandanch, and police said Thursday "
                       "that the suspect was still on the loose. The shooting happened shortly before midnight "
                       "Wednesday on Davidson Street.");
  REQUIRE(assaults(e) >= 1);
  CHECK(first_of(e, "ASSAULT")->date == "2014-04-09");
  // The day may come before the verb: "Authorities Saturday said".
  const auto f = parse("2 Men Dead, 2 Women Wounded In Long Beach Shooting\n\n"
                       "Authorities Saturday said two people were killed and two others were wounded. "
                       "Shots were fired in the 6500 block of North Rose Avenue just before 10 p.m. Friday.");
  REQUIRE(assaults(f) >= 1);
  CHECK(first_of(f, "ASSAULT")->date == "2014-04-11");
}

TEST_CASE("an agreement or support refused right after 'not' is a rejection — other negated acts are none") {
  auto d = parse("Armenia said it will not accept Azerbaijan's demands.");
  const auto* r = first_of(d, "REJECT");
  REQUIRE(r);
  CHECK(r->cameo == "120");
  CHECK_FALSE(first_of(d, "AGREE"));
  d = parse("Not all traders are in total agreement with the plan.");
  CHECK_FALSE(first_of(d, "REJECT"));
  d = parse("The army did not attack the village.");
  CHECK(assaults(d) == 0);
}

namespace {
// The countries of an incident's sources or targets, sorted.
std::vector<std::string> countries_of(const sitrep::document& d, const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(country_of(d, id));
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("names listed with commas and 'and' act together — a comma without the list's 'and' lists nothing") {
  auto d = parse("France, Germany and Italy condemned the bombing.");
  const auto* accuse = first_of(d, "ACCUSE");
  REQUIRE(accuse);
  CHECK(countries_of(d, accuse->sources) == std::vector<std::string>{"DEU", "FRA", "ITA"});

  d = parse("Iran held talks with Iraq, Syria and Turkey on Monday.");
  const auto* talks = first_of(d, "CONSULT");
  REQUIRE(talks);
  CHECK(countries_of(d, talks->targets) == std::vector<std::string>{"IRQ", "SYR", "TUR"});

  // "the militant Hamas group": a determiner and adjectives may stand after "and", and
  // the adjective before the name is no group of its own.
  d = parse("Israel and the militant Hamas group agreed to a ceasefire on Monday.");
  const auto* agree = first_of(d, "AGREE");
  REQUIRE(agree);
  CHECK(countries_of(d, agree->sources) == std::vector<std::string>{"ISR", "PSE"});
  CHECK(std::none_of(d.actors.begin(), d.actors.end(), [](const auto& a) { return a.name == "militant"; }));

  d = parse("In Gaza, Israel attacked a school.");
  const auto* attack = first_of(d, "ASSAULT");
  REQUIRE(attack);
  CHECK(countries_of(d, attack->sources) == std::vector<std::string>{"ISR"});
}

TEST_CASE("parties named after 'between' are both an act's counterparts") {
  // The "and" may end a line.
  for (const char* text : {"Egypt helped restore ties between Qatar and Bahrain on Monday.",
                           "Egypt helped restore ties between Qatar and\nBahrain on Monday."}) {
    const auto d = parse(text);
    bool found = false;
    for (const auto& i : d.incidents)
      found |= countries_of(d, i.targets) == std::vector<std::string>{"BHR", "QAT"};
    CHECK_MESSAGE(found, text);
  }
}

TEST_CASE("the state an act is against is its target") {
  const auto d = parse("The United Nations imposed new sanctions against Iran on Monday.");
  const auto* sanction = first_of(d, "SANCTION");
  REQUIRE(sanction);
  CHECK(countries_of(d, sanction->targets) == std::vector<std::string>{"IRN"});
}

TEST_CASE("the recipient a verb of giving names as its bare object is the target, never the source") {
  // (Said to come, the grant is a promise of aid: AGREE, CAMEO 033.)
  auto d = parse("Finland will give Tanzania a grant of 580 million shillings.");
  const auto* promise = first_of(d, "AGREE");
  REQUIRE(promise);
  CHECK(promise->cameo == "033");
  CHECK(countries_of(d, promise->sources) == std::vector<std::string>{"FIN"});
  CHECK(countries_of(d, promise->targets) == std::vector<std::string>{"TZA"});
  d = parse("Finland gave Tanzania a grant of 580 million shillings.");
  auto aid = first_of(d, "AID");
  REQUIRE(aid);
  CHECK(countries_of(d, aid->sources) == std::vector<std::string>{"FIN"});
  CHECK(countries_of(d, aid->targets) == std::vector<std::string>{"TZA"});
  // With no other name before the trigger, the recipient still is no source.
  d = parse("A group of industrial nations on Thursday granted Argentina a 500 million dollar bridge loan.");
  aid = first_of(d, "AID");
  REQUIRE(aid);
  CHECK(countries_of(d, aid->sources).empty());
  CHECK(countries_of(d, aid->targets) == std::vector<std::string>{"ARG"});
}

TEST_CASE("the state a demand or a threat is made of, as the subject of the clause it opens, is its target") {
  auto d = parse("Palestinian officials demanded Friday that the United States match the European Union's support.");
  const auto* demand = first_of(d, "REQUEST");
  REQUIRE(demand);
  CHECK(countries_of(d, demand->targets) == std::vector<std::string>{"USA"});
  d = parse("Russia has threatened to stop negotiations if the United States goes ahead with the deployment.");
  const auto* threat = first_of(d, "THREATEN");
  REQUIRE(threat);
  CHECK(countries_of(d, threat->targets) == std::vector<std::string>{"USA"});
  // Not a name that only opens the clause's subject.
  d = parse("Officials demanded that the U.S. Food and Drug Administration withdraw the approval.");
  demand = first_of(d, "REQUEST");
  REQUIRE(demand);
  CHECK(countries_of(d, demand->targets) != std::vector<std::string>{"USA"});
}

TEST_CASE("a group the trigger names is the source — an organisation named with a trigger word is not") {
  auto d = parse("On 26 February 2022, around 250 demonstrators gathered in Vannes.");
  const auto* protest = first_of(d, "PROTEST");
  REQUIRE(protest);
  REQUIRE(protest->sources.size() == 1);
  bool demonstrators = false;
  for (const auto& a : d.actors) demonstrators |= a.id == protest->sources[0] && a.name == "demonstrators";
  CHECK(demonstrators);
  d = parse("The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up an energy research center "
            "in Tokyo.");
  CHECK(count_of(d, "COOPERATE") == 0);
}

TEST_CASE("the outlet a headline names after its title is not where the incident happened") {
  const auto d = parse("Five teens shot after midnight basketball tournament - WALB.com, South Georgia News, "
                       "Weather, Sports\n\nThe five teens had just left the tournament in Memphis on Friday.");
  const auto* a = first_of(d, "ASSAULT");
  REQUIRE(a);
  const auto* where = location_of(d, *a);
  REQUIRE(where);
  CHECK(where->name == "Memphis");
}

TEST_CASE("a noun used as an adjective before a thing is no group of people") {
  const auto d = parse("Serbia lodged an official protest with Albania today. Israeli bulldozers demolished "
                       "civilian buildings in Gaza.");
  for (const auto& a : d.actors) {
    CHECK(a.name != "official");
    CHECK(a.name != "civilian");
  }
}

TEST_CASE("a protest a government lodges is an official complaint, not a demonstration") {
  const auto d = parse("Serbia lodged an official protest with Albania today.");
  CHECK(count_of(d, "PROTEST") == 0);
  const auto* complaint = first_of(d, "ACCUSE");
  REQUIRE(complaint);
  CHECK(complaint->acled_event_type.empty());
}

TEST_CASE("ACLED types: a protest someone breaks up is one with intervention — force that hurt no one is too") {
  auto d = parse("On 3 March 2022, a large number of students staged a protest in Allahabad city. Police used "
                 "batons to disperse them.");
  const auto* protest = first_of(d, "PROTEST");
  REQUIRE(protest);
  CHECK(protest->acled_sub_event_type == "Protest with intervention");
  // What a protest is about is no intervention.
  d = parse("On 1 February 2022, locals held a protest demonstration in Swabi city against gas load shedding.");
  protest = first_of(d, "PROTEST");
  REQUIRE(protest);
  CHECK(protest->acled_sub_event_type == "Peaceful protest");
}

TEST_CASE("a claim that describes the protesters, or an occupation made in protest, is part of the protest") {
  auto d = parse("On 13 March 2022, at least 30 activists of a newly formed party demanding constitutional reforms "
                 "staged a protest in Rajshahi city against rising prices.");
  CHECK(count_of(d, "REQUEST") == 0);
  CHECK(count_of(d, "PROTEST") >= 1);
  d = parse("On 6 April 2022, supporters of the party occupied the premises of the hospital in protest against the "
            "appointment of its director.");
  CHECK(count_of(d, "COERCE") == 0);
  // A claim the sentence makes stays: "denounced" is its verb, the unrest its object.
  d = parse("Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest.");
  CHECK(count_of(d, "ACCUSE") == 1);
}

TEST_CASE("ACLED types: a crowd of civilians beating or burning, no armed force on either side, is mob violence") {
  auto d = parse("On 3 March 2022, local residents lynched a pastor of a local church in Dalisu village.");
  const auto* a = first_of(d, "ASSAULT");
  REQUIRE(a);
  CHECK(a->acled_sub_event_type == "Mob violence");
  // Those who died are no crowd that attacked.
  d = parse("At least 26 people died when a car ferry struck a pier.");
  for (const auto& i : d.incidents) CHECK(i.acled_sub_event_type != "Mob violence");
}

TEST_CASE("those a verb of dying tells of are victims, not attackers — a street block is no year") {
  auto d = parse("At least 26 people died when a car ferry struck a pier.");
  for (const auto& i : d.incidents)
    for (const auto& src : i.sources)
      for (const auto& a : d.actors) CHECK(!(a.id == src && a.name == "people"));
  d = parse("Salina police are investigating a shooting death in the 1900 block of Dover on Sunday.");
  for (const auto& date : d.dates) CHECK(date.value != "1900");
}

TEST_CASE("ACLED types: a death told with no one behind it is no attack") {
  const auto d = parse("Alejandro Lanusse, the former dictator who ruled Argentina for two years, died at age 78 on Monday.");
  for (const auto& i : d.incidents) CHECK(i.acled_sub_event_type != "Attack");
}

TEST_CASE("the object of a verb before the trigger is not its subject — a participle before a noun governs nothing") {
  auto d = parse("Ukraine and Russia exchanged 100 prisoners of war on Wednesday in a deal brokered by the United "
                 "Arab Emirates.");
  const auto* deal = first_of(d, "AGREE");
  REQUIRE(deal);
  REQUIRE(!deal->sources.empty());
  for (const auto& src : deal->sources)
    for (const auto& a : d.actors)
      if (a.id == src) CHECK(a.kind == "state");
  d = parse("Armed men attacked a police station in Kandahar on Monday.");
  const auto* attack = first_of(d, "ASSAULT");
  REQUIRE(attack);
  CHECK(!attack->sources.empty());
}

TEST_CASE("a group the text gives no country is of the country where its incident happened") {
  const auto d = parse("On 19 March 2022, feminist activists gathered in Yekaterinburg to hold a mourning event for "
                       "those who died in Ukraine.");
  const auto* protest = first_of(d, "PROTEST");
  REQUIRE(protest);
  REQUIRE(!protest->sources.empty());
  for (const auto& a : d.actors)
    if (a.id == protest->sources[0]) CHECK(a.country == "RUS");
}

TEST_CASE("the dead of another shooting the story tells are not among those shot here") {
  const auto d = parse("Four people were shot on Telegraph Avenue in Oakland on Saturday. In a separate shooting in "
                       "Fresno on Friday, a man was killed.");
  const auto* first = first_of(d, "ASSAULT");
  REQUIRE(first);
  CHECK(first->injuries == 4);
}

TEST_CASE("a claim someone makes leads the act it is about in the same sentence") {
  const auto d = parse("Lebanon complained to the United Nations on Tuesday over two Israeli air raids last Friday in "
                       "which it said 20 people were killed.");
  const sitrep::incident* lead = nullptr;
  for (const auto& i : d.incidents)
    if (!lead || i.confidence > lead->confidence) lead = &i;
  REQUIRE(lead);
  CHECK(lead->type == "ACCUSE");
  CHECK(count_of(d, "ASSAULT") == 1);  // the raids stay an incident
}

TEST_CASE("incidents: a group that demonstrates is protesters, a government that protests is not") {
  const auto d = parse("Retired airline employees protested in front of parliament in Tehran on Monday. "
                       "The Zimbabwean government protested the decision.");
  const auto role_of = [&](std::string_view last_word) {
    for (const auto& a : d.actors)
      if (a.name.size() >= last_word.size() && a.name.substr(a.name.size() - last_word.size()) == last_word)
        return a.role;
    return std::string("(none)");
  };
  CHECK(role_of("employees") == "protesters");
  CHECK(role_of("government").empty());
}

TEST_CASE("incidents: a town told with an area none of its namesakes lies in happened in that area") {
  // The gazetteer's Oleksandrivkas lie in other oblasts; "Kharkiv" after the comma is the
  // oblast the text puts it in, not the city.
  const auto d = parse("Russian forces shelled Oleksandrivka, Kharkiv. No casualties were reported.");
  bool oblast = false;
  for (const auto& l : d.locations) oblast |= l.admin1 == "UA-63" && l.kind == "admin1";
  CHECK(oblast);
  REQUIRE(!d.incidents.empty());
  const sitrep::location* where = location_of(d, d.incidents[0]);
  REQUIRE(where);
  CHECK(where->admin1 == "UA-63");  // the town placed in the oblast, or the oblast
}

TEST_CASE("incidents: a town told with an area it does not lie in happened in the area") {
  // The gazetteer's only Issaquah is in Washington: "Issaquah, Connecticut" is a place in
  // Connecticut it lacks, and the incident is placed in the state the text names.
  const auto d = parse("Two men were shot in Issaquah, Connecticut on Saturday.");
  REQUIRE(!d.incidents.empty());
  const sitrep::location* where = location_of(d, d.incidents[0]);
  REQUIRE(where);
  CHECK(where->admin1 == "US-CT");
}

TEST_CASE("incidents: support told as the manner of a fight does not lead it, and a hit-and-run attack is an attack") {
  const auto d = parse("The army, with the support of the United Nations, fought with militiamen in Goba village.");
  const sitrep::incident* lead = lead_incident(d);
  REQUIRE(lead);
  CHECK(lead->type == "ASSAULT");
  const auto h = parse("Militants launched a hit and run attack against soldiers at a base.");
  REQUIRE(!h.incidents.empty());
  CHECK(h.incidents[0].type == "ASSAULT");
  CHECK(h.incidents[0].acled_event_type == "Battles");
}

TEST_CASE("incidents: a quoted title and a strike committee tell no ban and no strike") {
  const auto d = parse("Roughly 100 people held a 'Bans Off Our Bodies' rally at the courthouse in Eureka.");
  CHECK(count_of(d, "COERCE") == 0);
  CHECK(count_of(d, "PROTEST") == 1);
  const auto s = parse("The Salingyi strike committee held a protest against the military coup.");
  CHECK(count_of(s, "ASSAULT") == 0);
  CHECK(count_of(s, "PROTEST") == 1);
}

TEST_CASE("incidents: a participle describing a person does not lead the act the sentence tells") {
  const auto d = parse("Dozens of supporters of the jailed opposition leader demanded his release in Tbilisi.");
  const sitrep::incident* lead = lead_incident(d);
  REQUIRE(lead);
  CHECK(lead->type == "REQUEST");
  // Told as the act itself, it leads: "was jailed in".
  const auto j = parse("The opposition leader was jailed in Tbilisi on Monday.");
  REQUIRE(!j.incidents.empty());
  CHECK(j.incidents[0].confidence > 0.6);  // not lowered: 0.45 base, place, date
}

TEST_CASE("incidents: police acting on protesters in the next sentence make it a protest with intervention") {
  const auto d = parse("Protesters gathered in Saratov to oppose the war. Police intervened in the event, detaining "
                       "at least 36 of its participants.");
  const auto e = parse("Lawyers staged protests in Udaipur city, demanding an inquiry. Police forces stopped the "
                       "protesters from blocking a road.");
  const auto p = parse("Workers staged a protest in Ankara to demand the release of those arrested last week.");
  auto sub = [](const sitrep::document& doc) {
    for (const auto& x : doc.incidents)
      if (x.type == "PROTEST") return x.acled_sub_event_type;
    return std::string("(none)");
  };
  CHECK(sub(d) == "Protest with intervention");
  CHECK(sub(e) == "Protest with intervention");
  CHECK(sub(p) == "Peaceful protest");
}

TEST_CASE("incidents: the day of a later court appearance does not date the shooting") {
  sitrep::parse_options o;
  o.reference_date = sitrep::civil_date{2014, 5, 14};
  auto r = default_engine().parse(
      "A teen accused of shooting five people was denied bond during a court appearance on Wednesday. "
      "Police said he started shooting where students had gathered Tuesday afternoon.",
      o);
  REQUIRE(r.ok());
  const auto* shot = first_of(r.value(), "ASSAULT");
  REQUIRE(shot);
  CHECK(shot->date == "2014-05-13");
}

TEST_CASE("incidents: the day of a news conference does not date the shooting it is about") {
  sitrep::parse_options o;
  o.reference_date = sitrep::civil_date{2014, 4, 3};
  auto r = default_engine().parse(
      "Argument May Have Preceded Deadly Fort Hood Shooting\n\n"
      "The commander said during a news conference Thursday afternoon that the gunman argued with soldiers. "
      "Soldiers were shot late Wednesday afternoon at the post.",
      o);
  REQUIRE(r.ok());
  const auto* shot = first_of(r.value(), "ASSAULT");
  REQUIRE(shot);
  CHECK(shot->date == "2014-04-02");
}

TEST_CASE("incidents: a blockade a state imposes restricts movement; one protesters mount obstructs") {
  const auto d = parse("Israel reimposed blockades in the West Bank on Friday.");
  CHECK(count_of(d, "COERCE") == 1);
  CHECK(count_of(d, "PROTEST") == 0);
  const auto p = parse("Protesters mounted a blockade of the port in Marseille on Friday.");
  CHECK(count_of(p, "PROTEST") == 1);
}

TEST_CASE("incidents: troops that remained on alert are mobilised") {
  const auto d = parse("Israeli troops remained on alert in Hebron to forestall more violence.");
  CHECK(count_of(d, "MOBILIZE") == 1);
}

TEST_CASE("incidents: an occupied place described does not lead the act told") {
  const auto d = parse("Israeli troops remained on alert in the occupied West Bank to forestall more violence.");
  const sitrep::incident* lead = lead_incident(d);
  REQUIRE(lead);
  CHECK(lead->type == "MOBILIZE");
}

TEST_CASE("incidents: something fired at a target is an assault on the target, a dismissal none") {
  const auto d = parse("Ukrainian forces fired BM-21 Grad missiles at DPR positions in Makiivka, Donetsk.");
  REQUIRE(assaults(d) == 1);
  const auto* x = first_of(d, "ASSAULT");
  for (const auto& t : x->targets)
    for (const auto& a : d.actors)
      if (a.id == t) CHECK(a.name.find("Grad") == std::string::npos);  // what is fired is no target
  CHECK(assaults(parse("Israeli tanks fired four shell bombs at targets in Jericho.")) == 1);
  CHECK(assaults(parse("The club fired its coach at the end of the season.")) == 0);
  CHECK(assaults(parse("He was fired from his job on Monday.")) == 0);
  CHECK(assaults(parse("Forest fires burned 100 hectares near Athens.")) == 0);
}

TEST_CASE("incidents: declining to act rejects it; declining to comment rejects nothing") {
  CHECK(count_of(parse("Vice-President Moody Awori has declined to resign despite growing pressure."), "REJECT") == 1);
  CHECK(count_of(parse("Vice-President Moody Awori has declined to resign despite growing pressure."), "RETREAT") == 0);
  CHECK(count_of(parse("The ministry refused to comment on the report."), "REJECT") == 0);
  CHECK(count_of(parse("The official, who declined to be named, said the talks failed."), "REJECT") == 0);
  CHECK(count_of(parse("Oil prices declined after the attack on the refinery."), "REJECT") == 0);
}

TEST_CASE("incidents: a visit or a meeting to come is agreed to (intent to meet), one held is a consultation") {
  const auto d = parse("German Foreign Minister Oskar Fischer will visit Albania in June, the embassy said.");
  const auto* x = first_of(d, "AGREE");
  REQUIRE(x);
  CHECK(x->cameo == "036");
  CHECK(count_of(d, "CONSULT") == 0);
  CHECK(count_of(parse("German Foreign Minister Oskar Fischer visited Albania on Tuesday."), "CONSULT") == 1);
}

TEST_CASE("incidents: a concession said to come is an intent to yield") {
  const auto d = parse("The government is ready to make concessions to the rebels.");
  const auto* x = first_of(d, "AGREE");
  REQUIRE(x);
  CHECK(x->cameo == "035");
}

TEST_CASE("incidents: peace-keeping written with a hyphen is peacekeeping") {
  const auto d = parse("Nigeria sent troops to an international peace-keeping force in Liberia.");
  const auto* x = first_of(d, "AID");
  REQUIRE(x);
  CHECK(x->cameo == "074");
}

TEST_CASE("incidents: restrictions imposed restrict; restrictions planned threaten") {
  const auto d = parse("Greece imposed restrictions on its labour market.");
  const auto* x = first_of(d, "COERCE");
  REQUIRE(x);
  CHECK(x->cameo == "172");
  CHECK(count_of(parse("Greece plans to impose restrictions on its labour market."), "THREATEN") == 1);
}

TEST_CASE("incidents: opposing a plan rejects it") {
  CHECK(count_of(parse("Israel is opposed to French mediation in peace negotiations with Syria."), "REJECT") == 1);
  CHECK(count_of(parse("The rebels said they opposed the deployment of a regional force."), "REJECT") == 1);
}

TEST_CASE("incidents: a patrol is a movement of forces, unless it is who was attacked") {
  CHECK(
      acled_type_of(parse("A US military patrol took place in the vicinity of Rmelan town in Al Hasakeh countryside."),
                    "MOBILIZE") == "Strategic developments");
  const auto a = parse("Six soldiers in patrol vehicles were attacked by militants with mines near Pakokku.");
  CHECK(count_of(a, "MOBILIZE") == 0);
  CHECK(assaults(a) == 1);
}

TEST_CASE("incidents: 'backed by' describing the actors does not lead their act") {
  const auto d = parse(
      "On 28 June 2022, a group of health workers at the hospital in Piacenza, backed by the Cisl Fp, "
      "gathered to protest against the shortage of personnel.");
  const sitrep::incident* lead = lead_incident(d);
  REQUIRE(lead);
  CHECK(lead->type == "PROTEST");
}

TEST_CASE("incidents: gathering around an office to complain, a press conference with a banner, are protests") {
  CHECK(count_of(parse("Members of the Fighting Front gathered around the ANSES office to complain about the cut."),
                 "PROTEST") == 1);
  CHECK(count_of(parse("Members of a civic group held a press conference with a banner in front of the office."),
                 "PROTEST") == 1);
}

TEST_CASE("incidents: an attack on a man the story calls a drug dealer is a clash in ACLED's terms") {
  CHECK(
      acled_type_of(parse("On 22 February 2022, in Rio Branco (Acre), a man was shot and killed at a bar by two armed "
                          "individuals. The victim was involved in organized criminal activities."),
                    "ASSAULT") == "Battles");
  CHECK(
      acled_type_of(parse("On 22 February 2022, in Rio Branco (Acre), a man was shot and killed at a bar by two armed "
                          "individuals. The victim was a teacher."),
                    "ASSAULT") == "Violence against civilians");
}

TEST_CASE("incidents: remote fire told with close fighting is a clash; a mine left by past clashes is not") {
  CHECK(
      acled_type_of(parse("On 18 February 2022, Al Shabaab militants threw a hand grenade towards government security "
                          "forces at a checkpoint in Buulo Shiikh village, followed by gunfire."),
                    "ASSAULT") == "Battles");
  CHECK(acled_type_of(parse("On 9 March 2022, a landmine from previous clashes exploded near Tanf in rural Damascus, "
                            "injuring a man."),
                      "ASSAULT") == "Explosions/Remote violence");
}

TEST_CASE("incidents: groups that clash and stone the police who intervene are a mob") {
  CHECK(acled_type_of(parse("On 19 March 2022, two groups clashed during Holi celebrations in Bihar state. The rioters "
                            "threw stones at police forces when they tried to intervene."),
                      "ASSAULT") == "Riots");
}

TEST_CASE("incidents: violence a protest is against, or a flag burnt, does not make it a riot") {
  CHECK(
      acled_type_of(parse("On 8 April 2022, NCP members staged a protest near the municipal corporation in Ulhasnagar, "
                          "against the stone pelting at the house of the NCP chief."),
                    "PROTEST") == "Protests");
  CHECK(acled_type_of(
            parse("On 31 January 2022, members of the Naga People's Front burnt the party flag during a protest "
                  "in Tengnoupal district."),
            "PROTEST") == "Protests");
  CHECK(acled_type_of(parse("On 3 May 2022, protesters threw stones at the police station in Kathmandu."), "PROTEST") ==
        "Riots");
}

TEST_CASE("incidents: demonstrators who build barricades or burn tyres riot in ACLED's terms") {
  CHECK(acled_type_of(
            parse("On 24 February 2022, in Pereira, students demonstrated at a local university against the lack "
                  "of a subsidy. The group built barricades to block a nearby street."),
            "PROTEST") == "Riots");
}

TEST_CASE("incidents: an ambush of civilians is violence against civilians, of soldiers a clash") {
  CHECK(acled_type_of(parse("On 25 April 2022, near Trovolhue (Araucania), hooded armed men ambushed and shot a worker "
                            "who was traveling in his truck."),
                      "ASSAULT") == "Violence against civilians");
  CHECK(acled_type_of(parse("On 25 April 2022, near Beni, ADF militants ambushed soldiers of the FARDC on the road."),
                      "ASSAULT") == "Battles");
}

TEST_CASE("incidents: territory taken with no fighting told is a non-violent transfer") {
  const auto d = parse(
      "On 10 May 2022, UPLC militants took over Kaheku village in Lubero, but no clashes were "
      "reported with the FARDC.");
  const auto* x = first_of(d, "COERCE");
  REQUIRE(x);
  CHECK(x->acled_sub_event_type == "Non-violent transfer of territory");
  CHECK(acled_type_of(parse("On 10 May 2022, UPLC militants took over Kaheku village in Lubero after heavy fighting."),
                      "COERCE") == "Battles");
}

TEST_CASE("incidents: fire in the direction of positions, a road blown up, an anti-personnel mine") {
  CHECK(assaults(parse("The Armenian forces fired in the direction of Azerbaijani positions near Yukhari Ayrim.")) ==
        1);
  CHECK(acled_type_of(parse("On 16 May 2022, Russian forces blew up a road in Dorozhnianka, Zaporizhia."), "ASSAULT") ==
        "Explosions/Remote violence");
  CHECK(assaults(parse("A serviceman was hit by an anti-personnel mine while on duty in Seydakhmedli village.")) == 1);
}

TEST_CASE("incidents: a checkpoint where a bomb went off is the place, not a restriction") {
  const auto d = parse("On 13 February 2022, in Myitkyina town, a bomb explosion occurred at the police checkpoint.");
  CHECK(count_of(d, "COERCE") == 0);
  CHECK(assaults(d) == 1);
}

TEST_CASE("incidents: a killing told with its toll and no one named is an attack") {
  CHECK(acled_type_of(parse("Around 14 January 2022, in Tijuana, Baja California, a person was killed and the body was "
                            "found wrapped in a blanket. 1 fatality."),
                      "ASSAULT") == "Violence against civilians");
}

TEST_CASE("incidents: the weapon of an assault, named late in its clause or before a participle") {
  CHECK(acled_type_of(
            parse("On 10 February 2022, unknown gunmen targeted a regime checkpoint in Majadel town in As Sweida "
                  "countryside with an RPG."),
            "ASSAULT") == "Explosions/Remote violence");
  CHECK(acled_type_of(
            parse("On 13 March 2022, unidentified individuals set off an explosive device, injuring a soldier."),
            "ASSAULT") == "Explosions/Remote violence");
}

TEST_CASE("incidents: a man burnt to death by a mob is mob violence") {
  CHECK(acled_type_of(
            parse("On 15 February 2022, a man was burnt to death by a mob in New Brighton after he left prison."),
            "ASSAULT") == "Riots");
}

TEST_CASE("incidents: meeting an obligation, a price decline, a crop's yield and a Patrol firm are no events") {
  const auto m = parse("Baka said Poland would meet its financial obligations to the U.S.");
  CHECK(count_of(m, "CONSULT") == 0);
  CHECK(count_of(m, "AGREE") == 0);
  CHECK(count_of(parse("Analysts attributed the decline to Rockwell's Allen-Bradley unit."), "REJECT") == 0);
  CHECK(count_of(parse("Vinegrowers would cut yield under the plan."), "AGREE") == 0);
  CHECK(count_of(parse("Shares of Hudson Valley Patrol rose on Monday."), "MOBILIZE") == 0);
  CHECK(count_of(parse("Poland's foreign minister will meet his German counterpart in Bonn."), "AGREE") == 1);
}

TEST_CASE("incidents: people driven from their homes are displaced, and refugees arriving are not visiting") {
  const auto arrived = parse("About 2,500 refugees from Ukraine arrived in Poland on Sunday and were registered there.");
  CHECK(count_of(arrived, "CONSULT") == 0);
  const sitrep::incident* x = first_of(arrived, "SANCTION");
  REQUIRE(x != nullptr);
  CHECK(x->mode == "expel");
  CHECK(x->acled_event_type == "Strategic developments");
  CHECK(x->acled_sub_event_type == "Other");
  CHECK(acled_type_of(parse("Villagers fled their homes as the army shelled the hills around Lashio."), "SANCTION") ==
        "Strategic developments");
  CHECK(acled_type_of(parse("Some 300 residents were evacuated from the town after the flood."), "SANCTION") ==
        "Strategic developments");
  // A delegation arriving is still a visit.
  CHECK(count_of(parse("The Chinese foreign minister arrived in Islamabad on Monday for talks."), "CONSULT") == 1);
}

TEST_CASE("incidents: a protest leads the demands and support it voices, not one that is another act's object") {
  auto lead = [](const sitrep::document& d) {
    const sitrep::incident* best = nullptr;
    for (const auto& i : d.incidents)
      if (!best || i.confidence > best->confidence) best = &i;
    return best ? best->type : std::string("<none>");
  };
  CHECK(lead(parse("On 1 May 2022, in Merida, a group of mothers who seek to recover their children protested at the "
                   "roundabout of the Monumento a la Patria demanding that the authorities intervene.")) == "PROTEST");
  CHECK(lead(parse("On 25 February 2022, about 50 employees of Servier supported by CFDT went on strike in Gidy.")) ==
        "PROTEST");
  CHECK(lead(parse("Leaders of the opposition coalition agreed to postpone the demonstration in Baku until 9 November.")) ==
        "AGREE");
}

TEST_CASE("incidents: a person captured is seized, not a territory") {
  const auto mob = parse("In Tezontepec de Aldama, residents of Colonia San Juan captured a man accused of theft and beat him.");
  const sitrep::incident* x = first_of(mob, "ASSAULT");
  REQUIRE(x != nullptr);
  CHECK(x->acled_event_type == "Riots");
  CHECK(x->acled_sub_event_type == "Mob violence");
  CHECK(count_of(mob, "COERCE") == 0);
  const auto arrest = parse("Police captured two suspects after a chase through the market in Kano.");
  const sitrep::incident* y = first_of(arrest, "COERCE");
  REQUIRE(y != nullptr);
  CHECK(y->mode == "arrest");
  CHECK(y->acled_sub_event_type == "Arrests");
  // A town is still a territory.
  CHECK(acled_type_of(parse("Al-Shabaab fighters captured the town of Bulo Burde on Sunday."), "COERCE") == "Battles");
}

TEST_CASE("incidents: remote fire told with fighting in the next sentence, or fire in both directions, is a clash") {
  CHECK(acled_type_of(parse("On 6 May 2022, Ukrainian forces fired artillery at LPR positions in Popasna, Luhansk. "
                            "Ukrainians report clashing with Russian forces."),
                      "ASSAULT") == "Battles");
  CHECK(acled_type_of(parse("On 10 February 2022, observers recorded 3 explosions and shots in both directions of the "
                            "frontline near Pyshchevyk."),
                      "ASSAULT") == "Battles");
  // Shelling alone stays remote violence.
  CHECK(acled_type_of(parse("On 6 May 2022, Ukrainian forces fired artillery at LPR positions in Popasna, Luhansk. "
                            "No casualties were reported."),
                      "ASSAULT") == "Explosions/Remote violence");
}
