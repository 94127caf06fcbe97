package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {
    private static final PhraseMatcher LEXICON = PhraseMatcher.of(List.of(
            "killed", "Islamic State", "Islamic State in Iraq", "state", "car bomb", "U.S.", "suicide car bomb",
            "قصف"));

    /** The matched phrases, as "phrase@first-end", in the order reported. */
    private static List<String> matches(String text) {
        TokenArray t = TokenArray.of(text);
        List<String> found = new ArrayList<>();
        LEXICON.scan(t, (p, first, end) -> found.add(LEXICON.phrases().get(p) + "@" + first + "-" + end));
        return found;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A car bomb killed two.                        | car bomb@1-3, killed@3-4
            Fighters of the ISLAMIC STATE in Iraq left.   | Islamic State@3-5, state@4-5, Islamic State in Iraq@3-7
            A suicide car bomb hit                        | suicide car bomb@1-4, car bomb@2-4
            US-led raids                                  | U.S.@0-1
            The U.S. said                                 | U.S.@1-2
            The car, a bomb                               | ''
            قصف مدفعي                                      | قصف@0-1
            Nothing here at all                           | ''
            """)
    void findsEveryPhraseOverlapsIncludedButNeverAcrossPunctuation(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(", "));
        assertThat(matches(text)).containsExactlyElementsOf(want);
    }

    @Test
    void longestAtGivesTheLongestPhraseStartingAtAToken() {
        TokenArray t = TokenArray.of("the Islamic State in Iraq and the Islamic State fighters");
        assertThat(LEXICON.phrases().get(LEXICON.longestAt(t, 1))).isEqualTo("Islamic State in Iraq");
        assertThat(LEXICON.phrases().get(LEXICON.longestAt(t, 7))).isEqualTo("Islamic State");
        assertThat(LEXICON.longestAt(t, 0)).isEqualTo(-1);
    }

    @Test
    void occursInIsAGateOverATokenRange() {
        TokenArray t = TokenArray.of("Talks went on. Then two were killed.");
        assertThat(LEXICON.occursIn(t, 0, 3)).isFalse();
        assertThat(LEXICON.occursIn(t, 3, t.size())).isTrue();
    }

    @Test
    void verifyComparesTheFoldedWordsExactly() {
        TokenArray t = TokenArray.of("a car bomb");
        List<PhraseMatcher.Match> found = LEXICON.find(t);
        assertThat(found).hasSize(1);
        PhraseMatcher.Match m = found.get(0);
        assertThat(LEXICON.verify(t, m.phrase(), m.first())).isTrue();
        assertThat(LEXICON.verify(t, m.phrase(), 0)).isFalse();
        assertThat(LEXICON.length(m.phrase())).isEqualTo(2);
    }

    @Test
    void aFailureLinkFindsAPhraseInsideALongerPartialMatch() {
        PhraseMatcher m = PhraseMatcher.of(List.of("a b c d", "b c", "c"));
        TokenArray t = TokenArray.of("a b c e");
        List<String> found = new ArrayList<>();
        m.scan(t, (p, first, end) -> found.add(m.phrases().get(p) + "@" + first));
        assertThat(found).containsExactly("b c@1", "c@2");
    }

    @Test
    void aLexiconOfManyPhrasesMatchesLikeAPhraseByPhraseSearch() {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            phrases.add("w" + (i % 37) + " w" + (i % 11) + (i % 3 == 0 ? "" : " w" + (i % 7)));
        }
        PhraseMatcher m = PhraseMatcher.of(phrases);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("w").append((i * 13) % 37).append(i % 17 == 0 ? ", " : " ");
        }
        TokenArray t = TokenArray.of(text.toString());
        List<String> fast = new ArrayList<>();
        m.scan(t, (p, first, end) -> fast.add(p + "@" + first));
        assertThat(fast).containsExactlyInAnyOrderElementsOf(phraseByPhrase(m, phrases.size(), t));
        assertThat(fast).isNotEmpty();
    }

    @Test
    void wordsThatStartNoPhraseAreSkippedWithoutChangingAnyMatch() {
        // Most words of the text start no phrase (the start state's bit gate); the phrases still match inside
        // partial matches, after failure links and across the gate's false positives.
        java.util.Random r = new java.util.Random(11);
        for (int round = 0; round < 200; round++) {
            List<String> phrases = new ArrayList<>();
            int n = 1 + r.nextInt(round % 3 == 0 ? 400 : 12);
            for (int i = 0; i < n; i++) {
                StringBuilder b = new StringBuilder("w" + r.nextInt(8));
                for (int k = r.nextInt(4); k > 0; k--) {
                    b.append(" w").append(r.nextInt(300));
                }
                phrases.add(b.toString());
            }
            PhraseMatcher m = PhraseMatcher.of(phrases);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                text.append("w").append(r.nextInt(4) == 0 ? r.nextInt(8) : r.nextInt(300)).append(r.nextInt(15) == 0 ? ", " : " ");
            }
            TokenArray t = TokenArray.of(text.toString());
            List<String> fast = new ArrayList<>();
            m.scan(t, (p, first, end) -> fast.add(p + "@" + first));
            List<String> slow = phraseByPhrase(m, phrases.size(), t);
            assertThat(fast).containsExactlyInAnyOrderElementsOf(slow);
            for (int at = 0; at < t.size(); at += 7) {
                int first = at;
                int longest = -1;
                for (int p = 0; p < phrases.size(); p++) {
                    int end = first + m.length(p);
                    if (end <= t.size() && m.verify(t, p, first) && noBreakInside(t, first, end)
                            && (longest < 0 || m.length(p) > m.length(longest))) {
                        longest = p;
                    }
                }
                int fastLongest = m.longestAt(t, first);
                assertThat(fastLongest < 0 ? -1 : m.length(fastLongest)).isEqualTo(longest < 0 ? -1 : m.length(longest));
                int to = Math.min(t.size(), first + 5);
                boolean any = slow.stream().anyMatch(x -> {
                    int p = Integer.parseInt(x.substring(0, x.indexOf('@')));
                    int f = Integer.parseInt(x.substring(x.indexOf('@') + 1));
                    return f >= first && f + m.length(p) <= to;
                });
                assertThat(m.occursIn(t, first, to)).isEqualTo(any);
            }
        }
    }

    /** Every match as "phrase@first token", found phrase by phrase at every end (the specification of scan). */
    private static List<String> phraseByPhrase(PhraseMatcher m, int phrases, TokenArray t) {
        List<String> out = new ArrayList<>();
        for (int end = 1; end <= t.size(); end++) {
            for (int p = 0; p < phrases; p++) {
                int first = end - m.length(p);
                if (first >= 0 && m.verify(t, p, first) && noBreakInside(t, first, end)) {
                    out.add(p + "@" + first);
                }
            }
        }
        return out;
    }

    private static boolean noBreakInside(TokenArray t, int first, int end) {
        for (int i = first + 1; i < end; i++) {
            if (t.is(i, TokenArray.BREAK_BEFORE)) {
                return false;
            }
        }
        return true;
    }
}
