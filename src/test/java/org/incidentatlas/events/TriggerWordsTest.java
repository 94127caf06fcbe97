package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.text.SentenceSplitter;
import org.incidentatlas.text.TokenArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trigger and cue matcher: one pass over a sentence's tokens says where each row and the cue can start, and
 * confirming there gives exactly what {@code find()} of each row and of the cue gives over the sentence. Made-up
 * sentences, several aimed at rows that use regular-expression features (a case-sensitive nationality, a negative
 * look-ahead after "struck", a negative look-behind before "attack", look-aheads after "met" and "threatened").
 */
class TriggerWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "A Turkish strike hit the depot, and US air strikes followed; the Danish strikes by nurses over pay did not.",
        "The deal was struck on Monday before gunmen struck a convoy near the bridge.",
        "The cyber attack on the bank was not like the attack on the police post.",
        "The envoy met senior officers and later met with Colonel Smith, who meets Ministers often.",
        "The commander threatened to strike back and vowed revenge; she warned of rain.",
        "About 5,000 troops are stationed in the north, and the unit is Basra-based, operating near the river.",
        "The government has some 2,000 soldiers in the valley and maintains nearly 300 personnel there.",
        "Rioters torched cars in the riot while riot police watched; protesters rallied outside the court.",
        "U.S. drone strikes killed two; a French Strike killed none, Sana'a residents said.",
        "Nothing happened: the mayor opened a school and visited a café in Zürich.",
    })
    void theTokenPassFindsWhatFindGivesForEveryRowAndTheCue(String text) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        TokenArray tokens = TokenArray.of(text, sentences);
        List<EventTyping.Trigger> rows = EventTyping.triggers();
        for (Sentence s : sentences) {
            int from = s.span().start();
            int to = s.span().end();
            TriggerWords.Scan scan = TriggerWords.tokens(text, tokens, tokens.firstToken(s.index()), tokens.firstToken(s.index() + 1), from, to);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(viaScan(rows.get(i).pattern(), text, from, to, scan, 1 << i))
                        .as("row %d in \"%s\"", i, s.of(text)).isEqualTo(find(rows.get(i).pattern(), text, from, to));
            }
            assertThat(toList(TriggerWords.confirm(DeploymentExtraction.DEPLOYMENT_CUE, text, from, to, scan.cueAt, scan.cues)))
                    .as("cue in \"%s\"", s.of(text)).isEqualTo(find(DeploymentExtraction.DEPLOYMENT_CUE, text, from, to));
        }
    }

    @Test
    void theWordProbeKeepsTheCaseOfACaseSensitiveRowAndTheCueHasItsOwnBit() {
        int nationality = rowOf("Israeli strike");
        assertThat(TriggerWords.probe("Israeli") & 1 << nationality).isNotZero();
        assertThat(TriggerWords.probe("israeli") & 1 << nationality).isZero();
        assertThat(TriggerWords.probe("deployed") & TriggerWords.CUE_BIT).isNotZero();
        assertThat(TriggerWords.probe("Deployed") & TriggerWords.CUE_BIT).isNotZero();
        assertThat(TriggerWords.probe("depot")).isZero();
        assertThat(TriggerWords.GATED & 1 << nationality).as("the nationality row is gated").isNotZero();
        assertThat(TriggerWords.GATED & TriggerWords.CUE_BIT).as("the cue is gated").isNotZero();
    }

    @Test
    void aCaseSensitivePartInsideANegativeLookAroundIsNotMadeCaseInsensitive() {
        int ci = Pattern.CASE_INSENSITIVE;
        Pattern plain = Pattern.compile("\\b(?:(?-i:[A-Z]\\w+) strikes?)\\b", ci);
        Pattern rewritten = TriggerWords.caseInsensitiveForm(plain);
        assertThat(rewritten.pattern()).doesNotContain("(?-i");
        assertThat(rewritten.matcher("french strike").find()).isTrue();
        assertThat(plain.matcher("french strike").find()).isFalse();
        // Made case-insensitive, the look-ahead would reject "Strike by Nurses" that the row accepts.
        assertThat(TriggerWords.caseInsensitiveForm(Pattern.compile("\\b(?:strikes?(?! (?-i:by [A-Z]\\w+)))\\b", ci))).isNull();
        Pattern none = Pattern.compile("\\b(?:clash(?:es|ed))\\b", ci);
        assertThat(TriggerWords.caseInsensitiveForm(none)).isSameAs(none);
    }

    @Test
    void aPlainWordIsProbedOnceForAllItsOccurrencesWhateverItsCase() {
        // Lower, capitalised and all-capital forms of one word are told apart (the case-sensitive row needs it).
        int nationality = rowOf("Israeli strike");
        List<Boolean> may = new ArrayList<>();
        for (String text : List.of("An Israeli strike hit it.", "An israeli strike hit it.", "AN ISRAELI STRIKE HIT IT.", "An Israeli strike hit it.")) {
            List<Sentence> sentences = SentenceSplitter.split(text);
            TokenArray tokens = TokenArray.of(text, sentences);
            TriggerWords.Scan scan = TriggerWords.tokens(text, tokens, 0, tokens.size(), 0, text.length());
            may.add((scan.any & 1 << nationality) != 0);
        }
        assertThat(may).containsExactly(true, false, false, true);
    }

    /**
     * On random sentences made of the rows' and the cue's own words, their first letters ("she" of "shelling", "set" of
     * "set up"), case variants, nationalities and other words, joined by spaces, punctuation, tabs, hyphens and
     * possessives, the token pass with its word masks (before a space and not, the lower-case prefix test, first sight
     * and cached in the thread's word table) keeps every start where a row or the cue matches, and the hits and cues
     * are those of the char-by-char scan. (No bare apostrophe between letters: it makes one token of two words, whose
     * inner start the token pass does not try by design.)
     */
    @Test
    void theTokenPassFindsWhatFindGivesOnRandomSentences() {
        List<String> words = new ArrayList<>(List.of("the", "a", "an", "and", "said", "Monday", "Russian", "Israeli", "ISRAELI",
                "israeli", "US", "U.S.", "Iran", "which", "than", "Pakistani", "French", "nurses", "by", "of", "to", "at", "200",
                "1,500", "Sana'a", "café", "Zürich", "x_y", "3rd", "the", "the", "in", "on", "with", "has", "some", "about"));
        List<Pattern> patterns = rowsAndCue();
        for (Pattern p : patterns) {
            for (String w : p.pattern().split("[^A-Za-z]+")) {
                if (w.length() > 1) {
                    words.add(w);
                    words.add(w.substring(0, Math.min(w.length(), 3)));
                    words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
                }
            }
            // And their literal phrases with hyphens and spaces ("booby-trap bombs", "sit-in", "exchanged fire").
            for (String w : p.pattern().split("[^A-Za-z -]+")) {
                if (w.strip().length() > 1) {
                    words.add(w.strip());
                }
            }
        }
        String[] gaps = {" ", " ", " ", " ", " ", "  ", ", ", "; ", "\t", "-", "'s ", "\u00A0", " (", ") ", "\" ", ": "};
        java.util.Random r = new java.util.Random(11);
        String[] pool = words.toArray(String[]::new);
        int matched = 0;
        for (int n = 0; n < 3000; n++) {
            String text = RandomTexts.of(r, 3 + r.nextInt(14), pool, gaps) + (r.nextBoolean() ? "." : "");
            List<Sentence> sentences = SentenceSplitter.split(text);
            TokenArray tokens = TokenArray.of(text, sentences);
            for (Sentence s : sentences) {
                int from = s.span().start();
                int to = s.span().end();
                TriggerWords.Scan scan = TriggerWords.tokens(text, tokens, tokens.firstToken(s.index()), tokens.firstToken(s.index() + 1), from, to);
                for (int i = 0; i < patterns.size() - 1; i++) {
                    List<Integer> found = find(patterns.get(i), text, from, to);
                    matched += found.size() / 2;
                    assertThat(viaScan(patterns.get(i), text, from, to, scan, 1 << i)).as("row %d in \"%s\"", i, s.of(text)).isEqualTo(found);
                }
                List<Integer> cues = find(DeploymentExtraction.DEPLOYMENT_CUE, text, from, to);
                matched += cues.size() / 2;
                assertThat(toList(TriggerWords.confirm(DeploymentExtraction.DEPLOYMENT_CUE, text, from, to, scan.cueAt, scan.cues)))
                        .as("cue in \"%s\"", s.of(text)).isEqualTo(cues);
                assertThat(toList(DeploymentExtraction.cues(text, tokens, s, scan))).as("cues in \"%s\"", s.of(text)).isEqualTo(cues);
                assertThat(EventTyping.hits(text, from, to, scan)).as("hits in \"%s\"", s.of(text)).isEqualTo(EventTyping.hits(text, from, to));
            }
        }
        assertThat(matched).as("rows and cue matched").isGreaterThan(3000);
    }

    /**
     * The before-a-space mask is asked once per word, in lower case, for all its cases: the case-insensitive forms of
     * the rows and the cue answer the same for the word capitalised and in capitals, for every word and first letters
     * of a word in the rows and the cue, and a few others.
     */
    @Test
    void theBeforeSpaceMaskIsTheSameInEveryCase() {
        List<String> words = new ArrayList<>(List.of("Monday", "Russian", "US", "which", "she", "set", "held", "x1", "A"));
        List<Pattern> patterns = rowsAndCue();
        for (Pattern p : patterns) {
            for (String w : p.pattern().split("[^A-Za-z]+")) {
                for (int n = 1; n <= w.length(); n++) {
                    words.add(w.substring(0, n));
                }
            }
        }
        int nonZero = 0;
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            int mask = TriggerWords.beforeSpaceAsWritten(lower);
            assertThat(TriggerWords.beforeSpaceAsWritten(Character.toUpperCase(lower.charAt(0)) + lower.substring(1))).as(w).isEqualTo(mask);
            assertThat(TriggerWords.beforeSpaceAsWritten(lower.toUpperCase(java.util.Locale.ROOT))).as(w).isEqualTo(mask);
            assertThat(TriggerWords.beforeSpace(w)).as(w).isEqualTo(mask);
            nonZero += mask != 0 ? 1 : 0;
        }
        assertThat(nonZero).isGreaterThan(100);
    }

    private static int rowOf(String example) {
        List<EventTyping.Trigger> rows = EventTyping.triggers();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).pattern().matcher(example).matches()) {
                return i;
            }
        }
        throw new AssertionError("no row matches " + example);
    }

    private static List<Integer> viaScan(Pattern p, String text, int from, int to, TriggerWords.Scan scan, int bit) {
        int[] starts = new int[scan.n];
        int n = 0;
        for (int k = 0; k < scan.n; k++) {
            if ((scan.masks[k] & bit) != 0) {
                starts[n++] = scan.at[k];
            }
        }
        return toList(TriggerWords.confirm(p, text, from, to, starts, n));
    }

    private static List<Integer> find(Pattern p, String text, int from, int to) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.start());
            out.add(m.end());
        }
        return out;
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int x : a) {
            out.add(x);
        }
        return out;
    }

    /** The trigger rows' patterns in order, then the deployment cue's (the scan's row bits, then its cue). */
    private static List<Pattern> rowsAndCue() {
        List<Pattern> patterns = new ArrayList<>();
        for (EventTyping.Trigger t : EventTyping.triggers()) {
            patterns.add(t.pattern());
        }
        patterns.add(DeploymentExtraction.DEPLOYMENT_CUE);
        return patterns;
    }
}
