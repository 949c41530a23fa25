// PETRARCH verb patterns: compiled from a verbs dictionary with its synsets, and
// matched around a trigger so they refine its code.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/petrarch_patterns.hpp"
#include "sitrep/engine.hpp"
#include "temp_files.hpp"

namespace {

const char* const kVerbs =
    "&MONEY\n"
    "+DOLLAR\n"
    "+SWISS_FRANC\n"
    "&TIETYPE\n"
    "+MILITARY\n"
    "+ECONOMIC\n"
    "\n"
    "--- WELCOME  [041] ---\n"
    "WELCOME\n"
    "- * &TIETYPE TIES  [064]\n"
    "- SAID WOULD NOT *  [112]\n"
    "--- CONTRIBUTE  [070] ---\n"
    "CONTRIBUTE\n"
    "- * $ &MONEY TO  [071]\n"
    "--- RENEW  [---] ---\n"
    "RENEW\n"
    "- * DIPLOMATIC_TIES  [064]\n"
    "- * PROMISES  [---]\n";

// The CAMEO code of the incident a word triggers in a parse with the overlay
// dictionary; "" when the word triggers none.
std::string code_of(const sitrep::engine& eng, const std::string& text, std::string_view trigger) {
  sitrep::parse_options o;
  o.reference_date = sitrep::civil_date{1995, 1, 1};
  const auto d = eng.parse(text, o);
  REQUIRE(d.ok());
  for (const auto& i : d.value().incidents)
    if (std::string_view(text).substr(i.trigger.start, i.trigger.end - i.trigger.start) == trigger) return i.cameo;
  return {};
}

}  // namespace

TEST_CASE("petrarch patterns: synsets expand with plurals — actor places are gaps — '_' joins") {
  const auto synsets = sitrep::detail::read_petrarch_synsets(kVerbs);
  REQUIRE(synsets.count("&MONEY") == 1);
  CHECK(synsets.at("&MONEY").size() == 2);
  const auto lines = sitrep::detail::compile_petrarch_pattern("* $ &MONEY TO", "071", synsets);
  CHECK(lines == std::vector<std::string>{"* dollar to\t071", "* dollars to\t071", "* swiss_franc to\t071",
                                          "* swiss_francs to\t071"});
  CHECK(sitrep::detail::compile_petrarch_pattern("IN_*", "075", synsets) == std::vector<std::string>{"in_*\t075"});
  CHECK(sitrep::detail::compile_petrarch_pattern("SUGGESTED_+ * DEMAND", "111", synsets) ==
        std::vector<std::string>{"suggested * demand\t111"});
  CHECK(sitrep::detail::compile_petrarch_pattern("* &UNKNOWN", "111", synsets).empty());
  CHECK(sitrep::detail::compile_petrarch_pattern("NO VERB HERE", "111", synsets).empty());
}

TEST_CASE("petrarch patterns: the most specific fitting pattern codes the verb — '---' codes nothing") {
  sitrep::engine_options opt;
  opt.overlays.push_back(temp_file("patterns.verbs", kVerbs));
  const auto eng = sitrep::engine::load(opt);
  REQUIRE(eng.ok());
  const auto& e = eng.value();
  CHECK(code_of(e, "France welcomed a resumption of ties with Spain.", "welcomed") == "041");
  CHECK(code_of(e, "France welcomed closer economic ties with Spain.", "welcomed") == "064");
  // The pattern's reading of the construction stands: not an act negated away.
  CHECK(code_of(e, "France said it would not welcome a Spanish proposal.", "welcome") == "112");
  CHECK(code_of(e, "France contributed a million swiss francs to Spain.", "contributed") == "071");
  CHECK(code_of(e, "France contributed troops to Spain.", "contributed") == "070");
  // A verb that codes nothing by itself codes through its patterns only; "_" words touch.
  CHECK(code_of(e, "France renewed diplomatic ties with Spain.", "renewed") == "064");
  CHECK(code_of(e, "France renewed diplomatic contacts and ties with Spain.", "renewed").empty());
  CHECK(code_of(e, "France renewed its promises to Spain.", "renewed").empty());
}

TEST_CASE("petrarch patterns: synset cycles and large expansions stay bounded") {
  std::string text = "&LOOP\n+&LOOP\n+WORD\n&BIG\n";
  for (int i = 0; i < 40; ++i) text += "+W" + std::to_string(i) + "\n";
  const auto synsets = sitrep::detail::read_petrarch_synsets(text);
  // A synset naming itself is expanded to a fixed depth; past it the pattern is dropped.
  CHECK(sitrep::detail::compile_petrarch_pattern("* &LOOP", "010", synsets).empty());
  // Three synsets of 40 members (and their plurals) would make 512,000 lines: cut at 256.
  const auto lines = sitrep::detail::compile_petrarch_pattern("* &BIG &BIG &BIG", "010", synsets);
  CHECK(lines.size() == 256);
  CHECK(lines.front() == "* w0 w0 w0\t010");
}
