// tests/unit/test_casualty.cpp — casualty statements.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parse/casualty.hpp"
#include "parse/quantity.hpp"
#include "sitrep/tokenizer.hpp"

namespace {

using sitrep::detail::casualty_report;

struct parsed {
  std::string text;
  std::vector<casualty_report> reports;
  std::string cut(sitrep::span s) const { return text.substr(s.start, s.end - s.start); }
};

parsed casualties_in(const std::string& text) {
  std::vector<sitrep::token> toks;
  sitrep::tokenize(text, toks);
  std::vector<sitrep::sentence> sents;
  sitrep::split_sentences(text, toks, sents);
  const auto qs = sitrep::detail::find_quantities(text, toks);
  return parsed{text, sitrep::detail::find_casualties(text, toks, sents, qs)};
}

}  // namespace

TEST_CASE("active: killed 11 civilians") {
  auto p = casualties_in("The strikes reportedly killed 11 civilians, with nine fatalities in Iran and two "
                         "children in Pakistan.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 11);
  CHECK(!p.reports[0].injured);
  CHECK(p.cut(p.reports[0].killed_victims) == "11 civilians");
  CHECK(p.cut(p.reports[0].trigger) == "killed");
  CHECK(p.reports[0].sentence_index == 0);
}

TEST_CASE("passive: nine workers were killed") {
  auto p = casualties_in("Tensions rose. On Saturday, nine Pakistani workers were killed by unidentified gunmen.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 9);
  CHECK(p.cut(p.reports[0].killed_victims) == "nine Pakistani workers");
  CHECK(p.reports[0].sentence_index == 1);
}

TEST_CASE("killed and wounded in one clause") {
  auto p = casualties_in("The U.S. announced that three of its service members were killed and 30 more wounded "
                         "in drone attacks.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 3);
  CHECK(p.reports[0].injured == 30);
  CHECK(p.cut(p.reports[0].killed_victims) == "three of its service members");
  CHECK(p.cut(p.reports[0].trigger) == "killed");
  p = casualties_in("A car bomb exploded, killing at least five and wounding 12 people.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 5);
  CHECK(p.reports[0].injured == 12);
  CHECK(p.cut(p.reports[0].injured_victims) == "12 people");
}

TEST_CASE("adjectival and nominal forms") {
  auto p = casualties_in("Clashes left 11 dead.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 11);
  p = casualties_in("The death toll rose to 40 on Monday.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 40);
  CHECK(p.cut(p.reports[0].trigger) == "death toll");
  p = casualties_in("Two people died and dozens were injured.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
  CHECK(p.reports[0].injured == 12);
  p = casualties_in("Police said 3 of the 10 passengers were killed.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 3);
}

TEST_CASE("people listed before a verb of harm add up, a person and a count alike") {
  for (const char* text : {"Two men and a woman were killed in the shooting.",
                           "An infant and two women died after the shooting.",
                           "A man and two women were killed in the shooting."}) {
    auto p = casualties_in(text);
    REQUIRE(p.reports.size() == 1);
    CHECK(p.reports[0].killed == 3);
  }
}

TEST_CASE("people joined to a person phrase count one each — 'both' is two") {
  struct example {
    const char* text;
    std::int64_t killed, injured, shot;
  };
  for (const auto& e : {example{"His mother and grandmother were shot and killed in the attack.", 2, 0, 2},
                        example{"A man and his son were wounded in the shooting.", 0, 2, 0},
                        example{"The gunman shot his wife and daughter at their home.", 0, 0, 2},
                        example{"Both were injured in the shooting.", 0, 2, 0},
                        example{"Both men were killed in the ambush.", 2, 0, 0}}) {
    CAPTURE(e.text);
    auto p = casualties_in(e.text);
    REQUIRE(p.reports.size() == 1);
    CHECK(p.reports[0].killed.value_or(0) == e.killed);
    CHECK(p.reports[0].injured.value_or(0) == e.injured);
    CHECK(p.reports[0].shot.value_or(0) == e.shot);
  }
  // A headline's bare person keeps its reading.
  auto p = casualties_in("His Wife Shot In Dallas");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
}

TEST_CASE("the person a relative clause is about is the one victim") {
  auto p = casualties_in("The boy who was shot was pronounced dead at the scene.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
}

TEST_CASE("no casualty statement") {
  CHECK(casualties_in("Police arrested 5 suspects after the bombing.").reports.empty());
  CHECK(casualties_in("The minister killed the bill with 40 votes.").reports.empty());
  CHECK(casualties_in("Prices rose 5% as the strike killed trade.").reports.empty());
}

TEST_CASE("singular victims count as one") {
  auto p = casualties_in("A man was shot and killed near the market.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(p.cut(p.reports[0].killed_victims) == "A man");
  p = casualties_in("Soldiers shot and killed a 19-year-old driver at the checkpoint.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("The blast killed his wife and three children.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 4);
  p = casualties_in("A teenager was fatally shot on Friday.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("Police are investigating the death of a 25-year-old.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
}

TEST_CASE("conjoined counts add up — ages and names are not counts") {
  auto p = casualties_in("12 soldiers and 4 volunteer fighters were killed, 21 others wounded.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 16);
  CHECK(p.reports[0].injured == 21);
  p = casualties_in("Police said John Smith, 25, was killed.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(casualties_in("Members of Barrio 18 killed the informant.").reports.empty());
}

TEST_CASE("a named victim before a singular verb is one — a parent's children are not victims") {
  auto p = casualties_in("John Smith was shot and killed on Sunday.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(p.cut(p.reports[0].killed_victims) == "John Smith");
  auto q = casualties_in("Ketron Nathan, a 24-year-old father of three, was shot and killed outside the bar.");
  REQUIRE(q.reports.size() == 1);
  CHECK(q.reports[0].killed == 1);
  auto r = casualties_in("Police said Smith was fatally shot outside his home.");
  REQUIRE(r.reports.size() == 1);
  CHECK(r.reports[0].killed == 1);
}

TEST_CASE("a count after a headline's colon is a count — a colon between numbers is a clock") {
  auto p = casualties_in("Police: 1 killed, 3 wounded in afternoon shooting in Newark.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(p.reports[0].injured == 3);
  auto q = casualties_in("The blast at 10 : 30 killed 3 people.");
  REQUIRE(q.reports.size() == 1);
  CHECK(q.reports[0].killed == 3);
}

TEST_CASE("the one a relative clause is about: 'her son Ketron, who was killed'") {
  auto p = casualties_in("She held a vigil for her son Ketron, who was killed early Sunday.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(p.cut(p.reports[0].killed_victims) == "Ketron");
  // Plural: no count.
  CHECK(casualties_in("The people who were killed were buried on Monday.").reports.empty());
}

TEST_CASE("a day or month after an active verb is when, not whom") {
  auto p = casualties_in("An Alaska man was killed Saturday near Anchorage.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  // A name after it is still an uncounted object.
  CHECK(casualties_in("Gunmen killed Smith near the market.").reports.empty());
}

TEST_CASE("those shot are counted apart from the dead") {
  auto p = casualties_in("Five people were shot outside a nightclub.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 5);
  CHECK(!p.reports[0].killed);
  CHECK(!p.reports[0].injured);
  p = casualties_in("Three shot, one killed in Baltimore.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 3);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("Police said the gunman shot four people inside the store.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 4);
  p = casualties_in("A 10-year-old boy accidentally shot himself in the stomach.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  // The dead of "shot dead" keep their count: those shot do not take it from them.
  p = casualties_in("Two men were shot dead in the square.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
  CHECK(p.reports[0].shot == 2);
  p = casualties_in("James Means, 15, was shot and killed on Monday.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
}

TEST_CASE("a shot that hits no one: the noun, a golf score, a plane, rounds fired") {
  CHECK(casualties_in("Bonilla added a three-run shot in the seventh.").reports.empty());
  CHECK(casualties_in("Henke came within one shot of the course record.").reports.empty());
  CHECK(casualties_in("Woods shot a two-over-par 73 on Friday.").reports.empty());
  CHECK(casualties_in("Hoch shot 68 and was six strokes back.").reports.empty());
  CHECK(casualties_in("The proposal was quickly shot down by others.").reports.empty());
  CHECK(casualties_in("Investigators said upwards of 50 rounds were shot.").reports.empty());
}

TEST_CASE("one by age, by a pronoun that died, never 'a result' or units") {
  auto p = casualties_in("Police: 9-year-old Oklahoma child killed in accidental shooting");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("Two 9-year-old boys were killed.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
  p = casualties_in("He was airlifted to a hospital, where he later died.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("She died as a result of her injuries.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(!p.reports[0].injured);
  p = casualties_in("15-year-old shot in Chester");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  p = casualties_in("The victim was shot several times and died at a hospital.");
  for (const auto& r : p.reports) CHECK(r.killed != 10);
}

TEST_CASE("a definite singular person killed or dead is one") {
  auto p = casualties_in("The Belet Weyne police commander was killed.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("The woman subsequently died in the hospital.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(casualties_in("The soldiers were killed.").reports.empty());
  CHECK(casualties_in("The building was destroyed and the road was closed.").reports.empty());
}

TEST_CASE("those hospitalized after an attack are injured") {
  const auto p = casualties_in("Four men were hospitalized after a shooting in Little Village.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 4);
  CHECK(!p.reports[0].killed);
}

TEST_CASE("the killing of a counted group") {
  const auto p = casualties_in("A man was charged with the killing of two men in May.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
}

TEST_CASE("a list of counted groups opening the clause adds up — a partitive does not") {
  auto p = casualties_in("2 adults, 2 children killed in a murder-suicide.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 4);
  p = casualties_in("Of the 10 passengers, 2 were killed.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
}

TEST_CASE("an age after a person noun is one victim, not a count") {
  const auto p = casualties_in("A boy, 7, was hospitalized after an accidental shooting.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 1);
}

TEST_CASE("a victim named by a bare headline noun, a participle or a determiner and an age is one") {
  auto p = casualties_in("Toddler shot, critically wounded in Northern Kentucky");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  CHECK(p.reports[0].injured == 1);
  p = casualties_in("Dayton Man Shot Near Park");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  // The subject of the main clause is the one "after being shot" is about.
  p = casualties_in("A 2-year-old remains in the hospital after being shot Monday.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  // Not a bare noun: a plural, or a capitalised noun further into the clause.
  CHECK(casualties_in("Officers shot at the car.").reports.empty());
  CHECK(casualties_in("Police in the city said the officer fired.").reports.empty());
}

TEST_CASE("a count ends the victim's phrase — wounds from gunfire are shots") {
  auto p = casualties_in("Prosecutors said he shot a man several times during a robbery.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  p = casualties_in("Police said five other victims showed up at the hospital with gunshot wounds.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 5);  // others than the dead the story tells: the hurt
  p = casualties_in("Police said five victims showed up at the hospital with gunshot wounds.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 5);
  p = casualties_in("Two bystanders were struck by gunfire.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 2);
  p = casualties_in("A woman was struck by a stray bullet.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  CHECK(casualties_in("The car was struck by a truck.").reports.empty());
}

TEST_CASE("names joined before a plural verb are one victim each — ages are no count") {
  auto p = casualties_in("Jason Kimble and Laquintin Carter were injured in the shooting.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 2);
  p = casualties_in("Ronald Williams, 33, and Kendra Hill, 28, were killed.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
  p = casualties_in("Smith, Jones and Brown were wounded.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 3);
  // A place opening the clause is no one; a singular verb takes one name.
  p = casualties_in("In Chicago, Smith and Jones were wounded.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 2);
  p = casualties_in("In Chicago, John Smith, 25, was killed.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("Four boys between ages 12 and 16 were wounded in a shooting.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 4);
  p = casualties_in("Austin Shooting Wounds 4 Boys");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 4);
  CHECK(casualties_in("He died of his wounds.").reports.size() == 1);
}

TEST_CASE("a victim in critical or stable condition is injured") {
  auto p = casualties_in("The victim was taken to Richmond University Medical Center in stable condition.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 1);
  p = casualties_in("Three others remain in critical condition.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 3);
  CHECK(casualties_in("The economy is in critical condition.").reports.empty());
  CHECK(casualties_in("The building was in fair condition.").reports.empty());
}

TEST_CASE("people joined by 'and' are counted each — those shot to death with an object between are dead") {
  auto p = casualties_in("A man and a woman were shot in Newark on Saturday.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 2);
  p = casualties_in("A teenager and an elderly woman were killed.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
  p = casualties_in("A 13-year-old boy shot his 6-year-old brother to death.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("Police said he shot three people to death.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 3);
  // A thing joined to the person is no one.
  p = casualties_in("A car and a man were hit.");
  CHECK(p.reports.empty());
}

TEST_CASE("a count before a headline's person noun is that person's count, no one else's") {
  auto p = casualties_in("One man was killed and four others were wounded.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(p.reports[0].injured == 4);
  p = casualties_in("One Person Shot Outside 7-Eleven In New Castle");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
}

TEST_CASE("whoever finds the bodies is not among the dead — a count of bodies is") {
  auto p = casualties_in("A friend found the bodies shortly before 3 p.m.");
  CHECK(p.reports.empty());
  p = casualties_in("A passerby found two bodies in the basement.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
}

TEST_CASE("a person noun before a participle without an object is the one hurt — pets are not counted") {
  auto p = casualties_in("Police identify victim killed in Modesto shooting");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("Authorities identify Alton boy killed while playing basketball.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  // A list keeps its own count.
  p = casualties_in("One officer and a soldier killed in accidental clash between two groups of soldiers.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
  p = casualties_in("His dog was shot in the yard.");
  CHECK(p.reports.empty());
}

TEST_CASE("those shot, some of them fatally, are shot and dead") {
  auto p = casualties_in("Five people were shot, one fatally, on Saturday during the festival.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 5);
  CHECK(p.reports[0].killed == 1);
  p = casualties_in("Three girls were stabbed, one fatally.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
}

TEST_CASE("an age opens a victim's phrase, 'self' is reflexive, and those taken to hospital were hurt") {
  auto p = casualties_in("Police search for shooter who wounded 9-year-old girl in Fresno apartment");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 1);
  p = casualties_in("Police ID man who shot self after slipping on ice");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  p = casualties_in("The victim was transported to Nash General Hospital for treatment.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  p = casualties_in("Police are investigating a shooting that sent four people to the hospital Saturday.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 4);
  // Taken anywhere else is no harm.
  p = casualties_in("The suspect was taken to the county jail.");
  CHECK(p.reports.empty());
}

TEST_CASE("people listed after a victim are counted with commas and counts too — a running total is a toll") {
  auto p = casualties_in("4-year-old girl, mother fatally shot near home in Long Beach");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
  p = casualties_in("A 4-year-old girl and her mother were shot and killed near their home.");
  REQUIRE(!p.reports.empty());
  CHECK(p.reports[0].killed == 2);
  p = casualties_in("Man shoots self after killing wife, 2 young children");
  bool three = false;
  for (const auto& r : p.reports) three |= r.killed == 3;
  CHECK(three);
  p = casualties_in("A woman who was wounded in the shooting has died, bringing the number of fatalities to three.");
  bool toll = false;
  for (const auto& r : p.reports) toll |= r.toll && r.killed == 3;
  CHECK(toll);
}

TEST_CASE("others shot besides the dead are the hurt") {
  auto p = casualties_in("One man was killed and three others were shot.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(p.reports[0].injured == 3);
  p = casualties_in("Man killed, 3 other shot on Ryburn Ave. in Dayton");
  bool hurt = false;
  for (const auto& r : p.reports) hurt |= r.injured == 3;
  CHECK(hurt);
}

TEST_CASE("a harm denied, intended or supposed is no casualty, a harm told with a degree is") {
  for (const char* text : {"He did not mean to hurt him.", "The driver wasn't hurt.",
                           "The group threatened to kill two hostages.",
                           "Any time one of our students is hurt, the whole school feels it."}) {
    CAPTURE(text);
    CHECK(casualties_in(text).reports.empty());
  }
  auto p = casualties_in("Two people were not seriously hurt.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 2);
}

TEST_CASE("'another' after the dead is one more hurt") {
  auto p = casualties_in("A shooting at the motel left three people dead and another injured.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 3);
  CHECK(p.reports[0].injured == 1);
  p = casualties_in("Two men were killed and another man was wounded.");
  bool one_hurt = false;
  for (const auto& r : p.reports) one_hurt |= r.injured == 1;
  CHECK(one_hurt);
  p = casualties_in("In another shooting, two people were hurt.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 2);
}

TEST_CASE("the dead set off inside a count of those shot leave the rest hurt") {
  auto p = casualties_in("Four teens, one fatally, were shot in the parking lot.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 1);
  CHECK(p.reports[0].shot == 4);
}

TEST_CASE("a relative clause whose passive verb is the harm counts the people before 'who'") {
  auto p = casualties_in("Officers found four victims who had been struck by gunfire.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 4);
  CHECK(casualties_in("One person who lives in the area said it was quiet.").reports.empty());
}

TEST_CASE("a fired round that hits people shoots them, one that hits a thing shoots no one") {
  auto p = casualties_in("The pistol discharged, striking 15-year-old Kevin Barbee in the face.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 1);
  p = casualties_in("The gunman opened fire, hitting two men.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].shot == 2);
  CHECK(casualties_in("Shots were fired, hitting a house.").reports.empty());
  CHECK(casualties_in("The storm hit two towns.").reports.empty());
}

TEST_CASE("others hurt as well add to those counted before them in the sentence") {
  auto p = casualties_in(
      "A 12-year-old boy remained in critical condition after a shooting that also injured "
      "three other people.");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].injured == 4);
  auto q = casualties_in("One man was killed and two others were wounded.");
  REQUIRE(q.reports.size() == 1);
  CHECK(q.reports[0].killed == 1);
  CHECK(q.reports[0].injured == 2);
}

TEST_CASE("a title-case headline's verb before a count does not make the count part of a name") {
  auto p = casualties_in("Mass Shooting At Halloween Party Leaves 2 Dead, 5 Injured");
  REQUIRE(p.reports.size() == 1);
  CHECK(p.reports[0].killed == 2);
  CHECK(p.reports[0].injured == 5);
  auto q = casualties_in("He said Route 66 was closed after the crash injured two.");
  REQUIRE(q.reports.size() == 1);
  CHECK(q.reports[0].injured == 2);
}

TEST_CASE("one person a relative clause says died is one dead, without an auxiliary too") {
  auto p = casualties_in("Jesse Hayes, 15, is the shooting victim who died Monday after being shot in the face.");
  REQUIRE(!p.reports.empty());
  CHECK(p.reports[0].killed == 1);
  auto q = casualties_in("Police identified the man who died in the shooting.");
  REQUIRE(q.reports.size() == 1);
  CHECK(q.reports[0].killed == 1);
}
