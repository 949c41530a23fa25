// lib/parse/incident_codebook.cpp — see incident_codebook.hpp.
#include "parse/incident_codebook.hpp"

#include "parse/incident_words.hpp"

namespace sitrep::detail {

namespace {

// Does sentence `s` tell the protesters' own violence? Not violence named as what they
// protest ("against the stone pelting at the house", "against war and looting", "against
// an increase in petrol prices"), nor symbolic burning ("burnt the party flag", "burned
// an effigy"). Barricades and burning tyres are violence in ACLED's terms.
bool tells_protest_violence(const parse_context& ctx, const sentence& s) {
  for (std::uint32_t t = s.first_token; t < s.last_token; ++t) {
    const std::string_view w = ctx.tokens[t].view(ctx.text);
    const std::string_view next = t + 1 < s.last_token ? ctx.tokens[t + 1].view(ctx.text) : std::string_view{};
    bool violent = any_of_words(w, {"threw", "throwing", "hurled", "hurling", "pelted", "pelting", "stoned",
                                    "stoning", "vandalized", "vandalised", "vandalizing", "looted", "looting",
                                    "torched", "ransacked", "smashed", "molotov", "rioted", "rioting", "rioters",
                                    "burned", "burning", "burnt", "rocks", "stones", "clashed", "clashes",
                                    "barricade", "barricades", "barricaded"}) ||
                   (lower_word(w, "petrol") && any_of_words(next, {"bomb", "bombs"}));
    if (!violent) continue;
    if (any_of_words(w, {"burned", "burning", "burnt"})) {
      bool symbolic = false;
      for (std::uint32_t u = t + 1; u < s.last_token && u <= t + 4 && !symbolic; ++u)
        symbolic = any_of_words(ctx.tokens[u].view(ctx.text),
                                {"flag", "flags", "effigy", "effigies", "copies", "photos", "posters"});
      if (symbolic) continue;
    }
    bool cause = false;
    for (std::uint32_t u = t > s.first_token + 6 ? t - 6 : s.first_token; u < t && !cause; ++u)
      cause = any_of_words(ctx.tokens[u].view(ctx.text), {"against", "over", "condemning", "denouncing", "protesting"});
    if (!cause) return true;
  }
  return false;
}

}  // namespace

// ACLED: a demonstration turned violent is a riot ("Demonstrators threw bottles at police").
void acled_violent_protest(incident& x, const parse_context& ctx) {
  if (x.type != "PROTEST" || x.acled_event_type != "Protests") return;
  const std::size_t k = sentence_starting_at(ctx, x.sentence.start);
  if (k >= ctx.sentences.size()) return;
  const bool violent = tells_protest_violence(ctx, ctx.sentences[k]) ||
                       (k + 1 < ctx.sentences.size() && tells_protest_violence(ctx, ctx.sentences[k + 1]));
  if (!violent) return;
  x.acled_event_type = "Riots";
  x.acled_sub_event_type = "Violent demonstration";
}

// "Protesters were beaten by unknown people during the demonstration", "police dispersed
// the rally": a peaceful protest someone tried to break up is one with intervention; force
// used against protesters that killed or hurt no one is intervention too, not the
// "excessive force" the codebook keeps for lethal or serious violence.
namespace {

// Does the sentence of `sp`, or the next one, tell the police acting on people: "Police
// forces detained BJP members", "Security forces arrested an activist", "Police used
// force"? The force is the subject: a verb of arrest within a few words after it, not
// "demanding the release of those arrested".
bool police_acted(const parse_context& ctx, span sp) {
  const std::size_t k = sentence_starting_at(ctx, sp.start);
  for (std::size_t s = k; s < ctx.sentences.size() && s <= k + 1; ++s) {
    const sentence& sn = ctx.sentences[s];
    for (std::uint32_t t = sn.first_token; t < sn.last_token; ++t) {
      if (!any_of_words(ctx.tokens[t].view(ctx.text),
                        {"police", "policemen", "forces", "enforcers", "marshals", "gendarmes"}))
        continue;
      for (std::uint32_t u = t + 1; u < sn.last_token && u <= t + 4; ++u)
        if (any_of_words(ctx.tokens[u].view(ctx.text), {"detained", "arrested", "removed", "stopped", "prevented",
                                                        "assaulted", "beat", "cane-charged", "used", "dragged"}))
          return true;
    }
  }
  return false;
}

}  // namespace

void acled_protest_intervention(incident& x, const parse_context& ctx) {
  if (x.acled_event_type != "Protests") return;
  if (x.acled_sub_event_type == "Excessive force against protesters") {
    if (x.fatalities.value_or(0) == 0 && x.injuries.value_or(0) == 0)
      x.acled_sub_event_type = "Protest with intervention";
    return;
  }
  if (x.acled_sub_event_type != "Peaceful protest" || x.type != "PROTEST") return;
  // Only words of breaking a crowd up: "arrested", "beaten" or "attacked" as often tell what
  // the protest is about ("to demand the release of those arrested").
  if (sentence_or_next_has(ctx, x.sentence,
                           {"dispersed", "disperse", "dispersing", "teargas", "tear-gas", "baton", "batons",
                            "lathicharged", "lathi-charged", "lathicharge", "cannon", "cannons", "intervened"}) ||
      police_acted(ctx, x.sentence))
    x.acled_sub_event_type = "Protest with intervention";
}

void blockade_by_state(incident& x, const parse_context& ctx, const std::vector<actor>& actors) {
  if (x.type != "PROTEST" || x.mode != "obstruct") return;
  // A blockade by name: roads blocked by supporters of a former president are still theirs.
  if (ctx.text.substr(x.trigger.start, x.trigger.end - x.trigger.start).find("blockade") == std::string_view::npos)
    return;
  bool state = false;
  for (const auto& id : x.sources)
    for (const auto& a : actors)
      if (a.id == id) state |= a.kind == "state" || a.sector == "GOV" || a.sector == "MIL" || a.sector == "COP";
  if (!state) return;
  x.type = "COERCE";
  x.mode = "restrict";
  x.cameo = "191";
  x.acled_event_type.clear();
  x.acled_sub_event_type.clear();
}

// Property destroyed and no one hurt ("torched 12 huts", "demolished the church",
// "razed lands") is coercion in PLOVER and CAMEO (mode destroy, 1712) and a strategic
// development in ACLED.
void acled_property_destruction(incident& x, const parse_context& ctx, const std::vector<actor>& actors) {
  if (x.type != "ASSAULT" || x.fatalities.value_or(0) > 0 || x.injuries.value_or(0) > 0) return;
  const auto [a, b] = tokens_between(ctx, x.trigger.start, x.trigger.end);
  bool destroys = false, set = false, fire = false;
  for (std::uint32_t t = a; t < b && !destroys; ++t) {
    const std::string_view w = ctx.tokens[t].view(ctx.text);
    destroys = any_of_words(w, {"torched", "arson", "demolished", "demolish", "razed", "bulldozed", "vandalized",
                                "vandalised", "looted", "looting", "plundered", "ransacked", "burned", "burnt",
                                "destroyed", "uprooted", "ablaze"});
    set |= any_of_words(w, {"set"});
    fire |= any_of_words(w, {"fire"});
  }
  destroys = destroys || (set && fire);  // "set fire to a bus", "set on fire"
  if (!destroys) return;
  for (const auto& id : x.targets)
    for (const auto& ac : actors)
      if (ac.id == id && (ac.kind == "person" || ac.sector == "CVL" || ac.sector == "MIL" || ac.sector == "COP"))
        return;  // people attacked, not only things
  x.acled_event_type = "Strategic developments";
  x.acled_sub_event_type = "Looting/property destruction";
  // In CAMEO and PLOVER, destroying property is coercion, not an assault (CAMEO 1712).
  x.type = "COERCE";
  x.mode = "destroy";
  x.cameo = "1712";
}

namespace {

struct weapon_class {
  std::initializer_list<std::string_view> words;
  std::string_view mode, cameo, sub_event;
};

// Weapons by the ACLED sub-event type they make an attack (the triggers table's modes and codes).
const weapon_class kWeapons[] = {
    {{"grenade", "grenades"}, "explosives", "183", "Grenade"},
    {{"bomb", "bombs", "mine", "mines", "landmine", "landmines", "ied", "ieds", "explosive", "explosives",
      "explosive-laden"},
     "explosives", "183", "Remote explosive/landmine/IED"},
    {{"artillery", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "rpg", "rpgs", "shells",
      "heavy weapons", "heavy weapon"},
     "heavy-weapons", "194", "Shelling/artillery/missile attack"},
    {{"drone", "drones", "helicopter", "helicopters", "warplane", "warplanes", "jets", "aircraft", "airplanes"},
     "aerial", "195", "Air/drone strike"},
};

const weapon_class* weapon_named(const parse_context& ctx, std::uint32_t t) {
  const std::string_view w = ctx.tokens[t].view(ctx.text);
  for (const auto& k : kWeapons)
    for (const std::string_view name : k.words) {
      if (name.find(' ') == std::string_view::npos) {
        if (any_of_words(w, {name})) return &k;
      } else if (t + 1 < ctx.tokens.size() &&  // "heavy weapons"
                 any_of_words(w, {name.substr(0, name.find(' '))}) &&
                 any_of_words(ctx.tokens[t + 1].view(ctx.text), {name.substr(name.find(' ') + 1)})) {
        return &k;
      }
    }
  return nullptr;
}

// Does the assault's object name what only armed men hold: "attacked a QSD checkpoint",
// "opened fire at Ranger Base 4914", "fired at the positions of the militia"? Read in
// the few words after the trigger, before the clause goes on.
bool hits_armed_post(const incident& x, const parse_context& ctx) {
  constexpr std::uint32_t kWords = 6;
  const std::uint32_t from = token_starting_at(ctx, x.trigger.end);
  for (std::uint32_t t = from; t < ctx.tokens.size() && t < from + kWords && ctx.tokens[t].start < x.sentence.end;
       ++t) {
    const std::string_view w = ctx.tokens[t].view(ctx.text);
    if (ctx.tokens[t].kind == token_kind::punctuation && w != "-") return false;
    if (any_of_words(w, {"checkpoint", "checkpoints", "base", "bases", "position", "positions", "outpost", "outposts",
                         "barracks", "garrison", "garrisons", "trenches", "bunker", "bunkers"}))
      return true;
  }
  return false;
}

// Does the story say the victim was an armed or criminal group's man: "The victim is a
// drug dealer", "One victim was involved in drug trafficking", "the victim was involved in
// organized criminal activities"? In the assault's sentence or the two after, in a
// sentence about the victim. ACLED codes an attack on such a man as a clash, not as
// violence against a civilian.
bool victim_was_armed_group_member(const incident& x, const parse_context& ctx) {
  const std::size_t k = sentence_starting_at(ctx, x.sentence.start);
  for (std::size_t j = k; j < ctx.sentences.size() && j < k + 3; ++j) {
    const sentence& s = ctx.sentences[j];
    if (!sentence_has_any(ctx, s, {"victim", "victims", "deceased"})) continue;
    for (std::uint32_t t = s.first_token; t + 1 < s.last_token; ++t) {
      const std::string_view w = ctx.tokens[t].view(ctx.text), next = ctx.tokens[t + 1].view(ctx.text);
      if ((lower_word(w, "drug") && any_of_words(next, {"dealer", "dealers", "trafficker", "traffickers", "trafficking"})) ||
          (lower_word(w, "gang") && any_of_words(next, {"member", "members", "leader"})) ||
          (any_of_words(w, {"criminal", "organized", "organised"}) &&
           any_of_words(next, {"activities", "activity", "crime", "group", "groups", "organization", "organisation"})))
        return true;
    }
  }
  return false;
}

}  // namespace

void acled_nonviolent_transfer(incident& x, const parse_context& ctx) {
  if (x.acled_event_type != "Battles" || (x.acled_sub_event_type != "Non-state actor overtakes territory" &&
                                          x.acled_sub_event_type != "Government regains territory"))
    return;
  if (x.fatalities.value_or(0) > 0 || x.injuries.value_or(0) > 0) return;
  const std::size_t k = sentence_starting_at(ctx, x.sentence.start);
  bool peaceful = false;
  for (std::size_t j = k; j < ctx.sentences.size() && j <= k + 1 && !peaceful; ++j) {
    const sentence& s = ctx.sentences[j];
    for (std::uint32_t t = s.first_token; t + 1 < s.last_token && !peaceful; ++t) {
      const std::string_view w = ctx.tokens[t].view(ctx.text), next = ctx.tokens[t + 1].view(ctx.text);
      const std::string_view after = t + 2 < s.last_token ? ctx.tokens[t + 2].view(ctx.text) : std::string_view{};
      peaceful = (any_of_words(w, {"no", "without"}) &&
                  (any_of_words(next, {"clashes", "clash", "fighting", "resistance", "fight", "battle"}) ||
                   (lower_word(next, "a") && any_of_words(after, {"fight", "shot", "battle"})))) ||
                 (lower_word(w, "whether") && any_of_words(next, {"fighting", "clashes"}));
    }
  }
  if (!peaceful) return;
  x.acled_event_type = "Strategic developments";
  x.acled_sub_event_type = "Non-violent transfer of territory";
}

void acled_clash_with_remote_fire(incident& x, const parse_context& ctx) {
  if (x.type != "ASSAULT" || x.acled_event_type != "Explosions/Remote violence" ||
      x.acled_sub_event_type == "Suicide bomb")
    return;
  const auto [a, b] = tokens_between(ctx, x.sentence.start, x.sentence.end);
  bool close_fighting = false;
  for (std::uint32_t t = a; t < b && !close_fighting; ++t) {
    const std::string_view w = ctx.tokens[t].view(ctx.text);
    // (Not "a landmine from previous clashes": fighting told as the past of the place.)
    const bool earlier = t > a && any_of_words(ctx.tokens[t - 1].view(ctx.text),
                                               {"previous", "recent", "earlier", "past", "former", "last"});
    close_fighting = (!earlier && any_of_words(w, {"clashed", "clashing", "clash", "clashes", "gunfire", "firefight",
                                                   "firearms", "gunfight", "gunbattle"})) ||
                     (t + 1 < b && any_of_words(w, {"exchanged", "exchanging", "exchange"}) &&
                      any_of_words(ctx.tokens[t + 1].view(ctx.text), {"fire", "gunfire"}));
  }
  // "fired artillery at LPR positions. Ukrainians report clashing with Russian forces": the
  // next sentence of the same note tells the fighting; "explosions and shots in both
  // directions of the frontline": fire exchanged is a clash.
  if (!close_fighting) {
    const std::size_t k = sentence_starting_at(ctx, x.sentence.start);
    close_fighting =
        k + 1 < ctx.sentences.size() && sentence_has_any(ctx, ctx.sentences[k + 1], {"clashed", "clashing"});
    for (std::uint32_t t = a; t + 1 < b && !close_fighting; ++t)
      close_fighting = lower_word(ctx.tokens[t].view(ctx.text), "both") &&
                       any_of_words(ctx.tokens[t + 1].view(ctx.text), {"directions"});
  }
  if (!close_fighting) return;
  x.acled_event_type = "Battles";
  x.acled_sub_event_type = "Armed clash";
}

void acled_weapon(incident& x, const parse_context& ctx) {
  if (x.type != "ASSAULT" || x.acled_event_type == "Explosions/Remote violence") return;
  if (!x.acled_event_type.empty() && x.acled_event_type != "Violence against civilians" &&
      x.acled_event_type != "Battles")
    return;
  const std::uint32_t trig = token_starting_at(ctx, x.trigger.start), after = token_starting_at(ctx, x.trigger.end);
  const weapon_class* found = nullptr;
  // The instrument after the trigger: "attacked the station with heavy weapons", "with 2 bombs".
  constexpr std::uint32_t kAfter = 14, kBefore = 3;
  for (std::uint32_t t = after; !found && t + 1 < ctx.tokens.size() && t < after + kAfter &&
                                ctx.tokens[t].start < x.sentence.end;
       ++t) {
    const std::string_view w = ctx.tokens[t].view(ctx.text);
    if (ctx.tokens[t].kind == token_kind::punctuation && w != "-") break;
    // Not what someone carries: "militants armed with rockets clashed with the army".
    if (!any_of_words(w, {"with", "using"}) || any_of_words(ctx.tokens[t - 1].view(ctx.text), {"armed", "equipped"}))
      continue;
    for (std::uint32_t u = t + 1;
         !found && u < t + 5 && u < ctx.tokens.size() && ctx.tokens[u].start < x.sentence.end; ++u)
      found = weapon_named(ctx, u);
  }
  // The weapon as the subject: "Houthi drones targeted workers", "helicopter fire destroyed".
  // Not one carried ("militants armed with rockets attacked"). A participle after a comma
  // reads back past it: "set off an explosive device, injuring a soldier".
  const bool participle = trig > 0 && ctx.tokens[trig].view(ctx.text).ends_with("ing") &&
                          ctx.tokens[trig - 1].view(ctx.text) == ",";
  const std::uint32_t reach = participle ? kBefore + 2 : kBefore;
  for (std::uint32_t t = trig; !found && t-- > 0 && t + reach >= trig && ctx.tokens[t].start >= x.sentence.start;) {
    if (ctx.tokens[t].kind == token_kind::punctuation) {
      if (participle && t + 1 == trig) continue;
      break;
    }
    found = weapon_named(ctx, t);
    if (found && t > 0 && any_of_words(ctx.tokens[t - 1].view(ctx.text), {"with", "of"})) found = nullptr;
  }
  if (!found) return;
  x.acled_event_type = "Explosions/Remote violence";
  x.acled_sub_event_type = std::string(found->sub_event);
  x.mode = std::string(found->mode);
  x.cameo = std::string(found->cameo);
}

// ACLED's type for an assault, from who is hit and who hits, where the trigger leaves
// it open or names one the actors contradict:
//   - a mob, rioters or looters hitting anyone: riots (mob violence);
//   - no type yet, or violence against civilians that hits armed men (soldiers,
//     police, rebels, militiamen) or their posts (a checkpoint, a base): a battle;
//   - a clash of crowds with stones and sticks, no armed force on either side: mob violence;
//   - no type yet and someone else hit: violence against civilians.
// Explosions, air strikes and shelling keep their type whoever they hit.
void acled_type_from_actors(incident& x, const parse_context& ctx, const std::vector<actor>& actors) {
  if (x.type != "ASSAULT") return;
  const bool open = x.acled_event_type.empty();
  const bool civilian_attack = x.acled_event_type == "Violence against civilians";
  const bool clash = x.acled_event_type == "Battles" && x.acled_sub_event_type == "Armed clash";
  if (!open && !civilian_attack && !clash) return;
  auto find = [&](const std::string& id) -> const actor* {
    for (const auto& a : actors)
      if (a.id == id) return &a;
    return nullptr;
  };
  auto armed = [](const std::string& sector) {
    return sector == "MIL" || sector == "COP" || sector == "REB" || sector == "UAF" || sector == "PRM" ||
           sector == "SPY";
  };
  auto mob = [](const actor& a) {
    std::string n;
    for (char c : a.name) n += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return n.find("mob") != std::string::npos || n.find("rioter") != std::string::npos ||
           n.find("looter") != std::string::npos || n.find("vigilante") != std::string::npos;
  };
  // A group of several civilians, party men, workers or students: "villagers", "residents",
  // "young men", "supporters" (not "a man").
  auto crowd = [](const actor& a) {
    if (a.kind != "group" || (a.count && *a.count < 2)) return false;
    if (a.sector != "CVL" && a.sector != "PTY" && a.sector != "OPP" && a.sector != "LAB" && a.sector != "EDU")
      return false;
    const std::string_view head = last_word(a.name);
    return (head.size() > 3 && head.back() == 's' && !head.ends_with("ss")) || head == "people" || head == "men" ||
           head == "youth" || head == "crowd" || head == "group";
  };
  bool mob_source = false, armed_target = false, armed_any = false, armed_beyond_police = false,
       unarmed_group = false;
  for (const auto& id : x.sources)
    if (const actor* a = find(id); a && mob(*a)) mob_source = true;
  for (const auto& id : x.targets)
    if (const actor* a = find(id); a && armed(a->sector)) armed_target = true;
  // "clashes erupted between rioters": in a clash either side may be the mob.
  if (clash)
    for (const auto& id : x.targets)
      if (const actor* a = find(id); a && mob(*a)) mob_source = true;
  armed_target = armed_target || hits_armed_post(x, ctx) || victim_was_armed_group_member(x, ctx);
  for (const auto* side : {&x.sources, &x.targets})
    for (const auto& id : *side)
      if (const actor* a = find(id)) {
        armed_any |= armed(a->sector);
        armed_beyond_police |= armed(a->sector) && a->sector != "COP";
        unarmed_group |= a->sector == "PTY" || a->sector == "OPP" || a->sector == "EDU" || a->sector == "LAB";
      }
  // "members of the Awami League and the BNP clashed": party men, students or workers
  // fighting each other, no armed force among them, is mob violence. (Herders, farmers
  // and tribesmen clashing are communal militias: a battle, in ACLED's terms.)
  if (clash && !armed_any && unarmed_group) mob_source = true;
  // Crowds fighting with stones and sticks, no armed force among them but the police
  // they fight: mob violence too ("members of the two communities clashed with stones",
  // "two groups clashed; the rioters threw stones at police forces").
  if (clash && !armed_beyond_police &&
      sentence_or_next_has(ctx, x.sentence,
                           {"stones", "stone", "sticks", "rods", "bricks", "stone-pelting", "rioters", "mob"}))
    mob_source = true;
  // "villagers beat a woman", "local residents lynched a pastor", "a mob of 30 young men
  // attacked the centre": a crowd of civilians, party men or students hurting people, no
  // armed force on either side, is mob violence, not an armed group's attack.
  if (!armed_any && (open || civilian_attack)) {
    // Hands-on violence, not a death told with its toll.
    const bool beating =
        span_has_any(ctx, x.trigger,
                     {"beat", "beaten", "beating", "lynched", "lynch", "attacked", "attack", "assaulted", "stoned",
                      "hacked", "clubbed", "stabbed", "thrashed", "mobbed", "torched", "ablaze", "fire", "burned",
                      "burnt", "vandalized", "vandalised", "captured", "seized"});
    if (beating)
      for (const auto& id : x.sources)
        if (const actor* s = find(id); s && crowd(*s)) mob_source = true;
  }
  // "ambushed a commercial truck", "invaded eight communities", "hooded armed men ambushed
  // and shot a worker": a one-sided assault on civilians, no armed man among its targets, is
  // violence against civilians, though the verb usually tells of fighting.
  // (armed_target already covers an armed man among the targets.)
  bool civilian_target = false;
  for (const auto& id : x.targets)
    if (const actor* a = find(id))
      civilian_target |= a->sector == "CVL" || a->sector == "LAB" || a->sector == "BUS" || a->sector == "AGR" ||
                         a->sector == "EDU" || a->sector == "MED" || a->sector == "JRN" || a->sector == "REL" ||
                         a->sector == "REF";
  const bool one_sided = span_has_any(ctx, x.trigger, {"ambushed", "ambush", "ambushing", "raided", "raiding",
                                                       "stormed", "storming", "invaded", "assaulted"});
  // "a man was burnt to death by a mob": a mob named anywhere in the sentence, no armed
  // force but police among the sides, is who acted.
  if (!armed_beyond_police && !mob_source) {
    const std::size_t k = sentence_starting_at(ctx, x.sentence.start);
    mob_source = k < ctx.sentences.size() &&
                 sentence_has_any(ctx, ctx.sentences[k], {"mob", "mobs", "lynched", "lynching", "lynch"});
  }
  if (mob_source) {
    x.acled_event_type = "Riots";
    x.acled_sub_event_type = "Mob violence";
  } else if (clash && one_sided && civilian_target && !armed_target) {
    x.acled_event_type = "Violence against civilians";
    x.acled_sub_event_type = "Attack";
  } else if ((open || civilian_attack) && armed_target) {
    x.acled_event_type = "Battles";
    x.acled_sub_event_type = "Armed clash";
  } else if (open && (!x.targets.empty() || x.fatalities.value_or(0) > 0) &&
             !(x.sources.empty() && tells_a_death(ctx, x.trigger))) {
    // (A killing with its toll and no one named, "a person was killed and the body was
    // found", is an attack too.)
    // (Not a death told with no one behind it: "Grieg died in Bergen", "died of the disease".)
    x.acled_event_type = "Violence against civilians";
    x.acled_sub_event_type = "Attack";
  }
}

}  // namespace sitrep::detail
