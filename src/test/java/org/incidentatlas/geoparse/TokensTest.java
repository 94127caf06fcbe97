package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Iran’s Fars News Agency                | Iran/s/Fars/News/Agency
            They're in Sana'a now                  | They/re/in/Sana'a/now
            U.S.-led forces left                   | U.S./led/forces/left
            the U.S. Embassy                       | the/U.S./Embassy
            in al-Mayadeen and Deir ez-Zor         | in/al/Mayadeen/and/Deir/ez/Zor
            Tower 22 base                          | Tower/22/base
            """)
    void splitsWordsOncePerSentence(String text, String expected) {
        Tokens t = Tokens.of(text, 0, text.length());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            words.add(t.word(i));
        }
        assertThat(String.join("/", words)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: the gap before token {1} starts with {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Hilltown  /Photo"      | 1 | /
            "Hilltown, a village"   | 1 | ,
            "Hilltown — Police" | 1 | —
            "Hilltown police"       | 1 |
            "  Hilltown"            | 0 |
            """)
    void readsTheFirstCharOfAGapInPlace(String text, int token, String first) {
        Tokens t = Tokens.of(text, 0, text.length());
        String gap = t.gapBefore(token, 0).strip();
        assertThat(gap.isEmpty() ? "" : gap.substring(0, 1)).isEqualTo(first == null ? "" : first);
        assertThat(t.firstInGap(token, 0)).isEqualTo(gap.isEmpty() ? -1 : (int) gap.charAt(0));
    }

    @ParameterizedTest(name = "{0}: token {1} joins the one before: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Deir ez-Zor        | 2 | true
            al-Mayadeen        | 1 | true
            St. Louis          | 1 | true
            Iraq, Syria        | 1 | false
            Iran’s Fars        | 1 | false
            Baghdad. Mosul     | 1 | false
            """)
    void joinsOnlyAcrossSpacesHyphensAndAbbreviations(String text, int token, boolean joinable) {
        assertThat(Tokens.of(text, 0, text.length()).joinable(token)).isEqualTo(joinable);
    }

    @ParameterizedTest(name = "{0}: token {1} starts with a letter: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            in Erbil today      | 1 | true
            in erbil today      | 1 | true
            the 4th brigade     | 1 | false
            at 2019 end         | 1 | false
            in Ḥamāh now        | 1 | true
            في الموصل اليوم     | 1 | true
            """)
    void startsWithLetterAgreesWithTheCharacter(String text, int token, boolean letter) {
        Tokens t = Tokens.of(text, 0, text.length());
        assertThat(t.startsWithLetter(token)).isEqualTo(letter)
                .isEqualTo(Character.isLetter(text.charAt(t.start(token))));
    }

    @ParameterizedTest(name = "{0}: gap before token {1} holds one of {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Mosul; Erbil      | 1 | .;:(  | true
            Mosul (Erbil)     | 1 | .;:(  | true
            Mosul, Erbil      | 1 | .;:(  | false
            Mosul Erbil       | 1 | ,     | false
            "Erbil            | 0 | \"(   | true
            """)
    void gapHasAnyReadsOnlyTheGap(String text, int token, String chars, boolean expected) {
        Tokens t = Tokens.of(text, 0, text.length());
        assertThat(t.gapHasAny(token, 0, chars)).isEqualTo(expected)
                .isEqualTo(t.gapBefore(token, 0).chars().anyMatch(c -> chars.indexOf(c) >= 0));
    }

    /** {@link Tokens#gapIs} with a comma answers as the stripped gap string equal to "," (UnlistedPlaces' old test). */
    @org.junit.jupiter.api.Test
    void gapIsACommaAsTheStrippedGapString() {
        String alphabet = ",, \t\u00a0\u2003;.-\u2014(\"";
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder gap = new StringBuilder();
            for (int m = random.nextInt(5); m > 0; m--) {
                gap.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = "Abc" + gap + "def";
            Tokens t = Tokens.of(text, 0, text.length());
            if (t.size() != 2) {
                continue;
            }
            String between = text.substring(t.end(0), t.start(1));
            assertThat(t.gapIs(1, 0, ',')).as("[%s]", between).isEqualTo(between.strip().equals(","));
        }
    }
}
