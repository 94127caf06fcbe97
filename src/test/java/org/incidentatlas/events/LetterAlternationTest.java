package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LetterAlternationTest {

    @Test
    void gathersBranchesUnderTheirFirstLetterInOrder() {
        assertThat(LetterAlternation.ofWords(true, "one", "two", "Three", "ten")).isEqualTo("(?:o(?:ne)|t(?:wo|hree|en))");
        assertThat(LetterAlternation.ofWords(false, "al", "Abu", "ad")).isEqualTo("(?:a(?:l|d)|A(?:bu))");
        assertThat(LetterAlternation.of(List.of("\\d+", "a?b", "ab"), true)).isEqualTo("(?:\\d+|a?b|a(?:b))");
    }

    /** Random word lists and texts over a few letters: the gathered alternation finds what the spelt-out one does. */
    @Test
    void findsWhatTheSpeltOutAlternationFinds() {
        Random r = new Random(7);
        String letters = "abAB";
        for (int n = 0; n < 5_000; n++) {
            boolean caseBlind = r.nextBoolean();
            List<String> branches = new ArrayList<>();
            int k = 1 + r.nextInt(8);
            for (int i = 0; i < k; i++) {
                switch (r.nextInt(8)) {
                    case 0 -> branches.add("\\d+");
                    case 1 -> branches.add(letters.charAt(r.nextInt(4)) + "?" + letters.charAt(r.nextInt(4)));
                    case 2 -> branches.add(letters.charAt(r.nextInt(4)) + "(?:\\s" + letters.charAt(r.nextInt(4)) + ")?");
                    default -> {
                        StringBuilder w = new StringBuilder();
                        int len = 1 + r.nextInt(3);
                        for (int j = 0; j < len; j++) {
                            w.append(letters.charAt(r.nextInt(4)));
                        }
                        branches.add(w.toString());
                    }
                }
            }
            // A capture around the choice and a tail that forces backtracking into it.
            String flags = caseBlind ? "(?i)" : "";
            Pattern plain = Pattern.compile(flags + "(" + "(?:" + String.join("|", branches) + ")" + ")(b|\\s)");
            Pattern gathered = Pattern.compile(flags + "(" + LetterAlternation.of(branches, caseBlind) + ")(b|\\s)");
            for (int t = 0; t < 20; t++) {
                StringBuilder text = new StringBuilder();
                int len = r.nextInt(12);
                for (int j = 0; j < len; j++) {
                    text.append("abAB 1".charAt(r.nextInt(6)));
                }
                String s = text.toString();
                assertThat(matches(gathered, s)).as("%s on \"%s\"", branches, s).isEqualTo(matches(plain, s));
            }
        }
    }

    /** Every match find() gives, with every group's span (also FatalitiesTest's). */
    static List<Integer> matches(Pattern p, String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (int g = 0; g <= m.groupCount(); g++) {
                out.add(m.start(g));
                out.add(m.end(g));
            }
        }
        return out;
    }
}
