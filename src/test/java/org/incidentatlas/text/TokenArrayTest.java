package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenArrayTest {
    private static List<String> words(TokenArray t) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            w.add(t.word(i));
        }
        return w;
    }

    private static List<String> folded(TokenArray t) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            w.add(t.folded(i));
        }
        return w;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rockets hit Sana'a on Monday.        | Rockets Sana'a Monday  | rockets sanaa monday
            Iraq's army entered al-Qaim          | Iraq s army al Qaim    | iraq s army al qaim
            U.S.-led forces left                 | U.S. led forces left   | us led forces left
            They didn't go to Ḥamāh              | They didn t go Ḥamāh   | they didn t go hamah
            the ISIS fighters, 12 of them        | the ISIS 12 of them    | the isis 12 of them
            """)
    void splitsAndFoldsLikeTheSpotter(String text, String expectedWords, String expectedFolded) {
        TokenArray t = TokenArray.of(text);
        List<String> expected = List.of(expectedWords.split(" "));
        // only the listed words are checked in order (some sentences have more tokens than listed)
        assertThat(words(t)).containsSubsequence(expected);
        assertThat(folded(t)).containsSubsequence(List.of(expectedFolded.split(" ")));
    }

    @Test
    void offsetsPointIntoTheTextAndFlagsDescribeEachToken() {
        String text = "In BAGHDAD, the U.S. embassy said 12 rockets fell near al-Rashid.";
        TokenArray t = TokenArray.of(text);
        assertThat(words(t)).containsExactly("In", "BAGHDAD", "the", "U.S.", "embassy", "said", "12", "rockets",
                "fell", "near", "al", "Rashid");
        for (int i = 0; i < t.size(); i++) {
            assertThat(text.substring(t.start(i), t.end(i))).isEqualTo(t.word(i));
        }
        assertThat(t.is(0, TokenArray.SENTENCE_START)).isTrue();
        assertThat(t.is(0, TokenArray.CAPITALISED)).isTrue();
        assertThat(t.is(1, TokenArray.ALL_CAPS)).isTrue();
        assertThat(t.is(2, TokenArray.BREAK_BEFORE)).as("comma before 'the'").isTrue();
        assertThat(t.is(2, TokenArray.LOWER)).isTrue();
        assertThat(t.is(3, TokenArray.ACRONYM)).isTrue();
        assertThat(t.is(4, TokenArray.BREAK_BEFORE)).isFalse();
        assertThat(t.is(6, TokenArray.DIGITS)).isTrue();
        assertThat(t.is(11, TokenArray.HYPHEN_BEFORE)).isTrue();
        assertThat(t.is(11, TokenArray.BREAK_BEFORE)).isFalse();
    }

    @Test
    void onlyWordsOfAsciiLettersAndDigitsAreAsciiWords() {
        TokenArray t = TokenArray.of("Baghdad 12 Sana'a U.S. Ḥamāh Qaim3");
        assertThat(words(t)).containsExactly("Baghdad", "12", "Sana'a", "U.S.", "Ḥamāh", "Qaim3");
        boolean[] expected = {true, true, false, false, false, true};
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.is(i, TokenArray.ASCII_WORD)).as(t.word(i)).isEqualTo(expected[i]);
        }
    }

    @Test
    void caseFlagsSayWhichLettersAreCapitals() {
        TokenArray t = TokenArray.of("baghdad Baghdad BAGHDAD BaghDad A 4B 2019 Ḥamāh ḤAMĀH U.S.");
        int[] expected = {TokenArray.NO_UPPER, TokenArray.FIRST_UPPER_ONLY, TokenArray.ALL_UPPER | TokenArray.ALL_CAPS, 0,
            TokenArray.ALL_UPPER | TokenArray.FIRST_UPPER_ONLY, TokenArray.ALL_UPPER, TokenArray.NO_UPPER,
            TokenArray.FIRST_UPPER_ONLY, TokenArray.ALL_UPPER | TokenArray.ALL_CAPS, TokenArray.ALL_UPPER | TokenArray.ALL_CAPS};
        int caseFlags = TokenArray.NO_UPPER | TokenArray.ALL_UPPER | TokenArray.FIRST_UPPER_ONLY | TokenArray.ALL_CAPS;
        assertThat(t.size()).isEqualTo(expected.length);
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.flags(i) & caseFlags).as(t.word(i)).isEqualTo(expected[i]);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sana'a and Iraq's men     | Sana'a and Iraq s men   | sanaa and iraq s men
            Mosul’s Ab́d Mósul     | Mosul s Ab́d Mósul | mosul s abd mosul
            abcé x—y U.S. U.Sa     | abcé x y U.S. U Sa     | abce x y us u sa
            """)
    void asciiWordsFollowedByWhatMayContinueThemSplitAsAnyWord(String text, String expectedWords, String expectedFolded) {
        TokenArray t = TokenArray.of(text);
        assertThat(words(t)).containsExactly(expectedWords.split(" "));
        assertThat(folded(t)).containsExactly(expectedFolded.split(" "));
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.key(i)).isEqualTo(TokenArray.keyOf(t.folded(i)));
        }
    }

    @Test
    void equalFoldedFormsHaveEqualKeys() {
        TokenArray t = TokenArray.of("Mosul MOSUL mosul Mósul Mosuls");
        assertThat(t.key(0)).isEqualTo(t.key(1)).isEqualTo(t.key(2)).isEqualTo(t.key(3))
                .isEqualTo(TokenArray.keyOf("mosul"));
        assertThat(t.key(4)).isNotEqualTo(t.key(0));
        assertThat(t.foldedEquals(3, "mosul")).isTrue();
        assertThat(t.foldedEquals(4, "mosul")).isFalse();
    }

    @Test
    void arabicLettersAreNormalisedAndFlagged() {
        TokenArray t = TokenArray.of("قصف مدينة الموصل");
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.is(2, TokenArray.ARABIC)).isTrue();
        assertThat(t.folded(1)).isEqualTo("مدينه"); // ta marbuta meets ha
    }

    @Test
    void builtOverSentencesNoTokenCrossesASentenceAndEachKnowsItsSentence() {
        String text = "Shells fell. Nobody was hurt. ";
        List<Sentence> sentences = List.of(new Sentence(0, new TextSpan(0, 12), false),
                new Sentence(1, new TextSpan(12, 13), false), new Sentence(2, new TextSpan(13, 29), false));
        TokenArray t = TokenArray.of(text, sentences);
        assertThat(words(t)).containsExactly("Shells", "fell", "Nobody", "was", "hurt");
        assertThat(t.sentences()).isEqualTo(3);
        assertThat(t.firstToken(2)).isEqualTo(2);
        assertThat(t.sentenceOf(1)).isZero();
        assertThat(t.sentenceOf(2)).isEqualTo(2);
        assertThat(t.is(2, TokenArray.SENTENCE_START)).isTrue();
        assertThat(t.tokenAtOrAfter(13)).isEqualTo(2);
        assertThat(t.tokenAtOrAfter(100)).isEqualTo(t.size());
    }

    @Test
    void anArticleTokenisedAgainOnTheSameThreadIsTheSameArray() {
        String text = "Rockets hit the base. Two guards died.";
        List<Sentence> sentences = List.of(new Sentence(0, new TextSpan(0, 21), false), new Sentence(1, new TextSpan(22, 38), false));
        TokenArray first = TokenArray.of(text, sentences);
        assertThat(TokenArray.of(text, sentences)).isSameAs(first);
        assertThat(TokenArray.of(new String(text), sentences)).isNotSameAs(first);
    }

    @Test
    void overATextWithStraightApostrophesKeepsTheTokensAndReadsTheNewText() {
        String curly = "The militia\u2019s convoy reached al\u2010Qaim.";
        String straight = "The militia's convoy reached al-Qaim.";
        TokenArray t = TokenArray.of(curly).over(straight);
        assertThat(t.text()).isSameAs(straight);
        assertThat(words(t)).containsExactly("The", "militia", "s", "convoy", "reached", "al", "Qaim");
        assertThat(t.is(6, TokenArray.HYPHEN_BEFORE)).isTrue();
        assertThat(t.key(1)).isEqualTo(TokenArray.of(straight).key(1));
    }

    @Test
    void overATextThatDiffersInAWordIsRefused() {
        TokenArray t = TokenArray.of("Shells fell on Monday.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.over("Shells fell on Sunday."))
                .isInstanceOf(IllegalArgumentException.class);
        // apostrophe and hyphen variants first, then a different letter
        TokenArray curly = TokenArray.of("The militia\u2019s al\u2010Qaim convoy left on Monday.");
        assertThat(curly.over("The militia's al-Qaim convoy left on Monday.").size()).isEqualTo(curly.size());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> curly.over("The militia's al-Qaim convoy left on Munday."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at 38 ");
    }

    @Test
    void aRepeatedTextHasItsUnitsTokensRepeated() {
        String unit = "The convoy left Harakat Al-Al-Al near the border, O'Neil's men said. ";
        TokenArray small = TokenArray.of(unit.repeat(1_000));
        TokenArray large = TokenArray.of(unit.repeat(8_000));
        assertThat(large.size()).isEqualTo(8 * small.size());
        assertThat(large.word(large.size() - 1)).isEqualTo("said");
        assertThat(large.key(large.size() - 2)).isEqualTo(small.key(small.size() - 2));
    }

    @Test
    void plainWordsAreFoldedHashedAndFlaggedFromTheirLettersAlone() {
        // the one-loop path for words of ASCII letters and digits against what their letters say
        java.util.Random r = new java.util.Random(12);
        String chars = "abcxyzABCXYZ0189";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int w = 1 + r.nextInt(6); w > 0; w--) {
                for (int k = 1 + r.nextInt(9); k > 0; k--) {
                    b.append(chars.charAt(r.nextInt(chars.length())));
                }
                b.append(r.nextBoolean() ? " " : ", ");
            }
            TokenArray t = TokenArray.of(b.toString());
            for (int i = 0; i < t.size(); i++) {
                String word = t.word(i);
                int letters = 0;
                int upper = 0;
                for (char c : word.toCharArray()) {
                    letters += Character.isLetter(c) ? 1 : 0;
                    upper += Character.isUpperCase(c) ? 1 : 0;
                }
                char c0 = word.charAt(0);
                assertThat(t.folded(i)).isEqualTo(word.toLowerCase(java.util.Locale.ROOT));
                assertThat(t.key(i)).isEqualTo(TokenArray.keyOf(t.folded(i)));
                assertThat(t.is(i, TokenArray.ASCII_WORD)).isTrue();
                assertThat(t.is(i, TokenArray.DIGITS)).as(word).isEqualTo(letters == 0);
                assertThat(t.is(i, TokenArray.NO_UPPER)).as(word).isEqualTo(upper == 0);
                assertThat(t.is(i, TokenArray.ALL_UPPER)).as(word).isEqualTo(upper > 0 && upper == letters);
                assertThat(t.is(i, TokenArray.ALL_CAPS)).as(word).isEqualTo(upper >= 2 && upper == letters);
                assertThat(t.is(i, TokenArray.FIRST_UPPER_ONLY)).as(word)
                        .isEqualTo(upper == 1 && Character.isUpperCase(c0));
                assertThat(t.is(i, TokenArray.CAPITALISED)).as(word).isEqualTo(Character.isUpperCase(c0));
                assertThat(t.is(i, TokenArray.LOWER)).as(word).isEqualTo(Character.isLowerCase(c0));
                boolean afterSpace = i > 0 && t.start(i) - t.end(i - 1) == 1;
                assertThat(t.is(i, TokenArray.CLOSE_BEFORE)).as(word).isEqualTo(afterSpace);
                assertThat(t.is(i, TokenArray.BREAK_BEFORE)).as(word).isEqualTo(!afterSpace);
            }
        }
    }
}
