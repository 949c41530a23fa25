// Word lists for the actor parser (see actor_words.hpp). Hand-written closed
// classes; given names are common forenames from general knowledge, spread over
// English, European, Slavic, Arabic/Persian/South Asian, African and East Asian
// usage.
#include "parse/actor_words.hpp"

#include <absl/container/flat_hash_set.h>

#include <initializer_list>

namespace sitrep::detail {
// Own inline namespace: other parsers keep word lists with the same names.
inline namespace actor_lex {
namespace {

using word_set = absl::flat_hash_set<std::string_view>;

word_set make_set(std::initializer_list<std::string_view> words) { return word_set(words.begin(), words.end()); }

// A short dotted form without its periods ("s.a." → "sa", "n.v." → "nv") in `buf`; the
// word itself when it has no period or is too long to be such a form.
std::string_view undotted(std::string_view w, char (&buf)[8]) {
  if (w.size() > sizeof buf || w.find('.') == std::string_view::npos) return w;
  std::size_t n = 0;
  for (char c : w)
    if (c != '.') buf[n++] = c;
  return {buf, n};
}

bool strip_period_lookup(const word_set& s, std::string_view w) {
  if (s.contains(w)) return true;
  if (w.size() > 1 && w.back() == '.' && s.contains(w.substr(0, w.size() - 1))) return true;
  // Dotted short forms: "S.A." and "N.V." are "sa" and "nv".
  char buf[8];
  const std::string_view bare = undotted(w, buf);
  return bare != w && !bare.empty() && s.contains(bare);
}

}  // namespace

folded_word fold_word(std::string_view w) noexcept {
  folded_word f;
  if (w.size() >= sizeof f.buf) return f;
  for (char c : w) f.buf[f.len++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return f;
}

bool is_honorific(std::string_view w) noexcept {
  static const word_set s = make_set({
      "mr", "mrs", "ms", "miss", "mme", "mlle", "messrs", "dr", "sir", "dame", "lord", "lady", "prof", "professor",
      "rev", "reverend", "sheikh", "sheik", "shaikh", "gen", "general", "col", "colonel", "lt", "lieutenant", "capt",
      "captain", "maj", "major", "sgt", "sergeant", "adm", "admiral", "brig", "cpl", "corporal", "pte", "private",
      "sen", "senator", "rep", "gov", "governor", "pres", "president", "insp", "inspector", "supt", "fr", "father",
      "msgr", "herr", "frau", "senor", "senora", "signor", "rabbi", "imam", "ayatollah", "mullah", "pope", "cardinal",
      "bishop", "archbishop", "prince", "princess", "king", "queen", "emir", "sultan", "marshal", "judge", "justice",
      "chancellor", "premier", "minister", "mayor", "commissioner", "secretary", "ambassador", "envoy", "speaker",
      "chairman", "chairwoman", "vice-president", "vice", "deputy", "crown", "duke", "duchess", "count", "countess",
      "baron", "baroness", "saint", "brother", "sister", "grand", "comrade", "mw", "mwalimu", "datuk", "tun", "tan",
      "haji", "hajji", "ustad", "maulana", "mufti", "sayyid", "sayed", "syed",
  });
  return strip_period_lookup(s, w);
}

bool is_person_noun(std::string_view w) noexcept {
  static const word_set s = make_set({
      "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward", "winger", "fullback",
      "full-back", "sweeper", "playmaker", "batsman", "batter", "bowler", "spinner", "paceman", "opener",
      "all-rounder", "wicketkeeper", "wicket-keeper", "skipper", "captain", "manager", "trainer", "jockey", "rider",
      "driver", "pitcher", "catcher", "outfielder", "infielder", "shortstop", "quarterback", "linebacker",
      "champion", "titleholder", "holder", "player", "team-mate", "teammate", "compatriot", "countryman",
      "countrywoman", "seed", "veteran", "newcomer", "rookie", "sprinter", "runner", "swimmer", "cyclist", "golfer",
      "boxer", "wrestler", "skier", "skater", "gymnast", "jumper", "thrower", "hurdler", "marathoner", "rower",
      "sailor", "fencer", "shooter", "archer", "lifter", "weightlifter", "referee", "umpire", "spokesman",
      "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "analyst", "economist", "strategist",
      "trader", "dealer", "broker", "official", "minister", "secretary", "leader", "chief", "boss", "premier",
      "chancellor", "mayor", "governor", "senator", "lawyer", "attorney", "judge", "prosecutor", "ambassador",
      "envoy", "commander", "general", "colonel", "correspondent", "reporter", "editor", "author", "writer",
      "novelist", "poet", "actor", "actress", "singer", "artist", "musician", "composer", "conductor", "director",
      "producer", "candidate", "challenger", "opponent", "rival", "partner", "husband", "wife", "son", "daughter",
      "brother", "sister", "father", "mother", "widow", "widower", "uncle", "nephew", "cousin", "grandson",
      "president", "vice-president", "dissident", "activist", "businessman", "businesswoman", "tycoon",
      "billionaire", "banker", "financier", "investor", "entrepreneur", "founder", "owner", "chief executive",
      "executive", "treasurer", "counterpart", "successor", "predecessor", "deputy", "aide", "adviser", "advisor",
      "negotiator", "mediator", "diplomat", "priest", "pastor", "cleric", "preacher", "scientist", "professor",
      "doctor", "surgeon", "historian", "philosopher", "architect", "designer", "photographer", "journalist",
      "columnist", "commentator", "presenter", "comedian", "dancer", "pianist", "guitarist", "violinist",
      "drummer", "rapper", "star", "superstar", "legend", "striker", "hitter", "slugger", "left-hander",
      "right-hander", "left-winger", "right-winger", "centre-forward", "center", "guard", "outside-left",
      "leg-spinner", "off-spinner", "fast", "batsmen", "lawmaker", "legislator", "congressman", "congresswoman",
      "dictator", "strongman", "warlord", "militant", "rebel", "gunman", "suspect", "defendant", "prisoner",
      "hostage", "victim", "witness", "survivor", "pilot", "crewman", "soldier", "officer", "policeman", "detective",
      "inspector", "chef", "designer", "model", "heir", "heiress", "socialite", "runner-up", "winner", "finalist",
      "semifinalist", "qualifier", "wildcard", "wild-card", "favourite", "favorite", "underdog", "hopeful",
      "international", "stand-in", "substitute", "replacement", "defenceman", "centreback", "centre-back",
      "sweeper", "libero", "teenager", "youngster", "schoolboy", "schoolgirl", "pensioner", "grandmother",
      "grandfather", "mum", "dad", "colleague", "friend", "fellow", "namesake", "prime minister", "chief minister",
  });
  return s.contains(w);
}

bool is_name_particle(std::string_view w) noexcept {
  static const word_set s = make_set({"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "des", "la",
                                      "le", "bin", "ibn", "bint", "al", "el", "ul", "ud", "ter", "ten", "dos", "das",
                                      "do", "y", "zu", "af", "av", "abu", "bou", "ben", "mac", "st.", "st", "dei",
                                      "degli", "lo", "vander", "vanden", "op", "het", "'t"});
  return s.contains(w);
}

bool is_place_head(std::string_view w) noexcept {
  static const word_set s = make_set({
      "avenue", "ave", "boulevard", "blvd", "road", "rd", "square", "highway", "motorway", "freeway", "campus",
      "hospital", "stadium", "airport", "arena", "museum", "library", "cathedral", "mosque", "embassy",
      "consulate", "courthouse", "prison", "jail", "racecourse", "cemetery", "graveyard", "zoo", "mall",
      "theatre", "theater", "hotel", "station", "plaza", "centre", "center", "streets",
  });
  return s.contains(w);
}

bool is_place_opener(std::string_view w) noexcept {
  static const word_set s = make_set({
      "jabal", "jebel", "djebel", "wadi", "khirbet", "khirbat", "kafr", "kfar", "deir", "dayr", "tell", "mount",
      "mt", "lake", "cape", "colonia", "barrio",
  });
  return s.contains(w);
}

bool is_org_head(std::string_view w) noexcept {
  static const word_set s = make_set({
      "party", "army", "front", "movement", "council", "ministry", "committee", "commission", "association", "union",
      "bank", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "co", "company", "plc", "ag", "sa",
      "nv", "bv", "gmbh", "spa", "ab", "asa", "oy", "kk", "llc", "lp", "group", "holdings", "holding", "airlines",
      "airline", "airways", "university", "college", "institute", "institution", "agency", "organisation",
      "organization", "federation", "confederation", "league", "club", "exchange", "court", "assembly",
      "parliament", "congress", "senate", "police", "forces", "guard", "guards", "brigade", "brigades", "service",
      "services", "office", "department", "board", "fund", "foundation", "society", "authority", "trust", "network",
      "television", "tv", "radio", "news", "times", "post", "journal", "telegraph", "herald", "tribune", "gazette",
      "press", "industries", "industry", "international", "systems", "technologies", "technology", "motors",
      "petroleum", "oil", "energy", "resources", "securities", "capital", "partners", "insurance", "investments",
      "investment", "communications", "telecom", "telecommunications", "pharmaceuticals", "pharmaceutical",
      "foods", "mining", "mines", "steel", "chemicals", "chemical", "electric", "electronics", "bancorp",
      "bancorporation", "funds", "church", "mission", "cabinet", "tribunal", "directorate", "secretariat",
      "alliance", "coalition", "tigers", "navy", "command", "division", "regiment", "battalion", "academy",
      "hospital", "museum", "rovers", "wanderers", "athletic", "athletico", "albion", "hotspur", "united",
      "county", "rangers", "celtic", "fc", "afc", "sc", "cf", "ac", "bc", "rfc", "sporting", "dynamo", "dinamo",
      "ministries", "brothers", "bros", "associates", "consultants", "enterprises", "ventures", "labs",
      "laboratories", "studios", "pictures", "records", "entertainment", "media", "publishing", "newspapers",
      "magazine", "railways", "railway", "railroad", "shipping", "lines", "motor", "auto", "automobiles",
      "aviation", "aerospace", "airport", "port", "cooperative", "co-operative", "syndicate", "bureau",
      "chamber", "commissions", "councils", "unions", "parties", "fraternity", "mafia", "cartel", "gang",
      "jihad", "hezbollah", "hamas", "taliban", "mujahideen", "militia", "militias", "resistance", "liberation",
      "secretariat", "observatory", "programme", "program", "institutes", "centre", "center", "school",
      "stores", "store", "markets", "bankers", "finance", "financial", "credit", "savings", "loan", "realty",
      "properties", "estates", "construction", "engineering", "cement", "textiles", "breweries", "brewery",
      "tobacco", "sugar", "paper", "glass", "rubber", "cars", "trucks", "electrical", "power", "gas", "utilities",
      "water", "software", "computer", "computers", "semiconductor", "data", "digital", "online", "net", "web",
      "telekom", "mobile", "wireless", "cable", "broadcasting", "broadcast", "policy", "reserve", "exchequer",
  });
  return strip_period_lookup(s, w);
}

std::string_view sector_of_org_word(std::string_view w) noexcept {
  struct cue {
    std::string_view word, sector;
  };
  static constexpr cue k_cues[] = {
      {"parliament", "LEG"}, {"assembly", "LEG"},    {"senate", "LEG"},     {"congress", "LEG"},
      {"duma", "LEG"},       {"knesset", "LEG"},     {"legislature", "LEG"}, {"ministry", "GOV"},
      {"government", "GOV"}, {"cabinet", "GOV"},     {"presidency", "GOV"}, {"army", "MIL"},
      {"navy", "MIL"},       {"military", "MIL"},    {"brigade", "MIL"},    {"battalion", "MIL"},
      {"regiment", "MIL"},   {"police", "COP"},      {"gendarmerie", "COP"}, {"constabulary", "COP"},
      {"court", "JUD"},      {"tribunal", "JUD"},    {"judiciary", "JUD"},  {"party", "PTY"},
      {"university", "EDU"}, {"college", "EDU"},     {"school", "EDU"},     {"academy", "EDU"},
      {"church", "REL"},     {"diocese", "REL"},     {"synod", "REL"},      {"corp", "BUS"},
      {"corporation", "BUS"}, {"inc", "BUS"},        {"ltd", "BUS"},        {"plc", "BUS"},
      {"co", "BUS"},         {"company", "BUS"},     {"llc", "BUS"},        {"gmbh", "BUS"},
      {"sa", "BUS"},         {"spa", "BUS"},         {"ag", "BUS"},         {"nv", "BUS"},
      {"holdings", "BUS"},   {"airlines", "BUS"},    {"airways", "BUS"},    {"radio", "MED"},
      {"television", "MED"}, {"tv", "MED"},          {"newspaper", "MED"},  {"times", "MED"},
      {"herald", "MED"},     {"tribune", "MED"},     {"gazette", "MED"},    {"journal", "MED"},
  };
  char buf[8];
  const std::string_view bare = undotted(w, buf);
  for (const cue& c : k_cues)
    if (c.word == bare) return c.sector;
  return {};
}

bool is_org_start(std::string_view w) noexcept {
  static const word_set s = make_set({
      "ministry", "department", "bank", "university", "organisation", "organization", "council", "federation",
      "union", "league", "association", "institute", "party", "church", "commission", "committee", "court", "board",
      "office", "bureau", "academy", "college", "school", "museum", "society", "agency", "army", "front",
      "movement", "house", "chamber", "fund", "foundation", "conference", "congress", "assembly", "coalition",
      "alliance", "confederation", "order", "brotherhood", "congregation", "state", "supreme", "people's",
      "peoples", "federal", "national", "royal", "central", "islamic", "democratic", "united", "secretariat",
      "corps", "navy", "force", "forces", "command", "group", "centre", "center", "hospital", "station", "port",
      "authority", "board", "exchange", "tribunal", "directorate", "division", "parliament", "senate",
      "legion", "guard", "battalion", "brigade", "regiment", "club", "team", "network", "directorate-general",
  });
  return s.contains(w);
}

bool is_given_name(std::string_view w) noexcept {
  static const word_set s = make_set({
      // English
      "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
      "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "stephen", "paul", "andrew",
      "joshua", "kenneth", "kevin", "brian", "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan",
      "jacob", "gary", "nicholas", "eric", "jonathan", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
      "frank", "gregory", "raymond", "alexander", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "henry",
      "douglas", "peter", "adam", "nathan", "zachary", "walter", "kyle", "harold", "carl", "jeremy", "keith",
      "roger", "gerald", "ethan", "arthur", "terry", "christian", "sean", "lawrence", "austin", "joe", "noah",
      "jesse", "albert", "bryan", "billy", "bruce", "willie", "jordan", "dylan", "alan", "ralph", "gabriel", "roy",
      "juan", "wayne", "eugene", "logan", "randy", "louis", "russell", "vincent", "philip", "bobby", "johnny",
      "bradley", "bill", "bob", "jim", "tom", "tony", "mike", "dave", "steve", "chris", "nick", "ben", "sam",
      "tim", "pete", "ian", "colin", "neil", "graham", "nigel", "trevor", "geoff", "geoffrey", "malcolm", "derek",
      "barry", "clive", "martin", "simon", "stuart", "stewart", "alistair", "alastair", "hugh", "rupert", "giles",
      "oliver", "harry", "charlie", "alfie", "jamie", "craig", "darren", "wayne", "lee", "glenn", "glen", "dean",
      "shane", "brett", "greg", "wes", "mitchell", "marcus", "ross", "gavin", "gordon", "duncan", "angus", "fraser",
      "allan", "allen", "ray", "les", "leslie", "len", "stan", "stanley", "norman", "howard", "herbert", "lewis",
      "leonard", "ernest", "fred", "frederick", "alfred", "sidney", "cecil", "vernon", "wallace", "warren", "curtis",
      "todd", "travis", "chad", "troy", "rick", "ricky", "rob", "robbie", "andy", "danny", "eddie", "jimmy", "kenny",
      "lenny", "marty", "matt", "nate", "pat", "phil", "ron", "ted", "terry", "vic", "walt", "al", "ed", "hank",
      "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
      "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy",
      "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen",
      "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
      "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
      "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn",
      "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "anne",
      "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy",
      "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana",
      "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "jane", "jill", "kate", "kim",
      "sue", "liz", "meg", "tina", "tracy", "tracey", "wendy", "monica", "monika", "hillary", "madeleine",
      "margot", "mo", "benazir", "indira", "golda", "winnie", "jenny", "jo", "lucy", "sally", "polly", "molly",
      "venus", "serena", "steffi", "martina", "arantxa", "conchita", "gabriela", "mary-joe", "lindsay", "jana",
      "liam", "brad", "phillip", "orlando", "seve", "nolan", "duffy", "retief", "ernie", "nick", "colin",
      "darren", "lee", "jamie", "jose-maria", "miguel-angel", "jesper", "costantino", "vijay", "corey", "davis",
      "fuzzy", "tiger", "payne", "fred", "ray", "jeff", "kirk", "hale", "tom", "loren", "justin", "stewart",
      // French, Italian, Spanish, Portuguese
      "jean-pierre", "jean-marie", "jean-claude", "jean-louis", "jean-paul", "jean-luc", "jean-jacques",
      "jean-francois", "pierre", "jacques", "francois", "françois", "michel", "alain", "philippe", "patrick",
      "nicolas", "christophe", "laurent", "olivier", "thierry", "didier", "eric", "frederic", "gerard", "gérard",
      "bernard", "claude", "yves", "herve", "hervé", "lionel", "dominique", "valery", "valéry", "edouard",
      "francoise", "françoise", "isabelle", "sylvie", "nathalie", "catherine", "brigitte", "simone", "segolene",
      "giovanni", "giuseppe", "antonio", "mario", "luigi", "francesco", "roberto", "paolo", "marco", "alessandro",
      "andrea", "stefano", "massimo", "fabio", "gianni", "gianluca", "gianfranco", "silvio", "romano", "lamberto",
      "carlo", "claudio", "enrico", "massimiliano", "walter", "dino", "franco", "pietro", "salvatore", "vincenzo",
      "roberto", "umberto", "oscar", "josé", "jose", "luis", "carlos", "manuel", "francisco", "jesus", "javier",
      "miguel", "pedro", "fernando", "rafael", "alejandro", "sergio", "pablo", "jorge", "alberto", "ramon", "ramón",
      "raul", "raúl", "felipe", "fidel", "hugo", "ernesto", "emilio", "enrique", "eduardo", "ricardo", "rodrigo",
      "diego", "gustavo", "guillermo", "ignacio", "jaime", "joaquin", "julio", "mariano", "santiago", "alvaro",
      "álvaro", "andres", "andrés", "gonzalo", "ivan", "iván", "joao", "joão", "paulo", "luiz", "fernando",
      "marcelo", "ronaldo", "romario", "rivaldo", "anibal", "aníbal", "mario", "jorge", "nuno", "rui", "vitor",
      "carmen", "isabel", "ana", "lucia", "lucía", "elena", "rosa", "pilar", "dolores", "mercedes", "cristina",
      "beatriz", "silvia", "paola", "giulia", "francesca", "chiara",
      // German, Dutch, Nordic
      "hans", "klaus", "jurgen", "jürgen", "helmut", "gerhard", "wolfgang", "heinz", "karl", "werner", "dieter",
      "horst", "manfred", "uwe", "rolf", "gunter", "günter", "gunther", "günther", "joachim", "stefan", "matthias",
      "markus", "andreas", "thomas", "michael", "frank", "jens", "lars", "sven", "nils", "jan", "jens", "henrik",
      "anders", "bjorn", "björn", "erik", "olaf", "ole", "per", "jorgen", "jørgen", "kjell", "magnus", "gustav",
      "carl", "johan", "johannes", "pieter", "willem", "wim", "hendrik", "dirk", "joost", "ruud", "marco", "edwin",
      "dennis", "frans", "gerrit", "kees", "theo", "rudolf", "rudi", "rudy", "otto", "ernst", "friedrich",
      "wilhelm", "heinrich", "hermann", "ludwig", "gerd", "berti", "lothar", "oliver", "franz", "josef", "alois",
      "theodor", "kurt", "fritz", "boris", "heike", "angela", "ursula", "petra", "sabine", "monika", "gerda",
      "ingrid", "birgit", "karin", "anja", "katarina", "kristina", "annika", "mats", "stellan", "goran", "göran",
      "ingvar", "tomas", "niklas", "fredrik", "mikael", "jukka", "mika", "kimi", "pekka", "matti", "jari", "teemu",
      "gro", "kjell", "jens", "poul", "niels", "mads", "rasmus", "peter", "brian", "michael",
      // Slavic, Baltic, Hungarian, Greek, Turkish
      "vladimir", "boris", "viktor", "victor", "sergei", "sergey", "alexei", "alexey", "aleksandr", "alexandr",
      "dmitry", "dmitri", "mikhail", "nikolai", "nikolay", "yuri", "yury", "igor", "oleg", "andrei", "andrey",
      "pavel", "anatoly", "yevgeny", "evgeny", "gennady", "grigory", "valery", "vitaly", "vyacheslav", "leonid",
      "konstantin", "stanislav", "vladislav", "ruslan", "aslan", "dzhokhar", "ramzan", "ivan", "pyotr", "fyodor",
      "semyon", "yegor", "gleb", "arkady", "lev", "ilya", "maxim", "roman", "anton", "denis", "artem", "kirill",
      "olga", "tatiana", "tatyana", "natalia", "natalya", "irina", "svetlana", "yelena", "galina", "lyudmila",
      "ludmila", "marina", "anna", "ekaterina", "yekaterina", "valentina", "nadezhda", "larisa", "lech", "aleksander",
      "jerzy", "jacek", "krzysztof", "tadeusz", "wojciech", "zbigniew", "andrzej", "marek", "piotr", "pawel",
      "tomasz", "jaroslaw", "bronislaw", "vaclav", "václav", "milos", "miloš", "jiri", "jiří", "petr", "josef",
      "jan", "karel", "ladislav", "vladimir", "slobodan", "radovan", "ratko", "momcilo", "zoran", "dragan",
      "goran", "milan", "franjo", "alija", "haris", "ejup", "zeljko", "željko", "predrag", "dejan", "nenad",
      "bogdan", "ion", "ioan", "nicolae", "emil", "gheorghe", "traian", "zhelyu", "todor", "petar", "georgi",
      "gyula", "laszlo", "lászló", "istvan", "istván", "janos", "jános", "ferenc", "viktor", "arpad", "árpád",
      "gabor", "gábor", "zoltan", "zoltán", "andras", "andrás", "tibor", "sandor", "sándor", "imre", "kostas",
      "konstantinos", "andreas", "georgios", "giorgos", "yannis", "nikos", "dimitris", "theodoros", "costas",
      "vassilis", "mehmet", "ahmet", "mustafa", "tansu", "necmettin", "bulent", "bülent", "mesut", "recep",
      "abdullah", "suleyman", "süleyman", "turgut", "hakan", "emre", "murat", "kemal", "yilmaz", "eduard",
      "leonid", "levon", "heydar", "ilham", "nursultan", "askar", "islam", "saparmurat", "emomali", "algirdas",
      "vytautas", "gunter", "guntis", "andris", "valdis", "arnold", "lennart", "edgar", "mart", "tiit",
      // Arabic, Persian, South Asian, African
      "mohammad", "mohammed", "muhammad", "mohamed", "mohamad", "mohd", "ahmad", "ahmed", "ali", "hassan", "hasan",
      "hussein", "husain", "hossein", "husayn", "abdul", "abdel", "abd", "abdallah", "abdullahi", "omar", "umar",
      "osama", "usama", "ayman", "khalid", "khaled", "khalil", "ibrahim", "ismail", "yusuf", "youssef", "yousef",
      "yasser", "yasir", "saddam", "tariq", "tarek", "walid", "nabil", "nabih", "rafik", "rafiq", "amr", "amin",
      "hosni", "anwar", "gamal", "jamal", "faisal", "fahd", "salman", "sultan", "saud", "bandar", "hamad", "hamid",
      "mahmoud", "mahmud", "mohsen", "mahmoud", "akbar", "ali-akbar", "hashemi", "mir", "javad", "jalil", "abbas",
      "asim", "assim", "qasem", "qassem", "nouri", "nuri", "jalal", "masoud", "massoud", "hamid", "karim", "kareem",
      "rashid", "rasheed", "said", "saeed", "sayed", "majid", "nawaz", "shahbaz", "imran", "pervez", "parvez",
      "zulfikar", "zia", "asif", "ashraf", "raja", "shaukat", "yousaf", "liaquat", "farooq", "farouk", "nasser",
      "nasir", "naser", "mansour", "mansur", "moammar", "muammar", "idriss", "idris", "habib", "hafez", "bashar",
      "rifaat", "mustafa", "mostafa", "salah", "salih", "saleh", "ghazi", "adnan", "marwan", "ziad", "ziyad",
      "fouad", "fuad", "elias", "michel", "nabil", "sheikh", "hamza", "bilal", "zaid", "zayed", "khalifa", "mubarak",
      "atal", "lal", "krishna", "rajiv", "sanjay", "rahul", "narendra", "manmohan", "sonia", "indira", "jawaharlal",
      "mahatma", "narasimha", "deve", "inder", "kumar", "ram", "raj", "rajesh", "ramesh", "suresh", "mahesh",
      "sunil", "anil", "sachin", "sourav", "saurav", "rahul", "anil", "javagal", "venkatesh", "mohammad",
      "kapil", "sunil", "vijay", "ajay", "amitabh", "arjuna", "ranjan", "chandrika", "sirimavo", "ranil",
      "mahinda", "sheikh", "khaleda", "hasina", "wasim", "waqar", "inzamam", "saeed", "aamir", "aamer", "moin",
      "salim", "saleem", "mushtaq", "ijaz", "ramiz", "javed", "shoaib", "shahid", "younis", "misbah", "azhar",
      "nelson", "thabo", "jacob", "cyril", "desmond", "winnie", "kofi", "kwame", "jomo", "uhuru", "daniel", "robert",
      "laurent", "joseph", "yoweri", "paul", "olusegun", "sani", "ibrahim", "goodluck", "umaru", "moshood",
      "ken", "mobutu", "sese", "jonas", "eduardo", "samora", "joaquim", "hastings", "kenneth", "frederick",
      "meles", "haile", "isaias", "abiy", "pierre", "blaise", "charles", "alpha", "ahmed", "amadou", "moussa",
      "mamadou", "abdoulaye", "ousmane", "cheikh", "babacar", "seydou", "ibrahima", "oumar", "boubacar",
      // East and South-East Asian
      "li", "wang", "zhang", "jiang", "deng", "zhu", "hu", "wen", "xi", "qian", "mao", "zhou", "lee", "kim", "park",
      "chung", "kuan", "yew", "goh", "lim", "tan", "ong", "mahathir", "anwar", "najib", "suharto", "habibie",
      "megawati", "abdurrahman", "susilo", "joko", "benigno", "fidel", "ferdinand", "corazon", "joseph", "gloria",
      "rodrigo", "thaksin", "chuan", "banharn", "chavalit", "hun", "norodom", "ranariddh", "aung", "san", "suu",
      "ne", "than", "shwe", "ryutaro", "tomiichi", "yasuhiro", "junichiro", "shinzo", "yukio", "naoto", "yoshihiko",
      "taro", "ichiro", "hideo", "hiroshi", "takeshi", "kenji", "koichi", "masahiko", "yoshiro", "keizo", "morihiro",
      "tsutomu", "toshiki", "kiichi", "noboru", "tetsuya", "akira", "kazuo", "kazuhiko", "makoto", "satoshi",
      "teng-hui", "chen", "lien", "shui-bian", "ying-jeou", "tsai", "kim", "dae-jung", "young-sam", "tae-woo",
      "moo-hyun", "myung-bak", "geun-hye", "jae-in", "jong-il", "jong-un", "il-sung", "nguyen", "vo", "do",
      "phan", "le",
  });
  return s.contains(w);
}

bool is_capital_function_word(std::string_view w) noexcept {
  static const word_set s = make_set({
      "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "nor", "if", "when", "while", "after", "before",
      "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "this", "that",
      "these", "those", "there", "here", "what", "who", "whom", "whose", "which", "where", "why", "how", "as", "by",
      "from", "to", "with", "without", "of", "also", "some", "many", "most", "all", "no", "not", "one", "two",
      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "however", "meanwhile",
      "although", "though", "because", "since", "until", "unless", "so", "then", "thus", "yet", "still", "now",
      "today", "tomorrow", "yesterday", "tonight", "earlier", "later", "last", "next", "first", "second", "third",
      "other", "another", "each", "every", "both", "either", "neither", "such", "only", "even", "just", "more",
      "less", "few", "several", "any", "about", "above", "across", "against", "along", "among", "around", "behind",
      "below", "beneath", "beside", "between", "beyond", "despite", "during", "except", "inside", "into", "near",
      "off", "onto", "out", "outside", "over", "past", "per", "through", "throughout", "toward", "towards", "under",
      "underneath", "unlike", "up", "upon", "via", "within", "do", "does", "did", "is", "are", "was", "were", "be",
      "been", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "mr", "mrs", "ms", "dr", "yes", "no", "please", "thank", "thanks", "well", "oh", "ok", "okay", "sir",
      "according", "asked", "said", "says", "added", "note", "notes", "source", "sources", "total", "results",
      "result", "scores", "score", "standings", "attendance", "halftime", "half-time", "division", "group", "pool",
      "round", "final", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "week", "day", "year", "month",
      "pct", "gb", "pts", "w", "l", "d", "f", "a", "p", "pos", "no.", "nos", "vs", "v", "ht", "ft", "et",
      "am", "pm", "gmt", "est", "edt", "cet", "bst", "us$", "eur", "usd", "dm", "tel", "fax", "newsroom", "editorial",
      "net", "shr", "revs", "revenue", "revenues", "sales", "profit", "profits", "loss", "losses", "income",
      "turnover", "eps", "dividend", "div", "avg", "vol", "volume", "close", "digest", "page", "pages",
      "eds", "ed", "update", "updates", "corrected", "correction", "repeat",
      "repeats", "wrapup", "factbox", "preview", "table", "tables", "summary", "summaries", "highlights", "text",
      "analysis", "feature", "column", "sport", "sports", "soccer", "football", "cricket", "tennis", "golf", "rugby",
      "baseball", "basketball", "athletics", "cycling", "motor", "racing", "boxing", "hockey", "olympics",
      "league", "cup", "championship", "championships", "open", "grand", "prix", "tour", "world", "international",
      "national", "news", "index", "stocks", "stock", "shares", "bonds", "prices", "price", "market", "markets",
      "trade", "business", "economy", "economic", "politics", "weather", "police", "army", "government", "officials",
      "people", "president", "minister", "ministry", "state", "states", "city", "county", "province", "region",
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "old",
      "big", "small", "high", "low", "top", "bottom", "left", "right", "chief", "deputy", "vice", "acting",
      "former", "late", "ex", "co", "pre", "post", "anti", "pro", "non", "half", "full", "early", "mid", "fifth",
      "sixth", "seventh", "eighth", "ninth", "tenth", "only", "very", "too", "much", "again", "once", "twice",
      "never", "always", "often", "sometimes", "perhaps", "maybe", "indeed", "instead", "otherwise", "therefore",
      "hence", "besides", "moreover", "furthermore", "nevertheless", "nonetheless", "anyway", "like", "unlike",
      "whether", "whatever", "whoever", "whichever", "wherever", "whenever", "let", "lets", "let's", "don't",
      "can't", "won't", "it's", "that's", "there's", "i'm", "we're", "they're", "you're", "he's", "she's",
      "senior", "junior", "dozens", "hundreds", "thousands", "tens", "scores", "angry", "ethnic", "ousted",
      "exiled", "jailed", "armed", "rival", "radical", "hardline", "suspected", "unidentified", "masked",
  });
  return s.contains(w);
}

bool is_closed_class_word(std::string_view w) noexcept {
  static const word_set s = make_set({
      "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "nor", "if", "when", "while", "after",
      "before", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your",
      "this", "that", "these", "those", "there", "here", "what", "who", "whom", "whose", "which", "where", "why",
      "how", "as", "by", "from", "to", "with", "without", "of", "also", "some", "many", "most", "all", "no", "not",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "june", "july", "august", "september", "october", "november", "december", "however",
      "meanwhile", "although", "though", "because", "since", "until", "unless", "so", "then", "thus", "yet",
      "still", "now", "today", "tomorrow", "yesterday", "tonight", "earlier", "later", "other", "another", "each",
      "every", "both", "either", "neither", "such", "only", "even", "just", "more", "less", "few", "several",
      "any", "about", "against", "among", "between", "despite", "during", "into", "under", "within", "like",
      "unlike", "whether", "according", "asked", "said", "says", "added", "let", "do", "does", "did", "is", "are",
      "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
      "yes", "please", "thanks", "well", "oh", "perhaps", "maybe", "indeed", "instead", "once", "again",
      // "Senior Hungarian officials", "Two Palestinian bombers", "Angry French workers":
      // rank, number and mood words open a group, not a name.
      "senior", "junior", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
      "hundreds", "thousands", "tens", "scores", "angry", "ethnic", "ousted", "exiled", "jailed", "armed", "rival",
      "radical", "hardline", "suspected", "unidentified", "masked",
  });
  return s.contains(w);
}

bool is_org_noun(std::string_view w) noexcept {
  static const word_set s = make_set({
      "company", "companies", "firm", "firms", "group", "maker", "makers", "manufacturer", "manufacturers",
      "producer", "producers", "insurer", "insurers", "reinsurer", "bank", "banks", "retailer", "retailers",
      "carrier", "carriers", "airline", "airlines", "operator", "operators", "conglomerate", "club", "clubs",
      "side", "team", "teams", "newspaper", "newspapers", "daily", "weekly", "magazine", "agency", "broker",
      "brokerage", "brokers", "unit", "subsidiary", "concern", "party", "union", "exporter", "importer",
      "distributor", "supplier", "developer", "lender", "lenders", "utility", "giant", "rivals", "champions",
      "holders", "opponents", "outfit", "chain", "publisher", "broadcaster", "network", "station", "daily",
      "tabloid", "paper", "organisation", "organization", "association", "federation", "movement", "faction",
      "consortium", "partner", "partners", "shipper", "refiner", "miner", "automaker", "carmaker", "chipmaker",
      "drugmaker", "steelmaker", "brewer", "distiller", "trader", "fund", "investor", "institution", "exchange",
      "watchdog", "regulator", "ministry", "body", "committee", "council", "league", "franchise",
  });
  return s.contains(w);
}

bool is_subject_cue(std::string_view w) noexcept {
  static const word_set s = make_set({
      "has", "have", "had", "is", "was", "will", "would", "shall", "should", "could", "can", "may", "might",
      "must", "did", "does", "said", "says", "say", "told", "tells", "announced", "announces", "wants", "wanted",
      "who", "which", "also", "again", "then", "already", "still", "recently", "later", "today", "itself",
      "reported", "reports", "warned", "warns", "urged", "urges", "hopes", "hoped", "plans", "planned", "agreed",
      "agrees", "rejected", "rejects", "denied", "denies", "accused", "accuses", "claimed", "claims", "called",
      "calls", "sent", "sends", "launched", "launches", "demanded", "demands", "refused", "refuses", "refrained",
      "decided", "decides", "insisted", "insists", "struck", "strikes", "attacked", "attacks", "retaliated",
      "retaliates", "responded", "responds", "imposed", "imposes", "expelled", "expels", "recalled", "recalls",
      "threatened", "threatens", "signed", "signs", "condemned", "condemns", "protested", "protests", "vowed",
      "vows", "blamed", "blames", "supports", "supported", "backed", "backs", "offered", "offers", "asked", "asks",
      "promised", "promises", "pledged", "pledges", "welcomed", "welcomes", "seeks", "sought", "began",
      "begins", "started", "starts", "continued", "continues", "needs", "needed", "tried", "tries", "beat", "beats",
      "won", "wins", "lost", "loses", "drew", "draws", "defeated", "defeats", "led", "leads", "trailed", "trails",
      "edged", "routed", "thrashed", "crushed", "knocked", "renewed", "renews", "resumed", "resumes", "accepted",
      "accepts", "lifted", "lifts", "opened", "opens", "allowed", "allows", "approved", "approves", "received",
      "receives", "hosted", "hosts", "defended", "defends", "evacuated", "released", "releases", "withdrew",
      "withdraws", "reached", "reaches", "finally", "formally", "officially", "reiterated",
      "stepped", "moved", "joined", "joins", "closed", "closes", "seized", "seizes", "deployed", "deploys",
      "arrested", "detained", "freed", "ordered", "orders", "banned", "bans", "suspended", "suspends", "halted",
      "halts", "cut", "cuts", "broke", "restored", "restores", "established", "provided", "provides", "gave",
      "gives", "granted", "grants", "paid", "pays", "shared", "shares",
  });
  return s.contains(w);
}

bool is_foreign_group_head(std::string_view w) noexcept {
  static const word_set s = make_set({
      "embassy", "embassies", "consulate", "consulates", "diplomat", "diplomats", "envoy", "envoys", "ambassador",
      "ambassadors", "delegation", "delegations", "tourist", "tourists", "foreigners", "expatriates",
      "peacekeepers", "observers", "monitors",
  });
  return s.contains(w);
}

bool particle_compound_name(std::string_view word) noexcept {
  // Capitalised part, "-ul-" (or ur, ud, uz, un, us), capitalised part. ("Lashkar-e-Taiba"
  // and other names with "-e-" are organisations the dictionary knows.)
  const std::size_t a = word.find('-');
  if (a == std::string_view::npos || a == 0 || word.size() < a + 6) return false;
  const std::size_t b = word.find('-', a + 1);
  if (b != a + 3 || b + 1 >= word.size()) return false;
  const std::string_view particle = word.substr(a + 1, 2);
  const bool known = particle == "ul" || particle == "ur" || particle == "ud" || particle == "uz" || particle == "un" ||
                     particle == "us";
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  return known && upper(word[0]) && upper(word[b + 1]) && word.find('-', b + 1) == std::string_view::npos;
}

}  // namespace actor_lex
}  // namespace sitrep::detail
