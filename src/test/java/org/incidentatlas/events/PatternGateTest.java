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
    /**
     * One gate per regex, kept across texts as the shipped gates are: the thread's word cache then answers for words
     * an earlier text showed it, which is the path to hold to find().
     */
    private static final java.util.Map<String, PatternGate> GATES = new java.util.HashMap<>();

    private static PatternGate gate(Pattern p) {
        return GATES.computeIfAbsent(p.pattern(), r -> new PatternGate(p));
    }

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
            (?i)^\\W*in all\\b|so far$              # -- in all, in all so far, so far                                # 0 # 32
            (?i)^\\W*in all\\b|so far$              # -- in all, in all so far, so far                                # 3 # 23
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

    /**
     * Word lists, whose {@code \\b} rules out starts inside a word (the gate skips those), over random word-like
     * texts and regions: still exactly find()'s matches, also where a region starts inside a word.
     */
    @org.junit.jupiter.api.Test
    void sameMatchesAsFindForWordListsOverWordsAndRegionsInsideThem() {
        java.util.Random r = new java.util.Random(29);
        String[] words = {"killed", "kill", "skilled", "unkilled", "Killed", "attack", "attacks", "counterattack", "the", "theme",
            "'s", "’s", "base", "based", "Baghdad-based", "_base", "x0base", "a", "an", "so far", "sofar", "éso", "2base", "plan", "plans"};
        String[] gaps = {" ", "", "-", ", ", ".", "'", "_", "é", "  "};
        String[] regexes = {"(?i)\\b(?:killed|kill|attacks?|base|based|plans? to)\\b", "(?i)\\b(?:the|a|an)\\s+$",
            "(?i)(?:\\b(?:the|his)|'s|’s)\\s+(?:(?:recent|deadly)\\s+)?$", "(?i)\\bso far\\b|^\\W*(?:in all|so)\\b",
            "(?i)(?<!-)based\\b", "(?i)kill\\w*", "(?i)\\Bed\\b", "(?i)\\b\\d[\\d,]*\\s+base"};
        for (int k = 0; k < 6000; k++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                b.append(words[r.nextInt(words.length)]).append(gaps[r.nextInt(gaps.length)]);
            }
            String text = b.toString();
            int from = r.nextInt(text.length());
            int to = from + r.nextInt(text.length() - from + 1);
            check(regexes[k % regexes.length], text, from, to);
            check(regexes[k % regexes.length], text, 0, text.length());
        }
    }

    /**
     * Over tokens, with the per-word cache: exactly the matches of trying the pattern at every token start (the
     * cache only skips words where it cannot start, even when the match runs on past the word).
     */
    @org.junit.jupiter.api.Test
    void tokenPathWithTheWordCacheMatchesEveryTokenStartTried() {
        java.util.Random r = new java.util.Random(7);
        String[] words = {"deployed", "Deployed", "based", "troops", "forces", "in", "at", "of", "fighting", "fight",
            "presence", "stationed", "has", "2,000", "Iraq's", "al-Qaim", "U.S.", "Baghdad-based", "still", "now", "the"};
        String[] gaps = {" ", " ", " ", ", ", " - ", "-", ". ", "  "};
        String[] regexes = {"(?i)\\b(?:deployed|stationed|(?<!-)based|fight(?:s|ing))\\b",
            "(?i)\\b(?:(?:still |now )?deployed|presence of|has\\s+[\\d,]+\\s+(?:troops|forces))\\b",
            "\\b(?:Deployed|U\\.S\\.|Iraq)(?=\\s|')"};
        for (int k = 0; k < 300; k++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(gaps[r.nextInt(gaps.length)]);
                }
                b.append(words[r.nextInt(words.length)]);
            }
            String text = b.toString();
            org.incidentatlas.text.TokenArray tokens = org.incidentatlas.text.TokenArray.of(text);
            Pattern p = Pattern.compile(regexes[k % regexes.length]);
            List<Integer> expected = new ArrayList<>();
            Matcher m = p.matcher(text).useTransparentBounds(true);
            int resume = 0;
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.start(t) < resume) {
                    continue;
                }
                m.region(tokens.start(t), text.length());
                if (m.lookingAt()) {
                    expected.add(m.start());
                    expected.add(m.end());
                    resume = m.end();
                }
            }
            List<Integer> actual = new ArrayList<>();
            for (int x : gate(p).matches(text, 0, text.length(), tokens, 0, tokens.size())) {
                actual.add(x);
            }
            assertThat(actual).as("%s in \"%s\"", p, text).isEqualTo(expected);
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
        for (int x : gate(p).matches(text, from, to)) {
            actual.add(x);
        }
        assertThat(actual).isEqualTo(expected);
        if (from == 0 && to == text.length()) {
            Matcher whole = p.matcher(text);
            assertThat(gate(p).firstMatch(text)).isEqualTo(whole.find() ? whole.start() : -1);
        }
        Matcher first = p.matcher(text).region(from, to);
        assertThat(gate(p).firstMatch(text, from, to)).as("%s in \"%s\" [%d, %d)", p, text, from, to).isEqualTo(first.find() ? first.start() : -1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            (?i)\\b(?:terror\\w*|armed groups?|militants?)\\b # Police said the Militants fled; an armed group was seen.
            (?i)\\b(?:terror\\w*|armed groups?|militants?)\\b # A burglary at the bakery, the sheriff said.
            (?i)\\b(?:terror\\w*|armed groups?|militants?)\\b # Counter-terrorism officers: terror
            """)
    void theFirstMatchOfAWholeTextIsFindsFirst(String regex, String text) {
        check(regex.strip(), text.strip(), 0, text.strip().length());
    }

    /**
     * Every shipped gate, kept across texts so that the thread's word cache answers for words seen before: over random
     * texts of the gates' own words (whole, cut short, run on, capitalised), digits, punctuation and non-ASCII chars,
     * random regions, exactly find()'s matches and first match, with and without the text's tokens.
     */
    @org.junit.jupiter.api.Test
    void theShippedGatesFindWhatFindFindsWithTheWordCache() throws Exception {
        List<PatternGate> gates = new ArrayList<>();
        for (Class<?> c : List.of(EventTyping.class, ViolenceTyping.class, IncidentPlacement.class, Fatalities.class,
                CrimeNews.class, TriggerDetection.class, Class.forName(DeploymentExtraction.class.getName() + "$CueGate"))) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == PatternGate.class) {
                    f.setAccessible(true);
                    gates.add((PatternGate) f.get(null));
                } else if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == PatternGate[].class) {
                    f.setAccessible(true);
                    gates.addAll(List.of((PatternGate[]) f.get(null)));
                }
            }
        }
        assertThat(gates).hasSizeGreaterThan(25);
        List<String> words = new ArrayList<>(List.of("12", "2,000", "at least", "the", "a", "’s", "'s", "é", "x_y", "Iraq"));
        for (PatternGate g : gates) {
            for (String w : g.pattern().pattern().split("[^A-Za-z]+")) {
                if (w.length() > 1) {
                    words.add(w);
                }
            }
        }
        String[] gaps = {" ", " ", " ", "", ", ", ". ", "-", ";", "\"", "  ", "é", "_", "0"};
        java.util.Random r = new java.util.Random(5);
        int found = 0;
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(14);
            for (int i = 0; i < n; i++) {
                String w = words.get(r.nextInt(words.size()));
                switch (r.nextInt(6)) {
                    case 0 -> w = w.substring(0, 1 + r.nextInt(w.length()));
                    case 1 -> w = w + "s";
                    case 2 -> w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    default -> { }
                }
                b.append(w).append(gaps[r.nextInt(gaps.length)]);
            }
            String text = b.toString();
            int from = r.nextInt(text.length());
            int to = from + r.nextInt(text.length() - from + 1);
            org.incidentatlas.text.TokenArray tokens = org.incidentatlas.text.TokenArray.of(text);
            for (PatternGate g : gates) {
                for (int[] region : new int[][] {{0, text.length()}, {from, to}}) {
                    Matcher m = g.pattern().matcher(text).region(region[0], region[1]);
                    List<Integer> expected = new ArrayList<>();
                    while (m.find()) {
                        expected.add(m.start());
                        expected.add(m.end());
                    }
                    List<Integer> actual = new ArrayList<>();
                    for (int x : g.matches(text, region[0], region[1])) {
                        actual.add(x);
                    }
                    assertThat(actual).as("%s in \"%s\" [%d, %d)", g.pattern(), text, region[0], region[1]).isEqualTo(expected);
                    assertThat(g.firstMatch(text, region[0], region[1])).as("%s in \"%s\"", g.pattern(), text)
                            .isEqualTo(expected.isEmpty() ? -1 : expected.get(0));
                    // With the text's tokens: the insides of plain words are passed over, the answer is the same.
                    assertThat(g.firstMatch(text, region[0], region[1], tokens, 0, tokens.size())).as("%s in \"%s\" by tokens", g.pattern(), text)
                            .isEqualTo(expected.isEmpty() ? -1 : expected.get(0));
                    found += expected.size();
                }
            }
        }
        // The texts hold matches of the gates: the comparison is not empty.
        assertThat(found).isGreaterThan(5000);
    }

    /**
     * The constructor's tables (first chars, second chars, first chars after a word char) derived with two contexts and
     * with second-char probes only where the first char left the answer open are those the five contexts and every
     * second char give ({@link #fiveContextTables}, the derivation before session 13): for every pattern of the
     * events classes and a few with look-behinds, anchors and look-aheads.
     */
    @org.junit.jupiter.api.Test
    void theTablesAreThoseOfFiveContextsAndEverySecondChar() throws Exception {
        List<Pattern> patterns = new ArrayList<>();
        for (Class<?> c : List.of(EventTyping.class, ViolenceTyping.class, IncidentPlacement.class, Fatalities.class,
                CrimeNews.class, TriggerDetection.class, DeploymentExtraction.class, TitledPersons.class, DateResolver.class)) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                    f.setAccessible(true);
                    patterns.add((Pattern) f.get(null));
                }
            }
        }
        for (String re : List.of("(?<![\\p{L}\\d])\\d{4}", "(?<=\\s)in\\b", "(?i)^\\W*in all\\b|so far$", "\\bfoo(?=\\s)",
                "\\Bing\\b", "(?i)\\b(?:x|xa|ox)", "a\\b", "(?-i:A)b|(?i)ab", "\\Gab", "(?m)^x|\\Ay")) {
            patterns.add(Pattern.compile(re));
        }
        assertThat(patterns).hasSizeGreaterThan(60);
        for (Pattern p : patterns) {
            PatternGate g = new PatternGate(p);
            Object[] spec = fiveContextTables(p);
            String[] names = {"first", "second", "firstAfterWord"};
            for (int i = 0; i < names.length; i++) {
                java.lang.reflect.Field f = PatternGate.class.getDeclaredField(names[i]);
                f.setAccessible(true);
                assertThat(java.util.Objects.deepEquals(f.get(g), spec[i])).as("%s of %s", names[i], p).isTrue();
            }
        }
    }

    /** The gate's tables as derived before session 13: five contexts for every first and every second char. */
    private static Object[] fiveContextTables(Pattern pattern) {
        String[] contexts = {"", "a", "0", " ", "."};
        boolean[] first = new boolean[128];
        long[] second = new long[256];
        boolean[] afterWord = pattern.pattern().contains("(?<") ? null : new boolean[128];
        for (char c = 0; c < 128; c++) {
            first[c] = mayStart(pattern, contexts, String.valueOf(c));
            if (afterWord != null && first[c]) {
                afterWord[c] = mayStart(pattern, new String[] {"a"}, String.valueOf(c));
            }
            if (!first[c]) {
                continue;
            }
            for (char d = 0; d < 128; d++) {
                if (mayStart(pattern, contexts, "" + c + d)) {
                    second[2 * c + (d >> 6)] |= 1L << (d & 63);
                }
            }
        }
        return new Object[] {first, second, afterWord};
    }

    private static boolean mayStart(Pattern pattern, String[] contexts, String start) {
        for (String ctx : contexts) {
            Matcher m = pattern.matcher(ctx + start).useTransparentBounds(true).region(ctx.length(), ctx.length() + start.length());
            if (m.lookingAt() || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }
}
