package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The events stage's sentence gates of session 11 held to the code they replace: each window before a trigger asked
 * through its {@link PatternGate} gives find()'s answer over the window's copy; {@link EventTyping#isTally} with its
 * start-only way split off gives the one-pattern answer; {@link EventTyping#endsWithIng} the lower-cased string's.
 */
class SentenceGatesTest {
    private static final String[] WORDS = {"the", "The", "his", "its", "such", "'s", "’s", "recent", "deadly", "alleged", "in", "of",
        "for", "into", "about", "attended", "joined", "staged", "a", "an", "dozens of", "hundreds of", "30", "1,200", "series of",
        "wave of", "days of", "nearly", "over", "more than", "all", "these", "ongoing", "killed", "were", "on", "Nov.", "Nov", "3",
        "3rd", "\"", "“", "”", "-", "air", "x-ray", "frequently", "mostly", "IN", "OF", "THE", "have", "has", "so far", "to date",
        "since", "Monday", "last", "week", "the weekend", "early", "in all", "in total", "all told", "altogether", "offensive",
        "campaign", "war", "civil war", "has killed", "left", "been", "during", "now", "é", "naïve", ".", ";", "—", "attacks"};
    private static final String[] GAPS = {" ", " ", " ", "  ", "\n", ", ", "-", "", "\u00a0", "\t", ". "};

    private static String text(Random r, int words) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(4) == 0) {
            b.append(GAPS[r.nextInt(GAPS.length)]);
        }
        for (int i = 0; i < words; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(GAPS[r.nextInt(GAPS.length)]);
        }
        return b.toString();
    }

    @Test
    void tollWordGateGivesFindsAnswerOverTheSentence() {
        String[] words = {"dead", "Dead", "deadline", "died", "killed", "deaths", "toll", "tolls", "atoll", "fatalities", "slain",
            "the", "said", "d", "de", "tol", "fatal", "sla", "x"};
        Random r = new Random(31);
        int found = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(6); i >= 0; i--) {
                b.append(words[r.nextInt(words.length)]).append(GAPS[r.nextInt(GAPS.length)]);
            }
            String s = b.toString();
            int from = r.nextInt(s.length() + 1);
            int to = from + r.nextInt(s.length() - from + 1);
            boolean expected = TriggerDetection.TOLL_WORD.matcher(s.substring(from, to)).find();
            found += expected ? 1 : 0;
            assertThat(TriggerDetection.TOLL_WORD_GATE.firstMatch(s, from, to) >= 0).as("\"%s\" [%d, %d)", s, from, to).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(3000);
    }

    @Test
    void windowGatesGiveFindsAnswerOverTheWindowsCopy() {
        Pattern[] patterns = {EventTyping.RALLY_BEFORE, EventTyping.DETERMINER_BEFORE, EventTyping.PREPOSITION_BEFORE};
        PatternGate[] gates = {EventTyping.RALLY_BEFORE_GATE, EventTyping.DETERMINER_BEFORE_GATE,
            EventTyping.PREPOSITION_BEFORE_GATE};
        Random r = new Random(11);
        int[] found = new int[patterns.length];
        for (int n = 0; n < 40000; n++) {
            String s = text(r, 1 + r.nextInt(14));
            // Half the windows end where the text does, after a gap: where a trigger would start.
            int hi = r.nextBoolean() ? s.length() : r.nextInt(s.length() + 1);
            int lo = Math.max(0, hi - r.nextInt(70));
            int k = n % patterns.length;
            boolean expected = patterns[k].matcher(s.substring(lo, hi)).find();
            found[k] += expected ? 1 : 0;
            assertThat(gates[k].firstMatch(s, lo, hi) >= 0).as("%s in \"%s\" [%d, %d)", patterns[k], s, lo, hi).isEqualTo(expected);
        }
        assertThat(java.util.Arrays.stream(found).min().getAsInt()).as("fewest windows that matched").isGreaterThan(100);
    }

    /** The one pattern {@link EventTyping#isTally} asked before its start-only way was split off. */
    private static final Pattern CUMULATIVE_BEFORE = Pattern.compile("\\b(?:have|has)\\b[^.;]{0,80}\\b(?:so far|to date|since(?!\\s+(?:(?:last|early|late)\\s+)?"
            + "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|the weekend|last weekend|last week|this week"
            + "|earlier this week|last night|dawn|morning|this morning)\\b))\\b|\\bso far\\b|^\\W*(?:in all|in total|altogether|all told)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void tallyGivesTheOnePatternsAnswer() {
        Random r = new Random(5);
        int tallies = 0;
        int leads = 0;
        for (int n = 0; n < 30000; n++) {
            String s = text(r, 1 + r.nextInt(12));
            boolean expected = CUMULATIVE_BEFORE.matcher(s).find()
                    || EventTyping.mentions(s, EventTyping.CAMPAIGN_WORDS) && EventTyping.CAMPAIGN_TALLY.matcher(s).find();
            tallies += expected ? 1 : 0;
            leads += EventTyping.CUMULATIVE_LEAD.matcher(s).lookingAt() ? 1 : 0;
            assertThat(EventTyping.isTally(s)).as("\"%s\"", s).isEqualTo(expected);
        }
        assertThat(tallies).isGreaterThan(3000);
        assertThat(leads).isGreaterThan(300);
    }

    @Test
    void endsWithIngIsTheLowerCasedStringsAnswer() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String s : new String[] {c + "ng", "i" + c + "g", "in" + c, "x" + c + "ng", String.valueOf(c), "ab" + c, c + "NG"}) {
                assertThat(EventTyping.endsWithIng(s)).as("U+%04X in %s", (int) c, s)
                        .isEqualTo(s.toLowerCase(Locale.ROOT).endsWith("ing"));
            }
        }
    }
    @Test
    void readableEndInPlaceIsTheStrippedCopysAnswer() {
        String alphabet = "a.!?\u2026\"'\u201D\u2019)]x \t\n\r\u000B\f\u001C\u0085\u2028\u2029\u00A0\u2003\u3000";
        Random r = new Random(17);
        int ends = 0;
        for (int n = 0; n < 200000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            int from = r.nextInt(s.length() + 1);
            int to = from + r.nextInt(s.length() - from + 1);
            boolean expected = ArticleContext.endsLikeASentence(s.substring(from, to).strip());
            ends += expected ? 1 : 0;
            assertThat(RuleEventExtractor.Gates.endsLikeASentence(s, from, to)).as("\"%s\" [%d, %d)", s, from, to).isEqualTo(expected);
        }
        assertThat(ends).isGreaterThan(20000);
    }
}
