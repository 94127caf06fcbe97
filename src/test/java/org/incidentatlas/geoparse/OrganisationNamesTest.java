package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Place names inside organisation, unit, people and person names, and fragments of unknown names. Made-up text. */
class OrganisationNamesTest {
    private static final InMemoryGazetteer GAZETTEER = gazetteer();
    private static final Geoparser PARSER = new GazetteerGeoparser(GAZETTEER);

    private static InMemoryGazetteer gazetteer() {
        InMemoryGazetteer g = GeoparseFixture.gazetteer();
        g.add(new Place("a1:IQ.KR", "Kurdistan Region", PlaceKind.ADMIN1, "ADM1", "IQ", "KR", 36.2, 44.0, 5_000_000,
                10), List.of("Kurdistan"));
        g.add(new Place("cc:PK", "Pakistan", PlaceKind.COUNTRY, "PCLI", "PK", null, 30.0, 70.0, 220_000_000, 30),
                List.of());
        g.add(new Place("a1:IQ.MU", "Muthanna Governorate", PlaceKind.ADMIN1, "ADM1", "IQ", "MU", 30.5, 45.5, 800_000,
                5), List.of("Muthanna"));
        g.add(new Place("gn:7001", "Zarqa", PlaceKind.TOWN, "PPL", "IQ", "13", 35.1, 44.1, 4_000, 1), List.of());
        g.add(new Place("gn:7002", "Wadi", PlaceKind.VILLAGE, "PPL", "IN", "16", 18.0, 76.0, 9_000, 1), List.of());
        g.add(new Place("gn:7003", "Boko", PlaceKind.TOWN, "PPL", "CG", "11", -4.8, 14.6, 6_000, 1), List.of());
        g.add(new Place("gn:7004", "Hassa", PlaceKind.VILLAGE, "PPL", "SY", "05", 35.1, 40.6, 500, 1), List.of());
        g.add(new Place("gn:7005", "Dunari", PlaceKind.VILLAGE, "PPL", "NG", "05", 11.0, 13.0, 3_000, 1), List.of());
        return g;
    }

    @ParameterizedTest(name = "{1} is no place in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials of the Kurdistan Workers' Party denied the claim in Baghdad.          | Kurdistan        | organisation-name
            Officials of the Kurdistan Workers’ Party denied the claim in Baghdad.          | Kurdistan        | organisation-name
            Kurdistan CT forces detained three suspects near Kirkuk on Monday.              | Kurdistan        | organisation-name
            The Zarqa Information Centre said the convoy left Mosul at dawn.                | Zarqa            | organisation-name
            Fighters of Tehreek-i-Taliban Pakistan attacked a checkpoint near Mosul.        | Pakistan         | organisation-name
            Fighters of Jaish-e-Nasr Iran fired rockets at Kirkuk on Sunday.                 | Iran             | organisation-name
            Elders of the Dunari people met officials in Baghdad on Monday.                 | Dunari           | ethnonym
            Gunmen fled into Wadi Sarhan after the raid on the outpost near Mosul.          | Wadi             | partial-name
            Shelling hit Ain Hassa and two other villages near Mosul on Sunday.             | Hassa            | partial-name
            Muthanna al-Qarawi, a commander, was killed in Kirkuk on Monday.                | Muthanna         | person-name
            Boko Haram fighters attacked a village near Mosul on Friday.                    | Boko             | partial-name
            """)
    void aPlaceNameInsideAnotherNameIsNoPlace(String text, String name, String rule) {
        int at = text.indexOf(name);
        PlaceMention m = PARSER.parse(GeoparseFixture.article(text)).stream()
                .filter(x -> x.surface().equals(name) && x.span().start() == at).findFirst().orElseThrow();
        assertThat(m.rule()).as("%s", m).isEqualTo(rule);
        for (PlaceMention x : PARSER.parse(GeoparseFixture.article(text))) {
            if (x.isResolved() && x.span().start() <= at && x.span().end() > at) {
                throw new AssertionError("resolved " + x + " in: " + text);
            }
        }
    }

    @ParameterizedTest(name = "{1} stays a place in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A drone attack in Kurdistan killed two soldiers on Monday.                      | Kurdistan
            Pakistan's army said it had closed the border on Monday.                        | Pakistan
            Officials of the Kurdistan Region said the road to Kirkuk was closed.           | Kurdistan Region
            Rockets hit Mosul Thursday, police said.                                        | Mosul
            Families fled from Muthanna to Baghdad after the floods.                        | Muthanna
            Rockets hit Pakistan Thursday, officials in Baghdad said.                       | Pakistan
            """)
    void aPlaceStaysAPlace(String text, String surface) {
        Optional<PlaceMention> m = PARSER.parse(GeoparseFixture.article(text)).stream()
                .filter(x -> x.surface().equals(surface)).findFirst();
        assertThat(m).as("%s in %s", surface, text).isPresent();
        assertThat(m.get().isResolved()).as("%s", m.get()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void normalFormIsTheRegexOne() {
        // the hand-written normal form equals lower case, straight apostrophes, \s runs as one space, stripped
        java.util.Random r = new java.util.Random(12);
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u2019', '\'', '-'};
        for (int n = 0; n < 5000; n++) {
            char[] c = new char[r.nextInt(9)];
            for (int k = 0; k < c.length; k++) {
                c[k] = alphabet[r.nextInt(alphabet.length)];
            }
            String s = new String(c);
            String expected = s.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
            assertThat(OrganisationNames.normal(s)).as("[%s]", s).isEqualTo(expected);
        }
        assertThat(OrganisationNames.normal("  Workers\u2019  \t Party ")).isEqualTo("workers' party");
    }

    /**
     * The word-list bits that {@link SpotWords} sets from {@link OrganisationNames#standard()}'s sets answer as the sets
     * do for every plain word: each set's members, every prefix of them, the common words, given names and titles, and
     * made-up words (the rules ask the bit, the old code asked the set with the token in lower case).
     */
    @org.junit.jupiter.api.Test
    void wordListBitsAnswerAsTheSetsForEveryPlainWord() {
        OrganisationNames o = OrganisationNames.standard();
        java.util.Set<String> words = new java.util.TreeSet<>();
        for (java.util.Set<String> set : List.of(o.connectors(), o.peopleWords(), o.generics(), o.heads(),
                o.multiWordPrefixes())) {
            for (String w : set) {
                for (int p = 1; p <= w.length(); p++) {
                    words.add(w.substring(0, p));
                }
            }
        }
        Lexicon lexicon = Lexicon.standard();
        words.addAll(lexicon.commonRanks().keySet());
        words.addAll(lexicon.givenNames());
        words.addAll(lexicon.titles());
        java.util.Random random = new java.util.Random(12);
        for (int k = 0; k < 20_000; k++) {
            char[] c = new char[1 + random.nextInt(6)];
            for (int m = 0; m < c.length; m++) {
                c[m] = (char) ('a' + random.nextInt(26));
            }
            words.add(new String(c));
        }
        int plain = 0;
        for (String w : words) {
            for (String written : List.of(w, Character.toUpperCase(w.charAt(0)) + w.substring(1))) {
                Tokens t = Tokens.of(written, 0, written.length());
                if (t.size() != 1 || !t.has(0, SpotText.PLAIN)) {
                    continue; // "workers'", "counter-terrorism": not one plain word, asked of the sets
                }
                plain++;
                String lower = t.lower(0);
                assertThat(t.has(0, SpotWords.ORG_CONNECTOR)).as(written).isEqualTo(o.connectors().contains(lower));
                assertThat(t.has(0, SpotWords.PEOPLE_WORD)).as(written).isEqualTo(o.peopleWords().contains(lower));
                assertThat(t.has(0, SpotWords.NAME_GENERIC)).as(written).isEqualTo(o.generics().contains(lower));
                assertThat(t.has(0, SpotWords.ORG_HEAD_WORD)).as(written).isEqualTo(o.heads().contains(lower));
                assertThat(t.has(0, SpotWords.ORG_HEAD_PREFIX)).as(written)
                        .isEqualTo(o.multiWordPrefixes().contains(lower));
            }
        }
        assertThat(plain).isGreaterThan(40_000);
    }
}
