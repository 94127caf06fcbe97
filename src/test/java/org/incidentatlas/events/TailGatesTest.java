package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that spare the before-window patterns a full {@code find()} ({@link PatternGate#endsInSpace},
 * {@link PatternGate#wordTail}, {@link ActorRoles#pronounTail}, {@link IncidentPlacement#mentionsDistance}) must
 * give what {@code find()} over the whole window gives, on random windows made of the patterns' own words,
 * punctuation, digits, line terminators and non-ASCII chars.
 */
class TailGatesTest {
    private static final String[] PIECES = {"in", "In", "IN", "at", "near", "north", "northern", "of", "Of", "the", "The",
        "town", "city", "outskirts", "close", "to", "km", "KM", "kilometres", "miles", "Mile", "10", "2.5", "some", "a few",
        "shelled", "against", "fired", "on", "he", "He", "she", "It", "group", "the group", "militia", "said", "according",
        "quoting", "told", "police chief", "governor", "for", "between", "villages", "x_y", "_", "Mosul", "al-Kut", "Sa'ada",
        "Ḥamāh", "\u2019s", "O'Neil", "U.S.", "-", ".", ",", ";", "(", ")", "\"", "“", "3", "é"};
    private static final String[] GAPS = {" ", " ", " ", "  ", "\t", "\n", "\r\n", "", "\u00A0", "\u0085", "\u2028", ",", ", "};

    @Test
    void tailsAndGatesFindWhatFindFinds() {
        Random r = new Random(12);
        int[] found = new int[4];
        for (int n = 0; n < 10_000; n++) {
            String s = window(r);
            found[0] += IncidentPlacement.LOCATIVE.matcher(s).find() && PatternGate.wordTail(s, IncidentPlacement.TAIL_CHUNKS) > 0 ? 1 : 0;
            found[1] += IncidentPlacement.TARGET_VERB_BEFORE.matcher(s).find() ? 1 : 0;
            found[2] += TitledPersons.QUOTED_BEFORE.matcher(s).find() ? 1 : 0;
            found[3] += ActorRoles.PRONOUN_SUBJECT.matcher(s).find() && ActorRoles.pronounTail(s) > 0 ? 1 : 0;
            // Patterns ending in \s+$: no match unless the window ends in white space (or a final line terminator).
            for (Pattern p : new Pattern[] {IncidentPlacement.LOCATIVE, IncidentPlacement.TARGET_VERB_BEFORE,
                IncidentPlacement.DISTANCE_FROM, IncidentPlacement.JURISDICTION_BEFORE, IncidentPlacement.DIRECTION_OF,
                IncidentPlacement.BETWEEN_END, TitledPersons.QUOTED_BEFORE, ActorRoles.PRONOUN_SUBJECT}) {
                if (p.matcher(s).find()) {
                    assertThat(PatternGate.endsInSpace(s, 0, s.length())).as("%s in [%s]", p, s).isTrue();
                }
            }
            if (IncidentPlacement.DISTANCE_FROM.matcher(s).find()) {
                assertThat(IncidentPlacement.mentionsDistance(s, 0, s.length())).as(s).isTrue();
            }
            same(IncidentPlacement.LOCATIVE, s, PatternGate.wordTail(s, IncidentPlacement.TAIL_CHUNKS), true);
            same(IncidentPlacement.TARGET_VERB_BEFORE, s, PatternGate.wordTail(s, IncidentPlacement.TAIL_CHUNKS), true);
            sameGated(IncidentPlacement.LOCATIVE_GATE, s);
            sameGated(IncidentPlacement.TARGET_VERB_BEFORE_GATE, s);
            same(TitledPersons.QUOTED_BEFORE, s, PatternGate.wordTail(s, TitledPersons.QUOTED_BEFORE_CHUNKS), true);
            same(ActorRoles.PRONOUN_SUBJECT, s, ActorRoles.pronounTail(s), false);
        }
        // The windows hold matches, also where the tail cuts something off: the comparison is not empty.
        for (int k : found) {
            assertThat(k).isGreaterThan(50);
        }
    }

    @Test
    void theTailLeavesOutWhatCannotMatch() {
        // Digits and commas end the tail; so does the chunk limit.
        assertThat(PatternGate.wordTail("killed 5, in the city of ", 9)).isEqualTo("killed 5,".length());
        assertThat(PatternGate.wordTail("a b c d e", 2)).isEqualTo("a b c".length());
        assertThat(ActorRoles.pronounTail("Then, he went on to ")).isEqualTo("Then".length());
        assertThat(PatternGate.endsInSpace("in ", 0, 3)).isTrue();
        assertThat(PatternGate.endsInSpace("in", 0, 2)).isFalse();
        assertThat(IncidentPlacement.mentionsDistance("10 KM from ", 0, 11)).isTrue();
        assertThat(IncidentPlacement.mentionsDistance("10 yards from ", 0, 14)).isFalse();
    }

    /** The match (start, end, first group) find() gives over {@code s} and over the region from {@code tail} on. */
    private static void same(Pattern p, String s, int tail, boolean anchoring) {
        Matcher whole = p.matcher(s);
        Matcher part = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(anchoring).region(tail, s.length());
        boolean found = whole.find();
        assertThat(part.find()).as("%s in [%s] from %d", p, s, tail).isEqualTo(found);
        if (found) {
            assertThat(part.start()).as("%s in [%s]", p, s).isEqualTo(whole.start());
            assertThat(part.end()).isEqualTo(whole.end());
            if (p.matcher("").groupCount() > 0) {
                assertThat(part.group(1)).isEqualTo(whole.group(1));
            }
        }
    }

    /**
     * The gate's first match from {@link IncidentPlacement#gateStart} after the word tail, and the pattern's match there
     * (transparent bounds, as {@code locativeBefore} reads its group): find()'s over the whole window.
     */
    private static void sameGated(PatternGate gate, String s) {
        Matcher whole = gate.pattern().matcher(s);
        boolean found = whole.find();
        int at = gate.firstMatch(s, IncidentPlacement.gateStart(s, PatternGate.wordTail(s, IncidentPlacement.TAIL_CHUNKS)), s.length());
        assertThat(at).as("%s in [%s]", gate.pattern(), s).isEqualTo(found ? whole.start() : -1);
        if (found) {
            Matcher there = gate.pattern().matcher(s).useTransparentBounds(true).region(at, s.length());
            assertThat(there.lookingAt()).isTrue();
            assertThat(there.end()).isEqualTo(whole.end());
            if (whole.groupCount() > 0) {
                assertThat(there.group(1)).isEqualTo(whole.group(1));
            }
        }
    }

    private static String window(Random r) {
        StringBuilder b = new StringBuilder();
        int words = 1 + r.nextInt(14);
        for (int i = 0; i < words; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]).append(GAPS[r.nextInt(GAPS.length)]);
        }
        String s = b.toString();
        return s.length() > 70 ? s.substring(s.length() - 70) : s;
    }
}
