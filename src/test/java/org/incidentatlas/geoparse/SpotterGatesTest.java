package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.junit.jupiter.api.Test;

/**
 * The spotter's gates held to the paths they skip, on random sentences: each gate may only answer no where the
 * full test it stands before answers no (the full test is written out here as the specification).
 */
class SpotterGatesTest {
    private static final String[] WORDS = {"the", "The", "THE", "thé", "thee", "th", "of", "Of", "OF", "ofs", "a",
        "A", "an", "An", "in", "In", "near", "to", "according", "told", "said", "says", "that", "and", "or", "with",
        "between", "region", "Region", "area", "province", "governorate", "military", "air", "base", "news", "regime",
        "operation", "Operation", "pro", "anti", "called", "named", "Baghdad", "Sana'a", "O'Neil", "U.S.", "Ky.",
        "N.Y.", "B.C.", "Ky", "KY", "Mo", "Ont", "Que", "Qué", "TX", "tx", "Iraq", "Wash", "D.C", "al", "Al", "el",
        "bu", "Bu", "S", "s", "1", "2024", "x1", "South", "Korean", "Koreans", "Sri", "Lankan", "New", "Zealander",
        "Saudi", "Arabian", "Salvadoran", "Smith", "John", "’s", "naïve"};
    private static final String[] GAPS = {" ", " ", " ", "  ", "-", "\u2010", " - ", "\t", "\n", "\u00A0", ", ", ". ",
        "; ", ": ", " (", "(", "\" ", " \u201C", "/", " . "};

    private static String sentence(Random random, String[] words, int maxWords) {
        StringBuilder b = new StringBuilder(words[random.nextInt(words.length)]);
        for (int k = random.nextInt(maxWords); k > 0; k--) {
            b.append(GAPS[random.nextInt(GAPS.length)]).append(words[random.nextInt(words.length)]);
        }
        return b.toString();
    }

    private static List<Word> words() throws IllegalAccessException {
        List<Word> out = new ArrayList<>();
        for (Field f : Word.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Word.class) {
                out.add((Word) f.get(null));
            }
        }
        return out;
    }

    /** {@link Tokens#is(int, Word)} answers as {@link Tokens#is(int, String)} of the word's text, for every word. */
    @Test
    void aWordIsComparedByItsKeyAsByItsText() throws IllegalAccessException {
        List<Word> words = words();
        assertThat(words).hasSizeGreaterThan(25);
        Random random = new Random(61);
        int matches = 0;
        for (int round = 0; round < 3_000; round++) {
            String s = sentence(random, WORDS, 12);
            Tokens t = Tokens.of(s, 0, s.length());
            for (int i = 0; i < t.size(); i++) {
                for (Word w : words) {
                    boolean is = t.is(i, w.text());
                    assertThat(t.is(i, w)).as("%s at %d of \"%s\"", w.text(), i, s).isEqualTo(is);
                    matches += is ? 1 : 0;
                }
            }
        }
        assertThat(matches).isGreaterThan(1_000);
    }

    /** The demonym of a two-word name as the gazetteer answers its folded name, with the plural's "s" taken off. */
    private static String demonymSpecification(Gazetteer g, String folded) {
        var iso = g.countryOfDemonym(folded);
        if (iso.isEmpty() && folded.endsWith("s") && folded.length() > 4) {
            iso = g.countryOfDemonym(folded.substring(0, folded.length() - 1));
        }
        return iso.orElse(null);
    }

    /**
     * {@link NameMatcher#demonym(Tokens, int, int)} of two words, gated by {@link Gazetteer#mayStartDemonym}, finds
     * every demonym the gazetteer has for their folded name: demonyms of two words, articles and single letters
     * that folding drops or joins, plurals, hyphens and other gaps.
     */
    @Test
    void theTwoWordDemonymGateKeepsEveryDemonym() {
        InMemoryGazetteer g = GeoparseFixture.gazetteer();
        g.addDemonym("South Korean", "KR").addDemonym("Sri Lankan", "LK").addDemonym("New Zealander", "NZ")
                .addDemonym("Saudi Arabian", "SA").addDemonym("Smith", "US").addDemonym("Bu Smith", "SY")
                .addDemonym("US Korean", "US").addDemonym("Korean Zealander", "KR");
        String[] words = {"South", "south", "Korean", "Koreans", "Sri", "Lankan", "Lankans", "New", "Zealander",
            "Saudi", "Arabian", "Smith", "John", "Al", "al", "El", "The", "the", "A", "U", "S", "US", "Bu", "bu",
            "Iraqi", "Iraqis", "Syrian", "Korea", "x", "2", "U.S.", "Sana'a", "Qué"};
        Random random = new Random(67);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            String s = words[random.nextInt(words.length)] + GAPS[random.nextInt(GAPS.length)]
                    + words[random.nextInt(words.length)];
            Tokens t = Tokens.of(s, 0, s.length());
            if (t.size() != 2) {
                continue;
            }
            NameMatcher names = new NameMatcher(g, Lexicon.standard());
            String expected = demonymSpecification(g, t.name(0, 2));
            assertThat(names.demonym(t, 0, 2)).as(s).isEqualTo(expected);
            found += expected != null ? 1 : 0;
        }
        assertThat(found).isGreaterThan(100);
    }

    /** The key gate before a state abbreviation's string never says no to a token that is one as written. */
    @Test
    void theStateAbbreviationKeyGateKeepsEveryAbbreviation() {
        Lexicon lexicon = Lexicon.standard();
        List<String> words = new ArrayList<>(List.of(WORDS));
        for (String line : Lexicon.lines("state-abbreviations.txt")) {
            String a = line.split("\t")[0];
            words.add(a);
            words.add(a.replace(".", ""));
            words.add(a.toLowerCase(java.util.Locale.ROOT));
        }
        Random random = new Random(71);
        for (int k = 0; k < 5_000; k++) {
            char[] c = new char[1 + random.nextInt(4)];
            for (int m = 0; m < c.length; m++) {
                c[m] = "ABCDKLMNOTWXYabcdklyé.".charAt(random.nextInt(22));
            }
            words.add(new String(c));
        }
        String[] all = words.toArray(String[]::new);
        int abbreviations = 0;
        for (int round = 0; round < 20_000; round++) {
            String s = sentence(random, all, 4) + ".";
            Tokens t = Tokens.of(s, 0, s.length());
            for (int i = 0; i < t.size(); i++) {
                if (lexicon.mayWriteStateAbbreviation(t.word(i))) {
                    abbreviations++;
                    assertThat(lexicon.mayWriteStateAbbreviation(t.key(i))).as("%s in \"%s\"", t.word(i), s).isTrue();
                }
            }
        }
        assertThat(abbreviations).isGreaterThan(1_000);
    }

    /** The spotter's skip to the next capitalised word or article stops where the word-by-word test does. */
    @Test
    void theSkipStopsAtEveryCapitalisedWordAndArticle() {
        Random random = new Random(73);
        for (int round = 0; round < 3_000; round++) {
            String s = sentence(random, WORDS, 15);
            Tokens t = Tokens.of(s, 0, s.length());
            for (int i = 0; i <= t.size(); i++) {
                int expected = i;
                while (expected < t.size() && !t.isCapitalised(expected) && !t.has(expected, SpotWords.ARTICLE)) {
                    expected++;
                }
                assertThat(t.nextCapitalisedOrArticle(i)).as("%d of \"%s\"", i, s).isEqualTo(expected);
            }
        }
    }

    /**
     * {@link Tokens#runEnd}, followed forward where asked, in any order of asking, equals the sentence's
     * {@link PersonNames#continuations} (the backward pass over every token, kept as the specification).
     */
    @Test
    void runEndsFollowedWhereAskedEqualTheBackwardPass() {
        String[] words = {"Abu", "Bakr", "al", "Al", "bin", "de", "von", "der", "van", "Kock", "NATO", "he", "said",
            "Mike", "Ursula", "Leyen", "the", "of", "x", "U.S.", "Sana'a"};
        Random random = new Random(83);
        for (int round = 0; round < 5_000; round++) {
            String s = sentence(random, words, 14);
            Tokens spec = Tokens.of(s, 0, s.length());
            int[] runs = PersonNames.continuations(spec);
            Tokens t = Tokens.of(s, 0, s.length());
            for (int ask = 0; ask < 2 * t.size() + 2; ask++) {
                int e = random.nextInt(t.size() + 2);
                assertThat(t.runEnd(e)).as("%d of \"%s\"", e, s).isEqualTo(runs[e]);
            }
            for (int e = 0; e <= t.size() + 1; e++) {
                assertThat(t.runEnd(e)).as("%d of \"%s\"", e, s).isEqualTo(runs[e]);
            }
        }
    }

    /** A gap without a break holds none of the marks the weapon-model walk stops at (read without the gap). */
    @Test
    void aGapWithoutABreakHoldsNoMark() {
        Random random = new Random(79);
        int breaks = 0;
        for (int round = 0; round < 5_000; round++) {
            String s = sentence(random, WORDS, 10);
            Tokens t = Tokens.of(s, 0, s.length());
            for (int i = 0; i < t.size(); i++) {
                if (t.gapHasAny(i, 0, ".;:(")) {
                    breaks++;
                    assertThat(t.mayBreakBefore(i)).as("%d of \"%s\"", i, s).isTrue();
                }
            }
        }
        assertThat(breaks).isGreaterThan(1_000);
    }
}
