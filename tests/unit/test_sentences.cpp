// Sentence splitting rules and the example article.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sitrep/tokenizer.hpp"
#include "text/sentence_ends.hpp"

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

TEST_CASE("sentences: both kernels of the first test give the same masks") {
  if (!sitrep::detail::sentence_end_masks_avx512_supported()) MESSAGE("no AVX-512 here: only the scalar kernel runs");
  // Every token the test looks at: terminal marks, closers, quotes, abbreviations,
  // paragraph breaks, commas and words, in 64-token blocks at every alignment.
  const std::string base =
      "Gen. Ali said (on Monday) that troops left. \"Why?\" she asked... [sic] The U.S. Navy!\n\n"
      "Headline here\n\nThey met, talked and left \u2026 \u201CNo,\u201D he said; \u00ABOui\u00BB! ";
  std::string text;
  while (text.size() < 2000) text += base;
  std::vector<sitrep::token> tokens;
  sitrep::tokenize(text, tokens);
  REQUIRE(tokens.size() > 128);
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t checked = 0;
  for (std::size_t at = 0; at + 64 <= tokens.size(); ++at) {
    const auto want = sitrep::detail::sentence_end_masks_scalar(bytes, text.size(), tokens.data() + at, 64);
    CHECK(want.after != 0);
    if (!sitrep::detail::sentence_end_masks_avx512_supported()) continue;
    const auto got = sitrep::detail::sentence_end_masks_avx512(bytes, text.size(), tokens.data() + at);
    CHECK_MESSAGE(got.after == want.after, "block at token ", at);
    CHECK_MESSAGE(got.before == want.before, "block at token ", at);
    ++checked;
  }
  // Tokens of a longer text read past a shorter one's end: there only the flags count.
  const std::string_view shorter(text.data(), tokens[100].start);
  const auto past = sitrep::detail::sentence_end_masks_scalar(bytes, shorter.size(), tokens.data() + 80, 64);
  for (unsigned j = 20; j < 64; ++j)
    CHECK(((past.after >> j) & 1) == ((tokens[80 + j].flags & sitrep::detail::kEndsAfterFlags) != 0));
  if (sitrep::detail::sentence_end_masks_avx512_supported()) {
    CHECK(sitrep::detail::sentence_end_masks_avx512(bytes, shorter.size(), tokens.data() + 80).after == past.after);
    CHECK(checked > 0);
  }
}

TEST_CASE("sentences: boundaries are the same at every alignment to the 64-token blocks") {
  const std::string sentence = "They met in the U.S. The talks failed. \"Why?\" Nobody knows.\n\nNext one here. ";
  for (int shift = 0; shift < 70; ++shift) {
    std::string text;
    for (int k = 0; k < shift; ++k) text += "a ";
    text += "x. ";
    for (int k = 0; k < 6; ++k) text += sentence;
    const auto got = sentences(text);
    // "a a ... x." is the first sentence; then each repetition gives five.
    CHECK_MESSAGE(got.size() == 1 + 6 * 5, "shift ", shift);
  }
}
