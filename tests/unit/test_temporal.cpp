// tests/unit/test_temporal.cpp — temporal expressions resolved against the article date.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "parse/calendar.hpp"
#include "parse/temporal.hpp"
#include "sitrep/tokenizer.hpp"

namespace {

using sitrep::civil_date;
using sitrep::date_mention;
using sitrep::date_precision;

std::vector<date_mention> dates_in(const std::string& text, std::optional<civil_date> ref) {
  std::vector<sitrep::token> toks;
  sitrep::tokenize(text, toks);
  std::vector<sitrep::sentence> sents;
  sitrep::split_sentences(text, toks, sents);
  return sitrep::detail::find_dates(text, toks, sents, ref);
}

// The value of the mention whose text is exactly `expr` ("<missing>" when none).
std::string value_of(const std::vector<date_mention>& ds, const std::string& expr) {
  for (const auto& d : ds)
    if (d.text == expr) return d.value;
  return "<missing>";
}

std::string one(const std::string& text, const std::string& expr, civil_date ref = {2024, 1, 29}) {
  return value_of(dates_in(text, ref), expr);
}

}  // namespace

TEST_CASE("calendar arithmetic") {
  using namespace sitrep::detail;
  CHECK(weekday(civil_date{2024, 1, 29}) == 0);  // a Monday
  CHECK(weekday(civil_date{2024, 1, 27}) == 5);  // a Saturday
  CHECK(format_day(add_days(civil_date{2024, 3, 1}, -1)) == "2024-02-29");
  CHECK(format_day(add_days(civil_date{2024, 1, 1}, -1)) == "2023-12-31");
  CHECK(format_week(iso_week_of(civil_date{2024, 1, 29})) == "2024-W05");
  CHECK(format_week(iso_week_of(civil_date{2021, 1, 3})) == "2020-W53");
  CHECK(format_week(iso_week_of(civil_date{2019, 12, 30})) == "2020-W01");
  civil_date m = add_months(civil_date{2024, 1, 15}, -1);
  CHECK(format_month(m.year, m.month) == "2023-12");
  CHECK(days_from_civil(civil_from_days(12345)) == 12345);
  CHECK(valid_date(2023, 2, 29) == false);
}

TEST_CASE("example article dates") {
  const std::string text =
      "Early this morning, January 29, the minister arrived in Islamabad. Tensions were sparked by an "
      "air strike on January 16. This led Islamabad to retaliate a day later by striking hideouts. "
      "On Saturday, January 27, nine workers were killed. Yesterday, January 28, the U.S. announced "
      "that three service members were killed. A meeting was launched this morning.";
  const auto ds = dates_in(text, civil_date{2024, 1, 29});
  CHECK(value_of(ds, "January 29") == "2024-01-29");
  CHECK(value_of(ds, "January 16") == "2024-01-16");
  CHECK(value_of(ds, "a day later") == "2024-01-17");
  CHECK(value_of(ds, "Saturday") == "2024-01-27");
  CHECK(value_of(ds, "January 27") == "2024-01-27");
  CHECK(value_of(ds, "Yesterday") == "2024-01-28");
  CHECK(value_of(ds, "January 28") == "2024-01-28");
  CHECK(value_of(ds, "this morning") == "2024-01-29");
  CHECK(value_of(ds, "Early this morning") == "2024-01-29");
  // sorted and non-overlapping
  for (std::size_t i = 1; i < ds.size(); ++i) CHECK(ds[i - 1].where.end <= ds[i].where.start);
}

TEST_CASE("absolute dates") {
  CHECK(one("It happened on 29 January 2024.", "29 January 2024") == "2024-01-29");
  CHECK(one("It happened on Jan. 29, 2024, in Quetta.", "Jan. 29, 2024") == "2024-01-29");
  CHECK(one("Filed 2024-01-29 by staff.", "2024-01-29") == "2024-01-29");
  CHECK(one("Filed 01/29/2024 by staff.", "01/29/2024") == "2024-01-29");
  CHECK(one("Filed 29/01/2024 by staff.", "29/01/2024") == "2024-01-29");
  CHECK(one("The war of March 1991 ended.", "March 1991") == "1991-03");
  CHECK(one("The deal signed in 2019 lapsed.", "2019") == "2019");
  CHECK(one("The deal was signed on the 5th of March 2020.", "the 5th of March 2020") == "2020-03-05");
  CHECK(one("Signed September 3rd, 2021 in Doha.", "September 3rd, 2021") == "2021-09-03");
  auto ds = dates_in("Rallies on January 29, 2024.", std::nullopt);
  CHECK(value_of(ds, "January 29, 2024") == "2024-01-29");
}

TEST_CASE("partial dates are completed from the reference, past-biased, with year rollover") {
  CHECK(one("Clashes broke out on December 30.", "December 30", {2024, 1, 5}) == "2023-12-30");
  CHECK(one("Clashes broke out on January 3.", "January 3", {2024, 1, 5}) == "2024-01-03");
  CHECK(one("Clashes broke out on October 3.", "October 3", {2024, 1, 5}) == "2023-10-03");
  CHECK(one("Clashes broke out on June 3.", "June 3", {2024, 1, 5}) == "2023-06-03");
  // a deadline a few weeks ahead stays in the current year; far dates ahead need a cue
  CHECK(one("The offer expires Feb. 10.", "Feb. 10", {2024, 1, 29}) == "2024-02-10");
  CHECK(one("He will take office June 1.", "June 1", {2024, 1, 29}) == "2024-06-01");
  CHECK(one("Talks will resume January 5.", "January 5", {2023, 12, 20}) == "2024-01-05");
  // months
  CHECK(one("The army withdrew in March.", "March", {2024, 1, 29}) == "2023-03");
  CHECK(one("The army withdrew in November.", "November", {2024, 1, 29}) == "2023-11");
  CHECK(one("The army withdrew in January.", "January", {2024, 3, 10}) == "2024-01");
  CHECK(one("Elections are due in March.", "March", {2024, 1, 29}) == "2024-03");
  CHECK(one("The mid-November offensive stalled.", "mid-November", {2024, 1, 29}) == "2023-11");
  // without a reference the value stays empty
  auto ds = dates_in("Clashes broke out on December 30.", std::nullopt);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].value.empty());
  CHECK(ds[0].precision == date_precision::none);
}

TEST_CASE("weekdays") {
  const civil_date monday{2024, 1, 29};
  CHECK(one("Gunmen attacked on Saturday.", "Saturday", monday) == "2024-01-27");
  CHECK(one("Gunmen attacked on Monday.", "Monday", monday) == "2024-01-29");
  CHECK(one("Gunmen attacked on Tuesday.", "Tuesday", monday) == "2024-01-23");
  CHECK(one("Gunmen attacked last Monday.", "last Monday", monday) == "2024-01-22");
  CHECK(one("Talks resume next Saturday.", "next Saturday", monday) == "2024-02-03");
  CHECK(one("Talks resume this coming Saturday.", "this coming Saturday", monday) == "2024-02-03");
  CHECK(one("The summit will open on Thursday in Doha.", "Thursday", monday) == "2024-02-01");
  CHECK(one("Shelling continued Saturday night.", "Saturday night", monday) == "2024-01-27");
  auto ds = dates_in("Gunmen attacked on Saturday.", std::nullopt);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].value.empty());
}

TEST_CASE("relative days") {
  const civil_date ref{2024, 3, 1};
  CHECK(one("Protests erupted yesterday.", "yesterday", ref) == "2024-02-29");
  CHECK(one("Protests erupted today.", "today", ref) == "2024-03-01");
  CHECK(one("Protests are planned tonight.", "tonight", ref) == "2024-03-01");
  CHECK(one("Protests erupted earlier today.", "earlier today", ref) == "2024-03-01");
  CHECK(one("Protests erupted last night.", "last night", ref) == "2024-02-29");
  CHECK(one("Protests resume tomorrow.", "tomorrow", ref) == "2024-03-02");
  CHECK(one("Protests erupted two days ago.", "two days ago", ref) == "2024-02-28");
  CHECK(one("Protests erupted 3 days ago.", "3 days ago", ref) == "2024-02-27");
  CHECK(one("Protests erupted the day before yesterday.", "the day before yesterday", ref) == "2024-02-28");
}

TEST_CASE("weeks, months, years and vague periods") {
  const civil_date ref{2024, 1, 29};
  CHECK(one("Troops moved last week.", "last week", ref) == "2024-W04");
  CHECK(one("Troops moved this week.", "this week", ref) == "2024-W05");
  CHECK(one("Troops move next week.", "next week", ref) == "2024-W06");
  CHECK(one("Troops moved last month.", "last month", ref) == "2023-12");
  CHECK(one("Troops moved earlier this month.", "earlier this month", ref) == "2024-01");
  CHECK(one("Troops moved this year.", "this year", ref) == "2024");
  CHECK(one("Troops moved last year.", "last year", ref) == "2023");
  CHECK(one("Troops move next year.", "next year", ref) == "2025");
  CHECK(one("Troops moved two years ago.", "two years ago", ref) == "2022");
  CHECK(one("Troops moved five months ago.", "five months ago", ref) == "2023-08");
  CHECK(one("Relations soured in recent weeks.", "recent weeks", ref) == "PAST_REF");
  CHECK(one("Relations soured recently.", "recently", ref) == "PAST_REF");
  CHECK(one("Relations are now tense.", "now", ref) == "PRESENT_REF");
  CHECK(one("Relations are currently tense.", "currently", ref) == "PRESENT_REF");
  CHECK(one("Relations may improve in the future.", "the future", ref) == "FUTURE_REF");
  CHECK(one("Relations were better in the past.", "the past", ref) == "PAST_REF");
  CHECK(one("Talks resume in the coming days.", "the coming days", ref) == "FUTURE_REF");
  CHECK(one("Troops moved last April.", "last April", ref) == "2023-04");
  CHECK(one("Troops moved in January this year.", "January this year", ref) == "2024-01");
  CHECK(one("Troops moved in 2023.", "2023", ref) == "2023");
  CHECK(one("Troops moved in early 2023.", "early 2023", ref) == "2023");
  CHECK(one("Troops move by the end of the year.", "the end of the year", ref) == "2024");
  CHECK(one("Troops moved the weekend.", "the weekend", ref) == "2024-W04-WE");
}

TEST_CASE("quarters, halves, seasons, decades") {
  const civil_date ref{1998, 10, 26};
  CHECK(one("Profit rose in the third quarter.", "the third quarter", ref) == "1998-Q3");
  CHECK(one("Third-quarter profit rose.", "Third-quarter", ref) == "1998-Q3");
  CHECK(one("Profit rose in the fourth quarter of 1996.", "the fourth quarter of 1996", ref) == "1996-Q4");
  CHECK(one("Profit rose in the 1997 second quarter.", "the 1997 second quarter", ref) == "1997-Q2");
  // "the quarter" and "a year earlier" follow the quarter under discussion
  auto ds = dates_in("Net rose in the second quarter. In the quarter, sales fell from a year earlier.", ref);
  CHECK(value_of(ds, "the quarter") == "1998-Q2");
  CHECK(value_of(ds, "a year earlier") == "1997-Q2");
  CHECK(one("Sales fell in the first half of 1997.", "the first half of 1997", ref) == "1997-H1");
  CHECK(one("It rained last summer.", "last summer", {2024, 1, 29}) == "2023-SU");
  CHECK(one("It rains this summer.", "this summer", {1998, 3, 22}) == "1998-SU");
  CHECK(one("It was popular in the 1980s.", "the 1980s", ref) == "198");
  CHECK(one("It was popular in the late 1980s.", "the late 1980s", ref) == "198");
  CHECK(one("Sales in fiscal 1997 fell.", "fiscal 1997", ref) == "1997");
  CHECK(one("It was nineteen ninety-six then.", "nineteen ninety-six", ref) == "1996");
}

TEST_CASE("discourse-relative dates anchor to the last day mentioned") {
  const civil_date ref{2024, 1, 29};
  auto ds = dates_in("Fighting began on January 10. The following day, rebels advanced. Two days later they "
                     "retreated.",
                     ref);
  CHECK(value_of(ds, "January 10") == "2024-01-10");
  CHECK(value_of(ds, "The following day") == "2024-01-11");
  CHECK(value_of(ds, "Two days later") == "2024-01-13");
  ds = dates_in("Rebels advanced a day later.", ref);  // no anchor: the reference
  CHECK(value_of(ds, "a day later") == "2024-01-30");
  ds = dates_in("The raid was on March 3. The next day police arrived.", ref);
  CHECK(value_of(ds, "The next day") == "2023-03-04");
}

TEST_CASE("not dates") {
  const civil_date ref{2024, 1, 29};
  auto ds = dates_in("About 1,500 people and $2000 were counted; 1990 troops left. May I ask?", ref);
  CHECK(ds.empty());
  ds = dates_in("He may march on Sunday's rally.", ref);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].text == "Sunday");
}

TEST_CASE("durations, sets and clock times are detected with TIMEX3 duration values") {
  const civil_date ref{2024, 1, 29};
  auto ds = dates_in("Sales rose in the first nine months. The truce held for nearly two years.", ref);
  CHECK(value_of(ds, "the first nine months") == "P9M");
  CHECK(value_of(ds, "nearly two years") == "P2Y");
  for (const auto& d : ds) CHECK(d.precision == date_precision::none);
  CHECK(one("A two-year truce ended.", "two-year", ref) == "P2Y");
  CHECK(one("It was held for years.", "years", ref) == "PXY");
  CHECK(one("Prices are reviewed annually.", "annually", ref) == "P1Y");
  CHECK(one("Patrols run every week.", "every week", ref) == "P1W");
  CHECK(value_of(dates_in("The firm raised its quarterly dividend.", ref), "quarterly") == "<missing>");
  CHECK(value_of(dates_in("Iraq imports about three-quarters of its food.", ref), "three-quarters") == "<missing>");
  CHECK(value_of(dates_in("A 3-year-old boy was hurt.", ref), "3-year-old") == "<missing>");
  ds = dates_in("The blast came at 7:15 p.m. on Saturday.", ref);
  CHECK(value_of(ds, "7:15 p.m.") == "");
  CHECK(value_of(ds, "Saturday") == "2024-01-27");
  CHECK(one("Islam will one day be the second religion.", "one day", ref) == "FUTURE_REF");
}

TEST_CASE("holidays and narrative years without a reference") {
  CHECK(one("Shelling resumed on Christmas Day.", "Christmas Day", {2024, 1, 29}) == "2023-12-25");
  CHECK(one("Talks stalled on New Year's Eve.", "New Year's Eve", {2024, 1, 29}) == "2023-12-31");
  CHECK(one("Crowds gathered on Easter 2024.", "Easter 2024", {2024, 5, 1}) == "2024-03-31");
  CHECK(one("Families met on Thanksgiving.", "Thanksgiving", {2023, 12, 1}) == "2023-11-23");
  auto ds = dates_in("The war began in 1941. On June 22 the army crossed the border.", std::nullopt);
  CHECK(value_of(ds, "1941") == "1941");
  CHECK(value_of(ds, "June 22") == "1941-06-22");
}

TEST_CASE("without a reference date relative expressions stay unresolved") {
  const auto ds = dates_in("Yesterday and last week the army moved; two days ago it withdrew, and it returns "
                           "next Saturday. A day later talks began.",
                           std::nullopt);
  for (const char* expr : {"Yesterday", "last week", "two days ago", "next Saturday", "A day later"}) {
    CAPTURE(expr);
    bool found = false;
    for (const auto& d : ds)
      if (d.text == expr) {
        found = true;
        CHECK(d.value.empty());
        CHECK(d.precision == date_precision::none);
      }
    CHECK(found);
  }
}

TEST_CASE("vague discourse offsets and the weekday-date pair") {
  const civil_date ref{2024, 1, 29};
  auto ds = dates_in("Fighting began on January 10. Days later, rebels returned.", ref);
  CHECK(value_of(ds, "Days later") == "");
  ds = dates_in("On Saturday, January 20, gunmen struck.", ref);
  CHECK(value_of(ds, "Saturday") == "2024-01-20");  // the written date wins over "last Saturday"
  CHECK(value_of(ds, "January 20") == "2024-01-20");
  ds = dates_in("Talks resumed the following month.", ref);
  CHECK(value_of(ds, "the following month") == "2024-02");
  ds = dates_in("Troops left in March. The following month, they returned.", civil_date{2024, 6, 1});
  CHECK(value_of(ds, "The following month") == "2024-04");
  CHECK(one("It was an 11th century temple.", "11th century", ref) == "10");
}

TEST_CASE("the day before / the year after count from the anchor") {
  const civil_date ref{2024, 1, 29};
  auto ds = dates_in("The raid came on January 10, 2024. The day before, police had warned residents.", ref);
  CHECK(value_of(ds, "The day before") == "2024-01-09");
  ds = dates_in("The war ended in 2003, and the year after, elections were held.", ref);
  CHECK(value_of(ds, "the year after") == "2004");
  ds = dates_in("The day before the attack, police warned residents.", ref);
  CHECK(value_of(ds, "The day before") == "<missing>");  // anchored to an event, not a date
}

TEST_CASE("a bare May is the month only where a time is introduced or months are listed") {
  CHECK(one("The talks resumed in May.", "May") == "2023-05");
  CHECK(one("Exports fell sharply last May, officials said.", "last May") == "2023-05");
  CHECK(one("Rains in March, May and June were heavy.", "May") != "<missing>");
  CHECK(one("Pay May One, record April 15.", "May") != "<missing>");
  CHECK(one("It was signed on 1 May.", "1 May") == "2023-05-01");
  // The verb, in a headline or after a subject; a surname.
  CHECK(one("Argument May Have Preceded Deadly Shooting", "May") == "<missing>");
  CHECK(one("OPEC MAY HAVE TO MEET TO FIRM PRICES", "MAY") == "<missing>");
  CHECK(one("The deficit with the U.S. May result in measures.", "May") == "<missing>");
  CHECK(one("Fiona May (Italy) jumped 6.64 metres.", "May") == "<missing>");
}

TEST_CASE("a month after a phrasal past verb or a saying is read backwards") {
  const civil_date ref{1989, 11, 2};
  CHECK(one("Taylor stepped down in March.", "March", ref) == "1989-03");
  CHECK(one("Taylor, who stepped down as chairman in March, left.", "March", ref) == "1989-03");
  CHECK(one("The company said in March that it would cut jobs.", "March", ref) == "1989-03");
  CHECK(one("Taylor will step down in March.", "March", ref) == "1990-03");
}
