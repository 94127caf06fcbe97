package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.text.NameFolding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spotter's components one by one, on made-up sentences and the small fixture gazetteer. */
class SpotterComponentsTest {
    private static final InMemoryGazetteer GAZETTEER = GeoparseFixture.gazetteer();
    private static final Lexicon LEXICON = Lexicon.standard();

    /** The components of one article, as {@link MentionSpotter} wires them. */
    private static final class Article {
        final Tokens t;
        final ArticleMemory memory;
        final NameMatcher names = new NameMatcher(GAZETTEER, LEXICON);
        final PersonNames persons;
        final NotPlaceFilters filters;
        final boolean[] person;

        Article(String sentence) {
            t = Tokens.of(sentence, 0, sentence.length());
            memory = new ArticleMemory(sentence);
            persons = new PersonNames(names, memory);
            filters = new NotPlaceFilters(LEXICON, ContextWords.standard(), names, memory);
            person = persons.persons(t);
        }

        int token(String word) {
            for (int i = 0; i < t.size(); i++) {
                if (t.word(i).equals(word)) {
                    return i;
                }
            }
            throw new AssertionError(word + " is no token");
        }

        /** The filters' verdict on the gazetteer name starting at {@code word}: a reject code or "place". */
        String verdict(String word) {
            int from = token(word);
            int to = names.longestPlace(t, from);
            assertThat(to).as("a gazetteer name at %s", word).isPositive();
            Spot s = new Spot(0, t.start(from), t.end(to - 1), t.name(from, to), GAZETTEER.find(t.name(from, to)));
            filters.filter(s, t, from, to, person, false, 0);
            return s.isRejected() ? s.rejected.code() : "place";
        }
    }

    @Test
    void wordListsAreBitsOfEachToken() {
        String text = "Fighters in Anbar province met Mohammed";
        Tokens t = Tokens.of(text, 0, text.length());
        assertThat(t.has(1, SpotWords.LOCATIVE)).isTrue();
        assertThat(t.has(0, SpotWords.LOCATIVE)).isFalse();
        assertThat(t.has(3, SpotWords.FEATURE_AFTER)).isTrue();
        assertThat(t.has(3, SpotWords.SURFACE_FEATURE | SpotWords.ADMIN1_WORD)).isTrue();
        assertThat(t.has(5, SpotWords.GIVEN_NAME)).isTrue();
        assertThat(t.rank(1)).isPositive().isLessThan(t.rank(4));
        assertThat(t.is(1, "in")).isTrue();
        assertThat(t.is(2, "anbar")).isTrue();
    }

    @Test
    void accentedAndApostropheWordsAreLookedUpByTheirLowerCase() {
        String text = "Near Sana'a, the PROVINCE of Şırnak";
        Tokens t = Tokens.of(text, 0, text.length());
        assertThat(t.lower(1)).isEqualTo("sana'a");
        assertThat(t.is(1, "sana'a")).isTrue();
        assertThat(t.has(3, SpotWords.FEATURE_BEFORE)).as("PROVINCE in capitals").isTrue();
        assertThat(t.lower(5)).isEqualTo("şırnak");
    }

    @ParameterizedTest(name = "{0}: tokens [{1}, {2}) fold as their text")
    @CsvSource(delimiter = '|', textBlock = """
            Militias left Deir ez-Zor at dawn        | 2 | 5
            They reached al-Mayadeen by noon         | 2 | 4
            Fighters in Albu Kamal regrouped         | 2 | 4
            The road to Ḥamāh was closed             | 3 | 4
            Rockets hit St. Louis overnight          | 2 | 4
            Talks in Sana'a and U.S. bases           | 2 | 3
            Talks in Sana'a and U.S. bases           | 4 | 5
            """)
    void foldedNamesOfTokenSpansEqualTheFoldOfTheirText(String sentence, int from, int to) {
        Tokens t = Tokens.of(sentence, 0, sentence.length());
        String text = sentence.substring(t.start(from), t.end(to - 1));
        assertThat(t.name(from, to)).isEqualTo(NameFolding.fold(text));
        assertThat(t.lookup(from, to, GAZETTEER).places).isEqualTo(GAZETTEER.find(NameFolding.fold(text)));
        // a second article with the same words gets the same answer from the cross-article cache
        Tokens again = Tokens.of(sentence, 0, sentence.length());
        assertThat(again.name(from, to)).isEqualTo(t.name(from, to));
    }

    @Test
    void joinsOnlyAcrossSpacesHyphensAndAbbreviationsAndNeverAcrossLines() {
        String text = "Deir ez-Zor\nMosul, Kirkuk";
        Tokens t = Tokens.of(text, 0, text.length());
        assertThat(t.joinable(1)).isTrue();
        assertThat(t.joinable(2)).isTrue();
        assertThat(t.joinable(3)).as("a line break").isFalse();
        assertThat(t.joinable(4)).as("a comma").isFalse();
    }

    @Test
    void personNamesMarkTheNameAndRememberTheSurnameForTheArticle() {
        Article a = new Article("General Qasim Hamdani met officers in Baghdad on Monday.");
        assertThat(a.person[a.token("Qasim")]).isTrue();
        assertThat(a.person[a.token("Hamdani")]).isTrue();
        assertThat(a.person[a.token("Baghdad")]).isFalse();
        assertThat(a.memory.personKeys).contains("hamdani");
    }

    @Test
    void nameRunsGoThroughArticlesAndParticles() {
        String text = "Abu Bakr al-Baghdadi and Mike de Kock spoke";
        Tokens t = Tokens.of(text, 0, text.length());
        assertThat(PersonNames.nameRunEnd(t, 0)).isEqualTo(4);
        assertThat(PersonNames.nameRunEnd(t, 5)).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Students of Baghdad University said the exams were cancelled. | Baghdad | organisation-name
            The Kirkuk daily reported the attack on Monday.               | Kirkuk  | outlet
            The figures were confirmed, according to Hawija.              | Hawija  | outlet
            The figures were confirmed, officials told Hawija.            | Hawija  | outlet
            Officials told Hawija said nothing new on Monday.             | Hawija  | outlet
            The figures were confirmed, according to Baghdad.             | Baghdad | place
            The figures were confirmed, officials told Baghdad.           | Baghdad | place
            Shops shut, according to Hawija residents on Monday.          | Hawija  | place
            Critics of the Mosul regime met abroad.                       | Mosul   | person-name
            Troops joined Operation Kirkuk Shield last year.              | Kirkuk  | operation-name
            Supporters of Moscow-based groups met in Beirut.              | Beirut  | place
            Gunmen attacked a checkpoint near Hawija on Sunday.           | Hawija  | place
            General Qasim Hawija met officers in Baghdad.                 | Hawija  | person-name
            """)
    void filtersRejectWithTheirReason(String sentence, String word, String expected) {
        assertThat(new Article(sentence).verdict(word)).isEqualTo(expected);
    }

    @Test
    void anOutletNameIsRememberedForTheWholeArticle() {
        Article a = new Article("The Kirkuk daily reported the attack on Monday.");
        a.verdict("Kirkuk");
        assertThat(a.memory.outletKeys).contains("kirkuk");
    }

    @Test
    void candidateNamesAreComparedLetterByLetter() {
        String k = Candidates.letters("Deir ez-Zor");
        assertThat(Candidates.sameLetters("Deir Ez Zor", k)).isTrue();
        assertThat(Candidates.sameLetters("Deir ez-Zor Governorate", k)).isFalse();
        assertThat(Candidates.sameLetters("Dëir ez-Zor", k)).as("an accent falls away").isTrue();
        assertThat(Candidates.sameLetters("Deir", k)).isFalse();
    }

    @Test
    void aNameWithCityIsComparedWithoutBuildingIt() {
        String k = Candidates.letters("New York");
        assertThat(Candidates.sameLettersCity("New York City", k)).isTrue();
        assertThat(Candidates.sameLettersCity("new-york city", k)).isTrue();
        assertThat(Candidates.sameLettersCity("Néw York City", k)).as("an accent falls away").isTrue();
        assertThat(Candidates.sameLettersCity("New York", k)).isFalse();
        assertThat(Candidates.sameLettersCity("New York Cityscape", k)).isFalse();
        assertThat(Candidates.sameLettersCity("New Yorker City", k)).isFalse();
        for (String name : new String[] {"Quezon City", "Quezon", "Quezon Cit", "Ciudad Quezon", "Quézon City"}) {
            String q = Candidates.letters("Quezon");
            assertThat(Candidates.sameLettersCity(name, q)).as(name).isEqualTo(Candidates.sameLetters(name, q + "city"));
        }
    }

    /**
     * {@link Lexicon#mayWriteStateAbbreviation} never says no to a word that is an abbreviation as written or with a
     * dot after it: the spotter's gate before building the dotted form.
     */
    @Test
    void theStateAbbreviationGateKeepsEveryAbbreviation() {
        Lexicon lexicon = Lexicon.standard();
        java.util.Set<String> words = new java.util.TreeSet<>(lexicon.commonRanks().keySet());
        for (String line : Lexicon.lines("state-abbreviations.txt")) {
            String a = line.split("\t")[0];
            for (int p = 1; p <= a.length(); p++) {
                words.add(a.substring(0, p));
            }
        }
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < 20_000; k++) {
            char[] c = new char[1 + random.nextInt(4)];
            for (int m = 0; m < c.length; m++) {
                c[m] = "ABCDKLMNOTWXYabcdkly.".charAt(random.nextInt(21));
            }
            words.add(new String(c));
        }
        int abbreviations = 0;
        for (String w : words) {
            boolean is = lexicon.stateOfAbbreviation(w) != null || lexicon.stateOfAbbreviation(w + ".") != null;
            if (is) {
                abbreviations++;
                assertThat(lexicon.mayWriteStateAbbreviation(w)).as(w).isTrue();
            }
        }
        assertThat(abbreviations).isGreaterThan(100);
    }
}
