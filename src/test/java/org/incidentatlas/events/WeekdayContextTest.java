package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WeekdayContextTest {

    /** Words and what stands around them, before and after a weekday. */
    private static final String[] PIECES = {"Good", "good", "Black", "Holy", "Easter", "Ash", "Bloody", "Super", "Cyber", "Palm", "Maundy",
        "Shrove", "Fat", "Blue", "Mad", "The", "the", "a", "A", "every", "each", "next", "Next", "NEXT", "nExt", "ne\u017ft", "Goods", "Thea",
        "school", "schools", "service", "mass", "trading", "paper", "edition", "newspaper", "show", "shows", "showed", "brunch", "lunch",
        "dinner", "roast", "market", "Times", "March", "Mayday", "May5", "May_", "Jan", "Ja", "Ma", "Dec.", "Octx", "Mar\u00e9", "Jun\u0301",
        "É", "\u00c9t\u00e9", "\u0301", "\uD835\uDC00", "x", "1", "12", "_", " ", " ", " ", "  ", "\n", "\r\n", "\r", "\t", "\u00a0",
        "\u2028", "\u0085", "\u2029", ",", ", ", ".", "-", "'", "(", "on", "police", "said", "é", "next ", "Next\n", "the ", "Good  ",
        " next \u2028"};

    private static String random(Random random, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(max);
        for (int w = 0; w < n; w++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) == 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    @Test
    void theReadersAgreeWithTheirPatterns() {
        Random random = new Random(1307);
        int[] decided = new int[4];
        int[] yes = new int[4];
        Pattern[] patterns = {DateResolver.NOT_A_DAY_BEFORE, DateResolver.NEXT_BEFORE, DateResolver.NOT_A_DAY_AFTER, DateResolver.DATE_AFTER};
        for (int round = 0; round < 100000; round++) {
            String text = random(random, 6);
            // A part of the text, read as a string of its own.
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            String part = text.substring(from, to);
            int[] answers = {WeekdayContext.notADayBefore(text, from, to), WeekdayContext.nextBefore(text, from, to),
                WeekdayContext.notADayAfter(text, from, to), WeekdayContext.dateAfter(text, from, to) ? 1 : 0};
            for (int k = 0; k < 4; k++) {
                if (answers[k] == DateResolver.UNDECIDED) {
                    continue;
                }
                var m = patterns[k].matcher(part);
                boolean expected = k < 2 ? m.find() : m.lookingAt();
                assertThat(answers[k] == 1).as("%s over \"%s\"", patterns[k], part).isEqualTo(expected);
                decided[k]++;
                yes[k] += expected ? 1 : 0;
            }
        }
        for (int k = 0; k < 4; k++) {
            assertThat(decided[k]).as("decided by %s", patterns[k]).isGreaterThan(90000);
            assertThat(yes[k]).as("found by %s", patterns[k]).isGreaterThan(300);
        }
    }
}
