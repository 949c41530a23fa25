// tests/unit/test_quantity.cpp — cardinal quantities, vague amounts, bounds and ranges.
#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <vector>

#include "parse/number_words.hpp"
#include "parse/quantity.hpp"
#include "sitrep/tokenizer.hpp"

namespace {

using sitrep::quantity;

std::vector<quantity> quantities_in(const std::string& text) {
  std::vector<sitrep::token> toks;
  sitrep::tokenize(text, toks);
  return sitrep::detail::find_quantities(text, toks);
}

std::string span_text(const std::string& text, const quantity& q) {
  return text.substr(q.where.start, q.where.end - q.where.start);
}

// The only quantity in `text`; fails the test when there is not exactly one.
quantity only(const std::string& text, const std::string& expect_span) {
  auto qs = quantities_in(text);
  REQUIRE_MESSAGE(qs.size() == 1, text);
  CHECK(span_text(text, qs[0]) == expect_span);
  return qs[0];
}

constexpr std::int64_t open = std::numeric_limits<std::int64_t>::max();

}  // namespace

TEST_CASE("number words") {
  using namespace sitrep::detail;
  CHECK(small_number_word("nine") == 9);
  CHECK(small_number_word("twenty-three") == 23);
  CHECK(!small_number_word("twenty-thirty"));
  CHECK(ordinal_value("twenty-ninth") == 29);
  CHECK(ordinal_value("3rd") == 3);
  CHECK(!ordinal_value("3xx"));
}

TEST_CASE("digits and number words") {
  CHECK(only("Police found 1,200 rounds.", "1,200").value == 1200);
  CHECK(only("Officials counted 1.5 million voters.", "1.5 million").value == 1500000);
  CHECK(only("Gunmen killed nine workers.", "nine").value == 9);
  CHECK(only("Gunmen killed twenty-three workers.", "twenty-three").value == 23);
  CHECK(only("Gunmen killed twenty three workers.", "twenty three").value == 23);
  CHECK(only("Gunmen seized two hundred hostages.", "two hundred").value == 200);
  CHECK(only("Gunmen seized one hundred and five hostages.", "one hundred and five").value == 105);
  auto q = only("Gunmen seized a dozen hostages.", "a dozen");
  CHECK(q.value == 12);
  CHECK(!q.approximate);
  CHECK(only("Gunmen seized three thousand hostages.", "three thousand").value == 3000);
}

TEST_CASE("vague amounts follow ACLED's conventions") {
  auto q = only("Several people died.", "Several");
  CHECK(q.value == 10);
  CHECK(q.approximate);
  CHECK(only("Dozens of people died.", "Dozens").value == 12);
  CHECK(only("Scores of people died.", "Scores").value == 20);
  CHECK(only("Hundreds of people fled.", "Hundreds").value == 100);
  CHECK(only("Thousands of people fled.", "Thousands").value == 1000);
  CHECK(only("Tens of thousands of people fled.", "Tens of thousands").value == 10000);
  CHECK(only("Many people fled.", "Many").value == 10);
}

TEST_CASE("bounds and ranges") {
  auto q = only("At least 11 people died.", "At least 11");
  CHECK(q.value == 11);
  CHECK(q.low == 11);
  CHECK(q.high == open);
  CHECK(q.approximate);
  q = only("More than 30 people died.", "More than 30");
  CHECK(q.value == 30);
  CHECK(q.high == open);
  q = only("Up to 50 people died.", "Up to 50");
  CHECK(q.value == 50);
  CHECK(q.high == 50);
  CHECK(q.low == 0);
  q = only("About 40 people died.", "About 40");
  CHECK(q.value == 40);
  CHECK(q.approximate);
  q = only("Between 10 and 15 people died.", "Between 10 and 15");
  CHECK(q.value == 10);
  CHECK(q.low == 10);
  CHECK(q.high == 15);
  q = only("Some 10 to 15 people died.", "Some 10 to 15");
  CHECK(q.low == 10);
  CHECK(q.high == 15);
  q = only("Police said 10-15 people died.", "10-15");
  CHECK(q.low == 10);
  CHECK(q.high == 15);
  CHECK(q.value == 10);
  q = only("An estimated 200 people died.", "An estimated 200");
  CHECK(q.value == 200);
}

TEST_CASE("years, dates, times and ordinals are not quantities") {
  CHECK(quantities_in("In 2023, on January 29 at 5:30 p.m., the third convoy left.").empty());
  CHECK(quantities_in("Two days ago, no one came.").empty());
  CHECK(quantities_in("The 1990s were calm.").empty());
  auto qs = quantities_in("On 12 March 2020, 40 people died.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].value == 40);
}
