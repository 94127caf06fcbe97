package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

    /** expression | publication date (empty = unknown) | start | end | precision (empty start = unresolved). */
    @ParameterizedTest(name = "{0} @ {1} -> {2}..{3} {4}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            February 16, 2020          |            | 2020-02-16 | 2020-02-16 | DAY
            on Feb. 16                 | 2020-02-20 | 2020-02-16 | 2020-02-16 | DAY
            16 February 2020           |            | 2020-02-16 | 2020-02-16 | DAY
            the 3rd of March 2021      |            | 2021-03-03 | 2021-03-03 | DAY
            November 26                | 2022-12-05 | 2022-11-26 | 2022-11-26 | DAY
            December 3                 | 2024-02-14 | 2023-12-03 | 2023-12-03 | DAY
            February 16                | 2020-02-16 | 2020-02-16 | 2020-02-16 | DAY
            February 17                | 2020-02-16 | 2019-02-17 | 2019-02-17 | DAY
            November 26                |            |            |            | UNKNOWN
            March 2019                 |            | 2019-03-01 | 2019-03-31 | MONTH
            In March, 2019             |            | 2019-03-01 | 2019-03-31 | MONTH
            in 2013                    |            | 2013-01-01 | 2013-12-31 | YEAR
            since mid-2021             | 2024-02-14 | 2021-05-01 | 2024-02-14 | YEAR
            mid-2021                   |            | 2021-05-01 | 2021-08-31 | YEAR
            early 2015                 |            | 2015-01-01 | 2015-04-30 | YEAR
            yesterday                  | 2018-02-23 | 2018-02-22 | 2018-02-22 | DAY
            last weekend               | 2024-02-14 | 2024-02-10 | 2024-02-11 | WEEK
            last weekend               | 2024-02-17 | 2024-02-10 | 2024-02-11 | WEEK
            this weekend               | 2024-02-18 | 2024-02-17 | 2024-02-18 | WEEK
            yesterday                  |            |            |            | UNKNOWN
            today                      | 2018-02-23 | 2018-02-23 | 2018-02-23 | DAY
            last night                 | 2018-02-23 | 2018-02-22 | 2018-02-22 | DAY
            Last March                 | 2018-02-23 | 2017-03-01 | 2017-03-31 | MONTH
            last March                 | 2018-03-10 | 2017-03-01 | 2017-03-31 | MONTH
            last March                 | 2018-05-10 | 2018-03-01 | 2018-03-31 | MONTH
            last March                 |            |            |            | UNKNOWN
            last November              | 2024-02-14 | 2023-11-01 | 2023-11-30 | MONTH
            last year                  | 2018-02-23 | 2017-01-01 | 2017-12-31 | YEAR
            this year                  | 2018-02-23 | 2018-01-01 | 2018-02-23 | YEAR
            last month                 | 2018-02-23 | 2018-01-01 | 2018-01-31 | MONTH
            Earlier this month         | 2018-02-23 | 2018-02-01 | 2018-02-23 | MONTH
            this week                  | 2024-02-14 | 2024-02-12 | 2024-02-14 | WEEK
            last week                  | 2024-02-14 | 2024-02-05 | 2024-02-11 | WEEK
            two weeks earlier          | 2024-02-14 | 2024-01-31 | 2024-01-31 | WEEK
            three days ago             | 2024-02-14 | 2024-02-11 | 2024-02-11 | DAY
            a day later                | 2024-02-14 |            |            | UNKNOWN
            three weeks after          | 2024-02-14 |            |            | UNKNOWN
            It comes a week after      | 2024-02-14 | 2024-02-07 | 2024-02-07 | WEEK
            came just two days after   | 2024-02-14 | 2024-02-12 | 2024-02-12 | DAY
            since Saturday             | 2024-02-14 | 2024-02-10 | 2024-02-14 | DAY
            since last week            | 2024-02-14 | 2024-02-05 | 2024-02-14 | WEEK
            since Saturday             |            |            |            | UNKNOWN
            died Sunday                | 2024-02-14 | 2024-02-11 | 2024-02-11 | DAY
            around 9 p.m. Tuesday      | 2024-02-14 | 2024-02-13 | 2024-02-13 | DAY
            Sunday's attack            | 2024-02-14 | 2024-02-11 | 2024-02-11 | DAY
            will meet on Tuesday       | 2024-02-14 | 2024-02-20 | 2024-02-20 | DAY
            next Friday                | 2024-02-14 | 2024-02-16 | 2024-02-16 | DAY
            Saturday, March 31, 2018   | 2018-04-02 | 2018-03-31 | 2018-03-31 | DAY
            Good Friday                | 2024-02-14 |            |            | UNKNOWN
            The Sunday Times           | 2024-02-14 |            |            | UNKNOWN
            Bloody Sunday              | 2024-02-14 |            |            | UNKNOWN
            every Monday\u0085          | 2024-02-14 |            |            | UNKNOWN
            the plan is due Friday     | 2024-02-14 | 2024-02-16 | 2024-02-16 | DAY
            NEXT\tFriday               | 2024-02-14 | 2024-02-16 | 2024-02-16 | DAY
            coming just hours after    | 2024-02-14 | 2024-02-14 | 2024-02-14 | DAY
            COMES a week after         | 2024-02-14 | 2024-02-07 | 2024-02-07 | WEEK
            a week after               | 2024-02-14 |            |            | UNKNOWN
            come Sunday                | 2024-02-14 | 2024-02-11 | 2024-02-11 | DAY
            on Sunday                  | 2024-02-14 | 2024-02-11 | 2024-02-11 | DAY
            on Wednesday               | 2024-02-14 | 2024-02-14 | 2024-02-14 | DAY
            last Wednesday             | 2024-02-14 | 2024-02-07 | 2024-02-07 | DAY
            on Sunday                  |            |            |            | UNKNOWN
            In late January            | 2018-02-23 | 2018-01-21 | 2018-01-31 | MONTH
            early March                | 2018-03-23 | 2018-03-01 | 2018-03-10 | MONTH
            in late January            |            |            |            | UNKNOWN
            mid-October 2023           |            | 2023-10-11 | 2023-10-20 | MONTH
            Since mid-October 2023     | 2024-02-14 | 2023-10-11 | 2024-02-14 | MONTH
            since 2013                 | 2018-02-23 | 2013-01-01 | 2018-02-23 | YEAR
            since last November        | 2024-02-14 | 2023-11-01 | 2024-02-14 | MONTH
            in the first week of the war | 2024-02-14 |          |            | UNKNOWN
            between March and May 2019 |            | 2019-03-01 | 2019-05-31 | MONTH
            from 2014 to 2017          |            | 2014-01-01 | 2017-12-31 | YEAR
            between February 15 and February 17, 2020 | 2020-03-01 | 2020-02-15 | 2020-02-17 | DAY
            2024-02-09                 |            | 2024-02-09 | 2024-02-09 | DAY
            recently                   | 2018-02-23 | 2018-02-01 | 2018-02-23 | MONTH
            recently                   | 2018-03-02 | 2018-02-01 | 2018-03-02 | MONTH
            """)
    void resolvesAgainstPublicationDate(String expression, LocalDate published, LocalDate start, LocalDate end,
            DatePrecision precision) {
        EventDate d = DateResolver.resolve(expression, published);
        assertThat(d.start()).as("start").isEqualTo(start);
        assertThat(d.end()).as("end").isEqualTo(end);
        assertThat(d.precision()).as("precision").isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0} after {1} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            a day later         | 2023-11-02 | 2023-11-03 | DAY
            two weeks earlier   | 2023-11-20 | 2023-11-06 | WEEK
            Two weeks later, on December 3 | 2023-11-20 | 2023-12-04 | WEEK
            the same day        | 2020-02-15 | 2020-02-15 | DAY
            the following day   | 2020-02-15 | 2020-02-16 | DAY
            """)
    void resolvesAgainstThePreviousDate(String expression, LocalDate previous, LocalDate start, DatePrecision precision) {
        EventDate d = DateResolver.resolve(expression, DateResolver.Anchor.of(LocalDate.of(2024, 2, 14)), EventDate.day(previous, "x"));
        assertThat(d.start()).isEqualTo(start);
        assertThat(d.precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0} with approx {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            November 26 visit   | 2022-12 | 2022-11-26
            on February 16      | 2020-02 | 2020-02-16
            yesterday           | 2020-02 |
            last March          | 2017    |
            """)
    void approximatePublicationOnlyCompletesMissingYears(String expression, String approx, LocalDate start) {
        EventDate d = DateResolver.resolve(expression, new DateResolver.Anchor(null, DateResolver.Anchor.approxEnd(approx)), null);
        assertThat(d.start()).isEqualTo(start);
        if (start != null) {
            assertThat(d.text()).contains("approximate");
        }
    }

    @Test
    void findsEveryDateInTextOrderAndAnchorsRelativeOnesOnTheLast() {
        String text = "On November 20, 2023, they met. Two weeks later, on December 3, the Houthis claimed an attack.";
        List<DateResolver.Found> found = DateResolver.find(text, 0, text.length(), DateResolver.Anchor.of(LocalDate.of(2024, 2, 14)), null);
        assertThat(found).extracting(f -> f.span().of(text)).containsExactly("November 20, 2023", "Two weeks later", "December 3");
        assertThat(found.get(2).date().start()).isEqualTo(LocalDate.of(2023, 12, 3));
    }

    @ParameterizedTest(name = "no date in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            It may rain.
            The U.S. has about 5,200 troops.
            Tehran pays each member $1,500 every month.
            They will march on the capital.
            He fought in the Iraq War.
            They read this monthly report.
            """)
    void ignoresNumbersAndWordsThatAreNotDates(String text) {
        assertThat(DateResolver.find(text, 0, text.length(), DateResolver.Anchor.of(LocalDate.of(2024, 2, 14)), null)).isEmpty();
    }

    @Test
    void theFirstWeekOfTheWarIsAnchoredOnlyWhenTheTextSaysWhenTheWarBegan() {
        String text = "They met to discuss the Israel-Hamas war which began on October 7. In the first week of the war, officials met.";
        List<DateResolver.Found> found = DateResolver.find(text, 0, text.length(), DateResolver.Anchor.of(LocalDate.of(2024, 2, 14)), null);
        EventDate week = found.stream().filter(f -> f.date().text().startsWith("In the first week")).findFirst().orElseThrow().date();
        assertThat(week.start()).isEqualTo(LocalDate.of(2023, 10, 7));
        assertThat(week.end()).isEqualTo(LocalDate.of(2023, 10, 13));
        assertThat(week.precision()).isEqualTo(DatePrecision.WEEK);
        String alone = "In the first week of the war, officials met.";
        assertThat(DateResolver.resolve(alone, LocalDate.of(2024, 2, 14)).isResolved()).isFalse();
    }

    @Test
    void itCameDaysAfterCountsBackFromThePublicationNotFromAnOlderDate() {
        String text = "He led the group in the 1990s. The raid, which came two days after gunmen stormed a house, killed four.";
        List<DateResolver.Found> found = DateResolver.find(text, 0, text.length(), DateResolver.Anchor.of(LocalDate.of(2016, 12, 24)), null);
        EventDate after = found.stream().filter(f -> f.date().text().equals("two days after")).findFirst().orElseThrow().date();
        assertThat(after.start()).isEqualTo(LocalDate.of(2016, 12, 22));
        assertThat(after.precision()).isEqualTo(DatePrecision.DAY);
    }

    @ParameterizedTest(name = "{0} after a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the day before     | 2019
            the following day  | March 2019
            three days later   | 2019
            two weeks earlier  | March 2019
            """)
    void daysCountedFromAMonthOrAYearStayUnresolved(String expression, String coarse) {
        String text = "It began in " + coarse + ". Then " + expression + " they fought.";
        List<DateResolver.Found> found = DateResolver.find(text, 0, text.length(), DateResolver.Anchor.of(LocalDate.of(2024, 2, 14)), null);
        assertThat(found.stream().filter(f -> f.date().text().equalsIgnoreCase(expression)).findFirst().orElseThrow().date().isResolved()).isFalse();
    }

    @Test
    void numbersAndLowerCaseMonthsAreReadOnlyWhereTheGrammarReadsThem() {
        String text = "Residents may march on 12th of June. 40 people and 250,000 more fled 3 days ago, in 2019 and on 2020-01-05.";
        List<DateResolver.Found> found = DateResolver.find(text, 0, text.length(), DateResolver.Anchor.of(LocalDate.of(2021, 7, 1)), null);
        assertThat(found).extracting(f -> text.substring(f.span().start(), f.span().end()))
                .containsExactly("12th of June.", "3 days ago", "2019", "2020-01-05");
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2021, 6, 12));
        assertThat(found.get(1).date().start()).isEqualTo(LocalDate.of(2021, 6, 28));
        assertThat(found.get(3).date().start()).isEqualTo(LocalDate.of(2020, 1, 5));
    }

    @Test
    void aWeekdayBeforeItsFullDateIsNoBareWeekday() {
        String text = "The talks ended on Saturday, March 31, and resumed on Monday.";
        List<DateResolver.Found> found = DateResolver.find(text, 0, text.length(), DateResolver.Anchor.of(LocalDate.of(2018, 4, 4)), null);
        assertThat(found).extracting(f -> text.substring(f.span().start(), f.span().end()))
                .containsExactly("March 31", "on Monday");
        assertThat(found.get(1).date().start()).isEqualTo(LocalDate.of(2018, 4, 2));
    }
}
