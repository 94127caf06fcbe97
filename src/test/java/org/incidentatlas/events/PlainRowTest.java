package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainRowTest {
    private static final int CI = Pattern.CASE_INSENSITIVE;

    private static Pattern row(String re) {
        return Pattern.compile("\\b(?:" + re + ")\\b", CI);
    }

    /** What the engine says at {@code at}: the match end, or -1. */
    private static int engine(Pattern p, String s, int at) {
        Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(at, s.length());
        return m.lookingAt() ? m.end() : -1;
    }

    @Test
    void rowsWithLookAroundsClassesOrRepeatsKeepTheirRegex() {
        assertThat(PlainRow.of(row("riots?(?! police)"))).isNull();
        assertThat(PlainRow.of(row("(?<!cyber )attack"))).isNull();
        assertThat(PlainRow.of(row("fired\\s+at"))).isNull();
        assertThat(PlainRow.of(row("gun ?battles+"))).isNull();
        assertThat(PlainRow.of(row("kills??"))).isNull();
        assertThat(PlainRow.of(Pattern.compile("\\b(?:killed)\\b"))).isNull();
        assertThat(PlainRow.of(row("killed|shot dead|fatally (?:shot|stabbed)"))).isNotNull();
    }

    @Test
    void findsWhatTheEngineFindsWithItsChoiceOfAlternative() {
        Pattern p = row("mortars?(?: rounds| shells)?|shot (?:and killed|to death)|air ?strikes?|IEDs?");
        PlainRow plain = PlainRow.of(p);
        String s = "Mortar rounds fell; MORTARS shells; he was shot to death, shot and wounded; airstrikes, Air Strike; IEDs.";
        for (int at = 0; at < s.length(); at++) {
            int e = plain.end(s, at);
            assertThat(e).as("at %d", at).isIn(engine(p, s, at), PlainRow.UNDECIDED);
        }
        assertThat(plain.end(s, 0)).isEqualTo("Mortar rounds".length());
        assertThat(plain.end(s, s.indexOf("shot and"))).isEqualTo(-1);
        assertThat(plain.end(s, s.indexOf("IEDs"))).isEqualTo(s.indexOf("IEDs") + 4);
    }

    @Test
    void aWordCharOrANonAsciiCharNextToTheMatchDecidesAsTheEngineDoes() {
        Pattern p = row("killed|kills");
        PlainRow plain = PlainRow.of(p);
        assertThat(plain.end("unkilled", 2)).isEqualTo(-1);
        assertThat(plain.end("killed_x", 0)).isEqualTo(-1);
        assertThat(plain.end("killedé", 0)).isEqualTo(PlainRow.UNDECIDED);
        assertThat(plain.end("ékilled", 1)).isEqualTo(PlainRow.UNDECIDED);
        assertThat(plain.end("killed", 0)).isEqualTo(6);
        // The Kelvin sign is no "k" to the engine's ASCII-only case folding.
        assertThat(plain.end("\u212Aills", 0)).isEqualTo(-1);
        assertThat(engine(p, "\u212Aills", 0)).isEqualTo(-1);
    }

    @Test
    void everyShippedPlainRowAgreesWithItsRegexOnMadeUpText() {
        String[] words = {"killed", "Killing", "shot", "dead", "to", "death", "and", "fatally", "stabbed", "air", "strikes", "airstrike",
            "gun", "battles", "grenade", "grenades", "bombs", "explosives", "blast", "explosions", "abducted", "kidnapping", "arrested",
            "detained", "rocket", "attack", "mortar", "rounds", "shells", "suicide", "bomber", "car", "bombing", "blew", "himself", "up",
            "visited", "travelled", "trip", "signed", "an", "agreement", "set", "military", "base", "posted", "video", "fighting",
            "erupted", "exchanges", "of", "fire", "x_", "é", "Ü", "3", "U.S."};
        String[] gaps = {" ", "  ", ", ", "-", "'", "\n", ". ", "", "\u00a0"};
        Random r = new Random(12);
        int plainRows = 0;
        for (EventTyping.Trigger t : EventTyping.triggers()) {
            PlainRow plain = PlainRow.of(t.pattern());
            if (plain == null) {
                continue;
            }
            plainRows++;
            for (int n = 0; n < 400; n++) {
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < 8; w++) {
                    String word = words[r.nextInt(words.length)];
                    b.append(r.nextBoolean() ? word : word.toUpperCase()).append(gaps[r.nextInt(gaps.length)]);
                }
                String s = b.toString();
                for (int at = 0; at < s.length(); at++) {
                    int e = plain.end(s, at);
                    if (e != PlainRow.UNDECIDED) {
                        assertThat(e).as("%s at %d of \"%s\"", t.pattern(), at, s).isEqualTo(engine(t.pattern(), s, at));
                    }
                }
            }
        }
        assertThat(plainRows).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theRequiredLiteralIsTheLongestPlainRunEveryMatchHolds() {
        assertThat(PlainRow.requiredLiteral(row("(?-i:(?:[A-Z][a-z]+(?:i|an)|US))\\s+(?:air\\s+)?strikes?(?!\\s+by)"))).isEqualTo("strike".toCharArray());
        assertThat(PlainRow.requiredLiteral(row("riots?(?! police)"))).isEqualTo("riot".toCharArray());
        assertThat(PlainRow.requiredLiteral(row("fired\\s+(?:at|on)"))).isEqualTo("fired".toCharArray());
        assertThat(PlainRow.requiredLiteral(row("x{0,3}Bcd[a-z]+ing raids"))).isEqualTo("ing raids".toCharArray());
        assertThat(PlainRow.requiredLiteral(row("shots+ fired"))).isEqualTo(" fired".toCharArray());
        // An alternative at the top level, a run too short, or an escape not read here: none.
        assertThat(PlainRow.requiredLiteral(row("killed|kills"))).isNull();
        assertThat(PlainRow.requiredLiteral(row("ab?\\s+cd"))).isNull();
        assertThat(PlainRow.requiredLiteral(row("\\x41bcd"))).isNull();
        assertThat(PlainRow.requiredLiteral(Pattern.compile("strikes?", CI))).isNull();
    }

    @Test
    void everyMatchOfARowWithARequiredLiteralHoldsIt() {
        java.util.List<Pattern> rows = new java.util.ArrayList<>();
        for (EventTyping.Trigger t : EventTyping.triggers()) {
            if (PlainRow.of(t.pattern()) == null) {
                // The rows EventTyping gates so: those that keep their regex.
                rows.add(t.pattern());
            }
        }
        rows.add(row("riots?(?! (?:police|gear))"));
        rows.add(row("(?:threaten(?:ed|s)?|vowed)(?= (?:to )?(?:\\S+ ){0,3}?attack)"));
        rows.add(row("x{0,2}Bcd[a-z]+ing raids"));
        String[] words = {"Syrian", "Israeli", "US", "U.S.", "strike", "STRIKES", "Strike", "air", "drone", "by", "workers", "the",
            "riot", "riots", "police", "gear", "threatened", "vowed", "to", "attack", "bcd", "Bcdxing", "raids", "RAIDS", "xxbcdaing", "Bcdxing raids", "bcding  raids",
            "\u212Aill", "str\u0130ke", "é", "3", "x_"};
        String[] gaps = {" ", "  ", ", ", "-", "\n", "", "\u00a0"};
        Random r = new Random(21);
        int gated = 0;
        int fewest = Integer.MAX_VALUE;
        for (Pattern p : rows) {
            char[] lit = PlainRow.requiredLiteral(p);
            if (lit == null) {
                continue;
            }
            gated++;
            int matched = 0;
            for (int n = 0; n < 3000; n++) {
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < 6; w++) {
                    String word = words[r.nextInt(words.length)];
                    b.append(r.nextInt(3) == 0 ? word.toUpperCase() : word).append(gaps[r.nextInt(gaps.length)]);
                }
                String s = b.toString();
                boolean found = p.matcher(s).find();
                matched += found ? 1 : 0;
                if (found) {
                    assertThat(PlainRow.containedIn(s, 0, s.length(), lit)).as("%s in \"%s\"", p, s).isTrue();
                }
            }
            fewest = Math.min(fewest, matched);
        }
        // Each gated row (the nationality row among them) matched often enough for the check to mean something.
        assertThat(gated).isGreaterThanOrEqualTo(3);
        assertThat(EventTyping.triggers()).anyMatch(t -> PlainRow.of(t.pattern()) == null && PlainRow.requiredLiteral(t.pattern()) != null);
        assertThat(fewest).isGreaterThan(30);
    }
    @Test
    void literalSearchGivesContainedInsAnswer() {
        // The skip search against the char-by-char one it replaces, over random texts of the literal's chars, their
        // other case, near misses and non-ASCII chars, with random bounds.
        String[] lits = {"strike", "ing raids", " fired", "abc", "aaa", "a-b'c", "x9y", "abab"};
        String alphabet = "strikeSTRIKEabcABCingIN rRdD -'x9yYéKİ“_.";
        Random r = new Random(33);
        int found = 0;
        for (String l : lits) {
            char[] lit = l.toCharArray();
            PlainRow.Literal literal = new PlainRow.Literal(lit);
            for (int n = 0; n < 20000; n++) {
                StringBuilder b = new StringBuilder();
                int len = r.nextInt(40);
                for (int i = 0; i < len; i++) {
                    if (r.nextInt(12) == 0) {
                        String w = r.nextBoolean() ? l : l.toUpperCase(java.util.Locale.ROOT);
                        b.append(w, 0, Math.max(1, w.length() - r.nextInt(2)));
                    } else {
                        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                    }
                }
                String s = b.toString();
                int from = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
                int to = from + r.nextInt(s.length() - from + 1);
                boolean expected = PlainRow.containedIn(s, from, to, lit);
                found += expected ? 1 : 0;
                assertThat(literal.in(s, from, to)).as("%s in \"%s\" [%d, %d)", l, s, from, to).isEqualTo(expected);
            }
        }
        assertThat(found).isGreaterThan(10000);
    }
}
