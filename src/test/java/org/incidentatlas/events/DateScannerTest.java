package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.text.TokenArray;
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

    /** Words and glue the token scan must read as the char scan does: date words, their next words, numbers, mixtures. */
    private static final String[] PIECES = {
        "the", "The", "THE", "a", "A", "an", "in", "on", "On", "during", "this", "that", "last", "Last", "next", "past", "since",
        "between", "from", "to", "and", "of", "end", "beginning", "start", "middle", "early", "Early", "mid", "late", "later",
        "earlier", "same", "following", "previous", "preceding", "recently", "yesterday", "today", "tonight", "hours", "hour",
        "day", "days", "Day", "week", "weeks", "month", "months", "year", "years", "few", "several", "two", "Twelve", "night",
        "weekend", "morning", "first", "second", "opening", "March", "march", "MARCH", "May", "may", "Jan", "Sept", "Sep",
        "December", "Monday", "sunday", "Sundays", "Mayor", "market", "state", "president", "midst", "middle", "lately",
        "earlyMarch", "midday", "May2019", "early2019", "mid2019", "day2", "the2", "a1b", "Jan1st", "Sun5", "week3x", "3",
        "03", "21st", "3rd", "12th", "2019", "1999", "12345", "20191", "40", "250", "1999-03-04", "Sana'a", "Iraq's",
        "day's", "of", "Of", "of2", "endof", "latest", "lateMarch", "midNext", "earlythis", "lates", "U.S.", "déjà", "Ḥamāh", "dаy", "ﬁrst", "Straße", "Mai", "٣", "x", "km", "Kabul", "ago", "after", "before"};
    private static final String[] GLUE = {" ", " ", " ", " ", "  ", "\n", "\n\n", "\u00a0", "\t", ", ", ". ", "-", "–", "'", "’",
        "", "(", ") ", ": ", " \u0301", "\u0301 ", "/"};

    @Test
    void theTokenScanFindsExactlyTheCharScansStarts() {
        Random random = new Random(20261206);
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(14);
            if (random.nextInt(4) == 0) {
                b.append(GLUE[random.nextInt(GLUE.length)]);
            }
            for (int w = 0; w < words; w++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (w + 1 < words || random.nextBoolean()) {
                    b.append(GLUE[random.nextInt(GLUE.length)]);
                }
            }
            String text = b.toString();
            // Sentences as a splitter gives them, with gaps between them, and now and then cut inside a word.
            List<Sentence> sentences = new ArrayList<>();
            int at = random.nextInt(3) == 0 ? Math.min(text.length(), random.nextInt(3)) : 0;
            while (at < text.length()) {
                int end = Math.min(text.length(), at + 1 + random.nextInt(Math.max(1, text.length() / 2)));
                sentences.add(new Sentence(sentences.size(), new TextSpan(at, end), false));
                at = Math.min(text.length(), end + (random.nextInt(3) == 0 ? random.nextInt(3) : 0));
            }
            TokenArray tokens = random.nextInt(5) == 0 ? TokenArray.of(text) : TokenArray.of(text, sentences);
            int to = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : text.length();
            int[] expected = DateScanner.starts(text, 0, to);
            int[] actual = DateScanner.starts(tokens, to);
            assertThat(actual).as("starts in \"%s\" up to %d, sentences %s", text, to, sentences).containsExactly(expected);
        }
    }

    @Test
    void theTokenScanReadsDigitsGluedToAMonthCharByChar() {
        String text = "Fighting in May2019 and early2019, the day2 before 21st March.";
        int[] expected = DateScanner.starts(text, 0, text.length());
        // "the day2": the letters "day" follow "the" after white space, so the char scan opens "the" there.
        assertThat(openers(text)).containsExactly("May2019", "early2019", "the", "21st", "March");
        assertThat(DateScanner.starts(TokenArray.of(text), text.length())).containsExactly(expected);
    }

    /** Date phrases and the words around them, for texts in which the grammar's patterns match often. */
    private static final String[] PHRASES = {
        "March 3", "3 March", "3rd of March", "Sept. 12, 2019", "May 2019", "2019", "1999-03-04", "the end of May", "end of 2020",
        "mid-March", "earlyMarch", "late 2019", "the beginning of April", "the start of June", "the middle of July", "between",
        "from", "and", "to", "until", "through", "since", "since last week", "since Saturday", "ago", "later", "earlier",
        "earlier this month", "later this week", "this week", "last week", "next month", "this past Sunday", "past Sunday",
        "last Monday", "on Sunday", "Sunday", "Good Friday", "The Sunday Times", "will meet on Tuesday", "the same day",
        "the following day", "the next day", "the day before", "the day after", "the previous day", "that day", "a day later",
        "two days ago", "3 days ago", "24 hours later", "hours after", "a few weeks earlier", "several months before",
        "yesterday", "today", "tonight", "this morning", "last night", "recently", "in the first week of the war",
        "during the opening days of the offensive", "the war began on October 7", "In", "in", "of", "the", "The", "last",
        "this", "next", "past", "same", "following", "previous", "preceding", "start", "middle", "beginning", "end", "first",
        "week", "weeks", "month", "year", "day", "days", "weekend", "night", "may", "May", "march", "latest", "lately", "midst",
        "police", "said", "Kabul", "attack", "people", "killed", "40", "12", "5th", "$2019", "£5", "(", ")", "'s"};

    @Test
    void everyMatchOfTheGrammarOpensAtAScannerStart() {
        // The scanner's gate (its words, their next words, numbers, part words glued to a month) must leave every
        // match of each pattern: scan() finds exactly what the patterns find trying every position.
        Random random = new Random(7);
        // Not "hour", "a", "an" or "Sana'a": known gaps, kept as they are (date-words.tsv lists "hours" but not "hour", so
        // a bare "hour later" is never tried, and "a" and "an" only before "hour", not "hours"; RELATIVE reads all three).
        String[] pieces = Arrays.stream(PIECES).filter(p -> !List.of("hour", "a", "A", "an", "Sana'a").contains(p)).toArray(String[]::new);
        String[] glue = {" ", " ", " ", " ", ", ", ". ", "\n", "-", "  ", "; "};
        for (int round = 0; round < 6000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(10);
            for (int w = 0; w < n; w++) {
                b.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : PHRASES[random.nextInt(PHRASES.length)]);
                b.append(glue[random.nextInt(glue.length)]);
            }
            String text = b.toString();
            List<String> expected = new ArrayList<>();
            for (DateResolver.Kind kind : DateResolver.Kind.values()) {
                java.util.regex.Matcher m = DateResolver.patternOf(kind).matcher(text);
                while (m.find()) {
                    expected.add(kind + " " + m.start() + "-" + m.end());
                }
            }
            List<String> actual = new ArrayList<>();
            for (DateResolver.Raw r : DateResolver.scan(text, 0, text.length())) {
                actual.add(r.kind() + " " + r.start() + "-" + r.end());
            }
            assertThat(actual).as("matches in \"%s\"", text).containsExactlyInAnyOrderElementsOf(expected);
            List<String> byTokens = new ArrayList<>();
            for (DateResolver.Raw r : DateResolver.scan(TokenArray.of(text), text.length())) {
                byTokens.add(r.kind() + " " + r.start() + "-" + r.end());
            }
            assertThat(byTokens).as("matches from the tokens of \"%s\"", text).isEqualTo(actual);
        }
    }

    /** Digits and what stands around them, for {@link #theNumericCalendarReaderAgreesWithThePattern}. */
    private static final String[] NUMERIC = {"2019", "1999", "1875", "1800", "2099", "2100", "1799", "1700", "2000", "20191", "201",
        "19", "3", "03", "12", "31", "2019-03-04", "2019-3-04", "2019-03-4", "1999-12-31", "2019-", "-", ",", ",5", ", ", ",,",
        "5", "55", "555", "0", "x", "X", "é", "\uD835\uDC00", "$", "£", "€", " ", "  ", "\n", "\u00a0", ".", "th", "st", "March",
        "of", "(", ")", "/", "'", "\u0301", "٣"};

    @Test
    void theNumericCalendarReaderAgreesWithThePattern() {
        // DateResolver reads a year or an ISO date at a calendar start by hand; the pattern stays the specification.
        java.util.regex.Matcher m = DateResolver.patternOf(DateResolver.Kind.CAL).matcher("").useTransparentBounds(true);
        Random random = new Random(12);
        int decided = 0;
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int w = 0; w < n; w++) {
                b.append(NUMERIC[random.nextInt(NUMERIC.length)]);
            }
            String text = b.toString();
            m.reset(text);
            for (int at = 0; at < text.length(); at++) {
                if (text.charAt(at) < '0' || text.charAt(at) > '9') {
                    continue;
                }
                int to = random.nextInt(3) == 0 ? at + random.nextInt(text.length() - at + 1) : text.length();
                int end = DateResolver.numericCalendarEnd(text, at, to);
                if (end == DateResolver.UNDECIDED) {
                    continue;
                }
                decided++;
                m.region(at, to);
                int expected = m.lookingAt() ? m.end() : -1;
                assertThat(end).as("calendar date at %d up to %d in \"%s\"", at, to, text).isEqualTo(expected);
            }
        }
        // Most digit starts are decided by hand (years, longer numbers), not handed back.
        assertThat(decided).isGreaterThan(20000);
    }

    /** Words and what stands around them, for {@link #theWeekdayReaderAgreesWithThePattern}. */
    private static final String[] WEEKDAY_PIECES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "monday", "MONDAY", "Mondays", "Sunda", "on", "On", "ON", "oN", "one", "last", "Last", "LAST", "past", "Past", "this past",
        "This Past", "this  past", "this", "laſt", "thıs past", "\u212Aast", "_", "x", "1", "é", "\u0301", "\uD835\uDC00", " ", " ",
        "  ", "\n", "\t", "\u00a0", ",", ".", "-", "'", "(", "the", "every", "Good", "s"};

    @Test
    void theWeekdayReaderAgreesWithThePattern() {
        // DateResolver reads a weekday and its "on", "last", "past" by hand; the pattern stays the specification.
        int[] counts = readerAgreesWithPattern(DateResolver.Kind.WEEKDAY, WEEKDAY_PIECES, 21, false,
                DateResolver::weekdayEnd, "weekday");
        assertThat(counts[0]).isGreaterThan(200000);
        assertThat(counts[1]).isGreaterThan(2000);
    }

    /** Words and what stands around them, for {@link #theRelativeReaderAgreesWithThePattern}. */
    private static final String[] RELATIVE_PIECES = {"yesterday", "Yesterday", "TODAY", "today", "todays", "tonight", "recently", "last",
        "Last", "LAST", "this", "This", "next", "Next", "past", "Past", "night", "nights", "weekend", "week", "Week", "weeks", "month",
        "year", "years", "day", "days", "morning", "afternoon", "evening", "the", "a", "few", "ago", "earlier", "later", "same", "lastly",
        "thise", "la\u017ft", "\u212Aast", "_", "x", "1", "3", "\u00e9", "\u0301", "\uD835\uDC00", " ", " ", " ", "  ", "\n", "\t", "\u00a0",
        ",", ".", "-", "'", "("};

    @Test
    void theRelativeReaderAgreesWithThePattern() {
        // DateResolver reads "today", "last week", "this morning" ... by hand; the pattern stays the specification.
        int[] counts = readerAgreesWithPattern(DateResolver.Kind.RELATIVE, RELATIVE_PIECES, 22, true,
                DateResolver::relativeEnd, "relative date");
        assertThat(counts[0]).isGreaterThan(50000);
        assertThat(counts[1]).isGreaterThan(5000);
    }

    /** Counts, units and shifts, and the words of "the day before", with their spaces: texts in which those forms stand often. */
    private static final String[] RELATIVE_COUNT_PIECES = {"a ", "A ", "an ", "AN ", "one ", "Two ", "twelve ", "thirteen ", "12 ", "123 ",
        "1234 ", "07 ", "1x ", "several ", "a few ", "few ", "day ", "days ", "Weeks ", "month ", "years ", "yeard ", "hour ", "hours ",
        "Hours ", "hourly ", "ago", "Ago", "agos", "earlier", "later", "before", "after", "afterwards", "afterward", "the ", "The ",
        "day ", "same ", "that ", "following ", "previous ", "preceding ", "next ", "before ", "after ", "yesterday", "yesterdays",
        "earlier ", "later ", "this ", "week", "x", "_", "1", "\u00e9", "\u0301", "\uD835\uDC00", ".", " ", "  ", "-", "\n"};

    @Test
    void theRelativeReaderAgreesWithThePatternOnCountsAndTheDayBefore() {
        // "two days ago", "a few hours later", "the day before yesterday", "the following day", "earlier this week".
        int[] counts = readerAgreesWithPattern(DateResolver.Kind.RELATIVE, RELATIVE_COUNT_PIECES, 23, false,
                DateResolver::relativeEnd, "relative date");
        assertThat(counts[0]).isGreaterThan(50000);
        assertThat(counts[1]).isGreaterThan(1000);
    }

    /** A hand reader of one kind's pattern: where the match at {@code at} up to {@code to} ends, as DateResolver says. */
    private interface Reader {
        int end(String text, int at, int to);
    }

    /**
     * 40,000 texts of 1-6 random pieces (each followed by a space half the time when {@code spaces}); at every start and
     * a random region end, {@code reader} must give the pattern's own answer wherever it decides. Returns how many
     * starts it decided and how many of those matched.
     */
    private static int[] readerAgreesWithPattern(DateResolver.Kind kind, String[] pieces, long seed, boolean spaces,
            Reader reader, String what) {
        java.util.regex.Matcher m = DateResolver.patternOf(kind).matcher("").useTransparentBounds(true);
        Random random = new Random(seed);
        int decided = 0;
        int matched = 0;
        for (int round = 0; round < 40000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int w = 0; w < n; w++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (spaces && random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            m.reset(text);
            for (int at = 0; at < text.length(); at++) {
                int to = random.nextInt(3) == 0 ? at + random.nextInt(text.length() - at + 1) : text.length();
                int end = reader.end(text, at, to);
                if (end == DateResolver.UNDECIDED) {
                    continue;
                }
                decided++;
                m.region(at, to);
                int expected = m.lookingAt() ? m.end() : -1;
                assertThat(end).as("%s at %d up to %d in \"%s\"", what, at, to, text).isEqualTo(expected);
                matched += end >= 0 ? 1 : 0;
            }
        }
        return new int[] {decided, matched};
    }

    @Test
    void theEpisodeGateLeavesEveryMatchOfItsPattern() {
        String[] pieces = {"in ", "In ", "during ", "DURING ", "the ", "The ", "first ", "second ", "third ", "last ", "early ",
            "opening ", "day ", "days ", "week ", "weeks ", "month ", "months ", "Month ", "of ", "the ", "war", "war ", "Gaza ",
            "siege", "year ", "x", " ", ",", "thé ", "first  ", "the first day of the war", "in the opening weeks of the siege ",
            "The Last Month Of The Gaza War", "during the early days of the ", "the second week of the-"};
        java.util.regex.Matcher m = DateResolver.patternOf(DateResolver.Kind.UNANCHORED).matcher("").useTransparentBounds(true);
        Random random = new Random(8);
        int matches = 0;
        for (int round = 0; round < 40000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(10);
            for (int w = 0; w < n; w++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            m.reset(text);
            for (int at = 0; at < text.length(); at++) {
                m.region(at, text.length());
                if (m.lookingAt()) {
                    matches++;
                    assertThat(DateResolver.episodeOrdinalAt(text, at)).as("at %d in \"%s\"", at, text).isTrue();
                }
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    @Test
    void theFutureWordGateLeavesEveryMatchOfItsPattern() {
        String[] pieces = {"will", "Will", "WILL", "shall", "'ll", "'LL", "scheduled", "due", "Due", "expected", "set to", "SET TO",
            "plans", "plan", "planned", "planning", "upcoming", "to be held", "To Be Held", "to", "be", "held", "wil", "sha", "set",
            "the", "talks", "police", "said", "we", "they", " ", " ", " ", "\n", ".", ";", ",", "-", "'", "’ll", "wіll", "x"};
        Random random = new Random(5);
        int matches = 0;
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int w = 0; w < n; w++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String before = b.toString();
            boolean found = DateResolver.FUTURE_BEFORE.matcher(before).find();
            if (found) {
                matches++;
                assertThat(DateResolver.mayHaveFutureWord(before, 0, before.length())).as("gate on \"%s\"", before).isTrue();
            }
        }
        assertThat(matches).isGreaterThan(1000);
        assertThat(DateResolver.mayHaveFutureWord("police said on", 0, 14)).isFalse();
    }
}
