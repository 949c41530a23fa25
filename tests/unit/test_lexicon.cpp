// Dictionaries: the default bundle's coverage, matching rules, overlays, and
// malformed sources failing clearly.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <cstdio>
#include <optional>
#include <fstream>
#include <string>

#include "engine/engine_state.hpp"
#include "lexicon/dictionary_sources.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/bundle.hpp"
#include "lexicon/key_cache.hpp"
#include "lexicon/normalize.hpp"
#include "lexicon/token_key.hpp"
#include "default_engine.hpp"
#include "sitrep/engine.hpp"
#include "sitrep/tokenizer.hpp"
#include "temp_files.hpp"
#include "token_key_kernels.hpp"

using sitrep::detail::entry_kind;
using sitrep::detail::entry_ref;

namespace {

const sitrep::detail::lexicon& dict() { return *default_engine().state().dictionaries; }

// A bundle compiled from one TSV dictionary written to a temporary file.
std::shared_ptr<const sitrep::detail::bundle_view> overlay_bundle(const std::string& file_name,
                                                                  const std::string& tsv) {
  const auto overlay = sitrep::detail::read_dictionary(temp_file(file_name, tsv));
  REQUIRE(overlay.ok());
  const auto bytes = std::make_shared<std::vector<unsigned char>>(sitrep::detail::compile_bundle(overlay.value()));
  auto view = sitrep::detail::bundle_view::open(bytes->data(), bytes->size(), file_name);
  REQUIRE(view.ok());
  auto b = std::make_shared<sitrep::detail::bundle_view>(view.value());
  b->storage = bytes;
  return b;
}

// Layers for a lexicon: that overlay first, then the default dictionaries.
std::vector<std::shared_ptr<const sitrep::detail::bundle_view>> overlay_then_default(const std::string& file_name,
                                                                                     const std::string& tsv) {
  std::vector<std::shared_ptr<const sitrep::detail::bundle_view>> layers{overlay_bundle(file_name, tsv)};
  const auto& default_layers = dict().layers();
  layers.insert(layers.end(), default_layers.begin(), default_layers.end());
  return layers;
}

std::optional<entry_ref> find_kind(const std::vector<entry_ref>& refs, entry_kind k) {
  for (const auto& r : refs)
    if (r.kind() == k) return r;
  return std::nullopt;
}

std::vector<sitrep::token> tokens_of(std::string_view text) {
  std::vector<sitrep::token> tokens;
  sitrep::tokenize(text, tokens);
  return tokens;
}

// The phrases `lex` finds in `text`, as written, in text order.
std::vector<std::string> phrases_found(const sitrep::detail::lexicon& lex, const std::string& text) {
  std::vector<sitrep::token> tokens;
  std::vector<sitrep::sentence> sentences;
  sitrep::tokenize(text, tokens);
  sitrep::split_sentences(text, tokens, sentences);
  sitrep::detail::match_set m;
  lex.match(text, tokens, sentences, m);
  std::vector<std::string> found;
  for (const auto& x : m.matches) found.emplace_back(text.substr(x.start, x.end - x.start));
  return found;
}

}  // namespace

TEST_CASE("lexicon: admin1 spelling variants resolve to one ISO 3166-2 entry") {
  for (const char* name : {"Balochistan", "Baluchistan"}) {
    const auto r = find_kind(dict().lookup(name), entry_kind::admin1);
    REQUIRE_MESSAGE(r, name);
    CHECK(r->admin1() == "PK-BA");
    CHECK(r->country() == "PAK");
  }
  for (const char* name : {"Sistan-Baluchestan", "Sistan and Baluchestan"}) {
    const auto r = find_kind(dict().lookup(name), entry_kind::admin1);
    REQUIRE_MESSAGE(r, name);
    CHECK(r->admin1() == "IR-11");
    CHECK(r->country() == "IRN");
  }
}

TEST_CASE("lexicon: places the example article implies are in the gazetteer") {
  struct want {
    const char* name;
    const char* country;
  };
  for (const want& w : {want{"Quetta", "PAK"}, want{"Panjgur", "PAK"}, want{"Saravan", "IRN"}, want{"Gaza", "PSE"},
                        want{"Islamabad", "PAK"}, want{"Tehran", "IRN"}, want{"Kabul", "AFG"}}) {
    const auto refs = dict().lookup(w.name);
    bool found = false;
    for (const auto& r : refs) found |= r.kind() == entry_kind::place && r.country() == w.country;
    CHECK_MESSAGE(found, w.name);
  }
}

TEST_CASE("lexicon: a place is not named by a two- or three-letter fragment of its alternates") {
  // GeoNames lists romanised fragments ("Pa" for Chongqing, "Kan" for Ganzhou, "Ec" for
  // Oetz) that fired inside other names and on capitals ("EC"); English uses a few short
  // names, which stay ("Rio").
  auto names_place = [](std::string_view phrase, std::string_view place) {
    for (const auto& r : dict().lookup(phrase))
      if (r.kind() == entry_kind::place && r.name() == place) return true;
    return false;
  };
  CHECK(!names_place("Pa", "Chongqing"));
  CHECK(!names_place("Kan", "Ganzhou"));
  CHECK(!names_place("Ec", "Oetz"));
  CHECK(names_place("Rio", "Rio de Janeiro"));
  CHECK(names_place("Chongqing", "Chongqing"));
}

TEST_CASE("lexicon: countries by names, aliases and demonyms") {
  const auto us = find_kind(dict().lookup("U.S."), entry_kind::country);
  REQUIRE(us);
  CHECK(us->country() == "USA");
  const auto iranian = find_kind(dict().lookup("Iranian"), entry_kind::country);
  REQUIRE(iranian);
  CHECK(iranian->country() == "IRN");
  CHECK((iranian->alias_flags & sitrep::detail::alias_flag::demonym) != 0);
  CHECK(dict().lookup("Afghanistan").size() >= 1);
}

TEST_CASE("lexicon: organisations, armed groups and persons") {
  const auto taliban = find_kind(dict().lookup("Taliban"), entry_kind::organization);
  REQUIRE(taliban);
  CHECK(taliban->country() == "AFG");
  const auto ttp = find_kind(dict().lookup("Tehrik-i-Taliban Pakistan"), entry_kind::organization);
  REQUIRE(ttp);
  CHECK(ttp->country() == "PAK");
  const auto jilani = find_kind(dict().lookup("Jalil Abbas Jilani"), entry_kind::person);
  REQUIRE(jilani);
  CHECK(jilani->country() == "PAK");
  const auto munir = find_kind(dict().lookup("Assim Munir"), entry_kind::person);
  REQUIRE(munir);
  CHECK(munir->sector() == "MIL");
  const auto gunmen = find_kind(dict().lookup("gunmen"), entry_kind::role);
  REQUIRE(gunmen);
  CHECK(gunmen->sector() == "UAF");
  const auto strike = find_kind(dict().lookup("air strike"), entry_kind::trigger);
  REQUIRE(strike);
  CHECK(strike->str(strike->rec().plover_type) == "ASSAULT");
}

TEST_CASE("lexicon: ambiguous names keep every candidate") {
  const auto refs = dict().lookup("Georgia");
  bool country = false, admin1 = false;
  for (const auto& r : refs) {
    country |= r.kind() == entry_kind::country && r.country() == "GEO";
    admin1 |= r.kind() == entry_kind::admin1 && r.admin1() == "US-GA";
  }
  CHECK(country);
  CHECK(admin1);
}

TEST_CASE("lexicon: matching is longest first and respects case") {
  const std::string text = "Iran's Sistan and Baluchestan province. Let us go to the US and talk to US officials.";
  const auto found = phrases_found(dict(), text);
  CHECK(std::find(found.begin(), found.end(), "Sistan and Baluchestan") != found.end());
  CHECK(std::find(found.begin(), found.end(), "us") == found.end());  // the pronoun is not the country
  CHECK(std::count(found.begin(), found.end(), "US") == 2);
}

TEST_CASE("lexicon: a match's case is checked against each alias, by the first letter or the whole span") {
  // An overlay alone, so only these aliases answer: a capitalised one, an acronym
  // (all capitals), one with no case, and names opening in a digit and in a
  // capital outside ASCII, whose case the span's first byte cannot tell.
  const std::string tsv =
      "name\taliases\tkind\talpha3\tsector\n"
      "Widget Front\tWFR\tgroup\tNOR\tREB\n"
      "gadget makers\t\tgroup\tNOR\tLAB\n"
      "Élysée Accord\t\torganization\tFRA\tGOV\n"
      "9 Widget Brigade\t\tgroup\tNOR\tMIL\n";
  const sitrep::detail::lexicon lex({overlay_bundle("case.tsv", tsv)});
  auto found = [&](const std::string& text) {
    const auto phrases = phrases_found(lex, text);
    return phrases.size() == 1 && phrases.front() == text;
  };
  CHECK(found("Widget Front"));
  CHECK(found("WIDGET FRONT"));
  CHECK_FALSE(found("widget front"));  // a capital is needed
  CHECK(found("WFR"));
  CHECK_FALSE(found("Wfr"));  // an acronym only in capitals
  CHECK_FALSE(found("wfr"));
  CHECK(found("gadget makers"));
  CHECK(found("Gadget Makers"));  // no case asked
  CHECK(found("Élysée Accord"));  // a capital outside ASCII counts as one
  CHECK(found("9 Widget Brigade"));
  CHECK_FALSE(found("9 widget brigade"));  // the first letter, not the first byte, decides
}

TEST_CASE("lexicon: key hashes compose word by word") {
  using sitrep::detail::hash_bytes;
  using sitrep::detail::kHashSeed;
  CHECK(hash_bytes(hash_bytes(kHashSeed, "sistan"), "and baluchestan") == hash_bytes(kHashSeed, "sistan and baluchestan"));
  CHECK(hash_bytes(kHashSeed, "a b") != hash_bytes(kHashSeed, "b a"));
  CHECK(hash_bytes(kHashSeed, "a b") != hash_bytes(kHashSeed, "a  b"));
  CHECK(hash_bytes(kHashSeed, "ab") != hash_bytes(kHashSeed, "a b"));
  CHECK(hash_bytes(kHashSeed, "") != hash_bytes(kHashSeed, " "));
  CHECK(hash_bytes(kHashSeed, "international") != hash_bytes(kHashSeed, "internationaL"));
}

TEST_CASE("lexicon: the matcher's one-pass keys equal the general key and hash") {
  // Every path: plain ASCII of one and two 8-byte chunks, long words, hyphens, backquotes, abbreviations,
  // diacritics, typographic quotes, ASCII dashes and quotes (their own keys, but
  // a backquote's), numbers, and tokens at the very end of the text (no room to
  // read whole 8-byte chunks).
  const std::string text =
      "Sistan-Baluchestan U.S. Gen. Côte d’Ivoire ``quoted'' 1,200 3.5 internationalisation ÉLYSÉE "
      "Anwar-ul-Haq O'Brien - \"a\" -- ` 'b' --- U.S.-led e.g. Jaish-e-Mohammed-affiliated-internationalisation-campaigners "
      "Pakistani Administration Counterterrorism x";
  const std::vector<sitrep::token> tokens = tokens_of(text);
  REQUIRE(tokens.size() > 10);
  for (std::size_t end = 1; end <= text.size(); end += 7) {
    // Also cut the text short, so tokens end at every distance from its end.
    const std::string_view cut(text.data(), end);
    for (const auto& t : tokens) {
      if (t.end > end) continue;
      std::string want(3 * t.size(), '\0');
      want.resize(sitrep::detail::write_token_key(t.view(cut), t, want.data()));
      std::string got(3 * t.size() + 8, '\0');
      const auto k = sitrep::detail::write_token_key_hashed(cut, t, got.data());
      got.resize(k.length);
      CHECK(got == want);
      CHECK(k.hash == sitrep::detail::hash_bytes(sitrep::detail::kHashSeed, want));
      CHECK(k.one_word == (want.find(' ') == std::string::npos));
      if (k.one_word) CHECK(k.word_hash == sitrep::detail::hash_word(want.data(), want.size()));
    }
  }
}

TEST_CASE("lexicon: both kernels of the key pass write the same columns") {
  if (!sitrep::detail::token_keys_avx512_supported()) MESSAGE("no AVX-512 here: only the scalar kernel runs");
  const auto starts = sitrep::test::alternating_start_sets();
  // Every kind of token, lengths 1 to 20, every case, and tokens the vector lanes
  // leave to the scalar step (hyphens, abbreviations, non-ASCII, quotes, URLs).
  const std::string base =
      "The Sistan-Baluchestan governor, Gen. Ali Reza, said on Monday that 1,200 U.S. troops and "
      "counterterrorism units from Pakistan's Balochistan (PK-BA) crossed into Iran; \"Côte d’Ivoire\" "
      "``quoted'' -- internationalisation ÉLYSÉE https://example.org/a?b=c x@y.org Administrations a I "
      "reconstruction peacekeepers ceasefire zone 3.5% $40 ... AbCdEfGhIjKlMnOp abcdefghijklmnopq";
  std::vector<sitrep::token> tokens;
  SUBCASE("every cut of the text: tails, texts under 16 bytes, tokens near the end") {
    for (std::size_t end = 0; end <= base.size(); ++end) {
      const std::string_view cut(base.data(), end);
      tokens.clear();  // tokenize appends
      sitrep::tokenize(cut, tokens);
      CHECK_MESSAGE(sitrep::test::token_key_kernels_differ(cut, tokens, starts) == "", "cut at ", end);
    }
  }
  SUBCASE("every alignment of the tokens to the groups of eight") {
    for (int shift = 0; shift < 8; ++shift) {
      std::string text;
      for (int k = 0; k < shift; ++k) text += "a ";
      text += base;
      tokens.clear();
      sitrep::tokenize(text, tokens);
      CHECK_MESSAGE(sitrep::test::token_key_kernels_differ(text, tokens, starts) == "", "shift ", shift);
    }
  }
  SUBCASE("a long pseudo-random mix of words") {
    static constexpr std::string_view kWords[] = {
        "the",       "Tehran",   "NATO",    "killed",  "2024",       "minister",  "al-Qaeda", "Mr.",
        "Islamabad", "ISIS-K",   "gunmen",  "ZARIF",   "Abdollahian", "straße",   "e.g.",     "12,500",
        "protest",   "Taliban",  "'s",      "—",       "Quetta",     "abcdefghi", "ABCDEFGHIJKLMNOP", "zone", "zealots",
        "-",         "--",       "\"",      "`",       "'"};
    std::string text;
    std::uint32_t state = 12345;
    for (int k = 0; k < 4000; ++k) {
      state = state * 1103515245u + 12345u;
      text += kWords[(state >> 16) % std::size(kWords)];
      text += (state & 7) == 0 ? ", " : " ";
    }
    sitrep::tokenize(text, tokens);
    REQUIRE(tokens.size() > 4000);
    CHECK(sitrep::test::token_key_kernels_differ(text, tokens, starts) == "");
  }
}

TEST_CASE("lexicon: a phrase's key, written on demand, is where the key pass placed it") {
  // Invalid bytes (a three-byte replacement each), diacritics, hyphens split into
  // words, abbreviations, quotes and dashes: keys longer and shorter than their tokens.
  const std::string text =
      "The Sistan-Baluchestan governor, Gen. Ali, said the U.S. \xFF\xFE troops \u201Cleft\u201D "
      "Côte d’Ivoire -- ÉLYSÉE ``quoted'' abcdefghijklmnopq 1,200 ISIS-K";
  const std::vector<sitrep::token> tokens = tokens_of(text);
  const std::size_t n = tokens.size();
  sitrep::test::token_key_buffers pass(text.size(), n);
  const auto written =
      sitrep::detail::write_token_keys(text, tokens.data(), n, pass.view(), sitrep::test::alternating_start_sets());
  std::string buffer(4 * text.size() + 16, '\0');
  for (std::size_t first = 0; first < n; ++first) {
    std::string want;
    for (std::size_t last = first; last < n; ++last) {
      if (last > first) want += ' ';
      std::string token_key(3 * tokens[last].size(), '\0');
      token_key.resize(sitrep::detail::write_token_key(tokens[last].view(text), tokens[last], token_key.data()));
      want += token_key;
      const std::size_t length = sitrep::detail::write_phrase_key(text, tokens.data(), first, last, buffer.data());
      CHECK(std::string_view(buffer.data(), length) == want);
      const std::size_t end = last + 1 < n ? pass.key_at[last + 1] : written.key_bytes;
      CHECK(end - pass.key_at[first] - 1 == length);
      if (first == last) CHECK(sitrep::detail::hash_bytes(sitrep::detail::kHashSeed, want) == pass.key_hash[first]);
    }
  }
}

TEST_CASE("lexicon: engines sharing a thread never see each other's cached lookups") {
  // Two lexicons alternate on one thread: the per-thread cache must not carry an
  // answer from one to the other.
  const sitrep::detail::lexicon only_overlay({overlay_bundle("cache-overlay.tsv",
                                                            "name\taliases\tkind\talpha3\tsector\n"
                                                            "Widgetmakers Union\tWidgetmakers\tgroup\tNOR\tLAB\n")});
  const std::string text = "The Widgetmakers met in Oslo.";
  std::vector<sitrep::token> tokens;
  std::vector<sitrep::sentence> sentences;
  sitrep::tokenize(text, tokens);
  sitrep::split_sentences(text, tokens, sentences);
  for (int round = 0; round < 3; ++round) {
    sitrep::detail::match_set a, d;
    only_overlay.match(text, tokens, sentences, a);
    dict().match(text, tokens, sentences, d);
    REQUIRE(a.matches.size() == 1);
    CHECK(text.substr(a.matches[0].start, a.matches[0].end - a.matches[0].start) == "Widgetmakers");
    for (const auto& m : d.matches) CHECK(text.substr(m.start, m.end - m.start) != "Widgetmakers");
  }
}

TEST_CASE("lexicon: phrases opening in a number match, and other numbers start nothing") {
  // The digit start set lets the matcher skip numbers no phrase opens with; a
  // number that does ("10 Downing Street", "9/11") must still match, from either layer.
  const sitrep::detail::lexicon both(overlay_then_default(
      "digit-overlay.tsv", "name\taliases\tkind\talpha3\tsector\n1st Widget Brigade\t\tgroup\tNOR\tMIL\n"));
  // Long enough for the vector kernel's groups of eight, with numbers in every lane.
  std::string text;
  for (int k = 0; k < 3; ++k)
    text += "On 12 May 2024, 1,200 troops of the 1st Widget Brigade left 10 Downing Street after 3 talks. ";
  const auto found = phrases_found(both, text);
  const auto brigades = std::count(found.begin(), found.end(), "1st Widget Brigade");
  const auto downing = std::count(found.begin(), found.end(), "10 Downing Street");
  CHECK(brigades == 3);
  if (!dict().lookup("10 Downing Street").empty()) CHECK(downing == 3);
}

TEST_CASE("lexicon: capitalized words no key opens start nothing; phrases of any layer still match") {
  // The first-word start set drops capitalized words before any look-up: a phrase
  // only an overlay opens with a capitalized word must still match, from any lane
  // of the vector kernel's groups of eight.
  const sitrep::detail::lexicon both(overlay_then_default(
      "capital-overlay.tsv",
      "name\taliases\tkind\talpha3\tsector\nZorbatown Widget Brigade\tZWB\tgroup\tNOR\tMIL\n"));
  std::string text;
  for (int k = 0; k < 5; ++k) text += "Officials said Zorbatown Widget Brigade and the ZWB met Quixotl Pemberly. ";
  const auto found = phrases_found(both, text);
  CHECK(std::count(found.begin(), found.end(), "Zorbatown Widget Brigade") == 5);
  CHECK(std::count(found.begin(), found.end(), "ZWB") == 5);

  // The pass itself: with the first-word set empty no capitalized word is a
  // candidate; with it full, every one is (the lower-case set decides for "said").
  std::vector<sitrep::token> tokens;
  sitrep::tokenize(text, tokens);
  const std::vector<std::uint64_t> none(sitrep::detail::kFirstWordStartWords, 0), all(none.size(), ~0ull);
  auto candidates_with = [&](const std::vector<std::uint64_t>& first_words) {
    sitrep::test::token_key_buffers out(text.size(), tokens.size());
    const sitrep::detail::start_sets starts{all.data(), 17, all.data(), 12, first_words.data(),
                                            sitrep::detail::kFirstWordStartLog2};
    const auto written = sitrep::detail::write_token_keys(text, tokens.data(), tokens.size(), out.view(), starts);
    std::vector<std::string> words;
    for (std::size_t c = 0; c < written.candidates; ++c) {
      const sitrep::token& t = tokens[out.candidates[c]];
      words.push_back(text.substr(t.start, t.size()));
    }
    return words;
  };
  const auto without = candidates_with(none), with = candidates_with(all);
  CHECK(std::count(without.begin(), without.end(), "said") == 5);
  CHECK(std::count(without.begin(), without.end(), "Zorbatown") == 0);
  CHECK(std::count(without.begin(), without.end(), "Officials") == 0);
  CHECK(std::count(with.begin(), with.end(), "Zorbatown") == 5);
  CHECK(std::count(with.begin(), with.end(), "Pemberly") == 5);
}

TEST_CASE("lexicon: a bundle of an older format is rejected with its version") {
  auto bytes = sitrep::detail::compile_bundle({});
  sitrep::detail::bundle_header h;
  std::memcpy(&h, bytes.data(), sizeof h);
  h.version = sitrep::detail::kBundleVersion - 1;
  std::memcpy(bytes.data(), &h, sizeof h);
  const auto r = sitrep::detail::bundle_view::open(bytes.data(), bytes.size(), "old.bundle");
  REQUIRE_FALSE(r.ok());
  CHECK(r.err().code == sitrep::errc::bad_dictionary);
  CHECK(r.err().message.find("old.bundle") != std::string::npos);
  CHECK(r.err().message.find("format version") != std::string::npos);
}

TEST_CASE("lexicon: prefix slots carry the signature of the words that follow them") {
  sitrep::detail::entry_source e;
  e.kind = sitrep::detail::entry_kind::organization;
  e.name = "Northern Widget Front";
  e.aliases = {{"Northern Widget Front", 0}, {"Northern Widget Front Army", 0}, {"Northern Gadget Union", 0}};
  auto bytes = sitrep::detail::compile_bundle({e});
  const auto v = sitrep::detail::bundle_view::open(bytes.data(), bytes.size(), "sig.bundle");
  REQUIRE(v.ok());
  auto slot = [&](std::string_view key) { return v.value().find(sitrep::detail::hash_bytes(sitrep::detail::kHashSeed, key), key); };
  auto bit = [](std::string_view word) {
    return sitrep::detail::next_word_bit(sitrep::detail::hash_bytes(sitrep::detail::kHashSeed, word));
  };
  REQUIRE(slot("northern"));
  CHECK(slot("northern")->next_words == (bit("widget") | bit("gadget")));
  REQUIRE(slot("northern widget front"));
  CHECK(slot("northern widget front")->next_words == bit("army"));
  REQUIRE(slot("northern widget front army"));
  CHECK(slot("northern widget front army")->next_words == 0);  // a phrase, no prefix

  // Matching reads the signature: the phrases are found, longest first.
  const std::string text = "The Northern Widget Front Army met the Northern Gadget Union and the Northern press.";
  const sitrep::detail::lexicon lex({std::make_shared<sitrep::detail::bundle_view>(v.value())});
  const auto found = phrases_found(lex, text);
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "Northern Widget Front Army");
  CHECK(found[1] == "Northern Gadget Union");
}

TEST_CASE("lexicon: a bundle whose slot table has no empty slot is rejected") {
  auto bytes = sitrep::detail::compile_bundle({});
  sitrep::detail::bundle_header h;
  std::memcpy(&h, bytes.data(), sizeof h);
  // Fill every slot with a key-less record that points inside the tables.
  for (std::uint32_t i = 0; i < h.slot_count; ++i) {
    sitrep::detail::slot_record s{};
    s.hash = i + 1;
    std::memcpy(bytes.data() + h.slots_offset + i * sizeof s, &s, sizeof s);
  }
  const auto r = sitrep::detail::bundle_view::open(bytes.data(), bytes.size(), "full.bundle");
  REQUIRE_FALSE(r.ok());
  CHECK(r.err().message.find("no empty slot") != std::string::npos);
}

TEST_CASE("lexicon: a user overlay changes a result") {
  const std::string path = temp_file("overlay.tsv",
                                     "# a user's own organisations\n"
                                     "name\taliases\tkind\talpha3\tsector\n"
                                     "Taliban\tthe Taliban movement\tgroup\tPAK\tREB\n"
                                     "Northern Widget Front\tNWF\tgroup\tNOR\tREB\n");
  sitrep::engine_options opt;
  opt.overlays.push_back(path);
  const auto eng = sitrep::engine::load(opt);
  REQUIRE(eng.ok());
  const auto& lex = *eng.value().state().dictionaries;
  const auto taliban = lex.lookup("Taliban");
  REQUIRE(!taliban.empty());
  CHECK(taliban.front().country() == "PAK");  // the overlay wins for the same name
  const auto nwf = find_kind(lex.lookup("NWF"), entry_kind::organization);
  REQUIRE(nwf);
  CHECK(nwf->country() == "NOR");
  CHECK(!lex.lookup("Islamabad").empty());  // the default still answers the rest
}

TEST_CASE("lexicon: malformed dictionaries are rejected with file, line and reason") {
  const std::string bad_columns = temp_file("bad-columns.tsv",
                                            "name\taliases\tkind\talpha3\tsector\n"
                                            "Good Group\t\tgroup\tPAK\tREB\n"
                                            "Bad Group\tgroup\tPAK\n");
  sitrep::engine_options opt;
  opt.overlays.push_back(bad_columns);
  auto eng = sitrep::engine::load(opt);
  REQUIRE_FALSE(eng.ok());
  CHECK(eng.err().code == sitrep::errc::bad_dictionary);
  CHECK(eng.err().offset == 3);
  CHECK(eng.err().message.find("bad-columns.tsv:3") != std::string::npos);

  const std::string bad_code = temp_file("bad-code.tsv",
                                         "name\taliases\tkind\talpha3\tsector\n"
                                         "Group\t\tgroup\tPakistan\tREB\n");
  auto r = sitrep::detail::read_dictionary(bad_code);
  REQUIRE_FALSE(r.ok());
  CHECK(r.err().message.find(":2: 'alpha3' must be an ISO 3166-1 alpha-3 code") != std::string::npos);

  const std::string unknown = temp_file("unknown.tsv", "foo\tbar\n1\t2\n");
  CHECK_FALSE(sitrep::detail::read_dictionary(unknown).ok());
  CHECK(sitrep::detail::read_dictionary("/nonexistent/x.tsv").err().code == sitrep::errc::io_error);

  const std::string bad_utf8 = temp_file("bad-utf8.tsv", "phrase\tkind\tsector\trole\nok\tgroup_noun\tCVL\t\n\xff\tgroup_noun\tCVL\t\n");
  auto u = sitrep::detail::read_dictionary(bad_utf8);
  REQUIRE_FALSE(u.ok());
  CHECK(u.err().offset == 3);

  sitrep::engine_options bundle_opt;
  bundle_opt.bundles.push_back(temp_file("not-a.bundle", "garbage"));
  auto b = sitrep::engine::load(bundle_opt);
  REQUIRE_FALSE(b.ok());
  CHECK(b.err().code == sitrep::errc::bad_dictionary);
}

TEST_CASE("lexicon: PETRARCH dictionaries load") {
  const std::string actors = temp_file("test.actors",
                                       "<!-- header -->\n"
                                       "HAMAS [PSEREBHMS]\n"
                                       "+HAMAS_MOVEMENT\n"
                                       "ISRAEL [ISR]\n"
                                       "UNITED_NATIONS [IGOUNO] # comment\n");
  auto a = sitrep::detail::read_dictionary(actors);
  REQUIRE(a.ok());
  REQUIRE(a.value().size() == 3);
  CHECK(a.value()[0].name == "Hamas");
  CHECK(a.value()[0].country == "PSE");
  CHECK(a.value()[0].sector == "REB");
  CHECK(a.value()[0].aliases.size() == 2);
  CHECK(a.value()[1].kind == entry_kind::country);
  CHECK(a.value()[2].sector == "IGO");

  const std::string agents = temp_file("test.agents",
                                       "!PERSON! = MAN, MEN\n"
                                       "FOREIGN_MINISTER [~GOVFRM] # jap\n"
                                       "REBEL {REBELS} [~REB]\n");
  auto g = sitrep::detail::read_dictionary(agents);
  REQUIRE(g.ok());
  REQUIRE(g.value().size() == 2);
  CHECK(g.value()[0].name == "foreign minister");
  CHECK(g.value()[0].sector == "GOV");
  CHECK(g.value()[1].aliases.size() == 2);

  const std::string verbs = temp_file("test.verbs",
                                      "&SYNSET\n+X\n"
                                      "--- ACCUSE  [112]  ---\n"
                                      "ACCUSE {ACCUSES ACCUSED}\n"
                                      "- * OF CORRUPTION [1121]\n"
                                      "--- ATTACK [190] ---\n"
                                      "ATTACK\n"
                                      "--- WELCOME [041] ---\n"
                                      "WELCOME\n"
                                      "--- DENY [120] ---\n"
                                      "DENY\n"
                                      "--- CALL_OFF [081] ---\n"
                                      "CALL_OFF\n");
  auto v = sitrep::detail::read_dictionary(verbs);
  REQUIRE(v.ok());
  REQUIRE(v.value().size() == 5);
  CHECK(v.value()[0].plover_type == "ACCUSE");
  CHECK(v.value()[0].aliases.size() == 3);  // irregular forms in braces replace the regular ones
  CHECK(v.value()[1].plover_type == "ASSAULT");
  // Verbs listed without forms get the regular ones, as PETRARCH makes them.
  auto aliases = [&](std::size_t i) {
    std::vector<std::string> out;
    for (const auto& a : v.value()[i].aliases) out.push_back(a.text);
    return out;
  };
  CHECK(aliases(1) == std::vector<std::string>{"attack", "attacks", "attacked", "attacking"});
  CHECK(aliases(2) == std::vector<std::string>{"welcome", "welcomes", "welcomed", "welcoming"});
  CHECK(aliases(3) == std::vector<std::string>{"deny", "denies", "denied", "denying"});
  CHECK(aliases(4) == std::vector<std::string>{"call off", "calls off", "called off", "calling off"});

  const std::string broken = temp_file("broken.agents", "SOLDIER [~MIL\n");
  auto br = sitrep::detail::read_dictionary(broken);
  REQUIRE_FALSE(br.ok());
  CHECK(br.err().offset == 1);
}

TEST_CASE("lexicon: the real PETRARCH validation dictionaries load when present") {
  const std::string dir = SITREP_SOURCE_DIR "/../shared/data/petrarch2-validation/";
  std::ifstream probe(dir + "PETR.Validate.actors.txt");
  if (!probe) return;  // shared data is not shipped; this runs where it exists
  for (const char* f : {"PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.verbs.txt"}) {
    auto r = sitrep::detail::read_dictionary(dir + f);
    CHECK_MESSAGE(r.ok(), (r.ok() ? std::string() : r.err().message));
    if (r.ok()) CHECK(r.value().size() > 10);
  }
}

TEST_CASE("lexicon: the bundle knows which first words a lower-case surface may open") {
  sitrep::detail::entry_source town, trigger;
  town.kind = sitrep::detail::entry_kind::place;
  town.name = "Widgetford";
  town.aliases = {{"Widgetford", 0}};  // a capitalised alias: needs a capital
  trigger.kind = sitrep::detail::entry_kind::trigger;
  trigger.name = "widget strike";
  trigger.aliases = {{"widget strike", 0}};
  auto bytes = sitrep::detail::compile_bundle({town, trigger});
  const auto v = sitrep::detail::bundle_view::open(bytes.data(), bytes.size(), "lower.bundle");
  REQUIRE(v.ok());
  auto hash = [](std::string_view w) { return sitrep::detail::hash_bytes(sitrep::detail::kHashSeed, w); };
  CHECK(v.value().may_start_lowercase(hash("widget")));  // "widget strike" opens in lower case
  // The capitalised town's bit may be set only by a collision; the matcher still finds it.
  const sitrep::detail::lexicon lex({std::make_shared<sitrep::detail::bundle_view>(v.value())});
  const auto found = phrases_found(lex, "Workers in Widgetford began a widget strike.");
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "Widgetford");
  CHECK(found[1] == "widget strike");
}

TEST_CASE("lexicon: a lower-case phrase of any layer is found, in a lexicon of several layers") {
  // The matcher folds the layers' lower-case start sets into one: a phrase only the
  // second layer opens in lower case must still be looked up.
  auto bundle_of = [](const char* phrase) {
    sitrep::detail::entry_source e;
    e.kind = sitrep::detail::entry_kind::trigger;
    e.name = phrase;
    e.aliases = {{phrase, 0}};
    // The view reads the bytes in place: one allocation keeps both, and the pointer
    // handed out shares its ownership.
    struct owned {
      std::vector<unsigned char> bytes;
      std::optional<sitrep::detail::bundle_view> view;
    };
    auto o = std::make_shared<owned>();
    o->bytes = sitrep::detail::compile_bundle({e});
    auto v = sitrep::detail::bundle_view::open(o->bytes.data(), o->bytes.size(), phrase);
    REQUIRE(v.ok());
    o->view = v.value();
    return std::shared_ptr<const sitrep::detail::bundle_view>(o, &*o->view);
  };
  auto first = bundle_of("gadget walkout"), second = bundle_of("widget strike");
  const sitrep::detail::lexicon lex({first, second});
  const auto found = phrases_found(lex, "They staged a widget strike and then a gadget walkout.");
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "widget strike");
  CHECK(found[1] == "gadget walkout");
}

TEST_CASE("lexicon: a PETRARCH actor's dated codes are entries valid on their dates, and a parse takes the valid one") {
  const std::string actors = temp_file("dated.actors",
                                       "WIDGET_MOVEMENT [NORREB]\n"
                                       "ODO_VELLANSKI  # codes on lines of their own\n"
                                       "+VELLANSKI\n"
                                       "\t[NORELI 780101-081231]\n"
                                       "\t[NORGOV >090120]\n"
                                       "GRIM_TOLLERUD\n"
                                       "\t[SWE < 19950601]\n");
  auto a = sitrep::detail::read_dictionary(actors);
  REQUIRE(a.ok());
  const auto& e = a.value();
  REQUIRE(e.size() == 4);
  CHECK(e[0].sector == "REB");
  CHECK(e[0].kind == entry_kind::organization);
  CHECK(e[1].name == "Odo Vellanski");
  CHECK(e[1].kind == entry_kind::person);  // terms of office mark a person
  CHECK(e[1].aliases.size() == 2);
  CHECK(e[1].sector == "ELI");
  CHECK(e[1].valid_from == sitrep::detail::days_from_civil(1978, 1, 1));
  CHECK(e[1].valid_to == sitrep::detail::days_from_civil(2008, 12, 31));
  CHECK(e[2].sector == "GOV");
  CHECK(e[2].valid_from == sitrep::detail::days_from_civil(2009, 1, 20) + 1);
  CHECK(e[2].valid_to == INT32_MAX);
  CHECK(e[3].country == "SWE");
  CHECK(e[3].valid_to == sitrep::detail::days_from_civil(1995, 6, 1) - 1);

  // A date that does not read leaves its code undated (the public dictionaries hold such typos).
  const std::string typo = temp_file("typo-date.actors", "ODO_VELLANSKI\n\t[NORGOV 9008223-911221]\n");
  auto t = sitrep::detail::read_dictionary(typo);
  REQUIRE(t.ok());
  REQUIRE(t.value().size() == 1);
  CHECK(t.value()[0].sector == "GOV");
  CHECK(t.value()[0].valid_from == INT32_MIN);

  sitrep::engine_options opt;
  opt.overlays.push_back(actors);
  const auto eng = sitrep::engine::load(opt);
  REQUIRE(eng.ok());
  auto sector_on = [&](sitrep::civil_date day) {
    sitrep::parse_options o;
    o.reference_date = day;
    const auto d = eng.value().parse("Odo Vellanski met the Widget Movement on Monday.", o);
    REQUIRE(d.ok());
    for (const auto& x : d.value().actors)
      if (x.name == "Odo Vellanski" && x.kind == "person") return x.sector;
    return std::string("none");
  };
  CHECK(sector_on(sitrep::civil_date{2012, 5, 1}) == "GOV");
  CHECK(sector_on(sitrep::civil_date{2001, 5, 1}) == "ELI");
}

TEST_CASE("lexicon: the key cache keeps two keys of one set and drops the least recently used") {
  using sitrep::detail::key_cache;
  // Owners no lexicon has (lexicon ids count up from 1), so no engine's entries are touched.
  key_cache& cache = key_cache::for_thread(~0ull - 1);
  auto put = [&](std::uint64_t hash, std::uint32_t next_words) {
    sitrep::detail::cached_key& e = cache.insert(hash);
    e = sitrep::detail::cached_key{};
    e.hash = hash;
    e.length = 5;
    e.next_words = next_words;
    e.epoch = cache.epoch();
  };
  // Three hashes of one set: they differ only in bits the set index folds away.
  const std::uint64_t a = 7, b = a + (std::uint64_t{key_cache::kSets} << 29), c = a + (std::uint64_t{2 * key_cache::kSets} << 29);
  CHECK(cache.find(a, 5) == nullptr);
  put(a, 1);
  put(b, 2);
  REQUIRE(cache.find(a, 5) != nullptr);
  CHECK(cache.find(a, 5)->next_words == 1);
  CHECK(cache.find(a, 4) == nullptr);  // same hash, other length: another key
  REQUIRE(cache.find(b, 5) != nullptr);
  CHECK(cache.find(b, 5)->next_words == 2);
  CHECK(cache.find(a, 5) != nullptr);  // now the most recently used
  put(c, 3);                           // drops b
  CHECK(cache.find(b, 5) == nullptr);
  REQUIRE(cache.find(a, 5) != nullptr);
  CHECK(cache.find(a, 5)->next_words == 1);
  REQUIRE(cache.find(c, 5) != nullptr);
  CHECK(cache.find(c, 5)->next_words == 3);
  // Another owner sees none of it, and neither does this one after a switch.
  CHECK(key_cache::for_thread(~0ull - 2).find(a, 5) == nullptr);
  CHECK(key_cache::for_thread(~0ull - 1).find(c, 5) == nullptr);
}
