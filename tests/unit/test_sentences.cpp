// Sentence splitting rules and the example article.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sitrep/tokenizer.hpp"

namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<sitrep::token> t;
  std::vector<sitrep::sentence> s;
  sitrep::tokenize(text, t);
  sitrep::split_sentences(text, t, s);
  std::vector<std::string> out;
  for (const auto& x : s) out.emplace_back(text.substr(x.start, x.end - x.start));
  return out;
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences: terminal punctuation followed by a capital") {
  CHECK(sentences("He left. She stayed! Why? Nobody knows.") ==
        strings{"He left.", "She stayed!", "Why?", "Nobody knows."});
}

TEST_CASE("sentences: titles, initials and months never end a sentence") {
  CHECK(sentences("Gen. Asim Munir met J. Smith on Jan. 29 in Rawalpindi.").size() == 1);
  CHECK(sentences("Mr. Kakar spoke.").size() == 1);
}

TEST_CASE("sentences: acronyms end a sentence only before a sentence starter") {
  CHECK(sentences("Iran accuses the U.S. for the attack.").size() == 1);
  CHECK(sentences("The U.S. Navy sailed.").size() == 1);
  CHECK(sentences("They met in the U.S. The talks failed.") == strings{"They met in the U.S.", "The talks failed."});
}

TEST_CASE("sentences: closing quotes stay with their sentence") {
  CHECK(sentences("He said \xE2\x80\x9Cno more war.\xE2\x80\x9D Then he left.") ==
        strings{"He said \xE2\x80\x9Cno more war.\xE2\x80\x9D", "Then he left."});
  CHECK(sentences("(It rained.) Then it stopped.") == strings{"(It rained.)", "Then it stopped."});
}

TEST_CASE("sentences: blank lines separate headlines from text — single line breaks do not") {
  CHECK(sentences("Abdollahian in Islamabad\n\nISLAMABAD - Talks began.") ==
        strings{"Abdollahian in Islamabad", "ISLAMABAD - Talks began."});
  CHECK(sentences("Talks began in\nIslamabad on Monday.").size() == 1);
}

TEST_CASE("sentences: lower-case continuations and decimals do not split") {
  CHECK(sentences("It rose 3.5 percent. i.e. more").size() == 1);
  CHECK(sentences("at 3 p.m. yesterday officials met").size() == 1);
}

TEST_CASE("sentences: empty input has none") { CHECK(sentences("").empty()); }

TEST_CASE("sentences: the example article") {
  std::ifstream in(SITREP_SEED_DIR "/iran-pakistan-2024-01-29.txt", std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  const auto s = sentences(text);
  // Counted by hand: caption, headline, and 22 sentences of body text.
  CHECK(s.size() == 24);
  CHECK(s[0] == "Photo: Ministry of Foreign Affairs of Pakistan");
  CHECK(s[1] == "Abdollahian in Islamabad: third countries are behind terrorism on the border");
  CHECK(s[2].rfind("ISLAMABAD, PAKISTAN \xE2\x80\x93 Iranian and Pakistani officials", 0) == 0);
  CHECK(s[10] ==
        "Iran accuses the U.S. for destabilizing the region while in the Pakistani government\xE2\x80\x99s "
        "rhetoric it is India who supports groups such as the Baloch insurgency.");
  CHECK(s[20].back() == '\x9D');  // “… or a new war.” keeps its closing quote
  CHECK(s[23].rfind("In light of these tensions", 0) == 0);
}
