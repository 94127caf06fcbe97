package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate must give exactly the matches find() gives over the same region. */
class PatternGateTest {

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '#', textBlock = """
            (?i)\\b(?:deployed|stationed|based)\\b # Troops Deployed in Erbil, Baghdad-based units stationed nearby # 0 # 62
            (?i)\\b(?:deployed|stationed|based)\\b # Troops Deployed in Erbil, Baghdad-based units stationed nearby # 7 # 30
            (?<![\\p{L}\\d])\\d{4}                 # in 2019, 12019 and é2020 but x 2021                              # 0 # 35
            (?i)\\b(?:ab|abab)\\b                    # abab ab xab ab                                                  # 0 # 14
            \\bfoo(?=\\s)                            # foo foofoo foo                                                  # 0 # 14
            \\bfoo                                   # xfoo foo                                                        # 1 # 8
            (?i)\\bx\\b                              # a x                                                             # 0 # 3
            (?i)\\b(?:troops|forces) (?:of|from)\\b   # Forces of Iraq, TROOPS FROM x, forcesof, troops  of             # 0 # 45
            """)
    void sameMatchesAsFind(String regex, String text, int from, int to) {
        check(regex, text, from, to);
    }

    @org.junit.jupiter.api.Test
    void sameMatchesAsFindOnRandomTextsWhereFirstTwoCharsDecide() {
        java.util.Random r = new java.util.Random(12);
        String alphabet = "abdefhinorstuxFTB0 .,-'é";
        String[] regexes = {"(?i)\\b(?:deployed|stationed|based)\\b", "(?i)\\b(?:ab|abab|a)\\b", "\\bfo+(?=\\s)",
                "(?i)(?:troops|forces)\\s+(?:in|at)\\b", "(?<![\\p{L}\\d])\\d", "(?i)\\b(?:x|xa|ox)"};
        for (int k = 0; k < 400; k++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int from = r.nextInt(text.length());
            int to = from + r.nextInt(text.length() - from + 1);
            check(regexes[k % regexes.length], text, from, to);
        }
    }

    private static void check(String regex, String text, int from, int to) {
        Pattern p = Pattern.compile(regex);
        List<Integer> expected = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            expected.add(m.start());
            expected.add(m.end());
        }
        List<Integer> actual = new ArrayList<>();
        for (int x : new PatternGate(p).matches(text, from, to)) {
            actual.add(x);
        }
        assertThat(actual).isEqualTo(expected);
    }
}
