package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateScannerTest {

    /** The words at which the scanner says a date expression can open, in text order. */
    private static List<String> openers(String text) {
        int[] s = DateScanner.starts(text, 0, text.length());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length; i += 2) {
            int j = s[i];
            while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            out.add(text.substring(s[i], j));
        }
        return out;
    }

    @Test
    void reportsOnlyWordsThatCanOpenADate() {
        assertThat(openers("Gunmen attacked the market on Sunday, two days after the raid of March 3."))
                .containsExactly("on", "Sunday", "two", "March");
    }

    @Test
    void numbersOpenOnlyTheDatesTheGrammarReadsFromNumbers() {
        // A day before a month, a year, a count before a unit; not a count of people or a day after its month.
        assertThat(openers("On 3 March, 12th of June and in 2019, 40 people died; 250,000 fled; May 7."))
                .containsExactly("3", "March", "12th", "June", "2019", "May");
        assertThat(openers("Police counted 40,000. About 12% (3.5%) left, 1750s-era homes and 7.")).isEmpty();
        int[] count = DateScanner.starts("3 days ago", 0, 10);
        assertThat(count).containsExactly(0, DateScanner.RELATIVE);
        int[] year = DateScanner.starts("1999-03-04", 0, 10);
        assertThat(year).containsExactly(0, DateScanner.CAL);
        assertThat(openers("1750 troops, 2100 homes, 12345 votes, 20191 votes, 7 of them")).containsExactly("20191");
        // A count opens a relative date only before a unit, in any case ("40 Days later", "two hours after"), not before "men".
        assertThat(openers("40 Days passed, two hours went, 24 hours on, 3 dayslong, two men, several\nweeks"))
                .containsExactly("40", "two", "24", "several");
    }

    @Test
    void aMonthInLowerCaseOpensNoCalendarDate() {
        assertThat(openers("They may march in may.")).isEmpty();
        assertThat(openers("They met in May.")).containsExactly("May");
    }

    @Test
    void frequentWordsOpenADateOnlyBeforeTheirNextWord() {
        assertThat(openers("in the end of the day, on the way, a few days ago, this weekend, that day"))
                .containsExactly("in", "the", "end", "the", "a", "this", "that");
        assertThat(openers("on\nMonday")).containsExactly("on", "Monday");
    }

    @Test
    void wordsInsideOtherWordsOpenNothing() {
        assertThat(openers("Themonday x15 Mayor Sundays Decembers")).isEmpty();
    }

    @Test
    void partWordsOpenCalendarDatesEvenGluedToTheMonth() {
        int[] s = DateScanner.starts("earlyMarch", 0, 10);
        assertThat(s).containsExactly(0, DateScanner.CAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rockets fell between March 3 and March 5.                  | between March 3 and March 5
            The strike came late on Tuesday.                          | on Tuesday
            Clashes have continued since mid-2021.                     | since mid-2021
            Two soldiers died in the first week of the war.            | in the first week of the war
            It happened earlyMarch 2020.                               | earlyMarch 2020
            The ceasefire held until the end of May, officials said.   | the end of May
            """)
    void theGrammarStillFindsWhatTheScannerOpens(String sentence, String expected) {
        List<DateResolver.Found> found = DateResolver.find(sentence, 0, sentence.length(),
                DateResolver.Anchor.of(java.time.LocalDate.of(2024, 2, 14)), null);
        assertThat(found).extracting(f -> sentence.substring(f.span().start(), f.span().end())).contains(expected);
    }
}
