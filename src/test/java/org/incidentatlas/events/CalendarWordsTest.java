package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {

    /** Words and what stands around them: months in every spelling and case, days, years and their neighbours. */
    private static final String[] PIECES = {"Jan", "January", "Jan.", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun",
        "June", "Jun.", "Jul", "July", "Aug", "August", "Sep", "Sept", "Sept.", "Sep.", "September", "Oct", "October", "Nov", "November",
        "Dec", "December", "Dec.", "MARCH", "march", "Marchx", "Mayor", "Marché", "last", "Last", "LAST", "this", "This", "next",
        "Next", "lasting", "week", "weeks", "month", "months", "year", "yearly", "weekend", "in", "In", "since", "Since", "until", "by",
        "during", "of", "from", "From", "to", "through", "and", "or", "before", "After", "between", "early", "mid", "late", "mid-",
        "Mid-", "the end of", "end of", "1", "3", "03", "0", "12", "31", "32", "30", "29", "123", "2019", "1899", "2100", "20245",
        "st", "nd", "rd", "th", "1st", "2nd", "3rd", "4th", "ST", " ", " ", " ", "  ", "\n", "\t", "\u00a0", ",", ".", "..", "-", "_",
        "$", "\u00a3", "\u20ac", "x", "é", "\u0301", "\uD835\uDC00", "٣", "'", "(", "Berlin", "March 5", "Sept. 3rd, 2024", "Jan 12 2019",
        "May 31,2020", "Dec. 1",
        // Part words before what they date.
        "Early", "EARLY", "Late", "MID", "Mid", "middle", "midst", "lateMarch", "midMarch", "early2019", "the beginning of",
        "beginning of", "The start of", "start of", "the middle of", "middle of", "The End Of", "the end", "end", "the"};

    @Test
    void theNumberReaderAgreesWithTheCalendarPattern() {
        // At a number: a year, an ISO date, or a day before its month ("3 March", "21st of Sept. 2019").
        Matcher m = DateResolver.patternOf(DateResolver.Kind.CAL).matcher("").useTransparentBounds(true);
        Random random = new Random(1407);
        int decided = 0;
        int dayFirst = 0;
        List<DateResolver.Anchor> anchors = List.of(DateResolver.Anchor.of(LocalDate.of(2024, 3, 15)), new DateResolver.Anchor(null, null),
                new DateResolver.Anchor(null, LocalDate.of(2023, 12, 31)));
        for (int round = 0; round < 60000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int w = 0; w < n; w++) {
                b.append(random.nextInt(3) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(random.nextInt(4) == 0 ? "of " : " ");
                }
            }
            String text = b.toString();
            m.reset(text);
            for (int at = 0; at < text.length(); at++) {
                char c = text.charAt(at);
                if (!(c >= '0' && c <= '9')) {
                    continue;
                }
                int to = random.nextInt(3) == 0 ? at + random.nextInt(text.length() - at + 1) : text.length();
                long read = DateResolver.calendarAt(text, at, to);
                int end = CalendarWords.end(read);
                if (end == DateResolver.UNDECIDED) {
                    continue;
                }
                decided++;
                m.region(at, to);
                int expected = m.lookingAt() ? m.end() : -1;
                assertThat(end).as("calendar date at %d up to %d in \"%s\"", at, to, text).isEqualTo(expected);
                int parsed = CalendarWords.parsed(read);
                if (end < 0 || parsed == 0) {
                    continue;
                }
                dayFirst++;
                for (DateResolver.Anchor anchor : anchors) {
                    var byWords = DateResolver.resolveAll(text, List.of(new DateResolver.Raw(DateResolver.Kind.CAL, at, end)), anchor, null);
                    var byFields = DateResolver.resolveAll(text, List.of(new DateResolver.Raw(DateResolver.Kind.CAL, at, end, parsed)),
                            anchor, null);
                    assertThat(byFields).as("\"%s\" at %d to %d, anchor %s", text, at, end, anchor).isEqualTo(byWords);
                }
            }
        }
        assertThat(decided).isGreaterThan(100000);
        assertThat(dayFirst).isGreaterThan(1200);
    }

    private static final String[] NUMBERS = {"1", "3", "03", "0", "9", "12", "21", "29", "30", "31", "32", "3rd", "1st", "22nd", "4th",
        "3RD", "31st5", "2019", "2019-03-04", "1999", "123", "20195", "2019,5", "2019,", "12.", "$3", "x3", "3x", "٣", "3\u0301"};

    @Test
    void theReaderAgreesWithTheCalendarPattern() {
        Matcher m = DateResolver.patternOf(DateResolver.Kind.CAL).matcher("").useTransparentBounds(true);
        Random random = new Random(1306);
        int decided = 0;
        int matched = 0;
        int[] forms = new int[5];
        List<DateResolver.Anchor> anchors = List.of(DateResolver.Anchor.of(LocalDate.of(2024, 3, 15)), new DateResolver.Anchor(null, null),
                new DateResolver.Anchor(null, LocalDate.of(2023, 12, 31)));
        for (int round = 0; round < 60000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(7);
            for (int w = 0; w < n; w++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            m.reset(text);
            for (int at = 0; at < text.length(); at++) {
                char c = text.charAt(at);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                    continue;
                }
                int to = random.nextInt(3) == 0 ? at + random.nextInt(text.length() - at + 1) : text.length();
                long read = CalendarWords.read(text, at, to);
                int end = CalendarWords.end(read);
                if (end == DateResolver.UNDECIDED) {
                    continue;
                }
                decided++;
                m.region(at, to);
                int expected = m.lookingAt() ? m.end() : -1;
                assertThat(end).as("calendar date at %d up to %d in \"%s\"", at, to, text).isEqualTo(expected);
                if (end < 0) {
                    continue;
                }
                matched++;
                int parsed = CalendarWords.parsed(read);
                forms[CalendarWords.form(parsed)]++;
                // What it says, read from the fields, is what the patterns read from its words.
                for (DateResolver.Anchor anchor : anchors) {
                    for (Integer year : new Integer[] {null, 2020}) {
                        var byWords = DateResolver.resolveAll(text, List.of(new DateResolver.Raw(DateResolver.Kind.CAL, at, end)), anchor,
                                year == null ? null : org.incidentatlas.model.EventDate.day(LocalDate.of(year, 6, 1), "x"));
                        var byFields = DateResolver.resolveAll(text, List.of(new DateResolver.Raw(DateResolver.Kind.CAL, at, end, parsed)),
                                anchor, year == null ? null : org.incidentatlas.model.EventDate.day(LocalDate.of(year, 6, 1), "x"));
                        assertThat(byFields).as("\"%s\" at %d to %d, anchor %s", text, at, end, anchor).isEqualTo(byWords);
                    }
                }
            }
        }
        assertThat(decided).isGreaterThan(200000);
        assertThat(forms[CalendarWords.MONTH_DAY]).isGreaterThan(2000);
        assertThat(forms[CalendarWords.MONTH_YEAR]).isGreaterThan(300);
        assertThat(forms[CalendarWords.MONTH]).isGreaterThan(1000);
        assertThat(forms[CalendarWords.LAST_THIS_NEXT]).isGreaterThan(600);
        // Dates after a part word ("early March", "the end of 2019"): read to their end, their words read again.
        assertThat(forms[0]).isGreaterThan(1000);
        assertThat(matched).isGreaterThan(5000);
    }
}
