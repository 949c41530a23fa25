// Tokenizer rules, one case per rule, plus kernel equivalence.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "sitrep/tokenizer.hpp"
#include "text/chunk_splitter.hpp"

using sitrep::token;
using sitrep::token_kind;
namespace flag = sitrep::token_flag;

namespace {

// Every kernel; one the CPU lacks runs the best one it has, so each is tested
// wherever the CPU allows and the rest still pass.
constexpr sitrep::tokenizer_kernel kKernels[] = {sitrep::tokenizer_kernel::scalar, sitrep::tokenizer_kernel::avx2,
                                                 sitrep::tokenizer_kernel::avx512};

std::vector<token> toks(std::string_view text, sitrep::tokenizer_kernel k = sitrep::tokenizer_kernel::automatic) {
  std::vector<token> out;
  sitrep::tokenize(text, out, k);
  return out;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : toks(text)) out.emplace_back(t.view(text));
  return out;
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("tokenizer: plain words and numbers carry kinds and flags") {
  const std::string_view text = "ISLAMABAD said 11 Iranian nation";
  const auto t = toks(text);
  REQUIRE(t.size() == 5);
  CHECK(t[0].kind == token_kind::word);
  CHECK(t[0].has(flag::all_caps));
  CHECK(t[0].has(flag::capitalized));
  CHECK(t[1].has(flag::space_before));
  CHECK_FALSE(t[1].has(flag::capitalized));
  CHECK(t[2].kind == token_kind::number);
  CHECK(t[2].has(flag::has_digit));
  CHECK(t[3].has(flag::capitalized));
  CHECK_FALSE(t[3].has(flag::all_caps));
  CHECK(t[4].start == 26);
  CHECK(t[4].end == 32);
}

TEST_CASE("tokenizer: abbreviations and initials keep their period") {
  CHECK(words("the U.S. said") == strings{"the", "U.S.", "said"});
  CHECK(words("Gen. Asim Munir") == strings{"Gen.", "Asim", "Munir"});
  CHECK(words("on Jan. 29, 2024") == strings{"on", "Jan.", "29", ",", "2024"});
  CHECK(words("J. R. R. Tolkien") == strings{"J.", "R.", "R.", "Tolkien"});
  const auto t = toks("J. Smith");
  CHECK(t[0].has(flag::initial));
  CHECK(t[0].has(flag::abbreviation));
  CHECK(words("e.g. this") == strings{"e.g.", "this"});
  // An ordinary word keeps no period.
  CHECK(words("in Tehran.") == strings{"in", "Tehran", "."});
}

TEST_CASE("tokenizer: decimals, thousands and ranges") {
  CHECK(words("1,200 people") == strings{"1,200", "people"});
  CHECK(words("rose 3.5 percent") == strings{"rose", "3.5", "percent"});
  CHECK(words("10-15 dead") == strings{"10", "-", "15", "dead"});
  CHECK(words("2024-01-29") == strings{"2024", "-", "01", "-", "29"});
  CHECK(words("1,2 and 5,") == strings{"1", ",", "2", "and", "5", ","});
  CHECK(words("at 10:30") == strings{"at", "10:30"});
  CHECK(toks("1,200")[0].kind == token_kind::number);
}

TEST_CASE("tokenizer: hyphenated names stay whole") {
  CHECK(words("Anwar-ul-Haq Kakar") == strings{"Anwar-ul-Haq", "Kakar"});
  CHECK(words("Sistan-Baluchestan province") == strings{"Sistan-Baluchestan", "province"});
  CHECK(toks("Anwar-ul-Haq")[0].has(flag::hyphenated));
  CHECK(words("cross-border, F-16") == strings{"cross-border", ",", "F-16"});
  CHECK(words("a 20-year-old") == strings{"a", "20-year-old"});
  // A dash between spaces is punctuation.
  const auto t = toks("PAKISTAN - Iranian");
  CHECK(t[1].kind == token_kind::punctuation);
  CHECK(t[1].has(flag::dash));
}

TEST_CASE("tokenizer: possessives split, inner apostrophes join") {
  CHECK(words("Iran's border") == strings{"Iran", "'s", "border"});
  CHECK(words("Pakistan\xE2\x80\x99s caretaker") == strings{"Pakistan", "\xE2\x80\x99s", "caretaker"});
  CHECK(toks("Iran's")[1].has(flag::possessive));
  CHECK(words("Charge d\xE2\x80\x99" "affaires") == strings{"Charge", "d\xE2\x80\x99" "affaires"});
  CHECK(words("O'Brien said") == strings{"O'Brien", "said"});
  CHECK(words("the workers' union") == strings{"the", "workers", "'", "union"});
}

TEST_CASE("tokenizer: Unicode quotes and dashes are punctuation with flags") {
  const std::string_view text = "\xE2\x80\x9Cterrorist hideouts\xE2\x80\x9D \xE2\x80\x94 and \xE2\x80\x93 more";
  const auto t = toks(text);
  REQUIRE(t.size() == 8);
  CHECK(t[0].has(flag::quote));
  CHECK(t[0].end - t[0].start == 3);
  CHECK(t[1].view(text) == "terrorist");
  CHECK(t[3].has(flag::quote));
  CHECK(t[4].has(flag::dash));
  CHECK(t[6].has(flag::dash));
  CHECK(t[7].view(text) == "more");
}

TEST_CASE("tokenizer: URLs and e-mail addresses stay whole") {
  CHECK(words("see https://example.org/a?b=1. Then") == strings{"see", "https://example.org/a?b=1", ".", "Then"});
  CHECK(words("(www.un.org)") == strings{"(", "www.un.org", ")"});
  CHECK(words("mail press@mofa.gov.pk.") == strings{"mail", "press@mofa.gov.pk", "."});
  CHECK(toks("https://x.org")[0].kind == token_kind::url);
  CHECK(toks("a@b.com")[0].kind == token_kind::email);
}

TEST_CASE("tokenizer: datelines") {
  const std::string_view text = "ISLAMABAD, PAKISTAN \xE2\x80\x93 Iranian";
  CHECK(words(text) == strings{"ISLAMABAD", ",", "PAKISTAN", "\xE2\x80\x93", "Iranian"});
}

TEST_CASE("tokenizer: non-ASCII letters are word characters") {
  CHECK(words("Sa\xC3\xBC" "d Z\xC3\xBCrich caf\xC3\xA9.") == strings{"Sa\xC3\xBC" "d", "Z\xC3\xBCrich", "caf\xC3\xA9", "."});
  CHECK(toks("Z\xC3\xBCrich")[0].has(flag::non_ascii));
  CHECK(toks("\xC3\x89tat")[0].has(flag::capitalized));
  // No-break space separates words.
  CHECK(words("nine\xC2\xA0workers") == strings{"nine", "workers"});
}

TEST_CASE("tokenizer: invalid UTF-8 and controls become invalid tokens without shifting offsets") {
  const std::string text = std::string("ab \xFF\xFE cd \xE2\x80 x") + '\0' + "y";
  const auto t = toks(text);
  std::vector<std::string> kinds;
  for (const auto& k : t) kinds.emplace_back(k.view(text));
  CHECK(kinds == strings{"ab", "\xFF\xFE", "cd", "\xE2\x80", "x", std::string(1, '\0'), "y"});
  CHECK(t[1].kind == token_kind::invalid);
  CHECK(t[3].kind == token_kind::invalid);
  CHECK(t[5].kind == token_kind::invalid);
  // Every byte that is not white space is covered exactly once.
  std::size_t covered = 0;
  for (const auto& k : t) covered += k.size();
  CHECK(covered == text.size() - 4);
}

TEST_CASE("tokenizer: empty and white-space-only input") {
  CHECK(toks("").empty());
  CHECK(toks(" \n\t  ").empty());
}

TEST_CASE("tokenizer: newline and paragraph flags") {
  const std::string_view text = "Title\n\nBody text\nwraps";
  const auto t = toks(text);
  REQUIRE(t.size() == 4);
  CHECK(t[1].has(flag::paragraph_before));
  CHECK(t[3].has(flag::newline_before));
  CHECK_FALSE(t[3].has(flag::paragraph_before));
}

TEST_CASE("tokenizer: tokens at block boundaries are whole") {
  // Words straddling the 64-byte blocks of the scanner.
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Abdollahian, visits U.S. 1,200 ";
  const auto t = toks(text);
  REQUIRE(t.size() == 50 * 5);
  for (std::size_t i = 0; i < t.size(); i += 5) {
    CHECK(t[i].view(text) == "Abdollahian");
    CHECK(t[i + 4].view(text) == "1,200");
  }
}

namespace {

void require_same_tokens(std::string_view text, const std::vector<token>& a, const std::vector<token>& b) {
  INFO(std::string(text));
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    INFO(i, " ", std::string(a[i].view(text)), " / ", std::string(b[i].view(text)));
    CHECK(a[i].start == b[i].start);
    CHECK(a[i].end == b[i].end);
    CHECK(a[i].flags == b[i].flags);
    CHECK(a[i].kind == b[i].kind);
  }
}

// Random texts from pieces that exercise every rule, joined with and without
// white space so chunks mix rules and straddle the scanner's 64-byte windows.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "Iran", "PAKISTAN", "said", "11", "1,200", "3.5", "U.S.", "Gen.", "Jan.", "J.", "Anwar-ul-Haq",
      "Iran's", "\xE2\x80\x99s", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", "-", "--", ",", ".", "...",
      "(AFP)", "\"No,", "https://a.org/x.", "x@y.com", "\xC3\xA9t\xC3\xA9", "\xFF", std::string(1, '\0'),
      " ", " ", " ", "\n", "\n\n", "\t", "\xC2\xA0", "2024-01-29", "O'Brien", "workers'", "a.m.", "10:30",
      "(", ")", "\"", ";", ":", "!", "?", "a", "B", "etc", "No", "no", "www", "5", "ISLAMABAD", "x1", "Quetta",
      "<ABC>", "$", "%", "/", "&", "#", "`", "[", "]", "{", "}", "http://x.y", "U.S.A", "e.g.", "IBM.N", "St.Louis", "A.1", "Gen.X", "x.", "10-15a", "5-year", "1.5-2", "(15-20)", "a1-2", "7-", "+", "=", "_", "~", "|", "\\", "^", "*", "@", "1980's",
      "X's.", "'s", "s'", "Iran's-", "-", "Messrs.", "Messrsx.", "Kansas.", "Sistani.", "9th.", "i."};
  std::string text;
  const int n = static_cast<int>(rng() % 160);
  for (int i = 0; i < n; ++i) {
    text += pieces[rng() % pieces.size()];
    if (rng() % 3) text += ' ';
  }
  return text;
}

}  // namespace

TEST_CASE("tokenizer: every kernel matches the chunk-by-chunk reference rules") {
  std::mt19937 rng(1234);
  for (int round = 0; round < 2000; ++round) {
    const std::string text = random_text(rng);
    std::vector<token> reference;
    sitrep::detail::tokenize_by_chunks(text, reference);
    for (const auto kernel : kKernels) require_same_tokens(text, toks(text, kernel), reference);
  }
}

TEST_CASE("tokenizer: random bytes around the mask rules match the reference rules") {
  // Dense mixes of the bytes the window scanner decides in masks (periods, commas,
  // colons, hyphens, apostrophes, s, w, digits) with the ones it hands on.
  std::mt19937_64 rng(42);
  const std::string alphabet = "aAsSwW.. ..,,::--''\"\"()!?;/@#$%&*+<=>[]{}_|~\\^`0123456789  \n\n\t";
  const std::vector<std::string> multi = {"\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x94", "\xC3\xA9", "\xFF",
                                          std::string(1, '\0'), "U.S.", "www.", "http://", "1,200", "Gen.", "'s"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 150);
    for (int i = 0; i < n; ++i)
      text += rng() % 20 == 0 ? multi[rng() % multi.size()] : std::string(1, alphabet[rng() % alphabet.size()]);
    std::vector<token> reference;
    sitrep::detail::tokenize_by_chunks(text, reference);
    for (const auto kernel : kKernels) require_same_tokens(text, toks(text, kernel), reference);
  }
}

TEST_CASE("tokenizer: the example article matches the reference rules") {
  std::ifstream in(std::string(SITREP_SEED_DIR) + "/iran-pakistan-2024-01-29.txt", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(text.size() > 1000);
  std::vector<token> reference;
  sitrep::detail::tokenize_by_chunks(text, reference);
  require_same_tokens(text, toks(text), reference);
  for (const auto kernel : kKernels) require_same_tokens(text, toks(text, kernel), reference);
}

TEST_CASE("tokenizer: windows dense with tokens match the reference rules") {
  // Up to 64 tokens in one 64-byte window: the vector kernels write tokens in
  // groups of sixteen, so every group count is covered, at every alignment.
  const std::vector<std::string> units = {",", "a,", "ab,", "(a)", "1,a,", "x ", ". "};
  for (const auto& unit : units)
    for (std::size_t shift = 0; shift < 7; ++shift) {
      std::string text(shift, ' ');
      while (text.size() < 300) text += unit;
      std::vector<token> reference;
      sitrep::detail::tokenize_by_chunks(text, reference);
      for (const auto kernel : kKernels) require_same_tokens(text, toks(text, kernel), reference);
    }
}

TEST_CASE("tokenizer: kernels have names and the best one is never slower than asked") {
  CHECK(std::string(sitrep::tokenizer_kernel_name(sitrep::tokenizer_kernel::scalar)) == "scalar");
  CHECK(std::string(sitrep::tokenizer_kernel_name(sitrep::tokenizer_kernel::avx2)) == "avx2");
  CHECK(std::string(sitrep::tokenizer_kernel_name(sitrep::tokenizer_kernel::avx512)) == "avx512");
  CHECK(sitrep::best_tokenizer_kernel() != sitrep::tokenizer_kernel::automatic);
  MESSAGE(
      "best tokenizer kernel here: " << std::string(sitrep::tokenizer_kernel_name(sitrep::best_tokenizer_kernel())));
}

TEST_CASE("tokenizer: marks split from words inside one chunk") {
  CHECK(words("(AFP) said, \"Yes.\" Why?!") == strings{"(", "AFP", ")", "said", ",", "\"", "Yes", ".", "\"", "Why", "?", "!"});
  CHECK(words("(www. www.x www") == strings{"(", "www.", "www.x", "www"});
  CHECK(words("Gen.) J.; etc.\"") == strings{"Gen.", ")", "J.", ";", "etc.", "\""});
  CHECK(words("5. ab. Sen.") == strings{"5", ".", "ab", ".", "Sen."});
  const std::string text = "x \n\n (Y";
  const auto t = toks(text);
  REQUIRE(t.size() == 3);
  CHECK(t[1].has(flag::paragraph_before));
  CHECK(t[1].has(flag::quote) == false);
  CHECK_FALSE(t[2].has(flag::space_before));
}

TEST_CASE("tokenizer: a possessive 's and a dash between spaces are tokens of their own") {
  const std::string text = "Iran's army - and the 1980's boom. O'Brien's workers' don't";
  CHECK(words(text) == strings{"Iran", "'s", "army", "-", "and", "the", "1980", "'s", "boom", ".", "O'Brien", "'s",
                               "workers", "'", "don't"});
  for (const auto kernel : kKernels) {
    const auto t = toks(text, kernel);
    REQUIRE(t.size() == 15);
    CHECK(t[1].kind == token_kind::word);
    CHECK(t[1].has(flag::possessive));
    CHECK_FALSE(t[1].has(flag::space_before));
    CHECK(t[3].kind == token_kind::punctuation);
    CHECK(t[3].has(flag::dash));
    CHECK(t[3].has(flag::space_before));
    CHECK(t[7].has(flag::possessive));
  }
}

TEST_CASE("tokenizer: chunks longer than a window") {
  const std::string longword(200, 'a');
  const std::string text = "x " + longword + ", " + std::string(70, ',') + " y";
  const auto t = toks(text);
  REQUIRE(t.size() == 2 + 1 + 70 + 1);
  CHECK(t[1].view(text) == longword);
  CHECK(t.back().view(text) == "y");
}

TEST_CASE("tokenizer: common word-and-mark chunks match the reference rules") {
  const std::vector<std::string> chunks = {
      "Tehran,", "(AFP)", "said.", "\"No,", "11,",        "Gen.",     "A.",           "1.",       "end.\"",
      "x)",      "(12",   "Iran:", "why?!", "ok;",        "\"Hi\"",   "Iran's",       "Iran's.",  "1980's",
      "IRAN'S",  "-",     "x - y", "X's.Y.", "Iran's's",  "Iran's-based", "al-Qaeda's", "(Iran's)", "Iran's\""};
  for (const auto& c : chunks) {
    std::vector<token> reference;
    sitrep::detail::tokenize_by_chunks(c, reference);
    for (const auto kernel : kKernels) require_same_tokens(c, toks(c, kernel), reference);
  }
}
